import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { formatDocNumber } from '../../../shared/domain/docNumber';
import { ELEMENT, FONT, PAGE, STYLE, sampleDocuments, type GwElement } from '../../../shared/docs';
import {
  attr,
  firstMatch,
  paragraphStyle,
  paragraphs,
  rows,
  runs,
  sectionProperties,
  style,
  tables,
  text,
  unpack,
  type DocxParts,
} from './docxXml';

/**
 * GB/T 9704-2012 numbers (../shared/gbt9704.md) read back from the packed .docx of every sample.
 * What the XML cannot show (lines per page, positions, fonts actually used) is in render.test.ts.
 */

const samples = sampleDocuments(defaultOfficeSettings);
const parts = new Map<string, DocxParts>();

beforeAll(async () => {
  for (const s of samples) parts.set(s.fileName, await unpack(s.document));
});

const get = (fileName: string) => parts.get(fileName)!;
const notice = samples[0].fileName;
const letter = samples[1].fileName;

const styleOf: Record<string, GwElement> = Object.fromEntries(Object.entries(STYLE).map(([k, v]) => [v, k as GwElement]));

describe.each(samples.map((s) => s.fileName))('%s', (fileName) => {
  it('has a meaningful file name: 发文字号-标题.docx', () => {
    expect(fileName).toMatch(/^[\u4e00-\u9fa5]+〔2026〕[1-9]\d*号-关于.+\.docx$/u);
  });

  it('uses an A4 page with the GB/T margins and a 22-line grid', () => {
    const { document } = get(fileName);
    const sects = sectionProperties(document);
    expect(sects.length).toBeGreaterThan(0);
    for (const s of sects) {
      expect(attr(s, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(s, 'w:pgSz', 'w:h')).toBe('16838');
      expect(attr(s, 'w:pgMar', 'w:top')).toBe('2098');
      expect(attr(s, 'w:pgMar', 'w:bottom')).toBe('1984');
      expect(attr(s, 'w:pgMar', 'w:left')).toBe('1587');
      expect(attr(s, 'w:pgMar', 'w:right')).toBe('1474');
      expect(attr(s, 'w:docGrid', 'w:type')).toBe('lines');
      const pitch = Number(attr(s, 'w:docGrid', 'w:linePitch'));
      const typeAreaHeight = 16838 - 2098 - 1984;
      expect(Math.floor(typeAreaHeight / pitch)).toBe(22);
      expect(attr(s, 'w:docGrid', 'w:charSpace')).toBeUndefined();
    }
  });

  it('turns on different odd and even footers', () => {
    expect(get(fileName).settings).toContain('<w:evenAndOddHeaders/>');
  });

  it('sets kinsoku, no widow control and Chinese language in the document defaults', () => {
    const defaults = firstMatch(get(fileName).styles, /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/);
    expect(defaults).toContain('<w:kinsoku/>');
    expect(defaults).toContain('<w:widowControl w:val="0"/>');
    expect(attr(defaults, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe(FONT.fangsong);
  });

  it('defines the GB/T styles with their fonts and sizes', () => {
    const { styles } = get(fileName);
    const expected: [GwElement, string, number][] = [
      ['title', '方正小标宋简体', 44],
      ['body', '仿宋_GB2312', 32],
      ['recipient', '仿宋_GB2312', 32],
      ['heading1', '黑体', 32],
      ['heading2', '楷体_GB2312', 32],
      ['heading3', '仿宋_GB2312', 32],
      ['heading4', '仿宋_GB2312', 32],
      ['date', '仿宋_GB2312', 32],
      ['versionNote', '仿宋_GB2312', 28],
      ['tableHeader', '黑体', 28],
      ['pageNumber', '宋体', 28],
    ];
    for (const [element, font, sz] of expected) {
      const s = style(styles, STYLE[element]);
      expect(attr(s, 'w:rFonts', 'w:eastAsia'), element).toBe(font);
      expect(attr(s, 'w:rFonts', 'w:ascii'), element).toBe('Times New Roman');
      expect(attr(s, 'w:rFonts', 'w:hAnsi'), element).toBe('Times New Roman');
      expect(attr(s, 'w:sz', 'w:val'), element).toBe(String(sz));
    }
    const body = style(styles, STYLE.body);
    expect(attr(body, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(body, 'w:ind', 'w:firstLine')).toBe('640');
    expect(firstMatch(body, /<w:rPr>[\s\S]*<\/w:rPr>/)).toContain('<w:spacing w:val="-5"/>');
    expect(attr(body, 'w:spacing', 'w:line')).toBe('579');
    expect(attr(body, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(style(styles, STYLE.title), 'w:jc', 'w:val')).toBe('center');
    expect(attr(style(styles, STYLE.recipient), 'w:ind', 'w:firstLine')).toBe('0');
    expect(attr(style(styles, STYLE.recipient), 'w:jc', 'w:val')).toBe('both');
    const date = style(styles, STYLE.date);
    expect(attr(date, 'w:jc', 'w:val')).toBe('right');
    expect(attr(date, 'w:ind', 'w:right')).toBe('1280'); // 右空四字 of 3号
  });

  it('names the East Asian font and Times New Roman on every run, in the format of its paragraph', () => {
    const { document } = get(fileName);
    let checked = 0;
    for (const p of paragraphs(document)) {
      const element = styleOf[paragraphStyle(p) ?? ''];
      const rs = runs(p).filter((r) => /<w:t[ >]/.test(r));
      for (const [i, r] of rs.entries()) {
        const font = attr(r, 'w:rFonts', 'w:eastAsia');
        expect(font, text(r)).toBeTruthy();
        expect(attr(r, 'w:rFonts', 'w:ascii'), text(r)).toBe('Times New Roman');
        expect(element, `run outside a GB/T style: ${text(r)}`).toBeDefined();
        // A heading's first run is the heading; a run-on sentence after it is body text.
        const format = element.startsWith('heading') && i > 0 ? ELEMENT.body : ELEMENT[element];
        expect(font, text(r)).toBe(format.font);
        if (element !== 'letterHead') expect(attr(r, 'w:sz', 'w:val'), text(r)).toBe(String(format.size));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('writes the footer page number as “— PAGE —” in 4号 宋体: odd pages right, even pages left, one character in', () => {
    const { footers } = get(fileName);
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = footers[type];
      expect(footer, type).toBeDefined();
      const flat = footer.replace(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/, '<w:t>{PAGE}</w:t>');
      expect(text(flat)).toBe('— {PAGE} —');
      expect(footer).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*PAGE[\s\S]*<w:fldChar w:fldCharType="end"\/>/);
      expect(attr(footer, 'w:jc', 'w:val')).toBe(side);
      expect(attr(footer, 'w:ind', `w:${side}`)).toBe('280');
      for (const r of runs(footer).filter((x) => /<w:t[ >]/.test(x))) {
        expect(attr(r, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
        expect(attr(r, 'w:rFonts', 'w:ascii')).toBe('宋体'); // half-width 宋体 digits
        expect(attr(r, 'w:sz', 'w:val')).toBe('28');
      }
    }
  });

  it('formats every 成文日期 as 2026年3月5日 (Arabic digits, no zero padding)', () => {
    const dates = paragraphs(get(fileName).document).filter((p) => paragraphStyle(p) === STYLE.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(text(d)).toMatch(/^\d{4}年[1-9]\d?月[1-9]\d?日$/);
  });

  it('ends 主送机关 with a full-width colon', () => {
    const recipients = paragraphs(get(fileName).document).filter((p) => paragraphStyle(p) === STYLE.recipient);
    expect(recipients).toHaveLength(1);
    expect(text(recipients[0])).toMatch(/[^：:]：$/);
  });

  it('keeps every table row whole and fits every table grid to the type area (8844 twips)', () => {
    const tbls = tables(get(fileName).document);
    expect(tbls.length).toBeGreaterThan(0);
    for (const t of tbls) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(PAGE.typeAreaWidth);
      expect(attr(t, 'w:tblW', 'w:w')).toBe('8844');
      for (const r of rows(t)) expect(r).toContain('<w:cantSplit/>');
    }
  });
});

describe('通知 (normal format)', () => {
  it('splits the long title into balanced lines', () => {
    const title = paragraphs(get(notice).document).find((p) => paragraphStyle(p) === STYLE.title)!;
    const lines = text(title).split('\n');
    expect(lines.length).toBe(2);
    expect(Math.abs([...lines[0]].length - [...lines[1]].length)).toBeLessThanOrEqual(2);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(20);
  });

  it('has all four heading levels with their numbering', () => {
    const ps = paragraphs(get(notice).document);
    const starts = (id: string) => ps.filter((p) => paragraphStyle(p) === id).map((p) => text(p));
    expect(starts(STYLE.heading1)[0]).toMatch(/^一、/);
    expect(starts(STYLE.heading2)[0]).toMatch(/^（一）/);
    expect(starts(STYLE.heading3)[0]).toMatch(/^1\./);
    expect(starts(STYLE.heading4)[0]).toMatch(/^（1）/);
  });

  it('has no different first page', () => {
    expect(sectionProperties(get(notice).document)[0]).not.toContain('<w:titlePg/>');
  });

  it('repeats the 黑体 header row of the list table on every page', () => {
    const list = tables(get(notice).document).find((t) => text(t).includes('案由'))!;
    const [header, ...body] = rows(list);
    expect(header).toContain('<w:tblHeader/>');
    expect(body.length).toBeGreaterThan(20);
    for (const r of body) expect(r).not.toContain('<w:tblHeader/>');
    for (const p of paragraphs(header)) expect(paragraphStyle(p)).toBe(STYLE.tableHeader);
    for (const r of runs(header)) expect(attr(r, 'w:rFonts', 'w:eastAsia')).toBe('黑体');
  });

  it('numbers the 附件说明 and indents it two characters', () => {
    const att = paragraphs(get(notice).document).filter((p) => paragraphStyle(p) === STYLE.attachment);
    expect(att.map(text)).toEqual(['附件：1.提案交办清单', '2.提案办理答复函格式']);
    // The first line starts two characters in; wrapped lines align with the name.
    const [first, second] = att;
    const start = (p: string) => Number(attr(p, 'w:ind', 'w:left')) - Number(attr(p, 'w:ind', 'w:hanging'));
    expect(start(first)).toBe(640);
    expect(attr(first, 'w:ind', 'w:left')).toBe(attr(second, 'w:ind', 'w:left'));
  });

  it('ends with the 版记: 抄送 and 印发 lines between 0.35 mm / 0.25 mm / 0.35 mm rules at the foot of the type area', () => {
    const { document } = get(notice);
    const note = tables(document).find((t) => text(t).includes('印发'))!;
    expect(document.lastIndexOf('<w:tbl>')).toBe(document.indexOf(note));
    const [cc, issued] = rows(note);
    expect(text(cc)).toBe(`抄送：${defaultOfficeSettings.series.proposal.cc.join('，')}。`);
    expect(text(issued)).toBe(`${defaultOfficeSettings.issuingOffice}\t2026年3月5日印发`);
    const border = (row: string, side: string) => attr(firstMatch(row, /<w:tcBorders>[\s\S]*?<\/w:tcBorders>/), `w:${side}`, 'w:sz');
    expect(border(cc, 'top')).toBe('8');
    expect(border(cc, 'bottom')).toBe('6');
    expect(border(issued, 'bottom')).toBe('8');
    for (const p of paragraphs(note)) expect(paragraphStyle(p)).toBe(STYLE.versionNote);
    // Floating: its bottom edge is the type area's bottom edge.
    const heights = rows(note).map((r) => Number(attr(r, 'w:trHeight', 'w:val')));
    expect(attr(note, 'w:trHeight', 'w:hRule')).toBe('exact');
    expect(Number(attr(note, 'w:tblpPr', 'w:tblpY')) + heights.reduce((a, b) => a + b, 0)).toBe(PAGE.typeAreaHeight);
    expect(attr(note, 'w:tblpPr', 'w:vertAnchor')).toBe('margin');
  });
});

describe('民主监督建议书 (信函格式)', () => {
  it('has a different first page whose footer has no page number', () => {
    const { document, footers } = get(letter);
    expect(sectionProperties(document)[0]).toContain('<w:titlePg/>');
    const first = footers.first;
    expect(first).toBeDefined();
    expect(first).not.toMatch(/PAGE|fldChar|fldSimple/);
    expect(text(first)).toBe('');
  });

  it('draws the red 发文机关标志 in 小标宋 with a red double line 170 mm long under it', () => {
    const header = get(letter).headers.first;
    expect(header).toBeDefined();
    const [name] = paragraphs(header);
    expect(text(name)).toBe(defaultOfficeSettings.committeeName);
    const [run] = runs(name);
    expect(attr(run, 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(run, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(name, 'w:bottom', 'w:val')).toBe('thickThinSmallGap'); // 上粗下细
    expect(attr(name, 'w:bottom', 'w:color')).toBe('FF0000');
    const left = Number(attr(name, 'w:ind', 'w:left'));
    const right = Number(attr(name, 'w:ind', 'w:right'));
    const lineMm = ((PAGE.typeAreaWidth - left - right) * 25.4) / 1440;
    expect(lineMm).toBeCloseTo(170, 0);
    expect(left).toBe(right);
    // 30 mm from the top edge of the page
    expect(Number(attr(sectionProperties(get(letter).document)[0], 'w:pgMar', 'w:header'))).toBe(1701);
  });

  it('draws the lower red double line (上细下粗) in the first-page footer', () => {
    const [rule] = paragraphs(get(letter).footers.first);
    expect(attr(rule, 'w:bottom', 'w:val')).toBe('thinThickSmallGap');
    expect(attr(rule, 'w:bottom', 'w:color')).toBe('FF0000');
  });

  it('puts the 发文字号 right-aligned at the top of the body', () => {
    const ps = paragraphs(get(letter).document);
    const first = ps[0];
    expect(paragraphStyle(first)).toBe(STYLE.docNumber);
    expect(text(first)).toBe(formatDocNumber(defaultOfficeSettings.series.supervision.prefix, 2026, 3));
    expect(text(first)).toMatch(/^[\u4e00-\u9fa5]+〔\d{4}〕[1-9]\d*号$/u);
    expect(text(first)).not.toContain('第');
  });

  it('numbers the items 一、 and 1. and ends with the 抄送 line only (no 印发, no rules)', () => {
    const { document } = get(letter);
    const ps = paragraphs(document);
    expect(ps.filter((p) => paragraphStyle(p) === STYLE.heading1).map(text)).toEqual(['一、存在的问题', '二、意见建议']);
    expect(ps.filter((p) => paragraphStyle(p) === STYLE.heading3).map((p) => text(p).slice(0, 2))).toEqual(['1.', '2.', '3.', '1.', '2.', '3.', '4.']);
    const note = tables(document).at(-1)!;
    expect(text(note)).toBe(`抄送：${defaultOfficeSettings.series.supervision.cc.join('，')}。`);
    expect(text(note)).not.toContain('印发');
    expect(note).not.toMatch(/<w:(top|bottom) w:val="single"/);
  });
});
