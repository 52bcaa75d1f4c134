import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ApiError, type MethodParsedInput } from '../../shared/contract';
import {
  defaultOpinionSettings,
  opinionSettingsSchema,
  type AdoptionRecord,
  type FeedbackRecord,
  type InstructionRecord,
  type OpinionDetail,
  type OpinionIssueDetail,
  type OpinionIssueRecord,
  type OpinionNoticeRecord,
  type OpinionRecord,
  type OpinionSettings,
  type OpinionTopicRecord,
  type SendUpRecord,
  type TransferRecord,
} from '../../shared/contract/opinions';
import { formatChineseDate } from '../../shared/domain/chineseDate';
import { assignDocNumber } from '../../shared/domain/docNumber';
import {
  availableIssueActions,
  availableOpinionActions,
  issueActionInfo,
  issueDrivenActions,
  issueToReportAction,
  issueTransition,
  opinionActionInfo,
  opinionTransition,
  routedStatus,
  type IssueAction,
  type OpinionAction,
  type OpinionContext,
  type OpinionPayload,
} from '../../shared/domain/opinion/machine';
import { checkIssueNumber, formatReceiveNo, issueLabel, nextIssueNumber, nextNumber, type IssueNumberRef } from '../../shared/domain/opinion/numbering';
import { computeRanking, computeTotals, groupTotals, inPeriod, quarterPeriod, quarterTotals, yearPeriod, type ReportFact } from '../../shared/domain/opinion/statistics';
import {
  countChars,
  levelLabels,
  OPINION_MAX_CHARS,
  printedStatuses,
  upperTargets,
  type IssueStatus,
  type OpinionAuthorKind,
  type OpinionLevel,
  type OpinionStatus,
  type UpperLevel,
} from '../../shared/domain/opinion/status';
import {
  auditLog,
  members,
  opinionAdoptions,
  opinionFeedbacks,
  opinionInstructions,
  opinionIssues,
  opinionNotices,
  opinionReports,
  opinionSendUps,
  opinionTopics,
  opinionTransfers,
  parties,
  sectors,
  terms,
  units,
} from '../schema';
import { nowSql } from '../schema/columns';
import { audit } from './audit';
import type { ServiceContext } from './context';
import { usedNumbers } from './register';
import { getRecord, insertRecord, restoreRecord, updateRecord, voidRecord } from './records';
import { officeSettings, readSetting, writeSetting } from './system';

const what = '社情民意信息';
const issueWhat = '《社情民意》期次';
const topicWhat = '重点选题';

type ReportRow = typeof opinionReports.$inferSelect;
type IssueRow = typeof opinionIssues.$inferSelect;

/** Today as the office's calendar shows it (local time), ISO. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const jsonArray = <T>(text: string | null | undefined): T[] => {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
};

const liveOnly = (table: { voidedAt: SQLiteColumn }) => isNull(table.voidedAt);

export function getOpinionSettings(ctx: ServiceContext): OpinionSettings {
  const stored = readSetting<Partial<OpinionSettings>>(ctx, 'opinion', {});
  const parsed = opinionSettingsSchema.safeParse({ ...defaultOpinionSettings, ...stored, scoring: { ...defaultOpinionSettings.scoring, ...(stored.scoring ?? {}) } });
  return parsed.success ? parsed.data : defaultOpinionSettings;
}

// ───────────────────────── labels and records ─────────────────────────

function issueLabelOf(ctx: ServiceContext, issue: Pick<IssueRow, 'year' | 'number' | 'total' | 'termId'>, settings = getOpinionSettings(ctx)): string {
  if (settings.issueNumbering === '每届' && issue.termId) {
    const term = ctx.app.orm.select({ name: terms.name }).from(terms).where(eq(terms.id, issue.termId)).get();
    return issueLabel(issue, { scope: '每届', termName: term?.name, withTotal: settings.withTotal });
  }
  return issueLabel(issue, { withTotal: settings.withTotal });
}

/** Everything the records of a set of reports need from other tables, loaded in a few queries. */
function lookups(ctx: ServiceContext, rows: readonly ReportRow[]) {
  const orm = ctx.app.orm;
  const ids = rows.map((r) => r.id);
  const memberIdSet = [...new Set(rows.flatMap((r) => jsonArray<number>(r.memberIds)))];
  const memberRows = memberIdSet.length
    ? orm.select({ id: members.id, name: members.name, sectorId: members.sectorId, partyId: members.partyId }).from(members).where(inArray(members.id, memberIdSet)).all()
    : [];
  const sectorNames = new Map(orm.select({ id: sectors.id, name: sectors.name }).from(sectors).all().map((s) => [s.id, s.name]));
  const partyNames = new Map(orm.select({ id: parties.id, name: parties.name }).from(parties).all().map((p) => [p.id, p.name]));
  const topicIds = [...new Set(rows.map((r) => r.topicId).filter((v): v is number => v !== null))];
  const topics = new Map(topicIds.length ? orm.select({ id: opinionTopics.id, title: opinionTopics.title }).from(opinionTopics).where(inArray(opinionTopics.id, topicIds)).all().map((t) => [t.id, t.title]) : []);
  const issueIds = [...new Set(rows.map((r) => r.issueId).filter((v): v is number => v !== null))];
  const settings = getOpinionSettings(ctx);
  const issues = new Map(issueIds.length ? orm.select().from(opinionIssues).where(inArray(opinionIssues.id, issueIds)).all().map((i) => [i.id, i]) : []);
  const byReport = <T extends { reportId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const x of list) map.set(x.reportId, [...(map.get(x.reportId) ?? []), x]);
    return map;
  };
  const adoptions = byReport(ids.length ? orm.select({ reportId: opinionAdoptions.reportId, level: opinionAdoptions.level }).from(opinionAdoptions).where(and(inArray(opinionAdoptions.reportId, ids), liveOnly(opinionAdoptions))).all() : []);
  const sendUps = byReport(ids.length ? orm.select({ reportId: opinionSendUps.reportId, level: opinionSendUps.level }).from(opinionSendUps).where(and(inArray(opinionSendUps.reportId, ids), liveOnly(opinionSendUps))).all() : []);
  const instructions = byReport(
    ids.length ? orm.select({ reportId: opinionInstructions.reportId, level: opinionInstructions.level }).from(opinionInstructions).where(and(inArray(opinionInstructions.reportId, ids), liveOnly(opinionInstructions))).all() : [],
  );
  return { members: new Map(memberRows.map((m) => [m.id, m])), sectorNames, partyNames, topics, issues, adoptions, sendUps, instructions, settings };
}
type Lookups = ReturnType<typeof lookups>;

const levelOrder: OpinionLevel[] = ['县', '市', '省', '全国'];
const sortLevels = <L extends OpinionLevel>(levels: L[]) => [...new Set(levels)].sort((a, b) => levelOrder.indexOf(a) - levelOrder.indexOf(b));

