import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { ELEMENT, PAGE, STYLE, type GwElement, type SampleDocument } from '../../../shared/docs';
import {
  assignNoticeDocument,
  bookDocument,
  bookToc,
  catalogDocument,
  excellentUnitsSentence,
  feedbackFormDocument,
  keyNoticeDocument,
  overdueByUnit,
  progressReportDocument,
  proposalFormDocument,
  proposalsOfUnit,
  rejectNoticeDocument,
  reminderLetterDocument,
  reportSectionDocument,
  sessionTitle,
  unitsOfList,
} from '../../../shared/docs/proposal';
import { bookRows92, record, statistics92 } from '../../fixtures/proposalDocs';
import { attr, paragraphStyle, paragraphs, rows, runs, sectionProperties, tables, text, unpack, type DocxParts } from './docxXml';

/**
 * Every 提案 document kind, built from the published 92-proposal session and read back from the
 * packed .docx: the GB/T 9704 page and formats (as conformance.test.ts checks the engine's samples),
 * and what each kind must say.
 */
const settings = defaultOfficeSettings;
const rows92 = bookRows92();
const stats = statistics92();
const session = { termName: '第十一届', sessionName: '第三次会议' };
const units = unitsOfList(rows92);
const overdue = overdueByUnit(rows92);
const [overdueUnit, overdueRows] = [...overdue.entries()][0];
const progressSteps: number[] = [];
const categoryOrder = ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明', '其他'];
/** Two 优秀承办单位 named for the 会次 (the candidates the statistics suggest, as a clerk would pick them). */
const excellentNames = stats.units.filter((u) => u.candidate).slice(0, 2).map((u) => u.unit);
const excellent = (unitName: string, id: number) => ({ id, version: 1, termId: 1, termName: '第十一届', meetingId: 1, sessionName: '第三次会议', unitId: id, unitName, date: '2026-07-10', note: '', actor: '提案委', createdAt: '2026-07-10T02:00:00.000Z', voidedAt: null, voidReason: null });
const statsWithExcellent = { ...stats, excellentUnits: excellentNames.map(excellent), units: stats.units.map((u) => ({ ...u, excellent: excellentNames.includes(u.unit) })) };

const docs: Record<string, SampleDocument> = {
  提案表: proposalFormDocument(record(), settings),
  不予立案通知书: rejectNoticeDocument(record({ status: '不予立案', kind: '委员个人', proposerName: '张明华', number: '不予立案第003号', rejectReason: '属于学术研究、个人求决或诉讼案件的', convertedTo: '社情民意' }), settings, { date: '2026-03-12' }),
  交办通知: assignNoticeDocument({ ...session, date: '2026-04-10', docSerial: 5, proposals: rows92, layout: 'all' }, settings),
  交办通知各单位: assignNoticeDocument({ ...session, date: '2026-04-10', docSerial: 5, proposals: rows92, layout: 'merged' }, settings),
  交办通知单位: assignNoticeDocument({ ...session, date: '2026-04-10', proposals: rows92, layout: { unit: units[1] } }, settings),
  重点提案督办通知: keyNoticeDocument({ ...session, date: '2026-04-20', docSerial: 6, proposals: rows92.filter((p) => p.isKey) }, settings),
  催办函: reminderLetterDocument({ unit: overdueUnit, date: '2026-07-13', replyBy: '2026-07-24', docSerial: 9, proposals: overdueRows }, settings),
  征询意见表: feedbackFormDocument(record(), settings),
  提案目录: catalogDocument({ ...session, date: '2026-04-10', proposals: rows92, categoryOrder }, settings),
  提案汇编: bookDocument({ ...session, date: '2026-04-10', proposals: rows92, categoryOrder }, settings, (f) => progressSteps.push(f)),
  办理情况通报: progressReportDocument({ session: sessionTitle(settings, '第十一届', '第三次会议'), date: '2026-07-13', docSerial: 10, statistics: stats, unanswered: rows92.filter((p) => !p.answeredDate) }, settings),
  办理情况通报优秀承办单位: progressReportDocument({ session: sessionTitle(settings, '第十一届', '第三次会议'), date: '2026-07-13', docSerial: 11, statistics: statsWithExcellent, unanswered: [] }, settings),
  提案工作报告统计部分: reportSectionDocument({ session: sessionTitle(settings, '第十一届', '第三次会议'), statistics: stats }, settings),
};
const parts = new Map<string, DocxParts>();
beforeAll(async () => {
  for (const [kind, d] of Object.entries(docs)) parts.set(kind, await unpack(d.document));
}, 120_000);
const get = (kind: string) => parts.get(kind)!;
const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => text(m[0]));
const styleOf: Record<string, GwElement> = Object.fromEntries(Object.entries(STYLE).map(([k, v]) => [v, k as GwElement]));
const texts = (kind: string, id?: string) =>
  paragraphs(get(kind).document)
    .filter((p) => !id || paragraphStyle(p) === id)
    .map(text);

