import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import type { RuleRecord } from '../../../shared/contract/points';
import { ELEMENT, PAGE, STYLE, type GwElement } from '../../../shared/docs';
import { topWithTies as topMembers } from '../../../shared/domain/ranking';
import { annualNotice, figuresDraft, rulesOfYear, type AnnualNoticeData, type FiguresDraftData } from '../../../shared/docs/points';
import { attr, paragraphStyle, paragraphs, rows, runs, sectionProperties, tables, text, unpack, type DocxParts } from './docxXml';

/** The 履职积分 documents on the GB/T 9704 engine, read back from the packed .docx. */

const cat = (固定: number, 任务: number, 激励: number) => ({ 固定, 任务, 激励 });
// 25 members: two tied for 2nd, three tied for 19th (so the top 20 prints 21 names).
const members: AnnualNoticeData['members'] = Array.from({ length: 25 }, (_, i) => {
  const total = i === 0 ? 40 : i <= 2 ? 35 : i < 18 ? 34 - i : i <= 20 ? 15 : 14 - i;
  return { rank: 0, tied: false, name: `委员${String.fromCharCode(0x4e00 + i * 7)}`, sectorName: i % 2 ? '教育界' : '社会福利和社会保障界', byCategory: cat(5, total - 5, 0), total };
}).map((m, _, all) => {
  const rank = all.findIndex((x) => x.total === m.total) + 1;
  return { ...m, rank, tied: all.filter((x) => x.total === m.total).length > 1 };
});

