import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { BULLETIN_RULE, FONT, PAGE, STYLE, bulletinNameSize } from '../../../shared/docs';
import {
  buildOpinionBulletin,
  buildOpinionNotice,
  buildOpinionStatistics,
  bulletinFileName,
  noticeFileName,
  opinionByline,
  statisticsFileName,
  summarySentence,
} from '../../../shared/docs/opinion';
import { topWithTies } from '../../../shared/domain/ranking';
import { defaultOpinionScoring } from '../../../shared/domain/opinion/scoring';
import { bulletin, notice, stats } from '../../fixtures/opinionDocs';
import { attr, paragraphStyle, paragraphs, rows, runs, sectionProperties, tables, text, unpack, type DocxParts } from './docxXml';

const settings = defaultOfficeSettings;
/** The text of each cell of a table row. */
const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]));

let b: DocxParts;
let s: DocxParts;
let n: DocxParts;
beforeAll(async () => {
  b = await unpack(buildOpinionBulletin(bulletin, settings));
  s = await unpack(buildOpinionStatistics({ stats: stats(3), date: '2026-10-10' }, settings));
  n = await unpack(
    buildOpinionNotice(notice(), settings),
  );
});

describe.each([
  ['《社情民意》', () => b],
  ['季度统计', () => s],
  ['年度通报', () => n],
])('%s on the GB/T 9704 page', (_, get) => {
  it('A4 with the GB/T margins and the 22-line grid; only the 信函-format 通报 has a different first page', () => {
    for (const sect of sectionProperties(get().document)) {
      expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(sect, 'w:pgMar', 'w:top')).toBe('2098');
      expect(attr(sect, 'w:pgMar', 'w:left')).toBe('1587');
      expect(attr(sect, 'w:docGrid', 'w:linePitch')).toBe(String(PAGE.linePitch));
      expect(sect.includes('<w:titlePg/>')).toBe(get() === n);
    }
  });

  it('every run names its East Asian font and Times New Roman', () => {
    for (const p of paragraphs(get().document)) {
      for (const r of runs(p).filter((x) => /<w:t[ >]/.test(x))) {
        expect(attr(r, 'w:rFonts', 'w:eastAsia'), text(r)).toBeTruthy();
        expect(attr(r, 'w:rFonts', 'w:ascii'), text(r)).toBe('Times New Roman');
      }
    }
  });

  it('tables fill the type area exactly and never split a row', () => {
    for (const t of tables(get().document)) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((x) => Number(x[1]));
      expect(grid.reduce((a, c) => a + c, 0)).toBe(PAGE.typeAreaWidth);
      for (const r of rows(t)) expect(r).toContain('<w:cantSplit/>');
    }
  });
});

