import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { PAGE, body, buildOfficialDocument, heading, sampleDocuments, title } from '../../../shared/docs';
import { MM, PT_PER_TWIP, expectNear, hasSoffice, inBody, inFooter, lines, redRows, renderDocuments, typeArea, type Rendered } from './renderPdf';

/**
 * Renders the sample documents with LibreOffice and measures the PDF (poppler): 22 lines of 28
 * characters, page numbers where GB/T 9704 puts them, the 版记 at the foot of the last page, the
 * 信函 letterhead in red. Fonts come from resources/fonts/fonts.conf (free look-alikes of the GB fonts).
 * First pages are written as PNG to test/artifacts/docs/ for a look by eye.
 */

const gridParagraph =
  '政协委员围绕县委中心工作深入调查研究积极建言献策为推动全县经济社会高质量发展贡献智慧和力量各承办单位要高度重视提案办理工作';

function gridDocument() {
  return buildOfficialDocument({
    kind: 'normal',
    settings: defaultOfficeSettings,
    children: [
      title('版心行数与字数检查'),
      heading(1, '一、每页二十二行，每行二十八字'),
      ...Array.from({ length: 24 }, () => body(gridParagraph.repeat(3))),
    ],
  });
}

describe.skipIf(!hasSoffice)('rendered with LibreOffice (PDF measured with poppler)', () => {
  const dir = hasSoffice ? mkdtempSync(join(tmpdir(), 'gw-render-')) : '';
  const rendered = new Map<string, Rendered>();
  const get = (name: string) => rendered.get(name)!;
  const samples = sampleDocuments(defaultOfficeSettings);
  const files: Record<string, () => ReturnType<typeof gridDocument>> = {
    notice: () => samples[0].document,
    letter: () => samples[1].document,
    grid: gridDocument,
  };

  beforeAll(async () => {
    const out = await renderDocuments(dir, Object.fromEntries(Object.entries(files).map(([name, build]) => [name, build()])));
    for (const [name, r] of Object.entries(out)) rendered.set(name, r);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('substitutes the GB/T fonts through resources/fonts/fonts.conf', () => {
    const fonts = execFileSync('pdffonts', [get('notice').pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/UMing/); // 仿宋_GB2312
    expect(fonts).toMatch(/UKai/); // 楷体_GB2312
    expect(fonts).toMatch(/NotoSansCJK/); // 黑体
    expect(fonts).toMatch(/NotoSerifCJK/); // 方正小标宋简体, 宋体
  });

  it('sets a full page of body text as 22 lines of at most 28 characters, one grid line apart', () => {
    const grid = get('grid');
    expect(grid.pages).toBeGreaterThanOrEqual(3);
    for (let page = 2; page < grid.pages; page++) {
      const ls = lines(grid, page, inBody);
      expect(ls, `page ${page}`).toHaveLength(22);
      for (const l of ls) expect([...l.text].length, l.text).toBeLessThanOrEqual(28);
      expect(ls.filter((l) => [...l.text].length === 28).length).toBeGreaterThanOrEqual(11);
      const pitch = (ls[21].y - ls[0].y) / 21;
      expectNear(pitch, PAGE.linePitch * PT_PER_TWIP, 0.5, 'line pitch');
      // the text starts on the first grid line of the type area (and inBody keeps it above its bottom)
      expect(ls[0].y).toBeGreaterThanOrEqual(typeArea.top - 1);
      expect(ls[0].y).toBeLessThan(typeArea.top + pitch);
    }
    // page 1 holds the title, a heading and 20 body lines: still 22 grid lines
    expect(lines(grid, 1, inBody)).toHaveLength(22);
  });

  it('indents the first line of a paragraph by two characters', () => {
    const ls = lines(get('grid'), 2, inBody);
    const starts = ls.map((l) => Math.round(l.xMin - typeArea.left));
    expect(Math.min(...starts)).toBeLessThanOrEqual(1);
    expect(starts).toContain(32); // 2 × 16 pt
  });

  it('prints “— N —” 7 mm under the type area: odd pages right, even pages left, one character in', () => {
    for (const name of ['notice', 'grid']) {
      const r = get(name);
      expect(r.pages).toBeGreaterThanOrEqual(3);
      for (let page = 1; page <= r.pages; page++) {
        const footer = lines(r, page, inFooter);
        expect(footer, `${name} page ${page}`).toHaveLength(1);
        const [l] = footer;
        expect(l.text.replace(/\s/g, '')).toBe(`—${page}—`);
        if (page % 2 === 1) expectNear(typeArea.right - l.xMax, 14, 2);
        else expectNear(l.xMin - typeArea.left, 14, 2);
        const words = r.words.filter((w) => w.page === page && inFooter(w));
        const centre = (Math.min(...words.map((w) => w.yMin)) + Math.max(...words.map((w) => w.yMax))) / 2;
        expect(Math.abs(centre - (typeArea.bottom + 7 * MM))).toBeLessThan(1.5 * MM);
      }
    }
  });

  it('puts the 版记 at the foot of the type area on the last page of the 通知', () => {
    const r = get('notice');
    const ls = lines(r, r.pages, inBody);
    const cc = ls.find((l) => l.text.startsWith('抄送：'));
    const issued = ls.find((l) => l.text.endsWith('印发'));
    expect(cc).toBeDefined();
    expect(issued).toBeDefined();
    expect(issued!.y).toBeGreaterThan(cc!.y);
    expect(typeArea.bottom - issued!.y).toBeLessThan(PAGE.linePitch * PT_PER_TWIP + 1);
    // 印发机关 左空一字, 印发日期 右空一字 (4号 = 14 pt)
    expectNear(issued!.xMin - typeArea.left, 14, 2);
    expectNear(typeArea.right - issued!.xMax, 14, 2);
    for (let page = 1; page < r.pages; page++) expect(r.words.some((w) => w.page === page && w.text.includes('印发'))).toBe(false);
  });

  it('sets the 成文日期 右空四字 and the 发文机关署名 centred over it', () => {
    const r = get('notice');
    const ls = lines(r, r.pages, inBody);
    const date = ls.find((l) => /^\d{4}年\d+月\d+日$/.test(l.text))!;
    const issuer = ls[ls.indexOf(date) - 1];
    expectNear(typeArea.right - date.xMax, 64, 2);
    expect(issuer.text).toBe(defaultOfficeSettings.shortName);
    expectNear((issuer.xMin + issuer.xMax) / 2, (date.xMin + date.xMax) / 2, 4, 'centre of 署名 over 日期');
  });

  it('gives the 信函 no page number on page 1, and one on page 2', () => {
    const r = get('letter');
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(lines(r, 1, inFooter)).toHaveLength(0);
    const [l] = lines(r, 2, inFooter);
    expect(l.text.replace(/\s/g, '')).toBe('—2—');
    expectNear(l.xMin - typeArea.left, 14, 2);
  });

  it('prints the 信函 letterhead in red near 30 mm from the top, the 发文字号 at the right, 抄送 on the last page', () => {
    const r = get('letter');
    const [head, number] = lines(r, 1);
    expect(head.text).toBe(defaultOfficeSettings.committeeName);
    expect(head.y / MM).toBeGreaterThan(29);
    expect(head.y / MM).toBeLessThan(34);
    expect(number.text).toMatch(/^永政协监〔2026〕3号$/u);
    expect(typeArea.right - number.xMax).toBeLessThan(2);
    const last = lines(r, r.pages, inBody);
    expect(last.at(-1)!.text).toMatch(/^抄送：/);

    const { height, rows } = redRows(r.pdf, 1);
    const mmRow = (mm: number) => Math.round((mm / 297) * height);
    const redBetween = (from: number, to: number) => rows.slice(mmRow(from), mmRow(to)).reduce((a, b) => a + b, 0);
    expect(redBetween(28, 45)).toBeGreaterThan(100); // name and upper double line
    expect(redBetween(274, 280)).toBeGreaterThan(50); // lower double line 20 mm above the bottom edge
    expect(redBetween(50, 270)).toBe(0);
    // and nothing red on a normal document
    expect(redRows(get('notice').pdf, 1).rows.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('draws the 信函 red lines on page 1 only', () => {
    const { rows } = redRows(get('letter').pdf, 2);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(0);
  });
});

if (!hasSoffice) {
  // scripts/setup.sh (README's first command, and .ci/run) installs LibreOffice; a missing one is a failure, not a skip.
  describe('rendered with LibreOffice', () => {
    it('needs LibreOffice (soffice) on PATH', () => {
      expect(hasSoffice, 'apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai').toBe(true);
    });
  });
}