const version = (v: Partial<RuleRecord['versions'][number]>): RuleRecord['versions'][number] => ({
  id: 1,
  seq: 1,
  name: '参加视察调研',
  category: '任务',
  level: null,
  levelMode: null,
  tag: '视察调研',
  points: 2,
  yearlyCap: 4,
  shareMode: null,
  shareRatio: null,
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  description: '',
  createdAt: '2025-01-01T00:00:00Z',
  ...v,
});
const rule = (kind: RuleRecord['kind'], versions: RuleRecord['versions']) => ({ kind, name: versions[versions.length - 1].name, versions }) as unknown as RuleRecord;
const ruleRecords = [
  rule('meeting.attended', [version({ name: '出席全体会议', category: '固定', tag: '全体会议', points: 5, yearlyCap: null })]),
  rule('activity.attended', [version({ effectiveTo: '2025-06-30' }), version({ id: 2, seq: 2, points: 3, yearlyCap: 6, effectiveFrom: '2025-07-01' })]),
  rule('meeting.absent', [version({ name: '无故缺席会议', category: '固定', tag: null, points: -3, yearlyCap: 15 })]),
  rule('proposal.excellent', [version({ name: '优秀提案', category: '激励', tag: null, points: 10, yearlyCap: null })]),
  rule('speech', [version({ name: '发言（已停用）', tag: null, points: 3, yearlyCap: null, effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31' })]),
];

const noticeData: AnnualNoticeData = {
  year: 2025,
  termName: '第十一届',
  issueDate: '2026-01-20',
  closed: true,
  memberCount: 25,
  total: members.reduce((s, m) => s + m.total, 0),
  average: 18.2,
  paragraphs: ['2025年，共召开各类会议6次，组织委员视察调研、界别活动等6次，委员参加497人次，出席率92.21%。', '共收到提案50件，经审查立案48件，立案率96%。'],
  rules: rulesOfYear(ruleRecords, 2025),
  members,
  sectors: [
    { rank: 1, tied: true, name: '教育界', members: 12, total: 240, average: 20 },
    { rank: 1, tied: true, name: '社会福利和社会保障界', members: 13, total: 260, average: 20 },
  ],
  groups: [{ rank: 1, tied: false, name: '第一活动组', members: 25, total: 500, average: 20 }],
};

const figuresData: FiguresDraftData = {
  year: 2025,
  asOf: '2026-01-20',
  figures: [
    { module: '提案', label: '收到提案', text: '50件', definition: '年内提交的提案（不含暂存、作废）。', records: 50 },
    { module: '提案', label: '办复率', text: '100.00%', definition: '已办复 ÷ 立案（48 ÷ 48）。', records: 48 },
    { module: '民主监督', label: '发出民主监督建议书', text: '3份', definition: '年内送达被监督单位的建议书。', records: 3 },
  ],
  paragraphs: [
    { module: '提案', text: '共收到提案50件，经审查立案48件，立案率96%；已办复48件，办复率100%。' },
    { module: '民主监督', text: '开展民主监督活动5次，发出《民主监督建议书》3份，提出意见建议12条，已整改完成9条。' },
  ],
  missingModules: ['文史资料'],
};

const notice = annualNotice(noticeData, defaultOfficeSettings);
const draft = figuresDraft(figuresData, defaultOfficeSettings);
let n: DocxParts;
let f: DocxParts;
beforeAll(async () => {
  n = await unpack(notice.document);
  f = await unpack(draft.document);
});

const styleOf: Record<string, GwElement> = Object.fromEntries(Object.entries(STYLE).map(([k, v]) => [v, k as GwElement]));
const byStyle = (xml: string, element: GwElement) => paragraphs(xml).filter((p) => paragraphStyle(p) === STYLE[element]).map(text);

describe('both documents follow the GB/T 9704 base', () => {
  it('have file names a clerk recognises', () => {
    expect(notice.fileName).toBe('关于2025年度政协委员履职情况的通报.docx');
    expect(draft.fileName).toBe('2025年度政协工作主要数据（草稿）.docx');
  });

  it.each([
    ['通报', () => n],
    ['年度数据', () => f],
  ])('%s: A4, GB/T margins, 22-line grid in every section; every run in a GB/T style and its font; tables fill the type area with whole rows', (_, get) => {
    const { document } = get();
    for (const s of sectionProperties(document)) {
      expect(attr(s, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(s, 'w:pgMar', 'w:top')).toBe('2098');
      expect(attr(s, 'w:pgMar', 'w:left')).toBe('1587');
      expect(attr(s, 'w:docGrid', 'w:type')).toBe('lines');
    }
    let checked = 0;
    for (const p of paragraphs(document)) {
      const element = styleOf[paragraphStyle(p) ?? ''];
      for (const [i, r] of runs(p)
        .filter((x) => /<w:t[ >]/.test(x))
        .entries()) {
        expect(element, `run outside a GB/T style: ${text(r)}`).toBeDefined();
        const format = element.startsWith('heading') && i > 0 ? ELEMENT.body : ELEMENT[element];
        expect(attr(r, 'w:rFonts', 'w:eastAsia'), text(r)).toBe(format.font);
        expect(attr(r, 'w:sz', 'w:val'), text(r)).toBe(String(format.size));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    for (const t of tables(document).filter((x) => !/印发|抄送：/.test(text(x)))) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(PAGE.typeAreaWidth);
      const [header, ...body] = rows(t);
      expect(header).toContain('<w:tblHeader/>');
      for (const r of [header, ...body]) expect(r).toContain('<w:cantSplit/>');
    }
  });
});

describe('年度履职情况通报', () => {
  it('title, 主送, the six parts in order, 落款 and 成文日期', () => {
    expect(byStyle(n.document, 'title')[0]).toBe('关于2025年度政协委员履职情况的通报');
    expect(byStyle(n.document, 'recipient')).toEqual(['各位委员，各界别、各活动组：']);
    expect(byStyle(n.document, 'heading1').filter((h) => h !== '附件')).toEqual(['一、总体情况', '二、积分办法', '三、委员履职积分排名', '四、界别履职积分排名', '五、活动组履职积分排名', '六、有关要求']);
    expect(byStyle(n.document, 'signature')).toEqual([defaultOfficeSettings.shortName]);
    expect(byStyle(n.document, 'date')).toEqual(['2026年1月20日']);
    const body = byStyle(n.document, 'body').join('\n');
    expect(body).toContain('现将第十一届委员2025年度履职情况通报如下');
    expect(body).toContain('全年共有25名委员参加履职积分');
    expect(body).not.toContain('尚未结账');
  });

  it('prints the rules by category, a rule changed during the year with its dates', () => {
    expect(byStyle(n.document, 'heading2')).toEqual(['（一）固定积分', '（二）任务积分', '（三）激励积分']);
    const body = byStyle(n.document, 'body');
    expect(body).toContain('出席全体会议每次5分；无故缺席会议每次扣3分，年度最多扣15分。');
    expect(body).toContain('参加视察调研每次2分，年度最多计4分（至6月30日）；7月1日起每次3分，年度最多计6分。');
    expect(body.join('')).not.toContain('已停用');
  });

  it('lists the top 20 and everyone tied with the 20th, ties as 并列第N名', () => {
    expect(topMembers(members, 20)).toHaveLength(21);
    const [top, sectors, groups, all] = tables(n.document).filter((t) => !text(t).includes('抄送：'));
    const cells = (r: string) => paragraphs(r).map(text);
    expect(cells(rows(top)[0])).toEqual(['名次', '姓名', '界别', '固定', '积分', '任务', '积分', '激励', '积分', '总积分']);
    const topRows = rows(top).slice(1).map(cells);
    expect(topRows).toHaveLength(21);
    expect(topRows.map((r) => r[0]).slice(0, 4)).toEqual(['第1名', '并列第2名', '并列第2名', '第4名']);
    expect(topRows.slice(-3).map((r) => r[0])).toEqual(['并列第19名', '并列第19名', '并列第19名']);
    expect(rows(all).length - 1).toBe(25);
    expect(rows(sectors).slice(1).map((r) => cells(r)[0])).toEqual(['并列第1名', '并列第1名']);
    expect(cells(rows(groups)[1])).toEqual(['第1名', '第一活动组', '25', '500', '20']);
    expect(byStyle(n.document, 'body')).toContain('按年度总积分排名，前21名委员如下（积分相同的并列，全部委员的积分见附件）。');
  });

  it('puts the 附件 on a new page after the 附件说明, and the 版记 at the very end', () => {
    expect(sectionProperties(n.document)).toHaveLength(2);
    expect(byStyle(n.document, 'attachment')).toEqual(['附件：2025年度委员履职积分明细表']);
    const label = paragraphs(n.document).find((p) => text(p) === '附件')!;
    expect(attr(label, 'w:ind', 'w:firstLine')).toBe('0');
    expect(byStyle(n.document, 'title')).toEqual(['关于2025年度政协委员履职情况的通报', '2025年度委员履职积分明细表']);
    // 信函格式 (GB/T 9704 10.1): the 版记 is the 抄送 line only, no 印发机关 and 印发日期.
    const note = tables(n.document).find((t) => text(t).includes('抄送：'))!;
    expect(text(note)).not.toContain('印发');
    expect(n.document.lastIndexOf('<w:tbl>')).toBe(n.document.indexOf(note));
    expect(n.document.indexOf(note)).toBeGreaterThan(n.document.indexOf('2025年度委员履职积分明细表</w:t>'));
    expect(text(rows(note)[0])).toBe(`抄送：${defaultOfficeSettings.series.office.cc.join('，')}。`);
  });

  it('prints the 发文机关标志 and, once issued, the 发文字号 in the office series (also in the file name)', async () => {
    expect(text(paragraphs(n.headers.first!)[0])).toBe(defaultOfficeSettings.committeeName);
    expect(byStyle(n.document, 'docNumber')).toEqual([]);
    const issued = annualNotice({ ...noticeData, docNumber: '永政协办〔2026〕3号' }, defaultOfficeSettings);
    expect(issued.fileName).toBe('永政协办〔2026〕3号-关于2025年度政协委员履职情况的通报.docx');
    const x = await unpack(issued.document);
    expect(byStyle(x.document, 'docNumber')).toEqual(['永政协办〔2026〕3号']);
    // The number opens the body, before the title; the 附件 section has no letterhead.
    expect(x.document.indexOf('永政协办〔2026〕3号')).toBeLessThan(x.document.indexOf('关于2025年度政协委员履职情况的通报'));
    expect(sectionProperties(x.document)[1]).not.toContain('headerReference w:type="first"');
    expect(sectionProperties(x.document)[0]).toContain('headerReference w:type="first"');
  });

  it('says so when the year is not closed yet', async () => {
    const open = await unpack(annualNotice({ ...noticeData, closed: false }, defaultOfficeSettings).document);
    expect(byStyle(open.document, 'body').join('')).toContain('本年度积分尚未结账，以上为统计日的数据');
  });
});

describe('年度数据 draft', () => {
  it('one part per module with the draft sentence and a table of 项目, 数据, 统计口径, 记录数', () => {
    expect(byStyle(f.document, 'title')).toEqual(['2025年度政协工作主要数据']);
    expect(byStyle(f.document, 'heading1')).toEqual(['一、提案工作', '二、民主监督工作']);
    const body = byStyle(f.document, 'body');
    expect(body).toContain(figuresData.paragraphs[0].text);
    expect(body).toContain('文史资料尚未在系统中登记，未列入以上数据。');
    expect(body.filter(Boolean)[0]).toContain('统计截至2026年1月20日');
    const [proposals, supervision] = tables(f.document);
    const cells = (r: string) => paragraphs(r).map(text);
    expect(cells(rows(proposals)[0])).toEqual(['项目', '数据', '统计口径', '记录数']);
    expect(cells(rows(proposals)[2])).toEqual(['办复率', '100.00%', '已办复 ÷ 立案（48 ÷ 48）。', '48']);
    expect(rows(supervision)).toHaveLength(2);
    expect(byStyle(f.document, 'date')).toEqual(['2026年1月20日']);
  });
});
