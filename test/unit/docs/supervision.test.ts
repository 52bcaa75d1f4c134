import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { PAGE, STYLE } from '../../../shared/docs';
import {
  feedbackFormData,
  ledgerSummary,
  supervisionFeedbackFormDocument,
  supervisionFileName,
  supervisionLedgerDocument,
  supervisionLedgerWorkbook,
  supervisionLetterDocument,
  supervisionReceiptDocument,
  supervisionReminderDocument,
  reminderFileName,
} from '../../../shared/docs/supervision';
import { item, letterDetail, letterRecord, longProblem, reminderData } from '../../fixtures/supervisionLetter';
import { attr, paragraphStyle, paragraphs, rows, runs, sectionProperties, tables, text, unpack, type DocxParts } from './docxXml';

/**
 * The 民主监督 documents read back from their packed .docx: 信函格式 for the letter (GB/T 9704 10.1),
 * the 整改情况反馈表 as its 附件, the 送达回执 and the 台账. The engine's own conformance test covers
 * styles and page numbers; here: what these builders put on the page.
 */

const settings = defaultOfficeSettings;
const docNumberPattern = /^[\u4e00-\u9fa5]+〔\d{4}〕[1-9]\d*号$/u;
let letter: DocxParts;
let draft: DocxParts;
let blankForm: DocxParts;
let filledForm: DocxParts;
let receipt: DocxParts;
let ledger: DocxParts;
let reminder: DocxParts;
let unnumbered: DocxParts;


const filled = letterDetail({
  items: [
    item(1, { status: '已评估', progress: '已完成', measures: '制定居民意见征询办法，在建项目方案全部公示七日以上。', completionDate: '2026-04-15', state: '已完成', evaluation: '满意' }),
    item(2, { status: '已反馈', progress: '整改中', measures: '约谈施工单位六家。', completionDate: '2026-09-30', state: '整改中' }),
    item(3),
  ],
  feedback: [
    { id: 9, version: 1, createdAt: '', updatedAt: '', voidedAt: null, voidReason: null, itemId: 101, round: 1, date: '2026-04-20', measures: '…', progress: '已完成', completionDate: '2026-04-15', evidence: '征询办法', attachments: [] },
  ],
});

beforeAll(async () => {
  letter = await unpack(supervisionLetterDocument(letterRecord(), settings));
  draft = await unpack(supervisionLetterDocument(letterRecord({ docNumber: null, issueDate: null, status: '待签发' }), settings, { draftDate: '2026-03-15' }));
  blankForm = await unpack(supervisionFeedbackFormDocument(letterRecord(), settings));
  filledForm = await unpack(supervisionFeedbackFormDocument(feedbackFormData(filled), settings, { filled: true }));
  receipt = await unpack(supervisionReceiptDocument(letterRecord(), settings));
  reminder = await unpack(supervisionReminderDocument(reminderData, settings));
  unnumbered = await unpack(supervisionReminderDocument({ letter: letterRecord({ cc: ['县人大常委会办公室'] }), reminder: { ...reminderData.reminder, docNumber: null } }, settings));
  ledger = await unpack(supervisionLedgerDocument({ year: 2026, today: '2026-11-23', letters: [letterRecord({ stage: '整改中', counts: { ...letterRecord().counts, awaiting: 1, done: 1, overdue: 1 } }), letterRecord({ id: 2, docNumber: null, servedDate: null, stage: '起草', status: '起草' })] }, settings));
});