function toRecord(ctx: ServiceContext, r: ReportRow, l: Lookups): OpinionRecord {
  const memberIds = jsonArray<number>(r.memberIds);
  const memberNames = memberIds.map((mid) => l.members.get(mid)?.name ?? `委员${mid}`);
  const sectorName = r.sectorId ? (l.sectorNames.get(r.sectorId) ?? null) : null;
  const partyName = r.partyId ? (l.partyNames.get(r.partyId) ?? null) : null;
  const kind = r.authorKind as OpinionAuthorKind;
  const authorLabel = kind === '界别' ? (sectorName ?? '') : kind === '党派团体' ? (partyName ?? '') : kind === '机关工作人员' ? r.staffName : memberNames.join('、');
  const issue = r.issueId ? l.issues.get(r.issueId) : undefined;
  const instructionLevels = (l.instructions.get(r.id) ?? []).map((i) => i.level as OpinionLevel);
  return {
    id: r.id,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    voidedAt: r.voidedAt,
    voidReason: r.voidReason,
    title: r.title,
    authorKind: kind,
    memberIds,
    sectorId: r.sectorId,
    partyId: r.partyId,
    staffName: r.staffName,
    topicId: r.topicId,
    content: r.content,
    attachments: jsonArray<string>(r.attachments),
    sourceProposalId: r.sourceProposalId,
    note: r.note,
    status: r.status as OpinionStatus,
    receiveYear: r.receiveYear,
    receiveNo: r.receiveNo,
    receiveLabel: r.receiveYear && r.receiveNo ? formatReceiveNo(r.receiveYear, r.receiveNo) : '',
    chars: r.chars,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    decidedBy: r.decidedBy,
    decisionReason: r.decisionReason,
    editedTitle: r.editedTitle,
    editedText: r.editedText,
    editedChars: r.editedChars,
    editor: r.editor,
    editedAt: r.editedAt,
    auditor: r.auditor,
    auditedAt: r.auditedAt,
    signer: r.signer,
    signedAt: r.signedAt,
    printedAt: r.printedAt,
    issueId: r.issueId,
    issueLabel: issue ? issueLabelOf(ctx, issue, l.settings) : null,
    authorLabel,
    memberNames,
    sectorName,
    partyName,
    topicTitle: r.topicId ? (l.topics.get(r.topicId) ?? null) : null,
    adoptedLevels: sortLevels((l.adoptions.get(r.id) ?? []).map((a) => a.level as OpinionLevel)),
    sentLevels: sortLevels((l.sendUps.get(r.id) ?? []).map((s) => s.level as UpperLevel)),
    instructionCount: instructionLevels.length,
    topInstruction: instructionLevels.length ? sortLevels(instructionLevels).pop()! : null,
  };
}

function reportRow(ctx: ServiceContext, id: number): ReportRow {
  return getRecord<ReportRow>(ctx, opinionReports, id, what);
}

export function reportRecord(ctx: ServiceContext, id: number): OpinionRecord {
  const row = reportRow(ctx, id);
  return toRecord(ctx, row, lookups(ctx, [row]));
}

function reportRecords(ctx: ServiceContext, rows: ReportRow[]): OpinionRecord[] {
  const l = lookups(ctx, rows);
  return rows.map((r) => toRecord(ctx, r, l));
}

const labelOf = (r: Pick<ReportRow, 'title' | 'receiveYear' | 'receiveNo'>) => `《${r.title}》${r.receiveYear && r.receiveNo ? `（${formatReceiveNo(r.receiveYear, r.receiveNo)}）` : ''}`;

function history(ctx: ServiceContext, entity: string, entityId: number) {
  return ctx.app.orm
    .select({ at: auditLog.at, actor: auditLog.actor, summary: auditLog.summary })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id))
    .all();
}

// ───────────────────────── guards shared by the steps ─────────────────────────

function issueStatusOf(ctx: ServiceContext, r: ReportRow): IssueStatus | null {
  if (!r.issueId) return null;
  const issue = ctx.app.orm.select({ status: opinionIssues.status, voidedAt: opinionIssues.voidedAt }).from(opinionIssues).where(eq(opinionIssues.id, r.issueId)).get();
  return issue && !issue.voidedAt ? (issue.status as IssueStatus) : null;
}

function sentLevelsOf(ctx: ServiceContext, reportId: number): UpperLevel[] {
  return ctx.app.orm
    .select({ level: opinionSendUps.level })
    .from(opinionSendUps)
    .where(and(eq(opinionSendUps.reportId, reportId), liveOnly(opinionSendUps)))
    .all()
    .map((s) => s.level as UpperLevel);
}

function contextOf(ctx: ServiceContext, r: ReportRow): OpinionContext {
  const memberIds = jsonArray<number>(r.memberIds);
  const hasAuthor = { 委员个人: memberIds.length === 1, 委员联名: memberIds.length >= 2, 界别: !!r.sectorId, 党派团体: !!r.partyId, 机关工作人员: !!r.staffName.trim() }[r.authorKind as OpinionAuthorKind] ?? false;
  return { hasTitle: !!r.title.trim(), hasAuthor, chars: countChars(r.content), maxChars: OPINION_MAX_CHARS, issueStatus: issueStatusOf(ctx, r), sentLevels: sentLevelsOf(ctx, r.id) };
}

function notBefore(date: string, earlier: string | null | undefined, what: string) {
  if (earlier && date < earlier.slice(0, 10)) throw new ApiError('VALIDATION', `日期${formatChineseDate(date)}早于${what}（${formatChineseDate(earlier.slice(0, 10))}），请检查。`, [{ path: '日期', message: `不能早于${what}` }]);
}

/** Runs one report step through the machine and saves it with its audit line; returns the new row. */
function step(ctx: ServiceContext, r: ReportRow, version: number, action: OpinionAction, payload: OpinionPayload, patch: Partial<typeof opinionReports.$inferInsert>, detail = ''): ReportRow {
  const to = opinionTransition(r.status as OpinionStatus, action, payload, contextOf(ctx, r));
  const reasonText = payload.reason ? `，${opinionActionInfo[action].reasonLabel ?? '原因'}：${payload.reason}` : '';
  return updateRecord<ReportRow>(ctx, opinionReports, r.id, version, { ...patch, status: to }, what, (before) => `${action}：${labelOf(before)}${detail}${reasonText}`);
}

function checkAuthorsExist(ctx: ServiceContext, input: { authorKind: OpinionAuthorKind; memberIds: number[]; sectorId?: number | null; partyId?: number | null; topicId?: number | null }) {
  const orm = ctx.app.orm;
  if (input.memberIds.length) {
    const found = orm.select({ id: members.id }).from(members).where(and(inArray(members.id, input.memberIds), isNull(members.voidedAt))).all();
    if (found.length !== input.memberIds.length) throw new ApiError('VALIDATION', '所选委员不存在或已作废，请重新选择。', [{ path: '报送委员', message: '委员不存在' }]);
  }
  if (input.sectorId && !orm.select({ id: sectors.id }).from(sectors).where(and(eq(sectors.id, input.sectorId), isNull(sectors.voidedAt))).get())
    throw new ApiError('VALIDATION', '所选界别不存在或已作废。', [{ path: '界别', message: '界别不存在' }]);
  if (input.partyId && !orm.select({ id: parties.id }).from(parties).where(and(eq(parties.id, input.partyId), isNull(parties.voidedAt))).get())
    throw new ApiError('VALIDATION', '所选党派团体不存在或已作废。', [{ path: '党派团体', message: '党派团体不存在' }]);
  if (input.topicId && !orm.select({ id: opinionTopics.id }).from(opinionTopics).where(and(eq(opinionTopics.id, input.topicId), isNull(opinionTopics.voidedAt))).get())
    throw new ApiError('VALIDATION', '所选重点选题不存在或已作废。', [{ path: '重点选题', message: '选题不存在' }]);
}

// ───────────────────────── 报送上级, 转办, 反馈 records: 作废 and 恢复 ─────────────────────────

type SendUpRow = typeof opinionSendUps.$inferSelect;
type TransferRow = typeof opinionTransfers.$inferSelect;
type FeedbackRow = typeof opinionFeedbacks.$inferSelect;
type AdoptionRow = typeof opinionAdoptions.$inferSelect;
type InstructionRow = typeof opinionInstructions.$inferSelect;

const entryWhat = { sendUp: '报送上级记录', transfer: '转办记录', feedback: '反馈记录', adoption: '采用记录', instruction: '批示记录' } as const;

const unitName = (ctx: ServiceContext, unitId: number) => ctx.app.orm.select({ name: units.name }).from(units).where(eq(units.id, unitId)).get()?.name ?? `单位${unitId}`;
const sendUpLabel = (s: Pick<SendUpRow, 'target' | 'date'>) => `报送${s.target}（${formatChineseDate(s.date)}）`;
const transferLabel = (ctx: ServiceContext, t: Pick<TransferRow, 'unitId' | 'date'>) => `转${unitName(ctx, t.unitId)}（${formatChineseDate(t.date)}）`;
const feedbackLabel = (f: Pick<FeedbackRow, 'source' | 'date'>) => `${f.source}反馈（${formatChineseDate(f.date)}）`;