describe('《社情民意》 issue', () => {
  const ps = () => paragraphs(b.document);

  it('opens with the 报头: the name in large red 小标宋, 第N期 (总第N期) centred, 编印单位 and date over a red rule', () => {
    const [name, issue, line] = ps();
    expect(paragraphStyle(name)).toBe(STYLE.letterHead);
    expect(text(name)).toBe('社情民意');
    expect(attr(name, 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(name, 'w:rFonts', 'w:eastAsia')).toBe(FONT.xiaobiaosong);
    expect(Number(attr(runs(name)[0], 'w:sz', 'w:val'))).toBe(bulletinNameSize('社情民意'));
    expect(bulletinNameSize('社情民意')).toBe(96); // 48 pt, far larger than the 2号 title
    expect(text(issue)).toBe('第5期（总第128期）');
    expect(attr(issue, 'w:jc', 'w:val')).toBe('center');
    expect(text(line)).toBe('政协永安县委员会办公室编\t2026年3月5日');
    expect(attr(line, 'w:bottom', 'w:val')).toBe('single');
    expect(attr(line, 'w:bottom', 'w:color')).toBe(BULLETIN_RULE.color);
    expect(attr(line, 'w:bottom', 'w:sz')).toBe(String(BULLETIN_RULE.size));
    expect(attr(line, 'w:tab', 'w:pos')).toBe(String(PAGE.typeAreaWidth));
  });

  it('prints each report: 2号 title, 楷体 byline, 3号 仿宋 paragraphs', () => {
    const all = ps();
    const titles = all.filter((p) => paragraphStyle(p) === STYLE.title).map(text);
    expect(titles).toEqual(bulletin.articles.map((a) => a.title));
    for (const a of bulletin.articles) {
      const i = all.findIndex((p) => text(p) === a.title);
      expect(text(all[i + 1])).toBe(a.byline);
      expect(attr(all[i + 1], 'w:rFonts', 'w:eastAsia')).toBe(FONT.kaiti);
      expect(attr(all[i + 1], 'w:jc', 'w:val')).toBe('center');
      for (const para of a.paragraphs) {
        const p = all.find((x) => text(x) === para)!;
        expect(paragraphStyle(p)).toBe(STYLE.body);
        expect(attr(p, 'w:rFonts', 'w:eastAsia')).toBe(FONT.fangsong);
        expect(attr(p, 'w:sz', 'w:val')).toBe('32');
      }
    }
    expect(all.some((p) => text(p) === '（编辑：王晓燕　审核：李卫东　签发：陈建国）')).toBe(true);
  });

  it('ends with the 版记: 报送 and 抄送 without a rule between them, then 印发机关 and 印发日期', () => {
    const note = tables(b.document).pop()!;
    const [main, cc, issued] = rows(note);
    expect(text(main)).toBe('报送：县委，县政府。');
    expect(text(cc)).toBe('抄送：市政协办公室。');
    expect(text(issued)).toBe('政协永安县委员会办公室\t2026年3月5日印发');
    const border = (row: string, side: string) => attr(row, `w:${side}`, 'w:sz');
    expect(attr(main, 'w:top', 'w:val')).toBe('single');
    expect(border(main, 'top')).toBe('8');
    expect(attr(main, 'w:bottom', 'w:val')).toBe('none');
    expect(attr(cc, 'w:top', 'w:val')).toBe('none');
    expect(border(cc, 'bottom')).toBe('6');
    expect(border(issued, 'bottom')).toBe('8');
    for (const r of runs(note).filter((x) => /<w:t[ >]/.test(x))) expect(attr(r, 'w:sz', 'w:val')).toBe('28');
  });

  it('prints without 总第N期 when the office does not use it, and refuses an empty issue', async () => {
    const plain = await unpack(buildOpinionBulletin({ ...bulletin, total: null }, settings));
    expect(text(paragraphs(plain.document)[1])).toBe('第5期');
    expect(() => buildOpinionBulletin({ ...bulletin, articles: [] }, settings)).toThrow('本期没有信息');
  });

  it('has a file name an office would use', () => {
    expect(bulletinFileName(bulletin)).toBe('《社情民意》2026年第5期.docx');
  });

  it('bylines follow who reported it', () => {
    const base = { memberNames: [] as string[], sectorName: null, partyName: null, staffName: '' };
    expect(opinionByline({ ...base, authorKind: '委员联名', memberNames: ['王建国', '李华'] })).toBe('政协委员　王建国　李华');
    expect(opinionByline({ ...base, authorKind: '界别', sectorName: '教育界' })).toBe('政协教育界');
    expect(opinionByline({ ...base, authorKind: '界别', sectorName: '中国共产党' })).toBe('政协中国共产党界别');
    expect(opinionByline({ ...base, authorKind: '党派团体', partyName: '民盟' })).toBe('民盟');
    expect(opinionByline({ ...base, authorKind: '机关工作人员', staffName: '王晓燕' })).toBe('政协机关　王晓燕');
  });
});

describe('quarterly statistics', () => {
  it('titles the quarter and sums it up in one sentence', () => {
    const ps = paragraphs(s.document);
    expect(text(ps.find((p) => paragraphStyle(p) === STYLE.title)!)).toBe('2026年第三季度社情民意信息工作情况统计');
    expect(summarySentence(stats(3))).toBe('2026年第三季度共收到社情民意信息2篇，采用2篇，采用率100.00%；编发《社情民意》1期0篇；报送上级政协0篇；获领导批示0篇0人次。');
    expect(statisticsFileName({ year: 2026, quarter: 3 })).toBe('2026年第三季度社情民意信息工作情况统计.docx');
  });

  it('has the quarter, level, 界别 and 党派团体 tables with repeating 黑体 header rows; a grouping without reports says so', () => {
    const ts = tables(s.document);
    expect(ts).toHaveLength(4);
    expect(paragraphs(s.document).map(text)).toContain('本期无重点选题信息。');
    const [quarters, levels, sectors, partiesTable] = ts;
    expect(rows(quarters).map((r) => cells(r)[0])).toEqual(['季度', '第一季度', '第二季度', '第三季度', '第四季度']);
    expect(cells(rows(quarters)[3])).toEqual(['第三季度', '2', '2', '100.00%', '0', '0', '0']);
    expect(rows(levels)).toHaveLength(5);
    expect(text(rows(sectors)[1])).toContain('教育界');
    expect(text(rows(partiesTable)[1])).toContain('民盟');
    for (const t of ts) {
      const header = rows(t)[0];
      expect(header).toContain('<w:tblHeader/>');
      expect(attr(header, 'w:rFonts', 'w:eastAsia')).toBe(FONT.heiti);
    }
  });
});

describe('年度通报', () => {
  it('has the title, 主送 and the year’s numbers', () => {
    const ps = paragraphs(n.document);
    expect(text(ps.find((p) => paragraphStyle(p) === STYLE.title)!)).toBe('关于2026年度社情民意信息工作情况的通报');
    expect(text(ps.find((p) => paragraphStyle(p) === STYLE.recipient)!)).toBe('各界别、各党派团体，各位委员：');
    const all = ps.map(text).join('\n');
    expect(all).toContain('2026年围绕17个重点选题，共收到社情民意信息3篇，采用3篇');
    expect(all).toContain('获领导批示1篇1人次（省级1人次）');
    expect(all).toContain('多级采用按最高级别计分');
    expect(noticeFileName(2026)).toBe('关于2026年度社情民意信息工作情况的通报.docx');
    expect(noticeFileName(2026, '永政协社〔2027〕1号')).toBe('永政协社〔2027〕1号-关于2026年度社情民意信息工作情况的通报.docx');
  });

  it('is a 信函 of the committee: the red letterhead on page 1, the 发文字号 at the right under it; a draft has no number', async () => {
    expect(text(n.headers.first)).toBe(settings.committeeName);
    const [first] = paragraphs(n.document);
    expect(paragraphStyle(first)).toBe(STYLE.docNumber);
    expect(text(first)).toBe('永政协社〔2027〕1号');
    expect(paragraphs(n.document).filter((p) => paragraphStyle(p) === STYLE.docNumber)).toHaveLength(1);
    const draft = await unpack(
      buildOpinionNotice({ stats: stats(), rankings: { member: [], sector: [], party: [] }, instructed: [], scoring: defaultOpinionScoring, date: '2027-01-15' }, settings),
    );
    expect(paragraphs(draft.document).filter((p) => paragraphStyle(p) === STYLE.docNumber)).toEqual([]);
    expect(text(draft.headers.first)).toBe(settings.committeeName);
  });

  it('lists the reports with 批示 and ranks members, 界别 and 党派团体 with ties shown as 并列', () => {
    const ts = tables(n.document);
    const inst = ts.find((t) => text(rows(t)[0]).includes('批示'))!;
    expect(text(rows(inst)[1])).toContain('关于规范城区停车收费计价方式的建议');
    const members = ts.find((t) => text(rows(t)[0]).includes('委员'))!;
    const memberRows = rows(members).slice(1).map(cells);
    expect(memberRows[0].slice(0, 2)).toEqual(['第1名', '王建国']);
    expect(memberRows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['并列第2名', '李华'],
      ['并列第2名', '张芳'],
    ]);
    const sectors = ts.find((t) => text(rows(t)[0]).includes('界别') && !text(rows(t)[0]).includes('委员'))!;
    expect(rows(sectors).slice(1).map((r) => cells(r).slice(0, 2))).toEqual([
      ['第1名', '经济界'],
      ['第2名', '教育界'],
    ]);
    const note = ts[ts.length - 1];
    expect(text(rows(note)[0])).toBe('抄送：市政协办公室。');
  });

  it('the member list keeps everyone tied at the cut', () => {
    const r = (rank: number) => ({ rank });
    expect(topWithTies([r(1), r(2), r(3), r(3), r(3), r(6)], 3)).toHaveLength(5);
    expect(topWithTies([r(1), r(2)], 5)).toHaveLength(2);
  });
});