function expectPage(parts: DocxParts) {
  for (const s of sectionProperties(parts.document)) {
    expect(attr(s, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(s, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(s, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(s, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(s, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(s, 'w:pgMar', 'w:right')).toBe('1474');
  }
}

function expectFontsOnEveryRun(parts: DocxParts) {
  let n = 0;
  for (const p of paragraphs(parts.document))
    for (const r of runs(p).filter((x) => /<w:t[ >]/.test(x))) {
      expect(attr(r, 'w:rFonts', 'w:eastAsia'), text(r)).toBeTruthy();
      expect(attr(r, 'w:rFonts', 'w:ascii'), text(r)).toBe('Times New Roman');
      n++;
    }
  expect(n).toBeGreaterThan(5);
}

function expectTablesFit(parts: DocxParts) {
  const tbls = tables(parts.document).filter((t) => t.includes('<w:tblHeader/>'));
  expect(tbls.length).toBeGreaterThan(0);
  for (const t of tbls) {
    const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(PAGE.typeAreaWidth);
    for (const r of rows(t)) expect(r).toContain('<w:cantSplit/>');
    // the 黑体 header row repeats on every page
    const header = rows(t)[0];
    expect(header).toContain('<w:tblHeader/>');
    for (const p of paragraphs(header)) expect(paragraphStyle(p)).toBe(STYLE.tableHeader);
  }
}

const styled = (parts: DocxParts, s: string) => paragraphs(parts.document).filter((p) => paragraphStyle(p) === s).map(text);

describe('民主监督建议书 (信函格式)', () => {
  it('is an A4 GB/T page and names the fonts on every run', () => {
    expectPage(letter);
    expectFontsOnEveryRun(letter);
  });

  it('has no page number on page 1 (different first page, empty first footer) and “— N —” on the others', () => {
    expect(sectionProperties(letter.document)[0]).toContain('<w:titlePg/>');
    expect(letter.footers.first).not.toMatch(/PAGE|fldChar|fldSimple/);
    expect(text(letter.footers.first)).toBe('');
    expect(letter.footers.default).toMatch(/PAGE/);
    expect(letter.footers.even).toMatch(/PAGE/);
  });

  it('puts the red 发文机关标志 from 设置 over a red double line 170 mm long, and the lower red line on page 1', () => {
    const [name] = paragraphs(letter.headers.first);
    expect(text(name)).toBe(settings.committeeName);
    expect(attr(runs(name)[0], 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(name, 'w:bottom', 'w:val')).toBe('thickThinSmallGap');
    expect(attr(name, 'w:bottom', 'w:color')).toBe('FF0000');
    const left = Number(attr(name, 'w:ind', 'w:left'));
    const right = Number(attr(name, 'w:ind', 'w:right'));
    expect(((PAGE.typeAreaWidth - left - right) * 25.4) / 1440).toBeCloseTo(170, 0);
    const [rule] = paragraphs(letter.footers.first);
    expect(attr(rule, 'w:bottom', 'w:val')).toBe('thinThickSmallGap');
    expect(attr(rule, 'w:bottom', 'w:color')).toBe('FF0000');
    expect(letter.headers.default ?? '').not.toContain('FF0000');
  });

  it('prints the 发文字号 first, at the right, as 机关代字〔年份〕序号号 (no 第, no leading zero)', () => {
    const first = paragraphs(letter.document)[0];
    expect(paragraphStyle(first)).toBe(STYLE.docNumber);
    expect(text(first)).toBe('永政协监〔2026〕3号');
    expect(text(first)).toMatch(docNumberPattern);
    expect(styled(letter, STYLE.docNumber)).toHaveLength(1);
  });

  it('has the title, the supervised unit as 主送 with a full-width colon, and the 导语', () => {
    expect(styled(letter, STYLE.title)[0].replace(/\n/g, '')).toBe('关于城区老旧小区改造工作的民主监督建议书');
    expect(styled(letter, STYLE.recipient)).toEqual(['县住房和城乡建设局：']);
    expect(styled(letter, STYLE.body).filter(Boolean)[0]).toMatch(/^根据政协永安县委员会2026年度/);
  });

  it('numbers the items 一、二、三、 each with （一）存在问题 and （二）意见建议, long text in paragraphs', () => {
    expect(styled(letter, STYLE.heading1)).toEqual(['一、改造前征求居民意见不充分', '二、施工组织和现场管理不规范', '三、长效管理机制尚未建立']);
    expect(styled(letter, STYLE.heading2)).toEqual(Array.from({ length: 3 }, () => ['（一）存在问题', '（二）意见建议']).flat());
    const bodies = styled(letter, STYLE.body);
    for (const para of longProblem.split('\n')) expect(bodies).toContain(para);
    expect(bodies).toContain('对扰民问题做到接诉即办。');
  });

  it('ends with 附件说明, 署名 and 成文日期 (2026年3月18日), and the 抄送 line only', () => {
    expect(styled(letter, STYLE.attachment)).toEqual(['附件：整改情况反馈表']);
    expect(styled(letter, STYLE.signature)).toEqual([settings.shortName]);
    expect(styled(letter, STYLE.date)).toEqual(['2026年3月18日']);
    const note = tables(letter.document).at(-1)!;
    expect(text(note)).toBe('抄送：县委督查室，县政府督查室。');
    expect(text(note)).not.toContain('印发');
  });

  it('a draft before 签发 has the letterhead but no 发文字号, and needs a date', () => {
    expect(styled(draft, STYLE.docNumber)).toEqual([]);
    expect(text(paragraphs(draft.headers.first)[0])).toBe(settings.committeeName);
    expect(styled(draft, STYLE.date)).toEqual(['2026年3月15日']);
    expect(() => supervisionLetterDocument(letterRecord({ issueDate: null }), settings)).toThrow('建议书尚未签发，打印草稿需要指定日期。');
  });

  it('is saved as 发文字号-标题.docx', () => {
    expect(supervisionFileName(letterRecord())).toBe('永政协监〔2026〕3号-关于城区老旧小区改造工作的民主监督建议书.docx');
    expect(supervisionFileName(letterRecord(), '-送达回执')).toBe('永政协监〔2026〕3号-关于城区老旧小区改造工作的民主监督建议书-送达回执.docx');
  });
});

describe('催办函 (信函格式)', () => {
  it('is an A4 GB/T page with fonts named, and no page number on page 1', () => {
    expectPage(reminder);
    expectFontsOnEveryRun(reminder);
    expect(sectionProperties(reminder.document)[0]).toContain('<w:titlePg/>');
    expect(text(reminder.footers.first)).toBe('');
    expect(reminder.footers.first).not.toMatch(/PAGE|fldChar|fldSimple/);
    expect(reminder.footers.default).toMatch(/PAGE/);
  });

  it('has the red letterhead and its own 发文字号 of the 监 series at the right; without one, no number line', () => {
    const [name] = paragraphs(reminder.headers.first);
    expect(text(name)).toBe(settings.committeeName);
    expect(attr(runs(name)[0], 'w:color', 'w:val')).toBe('FF0000');
    expect(styled(reminder, STYLE.docNumber)).toEqual(['永政协监〔2026〕7号']);
    expect(styled(reminder, STYLE.docNumber)[0]).toMatch(docNumberPattern);
    expect(styled(unnumbered, STYLE.docNumber)).toEqual([]);
    expect(text(paragraphs(unnumbered.headers.first)[0])).toBe(settings.committeeName);
  });

  it('is addressed to the unit and refers to the 建议书 by 发文字号 and title', () => {
    expect(styled(reminder, STYLE.title)[0].replace(/\n/g, '')).toBe('关于督促落实民主监督建议书整改事项的函');
    expect(styled(reminder, STYLE.recipient)).toEqual(['县住房和城乡建设局：']);
    const [opening] = styled(reminder, STYLE.body).filter(Boolean);
    expect(opening).toBe(
      '政协永安县委员会于2026年3月18日印发《关于城区老旧小区改造工作的民主监督建议书》（永政协监〔2026〕3号），请你单位于2026年5月7日前书面反馈整改落实情况。截至2026年5月12日，建议书所提下列2条意见建议已超过整改反馈期限或你单位承诺的完成时间，至今尚未反馈或尚未整改到位：',
    );
  });

  it('lists the overdue items: the 问题 by its 事项标题, the deadline, working days overdue', () => {
    expectTablesFit(reminder);
    const [t] = tables(reminder.document);
    const cells = rows(t).map((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map(text).join('|')));
    expect(cells).toEqual([
      ['序号', '存在问题', '整改期限', '逾期情况'],
      ['第2条', '施工组织和现场管理不规范', '反馈期限|5月7日', '未反馈|逾期4个工作日'],
      ['第3条', '长效管理机制尚未建立', '承诺完成时间|4月30日', '未完成|逾期6个工作日'],
    ]);
  });

  it('asks for a report by the new date, is dated the 催办 day, and is 抄送 the 督查室 only', () => {
    expect(styled(reminder, STYLE.body).some((b) => b.startsWith('请你单位高度重视，抓紧整改，于2026年5月26日前将整改措施、进度和完成时间书面反馈政协永安县委员会办公室'))).toBe(true);
    expect(styled(reminder, STYLE.signature)).toEqual([settings.shortName]);
    expect(styled(reminder, STYLE.date)).toEqual(['2026年5月12日']);
    // the last paragraph, the seal room and the 署名 keep with the 成文日期 (no signature alone on a page)
    const all = paragraphs(reminder.document);
    const dateAt = all.findIndex((p) => paragraphStyle(p) === STYLE.date);
    expect(all.slice(dateAt - 4, dateAt).map((p) => [text(p).slice(0, 6), p.includes('<w:keepNext/>')])).toEqual([
      ['请你单位高度', true],
      ['', true],
      ['', true],
      [settings.shortName.slice(0, 6), true],
    ]);
    expect(all[dateAt]).not.toContain('<w:keepNext/>');
    expect(paragraphs(letter.document).filter((p) => p.includes('<w:keepNext/>') && paragraphStyle(p) === STYLE.signature)).toEqual([]); // opt-in only
    expect(text(tables(reminder.document).at(-1)!)).toBe('抄送：县委督查室，县政府督查室。');
    // a letter 抄送 elsewhere: the 催办函 still goes to the 督查室 of the 民主监督 series
    expect(text(tables(unnumbered.document).at(-1)!)).toBe('抄送：县委督查室，县政府督查室。');
  });

  it('is saved under its own number', () => {
    expect(reminderFileName(letterRecord(), reminderData.reminder)).toBe('永政协监〔2026〕7号-催办函-县住房和城乡建设局.docx');
    expect(reminderFileName(letterRecord(), { ...reminderData.reminder, docNumber: null })).toBe('催办函-县住房和城乡建设局-2026年5月12日.docx');
  });
});

describe('整改情况反馈表 (the 附件 the unit fills in)', () => {
  it('is a normal GB/T page with page numbers from page 1', () => {
    expectPage(blankForm);
    expectFontsOnEveryRun(blankForm);
    expect(sectionProperties(blankForm.document)[0]).not.toContain('<w:titlePg/>');
    expect(blankForm.footers.default).toMatch(/PAGE/);
    expect(blankForm.headers.first).toBeUndefined();
  });

  it('starts with “附件” in 黑体 flush left, then the title', () => {
    const [mark] = paragraphs(blankForm.document);
    expect(text(mark)).toBe('附件');
    expect(paragraphStyle(mark)).toBe(STYLE.heading1);
    expect(attr(mark, 'w:ind', 'w:firstLine')).toBe('0');
    expect(styled(blankForm, STYLE.title)).toEqual(['整改情况反馈表']);
  });

  it('names the letter by its 发文字号 and the supervised unit', () => {
    const bodies = styled(blankForm, STYLE.body);
    const ref = bodies.find((b) => b.startsWith('建议书：'))!;
    expect(ref).toBe('建议书：永政协监〔2026〕3号《关于城区老旧小区改造工作的民主监督建议书》');
    expect(/〔\d{4}〕[1-9]\d*号/.exec(ref)).not.toBeNull();
    expect(bodies).toContain('被监督单位（盖章）：县住房和城乡建设局');
  });

  it('has one row per item with room to write, and tables that fit the type area and repeat their header', () => {
    expectTablesFit(blankForm);
    const [t] = tables(blankForm.document);
    const [header, ...body] = rows(t);
    expect(paragraphs(header).map(text)).toEqual(['序号', '问题和建议', '整改措施', '整改进度', '完成时间', '证明材料']);
    expect(body).toHaveLength(3);
    const cells = (r: string) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => text(m[0]));
    expect(cells(body[0]).slice(0, 2)).toEqual(['1', '改造前征求居民意见不充分']);
    expect(cells(body[0])[3]).toBe('□已完成□整改中');
    expect(paragraphs(body[0]).length).toBeGreaterThan(8); // empty lines for handwriting
  });

  it('tells the unit its deadline and where to send the form', () => {
    expect(styled(blankForm, STYLE.body)).toContain('请于2026年5月7日前将本表连同证明材料报送政协永安县委员会办公室。');
    expect(styled(blankForm, STYLE.body)).toContain('单位负责人（签字）：');
  });

  it('filled in from the records for the file: measures, progress, completion date and evidence', () => {
    expectTablesFit(filledForm);
    const [t] = tables(filledForm.document);
    const [, first, second, third] = rows(t).map((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => text(m[0])));
    expect(first).toEqual(['1', '改造前征求居民意见不充分', '制定居民意见征询办法，在建项目方案全部公示七日以上。', '已完成', '2026年4月15日', '征询办法']);
    expect(second.slice(3, 5)).toEqual(['整改中', '2026年9月30日']);
    expect(third[3]).toBe('□已完成□整改中');
  });
});

describe('送达回执', () => {
  it('lists the letter and who signed for it when, and notes the 抄送', () => {
    expectPage(receipt);
    expectTablesFit(receipt);
    const [what, who] = tables(receipt.document);
    expect(text(rows(what)[1])).toBe('《关于城区老旧小区改造工作的民主监督建议书》永政协监〔2026〕3号1');
    expect(text(rows(who)[1])).toContain('县住房和城乡建设局李明（局办公室）');
    expect(text(rows(who)[1])).toContain('2026年3月20日');
    expect(styled(receipt, STYLE.body)).toContain('本建议书同时抄送县委督查室、县政府督查室。');
    expect(styled(receipt, STYLE.signature)).toContain('受送达单位（盖章）');
  });
});

describe('台账 (Word and Excel)', () => {
  it('opens with the year’s totals', () => {
    const letters = [letterRecord({ counts: { total: 3, done: 1, inProgress: 0, awaiting: 1, overdue: 1, evaluated: 1, satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 }, reviewCount: 2 }), letterRecord({ id: 2, docNumber: null, servedDate: null, status: '起草', stage: '起草' })];
    expect(ledgerSummary({ year: 2026, today: '2026-11-23', letters })).toBe(
      '截至2026年11月23日，2026年度共有民主监督建议书2份，其中已签发1份、已送达1份，提出问题和建议6条。已送达的3条中，整改已完成1条，整改中0条，逾期1条，待反馈1条；已评估1条，其中满意1条、基本满意0条、不满意0条。开展回头看2次，结项0份。',
    );
  });

  it('lists the letters and every item of the delivered ones in tables that fit the page', () => {
    expectPage(ledger);
    expectTablesFit(ledger);
    expect(styled(ledger, STYLE.title)[0].replace(/\n/g, '')).toBe('2026年度民主监督建议书台账');
    const [letters, items] = tables(ledger.document);
    expect(rows(letters)).toHaveLength(3);
    expect(text(rows(letters)[1])).toContain('〔2026〕3号');
    expect(text(rows(letters)[2])).toContain('（起草）');
    expect(rows(items)).toHaveLength(4); // header + the 3 items of the delivered letter only
    expect(text(rows(items)[1])).toContain('第1条');
    expect(text(rows(items)[1])).toContain('5月7日');
  });

  it('exports two sheets: 建议书 and 逐条整改 with the unit’s measures', async () => {
    const bytes = await supervisionLedgerWorkbook({ year: 2026, today: '2026-11-23', letters: [letterRecord({ items: filled.items })] }, settings);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['建议书', '逐条整改']);
    const [letters, items] = wb.worksheets;
    expect(letters.getRow(1).getCell(1).value).toBe('政协永安县委员会2026年度民主监督建议书台账（统计至2026年11月23日）');
    expect(letters.getRow(2).getCell(1).value).toBe('发文字号');
    expect(letters.getRow(3).getCell(1).value).toBe('永政协监〔2026〕3号');
    expect(items.rowCount).toBe(2 + 3);
    const headers = (items.getRow(2).values as string[]).slice(1);
    expect(items.getRow(3).getCell(headers.indexOf('整改措施') + 1).value).toBe('制定居民意见征询办法，在建项目方案全部公示七日以上。');
    expect(items.getRow(3).getCell(headers.indexOf('完成时间') + 1).value).toBe('2026-04-15');
  });
});