function liveCount(ctx: ServiceContext, table: typeof opinionSendUps | typeof opinionTransfers | typeof opinionFeedbacks, reportId: number, except?: number): number {
  return ctx.app.orm
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .where(and(eq(table.reportId, reportId), liveOnly(table), except ? sql`${table.id} <> ${except}` : undefined))
    .get()!.n;
}

/** The live report a record belongs to (a voided report's records are left as they are). */
function liveReportOf(ctx: ServiceContext, reportId: number): ReportRow {
  const r = reportRow(ctx, reportId);
  if (r.voidedAt) throw new ApiError('TRANSITION', '该信息已作废，其记录不能再作废或恢复。');
  return r;
}

/**
 * After a 报送上级, 转办 or 反馈 record is voided or restored: the report's status follows its live
 * records (routedStatus), and the report's history gets the step with its reason.
 */
function afterRoutingChange(ctx: ServiceContext, reportId: number, step: string, detail: string) {
  const r = reportRow(ctx, reportId);
  const live = { sendUps: liveCount(ctx, opinionSendUps, r.id), transfers: liveCount(ctx, opinionTransfers, r.id), feedbacks: liveCount(ctx, opinionFeedbacks, r.id) };
  const to = printedStatuses.includes(r.status as OpinionStatus) ? routedStatus(live) : (r.status as OpinionStatus);
  updateRecord<ReportRow>(ctx, opinionReports, r.id, r.version, { status: to }, what, (before) => `${step}：${labelOf(before)}，${detail}${to !== before.status ? `；状态改为“${to}”` : ''}`);
}

interface RoutingKind<R extends { id: number; reportId: number; version: number; voidedAt: string | null }> {
  table: typeof opinionSendUps | typeof opinionTransfers | typeof opinionFeedbacks;
  what: string;
  /** The step's name in the report's history: 报送上级, 转办, 反馈. */
  step: string;
  label: (ctx: ServiceContext, r: R) => string;
  /** Refusals before 作废 / 恢复 (throw an ApiError). */
  beforeVoid?: (ctx: ServiceContext, r: R) => void;
  beforeRestore?: (ctx: ServiceContext, r: R) => void;
}

const sendUpKind: RoutingKind<SendUpRow> = {
  table: opinionSendUps,
  what: entryWhat.sendUp,
  step: '报送上级',
  label: (_, s) => sendUpLabel(s),
  beforeVoid: (ctx, s) => {
    if (liveCount(ctx, opinionSendUps, s.reportId, s.id) > 0) return;
    const upper = ctx.app.orm
      .select({ level: opinionAdoptions.level })
      .from(opinionAdoptions)
      .where(and(eq(opinionAdoptions.reportId, s.reportId), liveOnly(opinionAdoptions), sql`${opinionAdoptions.level} <> '县'`))
      .all()
      .map((a) => levelLabels[a.level as OpinionLevel]);
    if (upper.length) throw new ApiError('TRANSITION', `该信息已登记${upper.join('、')}采用，采用须以报送上级为前提；请先作废采用记录，再作废这条报送记录。`);
  },
  beforeRestore: (ctx, s) => {
    if (sentLevelsOf(ctx, s.reportId).includes(s.level as UpperLevel)) throw new ApiError('DUPLICATE', `该信息已另有报送${upperTargets[s.level as UpperLevel]}的记录，不能恢复这条重复的报送记录。`);
  },
};

const transferKind: RoutingKind<TransferRow> = {
  table: opinionTransfers,
  what: entryWhat.transfer,
  step: '转办',
  label: transferLabel,
  beforeVoid: (ctx, t) => {
    const answered = ctx.app.orm
      .select({ n: sql<number>`count(*)` })
      .from(opinionFeedbacks)
      .where(and(eq(opinionFeedbacks.transferId, t.id), liveOnly(opinionFeedbacks)))
      .get()!.n;
    if (answered) throw new ApiError('TRANSITION', `这次转办已登记${answered}条反馈，请先作废反馈记录，再作废转办记录。`);
  },
};

const feedbackKind: RoutingKind<FeedbackRow> = {
  table: opinionFeedbacks,
  what: entryWhat.feedback,
  step: '反馈',
  label: (_, f) => feedbackLabel(f),
  beforeRestore: (ctx, f) => {
    if (!f.transferId) return;
    const t = ctx.app.orm.select({ voidedAt: opinionTransfers.voidedAt }).from(opinionTransfers).where(eq(opinionTransfers.id, f.transferId)).get();
    if (t?.voidedAt) throw new ApiError('TRANSITION', '这条反馈所答复的转办记录已作废，请先恢复转办记录。');
  },
};

/** 作废 (with `reason`) or 恢复 one 报送上级 / 转办 / 反馈 record, audited on the record and in the report's history. */
function changeRouting<R extends { id: number; reportId: number; version: number; voidedAt: string | null }>(ctx: ServiceContext, kind: RoutingKind<R>, input: { id: number; version: number; reason?: string }): R {
  const r = getRecord<R>(ctx, kind.table, input.id, kind.what);
  liveReportOf(ctx, r.reportId);
  const label = (x: R) => kind.label(ctx, x);
  let row: R;
  if (input.reason === undefined) {
    if (r.voidedAt) kind.beforeRestore?.(ctx, r);
    row = restoreRecord<R>(ctx, kind.table, input, kind.what, label);
    afterRoutingChange(ctx, r.reportId, `恢复${kind.step}`, label(r));
  } else {
    if (!r.voidedAt) kind.beforeVoid?.(ctx, r);
    row = voidRecord<R>(ctx, kind.table, { ...input, reason: input.reason }, kind.what, label);
    afterRoutingChange(ctx, r.reportId, `作废${kind.step}`, `${label(r)}，原因：${input.reason}`);
  }
  return row;
}

const withUnitName = (ctx: ServiceContext, t: TransferRow): TransferRecord => ({ ...t, unitName: unitName(ctx, t.unitId) });

// ───────────────────────── 年度通报 ─────────────────────────

const noticeWhat = '年度通报';
type NoticeRow = typeof opinionNotices.$inferSelect;
const noticeLabel = (n: Pick<NoticeRow, 'year' | 'docNumber'>) => `${n.year}年度社情民意信息工作情况通报（${n.docNumber}）`;

/** The live 通报 of a year, if one was issued. */
function liveNotice(ctx: ServiceContext, year: number, except?: number): NoticeRow | undefined {
  return ctx.app.orm
    .select()
    .from(opinionNotices)
    .where(and(eq(opinionNotices.year, year), liveOnly(opinionNotices), except ? sql`${opinionNotices.id} <> ${except}` : undefined))
    .get();
}

function issueNotice(ctx: ServiceContext, input: { year: number; date: string; signer: string }): OpinionNoticeRecord {
  if (input.date < `${input.year}-01-01`) throw new ApiError('VALIDATION', `印发日期${formatChineseDate(input.date)}早于${input.year}年，年度通报应在该年度内或之后印发。`, [{ path: '印发日期', message: '早于通报年度' }]);
  const existing = liveNotice(ctx, input.year);
  if (existing) throw new ApiError('DUPLICATE', `${input.year}年度通报已印发（${existing.docNumber}），如需重新印发，请先作废原通报。`);
  // Every number ever given (voided 通报 included) stays used.
  const number = assignDocNumber(officeSettings(ctx).series.opinion.prefix, input.date, usedNumbers(ctx, 'opinion'));
  const row = ctx.app.orm
    .insert(opinionNotices)
    .values({ year: input.year, issueDate: input.date, signer: input.signer, docYear: number.year, serial: number.serial, docNumber: number.docNumber })
    .returning()
    .get();
  audit(ctx, { summary: `印发${noticeLabel(row)}，签发人：${input.signer}`, entity: noticeWhat, entityId: row.id, after: row });
  return row;
}

// ───────────────────────── issues ─────────────────────────

