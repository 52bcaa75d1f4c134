import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { buildOpinionBulletin, buildOpinionNotice, buildOpinionStatistics, type BulletinData } from '../../../shared/docs/opinion';
import { bulletin, notice, stats } from '../../fixtures/opinionDocs';
import { MM, expectNear, footerText, hasSoffice, inBody, lines, linePitch, redRows, renderDocuments, typeArea, type Rendered } from './renderPdf';

/**
 * The 社情民意 documents as LibreOffice prints them, read back from the PDF the way a clerk checks a
 * proof: the 报头 (刊物名称, 期号, 编印单位 and date) on page 1, a page of body text is 22 lines, “— N —”
 * under the type area (odd pages right, even left), and the 版记 (报送, 抄送, 印发) at the foot of the
 * last page only. Page images: test/artifacts/docs/opinion-*.png.
 */

const settings = defaultOfficeSettings;
const sentence = '近年来我县城区机动车保有量快速增长，停车供需矛盾日益突出，部分路段停车按小时计费，不足一小时按一小时收费，群众反映计费方式不合理、收费偏高。';
/** A report of about 1500 characters (the guidance for one report): it runs over three pages. */
const longReport: BulletinData['articles'][number] = {
  title: '关于规范城区停车收费计价方式的建议',
  byline: '政协委员　王建国',
  paragraphs: Array.from({ length: 10 }, (_, i) => `${'一二三四五六七八九十'[i]}是${sentence}${sentence.slice(0, 40)}`),
};
const issue: BulletinData = { ...bulletin, articles: [longReport, ...bulletin.articles] };

