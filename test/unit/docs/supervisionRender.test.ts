import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { PAGE, packToBuffer } from '../../../shared/docs';
import { supervisionFeedbackFormDocument, supervisionLetterDocument, supervisionReminderDocument } from '../../../shared/docs/supervision';
import { item, letterRecord, reminderData } from '../../fixtures/supervisionLetter';

/**
 * The 民主监督建议书 and its 整改情况反馈表 rendered by LibreOffice and measured in the PDF (poppler):
 * page 1 of the letter carries no page number and the red letterhead, later pages are numbered and
 * have no red; the form starts with “附件” top left and is numbered from page 1. Page images go to
 * test/artifacts/docs/supervision-*.png for a look by eye. The 催办函 (信函格式, one page): no page
 * number, the red letterhead, its own 发文字号 at the right, the 抄送 line on the page.
 */

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
const fontsConf = fileURLToPath(new URL('../../../resources/fonts/fonts.conf', import.meta.url));
const artifacts = fileURLToPath(new URL('../../artifacts/docs/', import.meta.url));
const pt = (twips: number) => twips / 20;
const typeArea = { top: pt(PAGE.margin.top), bottom: pt(PAGE.height - PAGE.margin.bottom), left: pt(PAGE.margin.left), right: pt(PAGE.width - PAGE.margin.right) };

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  text: string;
}

function readWords(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] });
  }
  return words;
}

/** Rows (at 30 dpi) of a page that hold red pixels. */
function redRows(pdf: string, page: number): number[] {
  const ppm = execFileSync('pdftoppm', ['-r', '30', '-f', String(page), '-l', String(page), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    let red = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if (data[i] > 180 && data[i + 1] < 100 && data[i + 2] < 100) red++;
    }
    if (red > 3) rows.push(y);
  }
  return rows;
}

describe.skipIf(!hasSoffice)('民主监督建议书 and 整改情况反馈表 rendered with LibreOffice', () => {
  const dir = hasSoffice ? mkdtempSync(join(tmpdir(), 'sup-render-')) : '';
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  const words: Record<string, Word[]> = {};
  const pages: Record<string, number> = {};
  // A letter long enough for three pages.
  const long = letterRecord({ items: [1, 2, 3, 4, 5].map((n) => item(n, { title: `第${n}个问题`, problem: `${'部分小区改造前征求居民意见不够充分，改造内容与群众需求存在偏差。'.repeat(4)}\n${'施工中多次出现返工。'.repeat(3)}` })) });

  beforeAll(async () => {
    const docs = {
      letter: supervisionLetterDocument(long, defaultOfficeSettings),
      form: supervisionFeedbackFormDocument(long, defaultOfficeSettings),
      reminder: supervisionReminderDocument(reminderData, defaultOfficeSettings),
    };
    const files = [];
    for (const [name, doc] of Object.entries(docs)) {
      files.push(join(dir, `${name}.docx`));
      writeFileSync(files.at(-1)!, await packToBuffer(doc));
    }
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: fontsConf },
      timeout: 120_000,
      stdio: 'pipe',
    });
    mkdirSync(artifacts, { recursive: true });
    for (const name of Object.keys(docs)) {
      words[name] = readWords(pdf(name));
      pages[name] = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))![1]);
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf(name), join(artifacts, `supervision-${name}`)]);
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const footer = (name: string, page: number) =>
    words[name]
      .filter((w) => w.page === page && w.yMin > typeArea.bottom + 1)
      .map((w) => w.text)
      .join('');

  it('letter: no page number on page 1, “— N —” on every later page', () => {
    expect(pages.letter).toBeGreaterThanOrEqual(3);
    expect(footer('letter', 1)).toBe('');
    for (let p = 2; p <= pages.letter; p++) expect(footer('letter', p).replace(/\s/g, '')).toBe(`—${p}—`);
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
    expect(footer('form', 1).replace(/\s/g, '')).toBe('—1—');
    expect(redRows(pdf('form'), 1)).toEqual([]);
  });

  it('催办函 in 信函格式: no page number and the red letterhead on page 1, its 发文字号 at the right; later pages numbered, 抄送 on the last', () => {
    expect(footer('reminder', 1)).toBe('');
    expect(redRows(pdf('reminder'), 1).length).toBeGreaterThan(0);
    for (let p = 2; p <= pages.reminder; p++) {
      expect(footer('reminder', p).replace(/\s/g, '')).toBe(`—${p}—`);
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