describe.each(Object.keys(docs))('%s', (kind) => {
  it('has a file name a clerk recognises, without characters Windows forbids', () => {
    expect(docs[kind].fileName).toMatch(/\.docx$/);
    expect(docs[kind].fileName).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('uses the GB/T page: A4, margins, 22-line grid in every section', () => {
    const sects = sectionProperties(get(kind).document);
    expect(sects.length).toBeGreaterThan(0);
    for (const s of sects) {
      expect([attr(s, 'w:pgSz', 'w:w'), attr(s, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838']);
      expect([attr(s, 'w:pgMar', 'w:top'), attr(s, 'w:pgMar', 'w:bottom'), attr(s, 'w:pgMar', 'w:left'), attr(s, 'w:pgMar', 'w:right')]).toEqual(['2098', '1984', '1587', '1474']);
      expect(attr(s, 'w:docGrid', 'w:linePitch')).toBe('579');
    }
  });

  it('writes every run in the font and size of its GB/T element', () => {
    let checked = 0;
    for (const p of paragraphs(get(kind).document)) {
      const element = styleOf[paragraphStyle(p) ?? ''];
      for (const [i, r] of runs(p)
        .filter((x) => /<w:t[ >]/.test(x))
        .entries()) {
        expect(element, `run outside a GB/T style: ${text(r)}`).toBeDefined();
        // a 目录 line (dot leader) names its category in 黑体, the rest is body text
        const tocCategory = p.includes('w:leader="dot"') && i === 0 && attr(r, 'w:rFonts', 'w:eastAsia') === ELEMENT.heading1.font;
        const format = tocCategory ? ELEMENT.heading1 : element.startsWith('heading') && i > 0 ? ELEMENT.body : ELEMENT[element];
        expect(attr(r, 'w:rFonts', 'w:eastAsia'), text(r)).toBe(format.font);
        expect(attr(r, 'w:rFonts', 'w:ascii'), text(r)).toBe('Times New Roman');
        if (element !== 'letterHead') expect(attr(r, 'w:sz', 'w:val'), text(r)).toBe(String(format.size));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('fits every table to the type area (8844 twips)', () => {
    for (const t of tables(get(kind).document)) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(PAGE.typeAreaWidth);
    }
  });
});

describe('提案表', () => {
  it('prints the particulars and the three parts', () => {
    const r = record();
    const all = texts('提案表').join('\n');
    expect(texts('提案表', STYLE.title)[0]).toBe('政协永安县第十一届委员会第三次会议提案');
    for (const s of [r.number!, r.title, r.categoryName, `${r.proposerName}（领衔）`, r.cosignerNames, r.mainUnit!, '立案（2026年3月20日）']) expect(all).toContain(s);
    expect(texts('提案表', STYLE.heading1)).toEqual(['一、背景', '二、存在问题', '三、具体建议']);
    // a multi-line part becomes one body paragraph per line
    expect(texts('提案表', STYLE.body).filter((t) => t.startsWith('近年来') || t.startsWith('群众反映'))).toHaveLength(2);
    expect(docs.提案表.fileName).toBe(`提案表-${r.number}${r.title}.docx`);
  });
});

describe('不予立案通知书', () => {
  it('addresses the member, gives the reason and the 转为社情民意 link, signed by the 提案委员会 with a GB/T date', () => {
    expect(texts('不予立案通知书', STYLE.recipient)).toEqual(['张明华委员：']);
    const body = texts('不予立案通知书', STYLE.body).join('');
    expect(body).toContain('不予立案。理由是：属于学术研究、个人求决或诉讼案件的。');
    expect(body).toContain('已转为社情民意信息');
    expect(texts('不予立案通知书', STYLE.signature)).toEqual(['政协永安县委员会提案委员会']);
    expect(texts('不予立案通知书', STYLE.date)).toEqual(['2026年3月12日']);
  });
});

describe('交办通知 + 交办清单 (信函格式)', () => {
  it('is a letter with the red 发文机关标志 and the 发文字号 without 第', () => {
    const { document, headers } = get('交办通知');
    expect(sectionProperties(document)[0]).toContain('<w:titlePg/>');
    expect(text(headers.first)).toBe(settings.committeeName);
    expect(texts('交办通知', STYLE.docNumber)).toEqual(['永政协提〔2026〕5号']);
    expect(docs.交办通知.fileName).toBe('永政协提〔2026〕5号-交办通知-政协永安县第十一届委员会第三次会议.docx');
    expect(texts('交办通知', STYLE.recipient)).toEqual(['各承办单位：']);
  });

  it('states the due date and the 签收 deadline from the proposals, lists all 92 in the 附件, 抄送 last', () => {
    const body = texts('交办通知', STYLE.body).join('');
    expect(body).toContain('请于2026年7月10日前办理完毕');
    expect(body).toContain('请于2026年4月17日前签收');
    expect(body).toContain('会办单位应自交办之日起一个月内将会办意见送主办单位');
    expect(texts('交办通知', STYLE.heading1)).toContain('附件');
    const list = tables(get('交办通知').document).find((t) => text(t).includes('协办单位'))!;
    expect(rows(list)).toHaveLength(93);
    expect(rows(list)[0]).toContain('<w:tblHeader/>');
    for (const r of rows(list)) expect(r).toContain('<w:cantSplit/>');
    const { document } = get('交办通知');
    const note = tables(document).at(-1)!;
    expect(text(note)).toBe(`抄送：${settings.series.proposal.cc.join('，')}。`);
  });

  it('merged: one 交办清单 per unit, each with exactly that unit’s 主办 and 协办 proposals', () => {
    const lists = tables(get('交办通知各单位').document).filter((t) => text(t).includes('承办'));
    expect(lists).toHaveLength(units.length);
    expect(units).toHaveLength(78);
    const titles = texts('交办通知各单位', STYLE.title).filter((t) => t.endsWith('提案交办清单'));
    expect(titles).toEqual(units.map((u) => `${u}提案交办清单`));
    lists.forEach((t, i) => expect(rows(t).length - 1).toBe(proposalsOfUnit(rows92, units[i]).length));
    const total = lists.reduce((n, t) => n + rows(t).length - 1, 0);
    expect(total).toBe(rows92.reduce((n, p) => n + 1 + p.coUnits.length, 0));
  });

  it('per unit: addressed to that unit, with only its proposals and its 主办/协办 counts', () => {
    const unit = units[1];
    const own = proposalsOfUnit(rows92, unit);
    expect(texts('交办通知单位', STYLE.recipient)).toEqual([`${unit}：`]);
    const main = own.filter((x) => x.role === '主办').length;
    expect(texts('交办通知单位', STYLE.body).join('')).toContain(`提案${own.length}件（主办${main}件${own.length > main ? `、协办${own.length - main}件` : ''}）交你单位办理`);
    const list = tables(get('交办通知单位').document).find((t) => text(t).includes('承办'))!;
    expect(rows(list).slice(1).map((r) => cells(r)[1])).toEqual(own.map((x) => x.p.number));
    expect(docs.交办通知单位.fileName).toBe(`交办通知-${unit}.docx`);
  });
});

describe('重点提案督办通知', () => {
  it('lists the 重点提案 with their 督办领导 and ends with the 版记', () => {
    const key = rows92.filter((p) => p.isKey);
    expect(key.length).toBeGreaterThan(2);
    const list = tables(get('重点提案督办通知').document).find((t) => text(t).includes('督办领导'))!;
    expect(rows(list)).toHaveLength(key.length + 1);
    expect(texts('重点提案督办通知', STYLE.body).join('')).toContain(`重点提案${key.length}件，由县政协副主席 周建华等领衔督办`);
    expect(text(tables(get('重点提案督办通知').document).at(-1)!)).toContain('印发');
  });
});

describe('催办函 (信函格式)', () => {
  it('is addressed to the unit, lists its overdue proposals and asks for an answer by a date', () => {
    expect(texts('催办函', STYLE.recipient)).toEqual([`${overdueUnit}：`]);
    expect(texts('催办函', STYLE.docNumber)).toEqual(['永政协提〔2026〕9号']);
    expect(texts('催办函', STYLE.body).join('')).toContain(`下列${overdueRows.length}件政协提案，已超过办理期限`);
    expect(texts('催办函', STYLE.body).join('')).toContain('于2026年7月24日前将答复件送达提案者');
    const list = tables(get('催办函').document)[0];
    expect(rows(list)).toHaveLength(overdueRows.length + 1);
    expect(text(list)).toContain('2026年7月10日');
  });
});

describe('征询意见表', () => {
  it('has the answer class, the three choices twice and a writing box that may grow', () => {
    const all = texts('征询意见表').join('\n');
    expect(all).toContain('B类（正在解决或列入计划）');
    expect(all.match(/□满意\u3000\u3000□基本满意\u3000\u3000□不满意/g)).toHaveLength(3);
    const form = tables(get('征询意见表').document)[0];
    const box = rows(form).find((r) => text(r).includes('意见和建议'))!;
    expect(attr(box, 'w:trHeight', 'w:hRule')).toBe('atLeast');
    expect(box).not.toContain('<w:cantSplit/>');
  });
});

describe('提案目录', () => {
  it('groups the 92 proposals by category in the dictionary’s order with counts', () => {
    expect(texts('提案目录', STYLE.heading1)).toEqual(['一、经济建设（28件）', '二、政治建设（6件）', '三、文化建设（12件）', '四、社会建设（30件）', '五、生态文明（11件）', '六、其他（5件）']);
    const total = tables(get('提案目录').document).reduce((n, t) => n + rows(t).length - 1, 0);
    expect(total).toBe(92);
  });
});

describe('提案汇编', () => {
  it('is one book: cover without a page number, 目录, and every proposal from the top of a page, pages numbered from 1', () => {
    const { document } = get('提案汇编');
    const sects = sectionProperties(document);
    expect(sects).toHaveLength(3);
    expect(attr(sects[1], 'w:pgNumType', 'w:start')).toBe('1');
    expect(attr(sects[2], 'w:pgNumType', 'w:start')).toBe('1');
    expect(texts('提案汇编', STYLE.title)[0].replace(/\n/g, '')).toBe('政协永安县第十一届委员会第三次会议提案汇编');
    expect((document.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(91);
    const numbers = texts('提案汇编', STYLE.heading1).filter((t) => /^第\d{3}号$/.test(t));
    expect(numbers).toHaveLength(92);
    expect(new Set(numbers).size).toBe(92);
    expect(progressSteps.at(-1)).toBe(1);
    expect(progressSteps.length).toBeGreaterThan(2);
  });

  it('has a 目录 field Word refreshes, filled with categories and every proposal with its page', () => {
    const { document } = get('提案汇编');
    expect(document).toMatch(/<w:instrText[^>]*>\s*TOC /);
    expect(document).toContain('w:dirty="true"');
    const toc = bookToc({ ...session, date: '2026-04-10', proposals: rows92, categoryOrder });
    expect(toc.filter((e) => e.level === 1).map((e) => e.text)).toEqual(['一、经济建设（28件）', '二、政治建设（6件）', '三、文化建设（12件）', '四、社会建设（30件）', '五、生态文明（11件）', '六、其他（5件）']);
    expect(toc.filter((e) => e.level === 2)).toHaveLength(92);
    expect(toc[0].page).toBe(1);
    // each proposal takes at least one page, so the pages climb
    const pages = toc.filter((e) => e.level === 2).map((e) => e.page);
    pages.slice(1).forEach((p, i) => expect(p).toBeGreaterThan(pages[i]));
    const lines = paragraphs(document).map(text);
    expect(lines).toContain(`${toc[1].text}\t${toc[1].page}`);
  });
});

describe('办理情况通报 and the 提案工作报告 statistics', () => {
  it('quotes the published figures and lists every 主办单位 and what is still open', () => {
    const body = texts('办理情况通报', STYLE.body).join('');
    expect(body).toContain('共收到提案92件，其中集体提案25件、委员个人（联名）提案67件。');
    expect(body).toContain('A类22件，占23.91%；B类68件，占73.91%；C类2件，占2.17%');
    const units = tables(get('办理情况通报').document).find((t) => text(t).includes('按期办复率'))!;
    expect(rows(units)).toHaveLength(32);
    const open = rows92.filter((p) => !p.answeredDate);
    expect(body).toContain(`尚有${open.length}件提案未办复，其中${open.filter((p) => p.overdue).length}件已超过办理期限`);
  });

  it('names the 优秀承办单位 in one paragraph after the units table, and says nothing of them when there are none', () => {
    expect(excellentNames).toHaveLength(2);
    const body = texts('办理情况通报优秀承办单位', STYLE.body);
    const sentence = `经研究，${excellentNames.join('、')}等2个单位高度重视提案办理工作，答复及时、办理认真，提案者满意，被评为政协永安县第十一届委员会第三次会议提案办理工作优秀承办单位，予以通报表扬。`;
    expect(body).toContain(sentence);
    // in section 二, before 三、尚未办复的提案
    const all = texts('办理情况通报优秀承办单位');
    expect(all.indexOf(sentence)).toBeGreaterThan(all.findIndex((t) => t.includes('各承办单位办理情况')));
    expect(all.indexOf(sentence)).toBeLessThan(all.findIndex((t) => t.includes('尚未办复的提案')));
    expect(texts('办理情况通报优秀承办单位', STYLE.body).join('')).toContain('立案提案均已办复。');
    expect(texts('办理情况通报').join('')).not.toContain('优秀承办单位');
    expect(excellentUnitsSentence('某会议', [excellent('县教育局', 1), excellent('县教育局', 2)])).toBe('经研究，县教育局高度重视提案办理工作，答复及时、办理认真，提案者满意，被评为某会议提案办理工作优秀承办单位，予以通报表扬。');
  });

  it('has the report paragraph and its tables', () => {
    const body = texts('提案工作报告统计部分', STYLE.body).join('');
    expect(body).toContain('办复率100%，其中A类22件，占23.91%');
    expect(body).toContain('满意率（含基本满意）98.89%，其中满意90.00%');
    const cls = tables(get('提案工作报告统计部分').document).find((t) => text(t).includes('占已答复的比例'))!;
    expect(rows(cls).slice(1).map(cells)).toEqual([
      ['A类', '22', '23.91%'],
      ['B类', '68', '73.91%'],
      ['C类', '2', '2.17%'],
    ]);
  });
});