describe.skipIf(!hasSoffice)('社情民意 documents rendered with LibreOffice', () => {
  const dir = hasSoffice ? mkdtempSync(join(tmpdir(), 'opinion-render-')) : '';
  let r: Record<string, Rendered> = {};
  beforeAll(async () => {
    r = await renderDocuments(
      dir,
      {
        bulletin: buildOpinionBulletin(issue, settings),
        statistics: buildOpinionStatistics({ stats: stats(3), date: '2026-10-10' }, settings),
        notice: buildOpinionNotice(notice(), settings),
      },
      { prefix: 'opinion-', from: 1, to: 3, last: true },
    );
  }, 180_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const pageText = (name: string, page: number) => lines(r[name], page, inBody).map((l) => l.text);

  it('《社情民意》: the 报头 on page 1 — the name in red at the top, 第N期 under it, 编印单位 and date over the rule', () => {
    const b = r.bulletin;
    expect(b.pages).toBeGreaterThanOrEqual(3);
    const [name, number, editor] = lines(b, 1, inBody);
    expect(name.text).toBe('社情民意');
    expect(name.y - typeArea.top).toBeLessThan(2 * linePitch);
    expectNear((name.xMin + name.xMax) / 2, (typeArea.left + typeArea.right) / 2, 4, 'name centred');
    expect(number.text).toBe('第5期（总第128期）');
    expectNear((number.xMin + number.xMax) / 2, (typeArea.left + typeArea.right) / 2, 4, '期号 centred');
    expect(editor.text).toBe(`${settings.issuingOffice}编2026年3月5日`);
    expectNear(editor.xMin, typeArea.left, 2, '编印单位 flush left');
    expectNear(editor.xMax, typeArea.right, 2, 'date flush right');
    // The name and the rule are red; below the 报头 nothing is.
    const { height, rows } = redRows(b.pdf, 1);
    const at = (pt: number) => Math.round((pt / (297 * MM)) * height);
    expect(rows.slice(at(name.y - 10), at(editor.y + linePitch)).reduce((a, c) => a + c, 0)).toBeGreaterThan(100);
    expect(rows.slice(at(editor.y + 2 * linePitch)).reduce((a, c) => a + c, 0)).toBe(0);
    for (let p = 2; p <= b.pages; p++) expect(pageText('bulletin', p).some((t) => t.includes('社情民意'))).toBe(false);
  });

  it('《社情民意》: a full page of a report is 22 lines on the grid', () => {
    const page2 = lines(r.bulletin, 2, inBody);
    expect(page2).toHaveLength(22);
    expectNear((page2[21].y - page2[0].y) / 21, linePitch, 0.5, 'line pitch');
    for (const l of page2) expect([...l.text].length).toBeLessThanOrEqual(28);
  });

  it('《社情民意》: the 版记 (报送, 抄送, 印发) at the foot of the last page only', () => {
    const b = r.bulletin;
    const last = lines(b, b.pages, inBody);
    const sent = last.findIndex((l) => l.text.startsWith('报送：'));
    const cc = last.findIndex((l) => l.text.startsWith('抄送：'));
    expect(last[sent].text).toBe('报送：县委，县政府。');
    expect(last[cc].text).toBe('抄送：市政协办公室。');
    expect(cc).toBe(sent + 1);
    const issued = last.at(-1)!;
    expect(issued.text).toBe(`${settings.issuingOffice}2026年3月5日印发`);
    expect(typeArea.bottom - issued.y).toBeLessThan(linePitch + 1);
    for (let p = 1; p < b.pages; p++) expect(pageText('bulletin', p).some((t) => /^(报送|抄送)：|印发$/.test(t)), `page ${p}`).toBe(false);
    // 编辑、审核、签发 above the 版记, and every report's title in the issue.
    expect(last.slice(0, sent).some((l) => l.text.includes('编辑：王晓燕'))).toBe(true);
    const all = Array.from({ length: b.pages }, (_, i) => pageText('bulletin', i + 1)).flat();
    for (const a of issue.articles) expect(all).toContain(a.title);
  });

  it('every document: “— N —” 7 mm under the type area, odd pages right and even pages left, one character in (the 信函 通报 from page 2)', () => {
    expect(r.notice.pages).toBeGreaterThanOrEqual(2);
    expect(footerText(r.notice, 1)).toBe('');
    for (const name of ['bulletin', 'statistics', 'notice']) {
      const doc = r[name];
      for (let p = name === 'notice' ? 2 : 1; p <= doc.pages; p++) {
        expect(footerText(doc, p), `${name} page ${p}`).toBe(`—${p}—`);
        const [l] = lines(doc, p, (w) => w.yMin > typeArea.bottom + 1);
        if (p % 2 === 1) expectNear(typeArea.right - l.xMax, 14, 2, `${name} page ${p} right`);
        else expectNear(l.xMin - typeArea.left, 14, 2, `${name} page ${p} left`);
        expect(Math.abs(l.y - typeArea.bottom - 7 * MM)).toBeLessThan(3 * MM);
      }
    }
  });

  it('quarterly statistics: the title and summary on page 1, the 落款 and date at the end', () => {
    const first = pageText('statistics', 1);
    expect(first[0]).toBe('2026年第三季度社情民意信息工作情况统计');
    expect(first.join('')).toContain('2026年第三季度共收到社情民意信息');
    const last = pageText('statistics', r.statistics.pages);
    expect(last.slice(-2)).toEqual([settings.issuingOffice, '2026年10月10日']);
    // No rate is broken over two lines in a narrow column (“100.00” / “%”).
    const rates = r.statistics.words.filter((w) => w.text.includes('%'));
    expect(rates.length).toBeGreaterThan(4);
    for (const w of rates) expect(w.text).toMatch(/\d+\.\d{2}%/);
  });

  it('年度通报: the red letterhead and the 发文字号 on page 1, title, 主送 and rankings; the 抄送 line ends the last page', () => {
    const n = r.notice;
    const [head, number, title] = lines(n, 1);
    expect(head.text).toBe(settings.committeeName);
    expect(head.y / MM).toBeGreaterThan(29);
    expect(head.y / MM).toBeLessThan(34);
    expect(number.text).toBe('永政协社〔2027〕1号');
    expect(typeArea.right - number.xMax).toBeLessThan(2);
    expect(title.text).toBe('关于2026年度社情民意信息工作情况的通报');
    expect(pageText('notice', 1)).toContain('各界别、各党派团体，各位委员：');
    const { height, rows } = redRows(n.pdf, 1);
    const mmRow = (mm: number) => Math.round((mm / 297) * height);
    expect(rows.slice(mmRow(28), mmRow(45)).reduce((a, c) => a + c, 0)).toBeGreaterThan(100);
    for (let p = 2; p <= n.pages; p++) expect(redRows(n.pdf, p).rows.reduce((a, c) => a + c, 0), `page ${p}`).toBe(0);
    const last = lines(n, n.pages, inBody);
    expect(last.at(-1)!.text).toBe(`抄送：${settings.series.opinion.cc.join('，')}。`);
    expect(typeArea.bottom - last.at(-1)!.y).toBeLessThan(linePitch + 1);
    expect(last.at(-2)!.text).toBe('2027年1月15日');
    // The 署名 and date never stand alone on a page: body text precedes them on their page.
    expect(last.at(-4)!.text).toMatch(/量。$/);
    for (let p = 1; p < n.pages; p++) expect(pageText('notice', p).some((t) => t.startsWith('抄送：')), `page ${p}`).toBe(false);
    const all = Array.from({ length: n.pages }, (_, i) => pageText('notice', i + 1).join('')).join('');
    expect(all).toMatch(/委员排名/);
    expect(all).toContain('王建国');
  });
});