function issueRefs(ctx: ServiceContext): (IssueNumberRef & { id: number })[] {
  return ctx.app.orm
    .select({ id: opinionIssues.id, year: opinionIssues.year, number: opinionIssues.number, total: opinionIssues.total, voidedAt: opinionIssues.voidedAt, termNumber: terms.number })
    .from(opinionIssues)
    .leftJoin(terms, eq(opinionIssues.termId, terms.id))
    .all()
    .map((i) => ({ id: i.id, year: i.year, term: i.termNumber, number: i.number, total: i.total, voided: !!i.voidedAt }));
}

function scopeKey(ctx: ServiceContext, year: number, termId: number | null | undefined) {
  const settings = getOpinionSettings(ctx);
  if (settings.issueNumbering === '每届') {
    if (!termId) throw new ApiError('VALIDATION', '期号按届编排，请选择届次。', [{ path: '届次', message: '请选择届次' }]);
    const term = ctx.app.orm.select({ number: terms.number }).from(terms).where(eq(terms.id, termId)).get();
    if (!term) throw new ApiError('VALIDATION', '所选届次不存在。');
    return { scope: '每届' as const, year, term: term.number };
  }
  return { scope: '每年' as const, year };
}

function issueReportRows(ctx: ServiceContext, issueId: number): ReportRow[] {
  return ctx.app.orm.select().from(opinionReports).where(eq(opinionReports.issueId, issueId)).orderBy(asc(opinionReports.issueOrder), asc(opinionReports.id)).all();
}

function toIssueRecord(ctx: ServiceContext, i: IssueRow, settings = getOpinionSettings(ctx)): OpinionIssueRecord {
  const reports = ctx.app.orm
    .select({ title: opinionReports.title, editedTitle: opinionReports.editedTitle })
    .from(opinionReports)
    .where(eq(opinionReports.issueId, i.id))
    .orderBy(asc(opinionReports.issueOrder), asc(opinionReports.id))
    .all();
  return {
    ...i,
    status: i.status as IssueStatus,
    mainTo: jsonArray<string>(i.mainTo),
    ccTo: jsonArray<string>(i.ccTo),
    label: issueLabelOf(ctx, i, settings),
    reportCount: reports.length,
    reportTitles: reports.map((r) => r.editedTitle || r.title),
  };
}

function issueRow(ctx: ServiceContext, id: number): IssueRow {
  return getRecord<IssueRow>(ctx, opinionIssues, id, issueWhat);
}

/** Puts exactly `reportIds` (in order) into the issue; reports leaving it keep their status. */
function setIssueReports(ctx: ServiceContext, issueId: number, reportIds: number[]) {
  if (new Set(reportIds).size !== reportIds.length) throw new ApiError('VALIDATION', '同一篇信息不能在一期中出现两次。');
  const orm = ctx.app.orm;
  const rows = reportIds.length ? orm.select().from(opinionReports).where(inArray(opinionReports.id, reportIds)).all() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const rid of reportIds) {
    const r = byId.get(rid);
    if (!r || r.voidedAt) {
      problems.push(`信息${rid}不存在或已作废`);
      continue;
    }
    if (r.issueId && r.issueId !== issueId) {
      const other = orm.select().from(opinionIssues).where(eq(opinionIssues.id, r.issueId)).get();
      if (other && !other.voidedAt) {
        problems.push(`${labelOf(r)}已编入${issueLabelOf(ctx, other)}`);
        continue;
      }
    }
    if (r.status !== '已编辑' && r.issueId !== issueId) problems.push(`${labelOf(r)}状态为“${r.status}”，编辑完成后才能组期`);
  }
  if (problems.length) throw new ApiError('VALIDATION', `不能组期：${problems.join('；')}。`, problems.map((message) => ({ path: '本期信息', message })));
  orm
    .update(opinionReports)
    .set({ issueId: null, issueOrder: null })
    .where(and(eq(opinionReports.issueId, issueId), reportIds.length ? sql`${opinionReports.id} not in (${sql.join(reportIds.map((x) => sql`${x}`), sql`, `)})` : undefined))
    .run();
  reportIds.forEach((rid, order) => orm.update(opinionReports).set({ issueId, issueOrder: order + 1 }).where(eq(opinionReports.id, rid)).run());
}

// ───────────────────────── statistics facts ─────────────────────────

function loadFacts(ctx: ServiceContext): ReportFact[] {
  const orm = ctx.app.orm;
  const rows = orm
    .select()
    .from(opinionReports)
    .where(and(isNull(opinionReports.voidedAt), isNotNull(opinionReports.submittedAt)))
    .all();
  const memberMap = new Map(
    orm
      .select({ id: members.id, name: members.name, sectorId: members.sectorId, partyId: members.partyId })
      .from(members)
      .all()
      .map((m) => [m.id, m]),
  );
  const sectorNames = new Map(orm.select({ id: sectors.id, name: sectors.name }).from(sectors).all().map((s) => [s.id, s.name]));
  const partyNames = new Map(orm.select({ id: parties.id, name: parties.name }).from(parties).all().map((p) => [p.id, p.name]));
  const topics = new Map(orm.select({ id: opinionTopics.id, title: opinionTopics.title }).from(opinionTopics).all().map((t) => [t.id, t.title]));
  const group = <T extends { reportId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const x of list) map.set(x.reportId, [...(map.get(x.reportId) ?? []), x]);
    return map;
  };
  const adoptions = group(orm.select({ reportId: opinionAdoptions.reportId, level: opinionAdoptions.level, date: opinionAdoptions.date }).from(opinionAdoptions).where(liveOnly(opinionAdoptions)).all());
  const instructions = group(orm.select({ reportId: opinionInstructions.reportId, level: opinionInstructions.level, date: opinionInstructions.date }).from(opinionInstructions).where(liveOnly(opinionInstructions)).all());
  const sendUps = group(orm.select({ reportId: opinionSendUps.reportId, level: opinionSendUps.level, date: opinionSendUps.date }).from(opinionSendUps).where(liveOnly(opinionSendUps)).all());
  const transfers = group(orm.select({ reportId: opinionTransfers.reportId, date: opinionTransfers.date }).from(opinionTransfers).where(liveOnly(opinionTransfers)).all());
  const feedbacks = group(orm.select({ reportId: opinionFeedbacks.reportId, date: opinionFeedbacks.date }).from(opinionFeedbacks).where(liveOnly(opinionFeedbacks)).all());
  return rows.map((r) => ({
    id: r.id,
    authorKind: r.authorKind as OpinionAuthorKind,
    submittedAt: r.submittedAt,
    rejectedAt: r.status === '不采用' ? r.decidedAt : null,
    keptAt: r.status === '留存' ? r.decidedAt : null,
    printedAt: r.printedAt,
    topic: r.topicId ? { id: r.topicId, title: topics.get(r.topicId) ?? '' } : null,
    members: jsonArray<number>(r.memberIds).map((mid) => {
      const m = memberMap.get(mid);
      return {
        id: mid,
        name: m?.name ?? `委员${mid}`,
        sectorId: m?.sectorId ?? null,
        sectorName: m?.sectorId ? (sectorNames.get(m.sectorId) ?? null) : null,
        partyId: m?.partyId ?? null,
        partyName: m?.partyId ? (partyNames.get(m.partyId) ?? null) : null,
      };
    }),
    sector: r.authorKind === '界别' && r.sectorId ? { id: r.sectorId, name: sectorNames.get(r.sectorId) ?? '' } : null,
    party: r.authorKind === '党派团体' && r.partyId ? { id: r.partyId, name: partyNames.get(r.partyId) ?? '' } : null,
    adoptions: (adoptions.get(r.id) ?? []).map((a) => ({ level: a.level as OpinionLevel, date: a.date })),
    instructions: (instructions.get(r.id) ?? []).map((a) => ({ level: a.level as OpinionLevel, date: a.date })),
    sendUps: (sendUps.get(r.id) ?? []).map((a) => ({ level: a.level as UpperLevel, date: a.date })),
    transfers: (transfers.get(r.id) ?? []).map((a) => ({ date: a.date })),
    feedbacks: (feedbacks.get(r.id) ?? []).map((a) => ({ date: a.date })),
  }));
}

// ───────────────────────── handlers ─────────────────────────

