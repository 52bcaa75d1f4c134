import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { supervisionFeedbackFormDocument, supervisionLetterDocument, supervisionReminderDocument } from '../../../shared/docs/supervision';
import { item, letterRecord, reminderData } from '../../fixtures/supervisionLetter';
import { footerText, hasSoffice, redRows as redPixels, renderDocuments, typeArea, type Rendered } from './renderPdf';

/**
 * The 民主监督建议书 and its 整改情况反馈表 rendered by LibreOffice and measured in the PDF (poppler):
 * page 1 of the letter carries no page number and the red letterhead, later pages are numbered and
 * have no red; the form starts with “附件” top left and is numbered from page 1. Page images go to
 * test/artifacts/docs/supervision-*.png for a look by eye. The 催办函 (信函格式, one page): no page
 * number, the red letterhead, its own 发文字号 at the right, the 抄送 line on the page.
 */

/** Rows (at 30 dpi) of a page that hold red pixels. */
const redRows = (pdf: string, page: number) =>
  redPixels(pdf, page)
    .rows.map((n, y) => (n > 3 ? y : -1))
    .filter((y) => y >= 0);

describe.skipIf(!hasSoffice)('民主监督建议书 and 整改情况反馈表 rendered with LibreOffice', () => {
  const dir = hasSoffice ? mkdtempSync(join(tmpdir(), 'sup-render-')) : '';
  let r: Record<string, Rendered> = {};
  const words: Record<string, Rendered['words']> = {};
  const pages: Record<string, number> = {};
  const pdf = (name: string) => r[name].pdf;
  // A letter long enough for three pages.
  const long = letterRecord({ items: [1, 2, 3, 4, 5].map((n) => item(n, { title: `第${n}个问题`, problem: `${'部分小区改造前征求居民意见不够充分，改造内容与群众需求存在偏差。'.repeat(4)}\n${'施工中多次出现返工。'.repeat(3)}` })) });

  beforeAll(async () => {
    r = await renderDocuments(
      dir,
      {
        letter: supervisionLetterDocument(long, defaultOfficeSettings),
        form: supervisionFeedbackFormDocument(long, defaultOfficeSettings),
        reminder: supervisionReminderDocument(reminderData, defaultOfficeSettings),
      },
      { prefix: 'supervision-', from: 1, to: 9 },
    );
    for (const name of Object.keys(r)) {
      words[name] = r[name].words;
      pages[name] = r[name].pages;
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const footer = (name: string, page: number) => footerText(r[name], page);

  it('letter: no page number on page 1, “— N —” on every later page', () => {
    expect(pages.letter).toBeGreaterThanOrEqual(3);
    expect(footer('letter', 1)).toBe('');
    for (let p = 2; p <= pages.letter; p++) expect(footer('letter', p)).toBe(`—${p}—`);
  });

  it('letter: the red letterhead and lines are on page 1 only; the 发文字号 sits at the right under them', () => {
    const rows = redRows(pdf('letter'), 1);
    const mmAt30dpi = 30 / 25.4;
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.min(...rows) / mmAt30dpi).toBeGreaterThan(25); // 发文机关标志 about 30 mm from the top
    expect(Math.min(...rows) / mmAt30dpi).toBeLessThan(45);
    expect(Math.max(...rows) / mmAt30dpi).toBeGreaterThan(270); // the lower line 20 mm above the bottom edge
    for (let p = 2; p <= pages.letter; p++) expect(redRows(pdf('letter'), p), `page ${p}`).toEqual([]);
    const number = words.letter.filter((w) => w.page === 1 && /〔2026〕|号$/.test(w.text));
    expect(number.length).toBeGreaterThan(0);
    expect(typeArea.right - Math.max(...number.map((w) => w.xMax))).toBeLessThan(3);
  });

  it('letter: 抄送 on the last page only', () => {
    for (let p = 1; p <= pages.letter; p++) expect(words.letter.some((w) => w.page === p && w.text.startsWith('抄送')), `page ${p}`).toBe(p === pages.letter);
  });

  it('form: “附件” top left on page 1, numbered from page 1, no red', () => {
    const first = words.form.filter((w) => w.page === 1).sort((a, b) => a.yMin - b.yMin)[0];
    expect(first.text).toBe('附件');
    expect(Math.abs(first.xMin - typeArea.left)).toBeLessThan(2);
    expect(first.yMin - typeArea.top).toBeLessThan(20);
    expect(footer('form', 1)).toBe('—1—');
    expect(redRows(pdf('form'), 1)).toEqual([]);
  });

  it('催办函 in 信函格式: no page number and the red letterhead on page 1, its 发文字号 at the right; later pages numbered, 抄送 on the last', () => {
    expect(footer('reminder', 1)).toBe('');
    expect(redRows(pdf('reminder'), 1).length).toBeGreaterThan(0);
    for (let p = 2; p <= pages.reminder; p++) {
      expect(footer('reminder', p)).toBe(`—${p}—`);
      expect(redRows(pdf('reminder'), p), `page ${p}`).toEqual([]);
    }
    const start = words.reminder.filter((w) => w.page === 1 && w.text.includes('〔2026〕7'));
    expect(start).toHaveLength(1);
    const line = words.reminder.filter((w) => w.page === 1 && Math.abs(w.yMin - start[0].yMin) < 2);
    expect(line.map((w) => w.text).join('')).toBe('永政协监〔2026〕7号');
    expect(typeArea.right - Math.max(...line.map((w) => w.xMax))).toBeLessThan(3);
    expect(words.reminder.filter((w) => w.page === 1).map((w) => w.text).join('')).toContain('逾期4个工作日');
    expect(words.reminder.some((w) => w.page === pages.reminder && w.text.startsWith('抄送'))).toBe(true);
    // the 署名 is never alone on its page: text of the letter stands above it (GB/T 9704 7.3.5.1)
    const middle = (typeArea.left + typeArea.right) / 2;
    const sig = words.reminder.find((w) => w.text === defaultOfficeSettings.shortName && w.xMin > middle)!;
    expect(sig).toBeDefined();
    expect(words.reminder.some((w) => w.page === sig.page && w.yMin < sig.yMin - 20 && w.xMin < typeArea.left + 40), `page ${sig.page}`).toBe(true);
  });
});