const escapeLike = (s: string) => `%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

export const opinionHandlers = {
  // 重点选题
  'opinionTopic.list': (input: MethodParsedInput<'opinionTopic.list'>, ctx: ServiceContext): OpinionTopicRecord[] => {
    const where: (SQL | undefined)[] = [];
    if (!input.includeVoided) where.push(isNull(opinionTopics.voidedAt));
    if (input.year) where.push(eq(opinionTopics.year, input.year));
    const counts = sql<number>`(select count(*) from opinion_reports r where r.topic_id = "opinion_topics"."id" and r.voided_at is null and r.submitted_at is not null)`;
    return ctx.app.orm
      .select({ topic: opinionTopics, reportCount: counts })
      .from(opinionTopics)
      .where(and(...where))
      .orderBy(desc(opinionTopics.year), asc(opinionTopics.sort), asc(opinionTopics.id))
      .all()
      .map((r) => ({ ...r.topic, reportCount: r.reportCount }));
  },
  'opinionTopic.save': (input: MethodParsedInput<'opinionTopic.save'>, ctx: ServiceContext): OpinionTopicRecord => {
    const { id, version, ...values } = input;
    const clash = ctx.app.orm
      .select({ id: opinionTopics.id })
      .from(opinionTopics)
      .where(and(eq(opinionTopics.year, values.year), eq(opinionTopics.title, values.title), isNull(opinionTopics.voidedAt)))
      .get();
    if (clash && clash.id !== id) throw new ApiError('DUPLICATE', `${values.year}年已有重点选题“${values.title}”。`, [{ path: '选题名称', message: '同年度选题重复' }]);
    const row =
      id === undefined
        ? insertRecord<typeof opinionTopics.$inferSelect>(ctx, opinionTopics, values, topicWhat, `${values.year}年 ${values.title}`)
        : updateRecord<typeof opinionTopics.$inferSelect>(ctx, opinionTopics, id, version, values, topicWhat, (r) => `修改重点选题：${String(r.title)}`);
    return { ...row, reportCount: 0 };
  },
  'opinionTopic.void': (input: MethodParsedInput<'opinionTopic.void'>, ctx: ServiceContext): OpinionTopicRecord => ({
    ...voidRecord<typeof opinionTopics.$inferSelect>(ctx, opinionTopics, input, topicWhat, (r) => r.title),
    reportCount: 0,
  }),
  'opinionTopic.restore': (input: MethodParsedInput<'opinionTopic.restore'>, ctx: ServiceContext): OpinionTopicRecord => ({
    ...restoreRecord<typeof opinionTopics.$inferSelect>(ctx, opinionTopics, input, topicWhat, (r) => r.title),
    reportCount: 0,
  }),

  // 信息
  'opinion.list': (input: MethodParsedInput<'opinion.list'>, ctx: ServiceContext) => {
    const r = opinionReports;
    const where: (SQL | undefined)[] = [];
    if (!input.includeVoided) where.push(isNull(r.voidedAt));
    if (input.year) where.push(eq(r.receiveYear, input.year));
    if (input.status) where.push(eq(r.status, input.status));
    if (input.statuses?.length) where.push(inArray(r.status, input.statuses));
    if (input.authorKind) where.push(eq(r.authorKind, input.authorKind));
    if (input.memberId) where.push(sql`exists (select 1 from json_each(${r.memberIds}) j where j.value = ${input.memberId})`);
    if (input.sectorId)
      where.push(
        or(
          and(eq(r.authorKind, '界别'), eq(r.sectorId, input.sectorId)),
          sql`exists (select 1 from json_each(${r.memberIds}) j join ${members} m on m.id = j.value where m.sector_id = ${input.sectorId})`,
        ),
      );
    if (input.partyId)
      where.push(
        or(
          and(eq(r.authorKind, '党派团体'), eq(r.partyId, input.partyId)),
          sql`exists (select 1 from json_each(${r.memberIds}) j join ${members} m on m.id = j.value where m.party_id = ${input.partyId})`,
        ),
      );
    if (input.topicId) where.push(eq(r.topicId, input.topicId));
    if (input.issueId) where.push(eq(r.issueId, input.issueId));
    if (input.adoptedLevel) where.push(sql`exists (select 1 from ${opinionAdoptions} a where a.report_id = "opinion_reports"."id" and a.level = ${input.adoptedLevel} and a.voided_at is null)`);
    if (input.instructed !== undefined)
      where.push(input.instructed ? sql`exists (select 1 from ${opinionInstructions} i where i.report_id = "opinion_reports"."id" and i.voided_at is null)` : sql`not exists (select 1 from ${opinionInstructions} i where i.report_id = "opinion_reports"."id" and i.voided_at is null)`);
    if (input.sentUp !== undefined)
      where.push(input.sentUp ? sql`exists (select 1 from ${opinionSendUps} s where s.report_id = "opinion_reports"."id" and s.voided_at is null)` : sql`not exists (select 1 from ${opinionSendUps} s where s.report_id = "opinion_reports"."id" and s.voided_at is null)`);
    if (input.from) where.push(gte(r.submittedAt, input.from));
    if (input.to) where.push(lte(r.submittedAt, `${input.to}T99`));
    if (input.search) {
      const term = escapeLike(input.search);
      const no = /^(\d{4})-(\d{1,6})$/.exec(input.search);
      where.push(
        or(
          sql`${r.title} like ${term} escape '\\'`,
          sql`${r.content} like ${term} escape '\\'`,
          sql`${r.editedTitle} like ${term} escape '\\'`,
          sql`${r.editedText} like ${term} escape '\\'`,
          sql`${r.staffName} like ${term} escape '\\'`,
          sql`exists (select 1 from json_each(${r.memberIds}) j join ${members} m on m.id = j.value where m.name like ${term} escape '\\')`,
          no ? and(eq(r.receiveYear, Number(no[1])), eq(r.receiveNo, Number(no[2]))) : undefined,
        ),
      );
    }
    const condition = and(...where);
    const total = ctx.app.orm.select({ n: sql<number>`count(*)` }).from(r).where(condition).get()!.n;
    const dir = input.sortOrder === 'asc' ? asc : desc;
    const order =
      input.sortBy === 'receiveNo'
        ? [dir(r.receiveYear), dir(r.receiveNo), dir(r.id)]
        : input.sortBy === 'submittedAt'
          ? [dir(r.submittedAt), dir(r.id)]
          : input.sortBy === 'updatedAt'
            ? [dir(r.updatedAt), dir(r.id)]
            : [dir(r.title), dir(r.id)];
    const rows = ctx.app.orm
      .select()
      .from(r)
      .where(condition)
      .orderBy(...order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    return { rows: reportRecords(ctx, rows), total };
  },

  'opinion.get': (input: { id: number }, ctx: ServiceContext): OpinionDetail => {
    const orm = ctx.app.orm;
    const row = reportRow(ctx, input.id);
    const record = toRecord(ctx, row, lookups(ctx, [row]));
    const unitNames = new Map(orm.select({ id: units.id, name: units.name }).from(units).all().map((u) => [u.id, u.name]));
    const adoptions = orm.select().from(opinionAdoptions).where(eq(opinionAdoptions.reportId, row.id)).orderBy(asc(opinionAdoptions.date), asc(opinionAdoptions.id)).all() as AdoptionRecord[];
    const instructions = orm.select().from(opinionInstructions).where(eq(opinionInstructions.reportId, row.id)).orderBy(asc(opinionInstructions.date), asc(opinionInstructions.id)).all() as InstructionRecord[];
    const sendUps = orm.select().from(opinionSendUps).where(eq(opinionSendUps.reportId, row.id)).orderBy(asc(opinionSendUps.date), asc(opinionSendUps.id)).all() as SendUpRecord[];
    const transfers: TransferRecord[] = orm
      .select()
      .from(opinionTransfers)
      .where(eq(opinionTransfers.reportId, row.id))
      .orderBy(asc(opinionTransfers.date), asc(opinionTransfers.id))
      .all()
      .map((t) => ({ ...t, unitName: unitNames.get(t.unitId) ?? '' }));
    const feedbacks = orm.select().from(opinionFeedbacks).where(eq(opinionFeedbacks.reportId, row.id)).orderBy(asc(opinionFeedbacks.date), asc(opinionFeedbacks.id)).all() as FeedbackRecord[];
    const actions = row.voidedAt ? [] : availableOpinionActions(row.status as OpinionStatus, contextOf(ctx, row)).filter((a) => !issueDrivenActions.includes(a.action)).map((a) => ({ ...a, needs: [...a.needs] }));
    return { ...record, adoptions, instructions, sendUps, transfers, feedbacks, actions, history: history(ctx, what, row.id) };
  },

  'opinion.save': (input: MethodParsedInput<'opinion.save'>, ctx: ServiceContext): OpinionRecord => {
    const { id, version, memberIds, attachments, ...rest } = input;
    const kind = rest.authorKind;
    const values = {
      ...rest,
      memberIds: JSON.stringify(kind === '委员个人' || kind === '委员联名' ? memberIds : []),
      sectorId: kind === '界别' ? (rest.sectorId ?? null) : null,
      partyId: kind === '党派团体' ? (rest.partyId ?? null) : null,
      staffName: kind === '机关工作人员' ? rest.staffName : '',
      topicId: rest.topicId ?? null,
      sourceProposalId: rest.sourceProposalId ?? null,
      attachments: JSON.stringify(attachments),
      chars: countChars(rest.content),
    };
    checkAuthorsExist(ctx, { authorKind: kind, memberIds: kind === '委员个人' || kind === '委员联名' ? memberIds : [], sectorId: values.sectorId, partyId: values.partyId, topicId: values.topicId });
    if (id === undefined) {
      const row = insertRecord<ReportRow>(ctx, opinionReports, values, what, `《${values.title}》`);
      return reportRecord(ctx, row.id);
    }
    const before = reportRow(ctx, id);
    if (before.voidedAt) throw new ApiError('TRANSITION', '该信息已作废，不能修改。');
    if (before.status !== '已保存') throw new ApiError('TRANSITION', `信息已报送（状态为“${before.status}”），原稿不能再修改；如需修改文字，请在采用后编辑。`);
    updateRecord(ctx, opinionReports, id, version, values, what, (r) => `修改社情民意信息：《${String(r.title)}》`);
    return reportRecord(ctx, id);
  },

  'opinion.transition': (input: MethodParsedInput<'opinion.transition'>, ctx: ServiceContext): OpinionRecord => {
    const r = reportRow(ctx, input.id);
    if (r.voidedAt) throw new ApiError('TRANSITION', '该信息已作废，不能再流转。');
    const date = input.date ?? localToday();
    const payload = { reason: input.reason };
    const action = input.action;
    let patch: Partial<typeof opinionReports.$inferInsert> = {};
    let adoption = false;
    switch (action) {
      case '报送': {
        const year = Number(date.slice(0, 4));
        const keep = r.receiveYear && r.receiveNo;
        const receiveNo = keep
          ? r.receiveNo
          : nextNumber(
              ctx.app.orm
                .select({ no: opinionReports.receiveNo })
                .from(opinionReports)
                .where(eq(opinionReports.receiveYear, year))
                .all()
                .map((x) => x.no),
            );
        patch = { submittedAt: date, receiveYear: keep ? r.receiveYear : year, receiveNo, decisionReason: null };
        break;
      }
      case '退回':
        notBefore(date, r.submittedAt, '报送日期');
        patch = { decidedAt: date, decidedBy: ctx.actor, decisionReason: input.reason };
        break;
      case '采用':
        notBefore(date, r.submittedAt, '报送日期');
        patch = { decidedAt: date, decidedBy: ctx.actor, decisionReason: null };
        adoption = true;
        break;
      case '不采用':
        notBefore(date, r.submittedAt, '报送日期');
        patch = { decidedAt: date, decidedBy: ctx.actor, decisionReason: input.reason };
        break;
      case '留存':
        notBefore(date, r.submittedAt, '报送日期');
        patch = { decidedAt: date, decidedBy: ctx.actor, decisionReason: null };
        break;
      case '作废':
        patch = { voidedAt: nowSql as unknown as string, voidReason: input.reason };
        break;
    }
    const after = step(ctx, r, input.version, action, payload, patch, action === '采用' ? '（记县级采用）' : '');
    if (adoption) {
      ctx.app.orm.insert(opinionAdoptions).values({ reportId: after.id, level: '县', date, channel: '县政协审查采用', note: '' }).run();
    }
    return reportRecord(ctx, after.id);
  },

  'opinion.edit': (input: MethodParsedInput<'opinion.edit'>, ctx: ServiceContext): OpinionRecord => {
    const r = reportRow(ctx, input.id);
    const date = input.date ?? localToday();
    notBefore(date, r.decidedAt, '采用日期');
    const chars = countChars(input.editedText);
    step(
      ctx,
      r,
      input.version,
      '编辑',
      { editedText: input.editedText, person: input.editor },
      { editedTitle: input.editedTitle, editedText: input.editedText, editedChars: chars, editor: input.editor, editedAt: date },
      `（编辑稿${chars}字，原稿${r.chars}字）`,
    );
    return reportRecord(ctx, r.id);
  },

  'opinion.sendUp': (input: MethodParsedInput<'opinion.sendUp'>, ctx: ServiceContext): OpinionRecord => {
    const r = reportRow(ctx, input.id);
    notBefore(input.date, r.printedAt, '印发日期');
    const target = input.target || upperTargets[input.level];
    step(ctx, r, input.version, '报送上级', { level: input.level }, {}, `，报送${target}`);
    ctx.app.orm.insert(opinionSendUps).values({ reportId: r.id, level: input.level, date: input.date, target, note: input.note }).run();
    return reportRecord(ctx, r.id);
  },

  'opinion.transfer': (input: MethodParsedInput<'opinion.transfer'>, ctx: ServiceContext): OpinionRecord => {
    const r = reportRow(ctx, input.id);
    const unit = ctx.app.orm.select({ name: units.name }).from(units).where(and(eq(units.id, input.unitId), isNull(units.voidedAt))).get();
    if (!unit) throw new ApiError('VALIDATION', '所选转办单位不存在或已作废。', [{ path: '转办单位', message: '单位不存在' }]);
    notBefore(input.date, r.printedAt, '印发日期');
    step(ctx, r, input.version, '转办', { unit: unit.name }, {}, `，转${unit.name}`);
    ctx.app.orm.insert(opinionTransfers).values({ reportId: r.id, unitId: input.unitId, date: input.date, requirement: input.requirement }).run();
    return reportRecord(ctx, r.id);
  },

  'opinion.feedback': (input: MethodParsedInput<'opinion.feedback'>, ctx: ServiceContext): OpinionRecord => {
    const r = reportRow(ctx, input.id);
    if (input.transferId) {
      const t = ctx.app.orm.select().from(opinionTransfers).where(eq(opinionTransfers.id, input.transferId)).get();
      if (!t || t.reportId !== r.id || t.voidedAt) throw new ApiError('VALIDATION', '所选转办记录不属于该信息。', [{ path: '转办记录', message: '转办记录不正确' }]);
      notBefore(input.date, t.date, '转办日期');
    }
    step(ctx, r, input.version, '反馈', { content: input.content }, {}, `，${input.source}反馈`);
    ctx.app.orm.insert(opinionFeedbacks).values({ reportId: r.id, transferId: input.transferId ?? null, date: input.date, source: input.source, content: input.content }).run();
    return reportRecord(ctx, r.id);
  },

  'opinion.recordAdoption': (input: MethodParsedInput<'opinion.recordAdoption'>, ctx: ServiceContext): AdoptionRecord => {
    const r = reportRow(ctx, input.reportId);
    if (r.voidedAt) throw new ApiError('TRANSITION', '该信息已作废。');
    if (input.level === '县') throw new ApiError('TRANSITION', '县级采用在审查“采用”时自动登记，无需另行登记。');
    if (!sentLevelsOf(ctx, r.id).length) throw new ApiError('TRANSITION', `该信息尚未报送上级，不能登记${levelLabels[input.level]}采用；请先“报送上级”。`);
    const dup = ctx.app.orm
      .select({ id: opinionAdoptions.id })
      .from(opinionAdoptions)
      .where(and(eq(opinionAdoptions.reportId, r.id), eq(opinionAdoptions.level, input.level), liveOnly(opinionAdoptions)))
      .get();
    if (dup) throw new ApiError('DUPLICATE', `该信息已登记${levelLabels[input.level]}采用。`);
    notBefore(input.date, r.submittedAt, '报送日期');
    const row = ctx.app.orm.insert(opinionAdoptions).values({ reportId: r.id, level: input.level, date: input.date, channel: input.channel, note: input.note }).returning().get();
    audit(ctx, { summary: `登记${levelLabels[input.level]}采用：${labelOf(r)}${input.channel ? `（${input.channel}）` : ''}`, entity: what, entityId: r.id, after: row });
    return row as AdoptionRecord;
  },

  'opinion.recordInstruction': (input: MethodParsedInput<'opinion.recordInstruction'>, ctx: ServiceContext): InstructionRecord => {
    const r = reportRow(ctx, input.reportId);
    if (r.voidedAt) throw new ApiError('TRANSITION', '该信息已作废。');
    if (!printedStatuses.includes(r.status as OpinionStatus)) throw new ApiError('TRANSITION', `信息状态为“${r.status}”，在《社情民意》印发后才能登记批示。`);
    notBefore(input.date, r.printedAt, '印发日期');
    const row = ctx.app.orm.insert(opinionInstructions).values({ reportId: r.id, leader: input.leader, leaderTitle: input.leaderTitle, level: input.level, date: input.date, text: input.text }).returning().get();
    audit(ctx, { summary: `登记${levelLabels[input.level]}批示：${labelOf(r)}，${input.leaderTitle}${input.leader}`, entity: what, entityId: r.id, after: row });
    return row as InstructionRecord;
  },

  'opinion.voidAdoption': (input: MethodParsedInput<'opinion.voidAdoption'>, ctx: ServiceContext): AdoptionRecord => {
    const a = getRecord<typeof opinionAdoptions.$inferSelect>(ctx, opinionAdoptions, input.id, '采用记录');
    if (a.level === '县') throw new ApiError('TRANSITION', '县级采用由审查“采用”登记，不能单独作废。');
    return voidRecord<typeof opinionAdoptions.$inferSelect>(ctx, opinionAdoptions, input, '采用记录', (x) => `${levelLabels[x.level as OpinionLevel]}采用（信息${x.reportId}）`) as AdoptionRecord;
  },
  'opinion.voidInstruction': (input: MethodParsedInput<'opinion.voidInstruction'>, ctx: ServiceContext): InstructionRecord =>
    voidRecord<typeof opinionInstructions.$inferSelect>(ctx, opinionInstructions, input, '批示记录', (x) => `${x.leader}批示（信息${x.reportId}）`) as InstructionRecord,
  'opinion.restoreAdoption': (input: MethodParsedInput<'opinion.restoreAdoption'>, ctx: ServiceContext): AdoptionRecord => {
    const a = getRecord<AdoptionRow>(ctx, opinionAdoptions, input.id, entryWhat.adoption);
    liveReportOf(ctx, a.reportId);
    if (a.voidedAt) {
      const dup = ctx.app.orm
        .select({ id: opinionAdoptions.id })
        .from(opinionAdoptions)
        .where(and(eq(opinionAdoptions.reportId, a.reportId), eq(opinionAdoptions.level, a.level), liveOnly(opinionAdoptions)))
        .get();
      if (dup) throw new ApiError('DUPLICATE', `该信息已另有${levelLabels[a.level as OpinionLevel]}采用记录，不能恢复这条重复的记录。`);
      if (a.level !== '县' && !sentLevelsOf(ctx, a.reportId).length) throw new ApiError('TRANSITION', `该信息目前没有有效的报送上级记录，不能恢复${levelLabels[a.level as OpinionLevel]}采用；请先恢复或登记报送上级。`);
    }
    return restoreRecord<AdoptionRow>(ctx, opinionAdoptions, input, entryWhat.adoption, (x) => `${levelLabels[x.level as OpinionLevel]}采用（信息${x.reportId}）`) as AdoptionRecord;
  },
  'opinion.restoreInstruction': (input: MethodParsedInput<'opinion.restoreInstruction'>, ctx: ServiceContext): InstructionRecord => {
    const x = getRecord<InstructionRow>(ctx, opinionInstructions, input.id, entryWhat.instruction);
    liveReportOf(ctx, x.reportId);
    return restoreRecord<InstructionRow>(ctx, opinionInstructions, input, entryWhat.instruction, (i) => `${i.leader}批示（信息${i.reportId}）`) as InstructionRecord;
  },
  'opinion.voidSendUp': (input: MethodParsedInput<'opinion.voidSendUp'>, ctx: ServiceContext): SendUpRecord => changeRouting(ctx, sendUpKind, input) as SendUpRecord,
  'opinion.restoreSendUp': (input: MethodParsedInput<'opinion.restoreSendUp'>, ctx: ServiceContext): SendUpRecord => changeRouting(ctx, sendUpKind, input) as SendUpRecord,
  'opinion.voidTransfer': (input: MethodParsedInput<'opinion.voidTransfer'>, ctx: ServiceContext) => withUnitName(ctx, changeRouting(ctx, transferKind, input)),
  'opinion.restoreTransfer': (input: MethodParsedInput<'opinion.restoreTransfer'>, ctx: ServiceContext) => withUnitName(ctx, changeRouting(ctx, transferKind, input)),
  'opinion.voidFeedback': (input: MethodParsedInput<'opinion.voidFeedback'>, ctx: ServiceContext) => changeRouting(ctx, feedbackKind, input) as FeedbackRecord,
  'opinion.restoreFeedback': (input: MethodParsedInput<'opinion.restoreFeedback'>, ctx: ServiceContext) => changeRouting(ctx, feedbackKind, input) as FeedbackRecord,

  // 期次
  'opinionIssue.list': (input: MethodParsedInput<'opinionIssue.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [];
    if (!input.includeVoided) where.push(isNull(opinionIssues.voidedAt));
    if (input.year) where.push(eq(opinionIssues.year, input.year));
    if (input.status) where.push(eq(opinionIssues.status, input.status));
    const condition = and(...where);
    const total = ctx.app.orm.select({ n: sql<number>`count(*)` }).from(opinionIssues).where(condition).get()!.n;
    const settings = getOpinionSettings(ctx);
    const rows = ctx.app.orm
      .select()
      .from(opinionIssues)
      .where(condition)
      .orderBy(desc(opinionIssues.year), desc(opinionIssues.number), desc(opinionIssues.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    return { rows: rows.map((i) => toIssueRecord(ctx, i, settings)), total };
  },

  'opinionIssue.get': (input: { id: number }, ctx: ServiceContext): OpinionIssueDetail => {
    const i = issueRow(ctx, input.id);
    const reports = issueReportRows(ctx, i.id);
    const notEdited = reports.filter((r) => r.status !== '已编辑').map((r) => r.editedTitle || r.title);
    const actions = i.voidedAt ? [] : availableIssueActions(i.status as IssueStatus, { reportCount: reports.length, notEdited: i.status === '编辑中' ? notEdited : [] }).map((a) => ({ ...a, needs: [...a.needs] }));
    return { ...toIssueRecord(ctx, i), reports: reportRecords(ctx, reports), actions, history: history(ctx, issueWhat, i.id) };
  },

  'opinionIssue.nextNumber': (input: MethodParsedInput<'opinionIssue.nextNumber'>, ctx: ServiceContext) => nextIssueNumber(issueRefs(ctx), scopeKey(ctx, input.year, input.termId)),

  'opinionIssue.save': (input: MethodParsedInput<'opinionIssue.save'>, ctx: ServiceContext): OpinionIssueRecord => {
    const { id, version, reportIds, mainTo, ccTo, number, ...rest } = input;
    const key = scopeKey(ctx, rest.year, rest.termId);
    const refs = issueRefs(ctx);
    const values = { ...rest, termId: rest.termId ?? null, mainTo: JSON.stringify(mainTo), ccTo: JSON.stringify(ccTo) };
    if (id === undefined) {
      const next = nextIssueNumber(refs, key);
      const chosen = number ?? next.number;
      const problem = checkIssueNumber(refs, key, chosen);
      if (problem) throw new ApiError('DUPLICATE', problem, [{ path: '期号', message: problem }]);
      const row = ctx.app.orm
        .insert(opinionIssues)
        .values({ ...values, number: chosen, total: next.total, status: '编辑中' })
        .returning()
        .get();
      setIssueReports(ctx, row.id, reportIds);
      audit(ctx, { summary: `新建${issueLabelOf(ctx, row)}（${reportIds.length}篇信息）`, entity: issueWhat, entityId: row.id, after: { ...row, reportIds } });
      return toIssueRecord(ctx, row);
    }
    const before = issueRow(ctx, id);
    if (before.voidedAt || before.status !== '编辑中') throw new ApiError('TRANSITION', `${issueLabelOf(ctx, before)}状态为“${before.voidedAt ? '已作废' : before.status}”，只有编辑中的期次可以修改。`);
    const chosen = number ?? before.number;
    const problem = checkIssueNumber(refs, key, chosen, id);
    if (problem) throw new ApiError('DUPLICATE', problem, [{ path: '期号', message: problem }]);
    setIssueReports(ctx, id, reportIds);
    updateRecord<IssueRow>(ctx, opinionIssues, id, version, { ...values, number: chosen }, issueWhat, (r) => `修改${issueLabelOf(ctx, r)}（${reportIds.length}篇信息）`);
    return toIssueRecord(ctx, issueRow(ctx, id));
  },

  'opinionIssue.transition': (input: MethodParsedInput<'opinionIssue.transition'>, ctx: ServiceContext): OpinionIssueRecord => {
    const i = issueRow(ctx, input.id);
    if (i.voidedAt) throw new ApiError('TRANSITION', '该期次已作废。');
    const action = input.action as IssueAction;
    const date = input.date ?? localToday();
    const reports = issueReportRows(ctx, i.id);
    const payload = { person: input.person, reason: input.reason, date };
    const to = issueTransition(i.status as IssueStatus, action, payload, { reportCount: reports.length, notEdited: reports.filter((r) => r.status !== '已编辑').map((r) => r.editedTitle || r.title) });
    const label = issueLabelOf(ctx, i);

    // The reports follow the issue, each through its own machine (a refusal aborts everything).
    const reportAction = issueToReportAction[action];
    for (const r of reportAction ? reports : []) {
      const patch: Partial<typeof opinionReports.$inferInsert> =
        action === '审核'
          ? { auditor: input.person, auditedAt: date }
          : action === '签发'
            ? { signer: input.person, signedAt: date }
            : action === '印发'
              ? { printedAt: date }
              : { auditor: null, auditedAt: null };
      if (action === '印发') notBefore(date, r.signedAt, '签发日期');
      const payloadFor: OpinionPayload = { person: input.person, reason: input.reason };
      step(ctx, r, r.version, reportAction!, payloadFor, patch, `（随${label}）`);
    }
    let patch: Partial<typeof opinionIssues.$inferInsert> = {};
    switch (action) {
      case '审核':
        patch = { reviewerName: input.person, reviewedAt: date, returnReason: null };
        break;
      case '退回':
        patch = { returnReason: input.reason, reviewedAt: null };
        break;
      case '签发':
        notBefore(date, i.reviewedAt, '审核日期');
        patch = { signerName: input.person, signedAt: date };
        break;
      case '印发':
        notBefore(date, i.signedAt, '签发日期');
        patch = { printedAt: date, issueDate: date };
        break;
      case '作废':
        patch = { voidedAt: nowSql as unknown as string, voidReason: input.reason };
        ctx.app.orm.update(opinionReports).set({ issueId: null, issueOrder: null }).where(eq(opinionReports.issueId, i.id)).run();
        break;
    }
    const info = issueActionInfo[action];
    const extra = input.person && info.personLabel ? `，${info.personLabel}：${input.person}` : input.reason && info.reasonLabel ? `，${info.reasonLabel}：${input.reason}` : '';
    const after = updateRecord<IssueRow>(ctx, opinionIssues, i.id, input.version, { ...patch, status: to }, issueWhat, () => `${action}：${label}（${reports.length}篇信息）${extra}`);
    return toIssueRecord(ctx, after);
  },

  // 年度通报
  'opinionNotice.list': (input: MethodParsedInput<'opinionNotice.list'>, ctx: ServiceContext): OpinionNoticeRecord[] =>
    ctx.app.orm
      .select()
      .from(opinionNotices)
      .where(and(input.includeVoided ? undefined : liveOnly(opinionNotices), input.year ? eq(opinionNotices.year, input.year) : undefined))
      .orderBy(desc(opinionNotices.docYear), desc(opinionNotices.serial))
      .all(),
  'opinionNotice.issue': (input: MethodParsedInput<'opinionNotice.issue'>, ctx: ServiceContext) => issueNotice(ctx, input),
  'opinionNotice.void': (input: MethodParsedInput<'opinionNotice.void'>, ctx: ServiceContext): OpinionNoticeRecord => voidRecord<NoticeRow>(ctx, opinionNotices, input, noticeWhat, noticeLabel),
  'opinionNotice.restore': (input: MethodParsedInput<'opinionNotice.restore'>, ctx: ServiceContext): OpinionNoticeRecord => {
    const n = getRecord<NoticeRow>(ctx, opinionNotices, input.id, noticeWhat);
    const other = n.voidedAt ? liveNotice(ctx, n.year, n.id) : undefined;
    if (other) throw new ApiError('DUPLICATE', `${n.year}年度已另有通报（${other.docNumber}），不能恢复这份通报。`);
    return restoreRecord<NoticeRow>(ctx, opinionNotices, input, noticeWhat, noticeLabel);
  },

  // 设置、统计、排名
  'opinion.getSettings': (_: unknown, ctx: ServiceContext): OpinionSettings => getOpinionSettings(ctx),
  'opinion.saveSettings': (input: OpinionSettings, ctx: ServiceContext): OpinionSettings => {
    writeSetting(ctx, 'opinion', input, '修改社情民意设置（计分规则、期号编排）');
    return input;
  },

  'opinion.stats': (input: MethodParsedInput<'opinion.stats'>, ctx: ServiceContext) => {
    const facts = loadFacts(ctx);
    const period = input.quarter ? quarterPeriod(input.year, input.quarter as 1 | 2 | 3 | 4) : yearPeriod(input.year);
    const topics = ctx.app.orm
      .select({ n: sql<number>`count(*)` })
      .from(opinionTopics)
      .where(and(eq(opinionTopics.year, input.year), isNull(opinionTopics.voidedAt)))
      .get()!.n;
    const issues = ctx.app.orm
      .select({ printedAt: opinionIssues.printedAt })
      .from(opinionIssues)
      .where(and(isNull(opinionIssues.voidedAt), eq(opinionIssues.status, '已印发')))
      .all()
      .filter((i) => inPeriod(i.printedAt, period)).length;
    return {
      year: input.year,
      quarter: input.quarter ?? null,
      ...period,
      topics,
      issues,
      totals: computeTotals(facts, period),
      quarters: quarterTotals(facts, input.year),
      byMember: groupTotals(facts, period, 'member'),
      bySector: groupTotals(facts, period, 'sector'),
      byParty: groupTotals(facts, period, 'party'),
      byTopic: groupTotals(facts, period, 'topic'),
      byAuthorKind: groupTotals(facts, period, 'authorKind'),
    };
  },

  'opinion.ranking': (input: MethodParsedInput<'opinion.ranking'>, ctx: ServiceContext) =>
    computeRanking(loadFacts(ctx), { from: input.from, to: input.to }, input.by, getOpinionSettings(ctx).scoring),
};

