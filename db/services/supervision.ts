import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { ApiError, type MethodParsedInput } from '../../shared/contract';
import { OfficeSettingsSchema, defaultOfficeSettings, type OfficeSettings } from '../../shared/contract/officeSettings';
import {
  MAX_ATTACHMENT_BYTES,
  type ActivityRecord,
  type AttachmentInfo,
  type EventRecord,
  type FeedbackRecord,
  type GroupRecord,
  type ItemRecord,
  type LetterDetail,
  type LetterRecord,
  type ReminderRecord,
  type ReviewRecord,
  type TopicRecord,
} from '../../shared/contract/supervision';
import type { HolidayCalendar, HolidayKind } from '../../shared/domain/workdays';
import {
  assignLetterNumber,
  checkReminder,
  countItems,
  defaultSupervisionRules,
  feedbackDueDate,
  itemAvailableActions,
  itemOverdueDays,
  itemState,
  itemTransition,
  letterAvailableActions,
  letterStage,
  letterTransition,
  overdueFact,
  redoDueDate,
  supervisionRules,
  type ItemAction,
  type ItemPayload,
  type ItemStatus,
  type LetterAction,
  type LetterContext,
  type LetterPayload,
  type LetterStatus,
  type SupervisionRules,
} from '../../shared/domain/supervision';
import {
  holidays,
  members,
  sectors,
  settings,
  supervisionActivities,
  supervisionActivityMembers,
  supervisionAttachments,
  supervisionEvents,
  supervisionFeedback,
  supervisionGroupMembers,
  supervisionGroups,
  supervisionItems,
  supervisionLetters,
  supervisionReminderItems,
  supervisionReminders,
  supervisionReviewItems,
  supervisionReviews,
  supervisionTopics,
  units,
} from '../schema';
import { nowSql } from '../schema/columns';
import { audit } from './audit';
import type { ServiceContext } from './context';
import { usedNumbers } from './register';
import { getRecord, insertRecord, restoreRecord, updateRecord, voidRecord } from './records';

const W = {
  topic: '监督议题',
  group: '监督小组',
  activity: '监督活动记录',
  letter: '建议书',
  item: '建议书条目',
  feedback: '整改反馈',
  review: '回头看',
  reminder: '催办',
  attachment: '附件',
} as const;

type LetterRow = typeof supervisionLetters.$inferSelect;
type ItemRow = typeof supervisionItems.$inferSelect;

/** The office PC's local date (ISO); queries take `today` for tests and reports as of a date. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function readJson<T>(ctx: ServiceContext, key: string, fallback: T): T {
  const row = ctx.app.orm.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

function officeSettings(ctx: ServiceContext): OfficeSettings {
  return OfficeSettingsSchema.parse({ ...defaultOfficeSettings, ...readJson(ctx, 'office', {}) });
}

function rules(ctx: ServiceContext): SupervisionRules {
  return supervisionRules(readJson<Partial<SupervisionRules>>(ctx, 'supervision.rules', {}));
}

function calendar(ctx: ServiceContext): HolidayCalendar {
  return ctx.app.orm
    .select({ date: holidays.date, kind: holidays.kind, name: holidays.name })
    .from(holidays)
    .where(isNull(holidays.voidedAt))
    .all()
    .map((h) => ({ date: h.date, kind: h.kind as HolidayKind, name: h.name }));
}

const like = (term: string) => `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
const likeAny = (term: string, ...cols: SQL[]) => sql.join(
  cols.map((c) => sql`${c} like ${like(term)} escape '\\'`),
  sql` or `,
);

function paged<T>(rows: T[], page: number, pageSize: number) {
  return { rows: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length };
}

function activeUnit(ctx: ServiceContext, unitId: number, label: string) {
  const u = ctx.app.orm.select().from(units).where(eq(units.id, unitId)).get();
  if (!u || u.voidedAt) throw new ApiError('VALIDATION', `所选${label}不存在或已作废，请重新选择。`, [{ path: label, message: '不存在或已作废' }]);
  return u;
}

function activeMembers(ctx: ServiceContext, ids: readonly number[], label: string) {
  if (!ids.length) return new Map<number, string>();
  const rows = ctx.app.orm.select({ id: members.id, name: members.name, voidedAt: members.voidedAt }).from(members).where(inArray(members.id, [...ids])).all();
  const found = new Map(rows.filter((r) => !r.voidedAt).map((r) => [r.id, r.name]));
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length) throw new ApiError('VALIDATION', `所选${label}中有${missing.length}人不在委员名单中（或已作废），请重新选择。`, [{ path: label, message: '不在委员名单中' }]);
  return found;
}

function event(ctx: ServiceContext, e: { letterId: number; itemId?: number | null; action: string; from?: string | null; to?: string | null; date?: string | null; comment?: string | null }) {
  ctx.app.orm
    .insert(supervisionEvents)
    .values({ letterId: e.letterId, itemId: e.itemId ?? null, action: e.action, fromStatus: e.from ?? null, toStatus: e.to ?? null, date: e.date ?? null, actor: ctx.actor, comment: e.comment ?? '' })
    .run();
}

// ---- 监督议题 -------------------------------------------------------------------------------

function topicsWhere(ctx: ServiceContext, where: SQL | undefined): TopicRecord[] {
  const countOf = (table: typeof supervisionGroups | typeof supervisionLetters) =>
    sql<number>`(select count(*) from ${table} where ${table.topicId} = ${supervisionTopics.id} and ${table.voidedAt} is null)`;
  return ctx.app.orm
    .select({
      topic: supervisionTopics,
      unitName: units.name,
      groupCount: countOf(supervisionGroups),
      letterCount: countOf(supervisionLetters),
      activityCount: sql<number>`(select count(*) from ${supervisionActivities} a join ${supervisionGroups} g on g.id = a.group_id where g.topic_id = ${supervisionTopics.id} and a.voided_at is null and g.voided_at is null)`,
    })
    .from(supervisionTopics)
    .innerJoin(units, eq(supervisionTopics.unitId, units.id))
    .where(where)
    .orderBy(desc(supervisionTopics.year), asc(supervisionTopics.id))
    .all()
    .map((r) => ({ ...r.topic, source: r.topic.source as TopicRecord['source'], unitName: r.unitName, groupCount: r.groupCount, activityCount: r.activityCount, letterCount: r.letterCount }));
}

function topicById(ctx: ServiceContext, id: number): TopicRecord {
  const row = topicsWhere(ctx, eq(supervisionTopics.id, id))[0];
  if (!row) throw new ApiError('NOT_FOUND', `${W.topic}不存在。`);
  return row;
}

function activeTopic(ctx: ServiceContext, id: number) {
  const t = ctx.app.orm.select().from(supervisionTopics).where(eq(supervisionTopics.id, id)).get();
  if (!t || t.voidedAt) throw new ApiError('VALIDATION', '所选监督议题不存在或已作废，请重新选择。', [{ path: '监督议题', message: '不存在或已作废' }]);
  return t;
}

// ---- 监督小组 -------------------------------------------------------------------------------

function groupsWhere(ctx: ServiceContext, where: SQL | undefined): GroupRecord[] {
  const rows = ctx.app.orm
    .select({
      group: supervisionGroups,
      year: supervisionTopics.year,
      topicTitle: supervisionTopics.title,
      leaderName: members.name,
      unitName: units.name,
      activityCount: sql<number>`(select count(*) from ${supervisionActivities} where ${supervisionActivities.groupId} = ${supervisionGroups.id} and ${supervisionActivities.voidedAt} is null)`,
    })
    .from(supervisionGroups)
    .innerJoin(supervisionTopics, eq(supervisionGroups.topicId, supervisionTopics.id))
    .innerJoin(members, eq(supervisionGroups.leaderId, members.id))
    .innerJoin(units, eq(supervisionGroups.unitId, units.id))
    .where(where)
    .orderBy(desc(supervisionTopics.year), asc(supervisionGroups.id))
    .all();
  const ids = rows.map((r) => r.group.id);
  const memberRows = ids.length
    ? ctx.app.orm
        .select({ groupId: supervisionGroupMembers.groupId, id: members.id, name: members.name, sectorName: sectors.name })
        .from(supervisionGroupMembers)
        .innerJoin(members, eq(supervisionGroupMembers.memberId, members.id))
        .innerJoin(sectors, eq(members.sectorId, sectors.id))
        .where(inArray(supervisionGroupMembers.groupId, ids))
        .orderBy(asc(supervisionGroupMembers.sort))
        .all()
    : [];
  const leaderSectors = new Map(
    ids.length
      ? ctx.app.orm
          .select({ id: members.id, sectorName: sectors.name })
          .from(members)
          .innerJoin(sectors, eq(members.sectorId, sectors.id))
          .where(inArray(members.id, rows.map((r) => r.group.leaderId)))
          .all()
          .map((m) => [m.id, m.sectorName])
      : [],
  );
  return rows.map((r) => {
    const own = memberRows.filter((m) => m.groupId === r.group.id);
    return {
      ...r.group,
      year: r.year,
      topicTitle: r.topicTitle,
      leaderName: r.leaderName,
      unitName: r.unitName,
      activityCount: r.activityCount,
      memberIds: own.map((m) => m.id),
      members: [
        { id: r.group.leaderId, name: r.leaderName, sectorName: leaderSectors.get(r.group.leaderId) ?? '', role: '组长' as const },
        ...own.map((m) => ({ id: m.id, name: m.name, sectorName: m.sectorName, role: '成员' as const })),
      ],
    };
  });
}

function groupById(ctx: ServiceContext, id: number): GroupRecord {
  const row = groupsWhere(ctx, eq(supervisionGroups.id, id))[0];
  if (!row) throw new ApiError('NOT_FOUND', `${W.group}不存在。`);
  return row;
}

function activeGroup(ctx: ServiceContext, id: number) {
  const g = ctx.app.orm.select().from(supervisionGroups).where(eq(supervisionGroups.id, id)).get();
  if (!g || g.voidedAt) throw new ApiError('VALIDATION', '所选监督小组不存在或已作废，请重新选择。', [{ path: '监督小组', message: '不存在或已作废' }]);
  return g;
}

// ---- 附件 -----------------------------------------------------------------------------------

const attachmentColumns = {
  id: supervisionAttachments.id,
  version: supervisionAttachments.version,
  ownerKind: supervisionAttachments.ownerKind,
  ownerId: supervisionAttachments.ownerId,
  fileName: supervisionAttachments.fileName,
  mime: supervisionAttachments.mime,
  size: supervisionAttachments.size,
  caption: supervisionAttachments.caption,
  createdAt: supervisionAttachments.createdAt,
};

function attachmentsOf(ctx: ServiceContext, ownerKind: AttachmentInfo['ownerKind'], ownerIds: number[]): AttachmentInfo[] {
  if (!ownerIds.length) return [];
  return ctx.app.orm
    .select(attachmentColumns)
    .from(supervisionAttachments)
    .where(and(eq(supervisionAttachments.ownerKind, ownerKind), inArray(supervisionAttachments.ownerId, ownerIds), isNull(supervisionAttachments.voidedAt)))
    .orderBy(asc(supervisionAttachments.id))
    .all() as AttachmentInfo[];
}

// ---- 活动记录 -------------------------------------------------------------------------------

function activitiesWhere(ctx: ServiceContext, where: SQL | undefined): ActivityRecord[] {
  const rows = ctx.app.orm
    .select({ activity: supervisionActivities, groupName: supervisionGroups.name, topicId: supervisionTopics.id, topicTitle: supervisionTopics.title, year: supervisionTopics.year })
    .from(supervisionActivities)
    .innerJoin(supervisionGroups, eq(supervisionActivities.groupId, supervisionGroups.id))
    .innerJoin(supervisionTopics, eq(supervisionGroups.topicId, supervisionTopics.id))
    .where(where)
    .orderBy(desc(supervisionActivities.date), desc(supervisionActivities.id))
    .all();
  const ids = rows.map((r) => r.activity.id);
  const people = ids.length
    ? ctx.app.orm
        .select({ activityId: supervisionActivityMembers.activityId, id: members.id, name: members.name })
        .from(supervisionActivityMembers)
        .innerJoin(members, eq(supervisionActivityMembers.memberId, members.id))
        .where(inArray(supervisionActivityMembers.activityId, ids))
        .all()
    : [];
  const photos = attachmentsOf(ctx, 'activity', ids);
  return rows.map((r) => {
    const participants = people.filter((p) => p.activityId === r.activity.id).map((p) => ({ id: p.id, name: p.name }));
    return {
      ...r.activity,
      form: r.activity.form as ActivityRecord['form'],
      groupName: r.groupName,
      topicId: r.topicId,
      topicTitle: r.topicTitle,
      year: r.year,
      memberIds: participants.map((p) => p.id),
      participants,
      photos: photos.filter((p) => p.ownerId === r.activity.id),
    };
  });
}

function activityById(ctx: ServiceContext, id: number): ActivityRecord {
  const row = activitiesWhere(ctx, eq(supervisionActivities.id, id))[0];
  if (!row) throw new ApiError('NOT_FOUND', `${W.activity}不存在。`);
  return row;
}

// ---- 建议书 ---------------------------------------------------------------------------------

function itemsOf(ctx: ServiceContext, letterIds: number[]): ItemRow[] {
  if (!letterIds.length) return [];
  return ctx.app.orm
    .select()
    .from(supervisionItems)
    .where(and(inArray(supervisionItems.letterId, letterIds), isNull(supervisionItems.voidedAt)))
    .orderBy(asc(supervisionItems.letterId), asc(supervisionItems.seq))
    .all();
}

const itemFacts = (row: ItemRow) => ({
  status: row.status as ItemStatus,
  progress: row.progress as ItemRecord['progress'],
  feedbackDue: row.feedbackDue,
  completionDate: row.completionDate,
  evaluation: row.evaluation as ItemRecord['evaluation'],
});

type ReminderCounts = Map<number, { n: number; last: string }>;

/** 催办 per item (count, latest date), or per letter with `byLetter`. */
function reminderCounts(ctx: ServiceContext, ids: number[], byLetter = false): ReminderCounts {
  if (!ids.length) return new Map();
  const key = byLetter ? supervisionReminders.letterId : supervisionReminderItems.itemId;
  const rows = ctx.app.orm
    .select({ id: key, n: sql<number>`count(distinct ${supervisionReminders.id})`, last: sql<string>`max(${supervisionReminders.date})` })
    .from(supervisionReminders)
    .innerJoin(supervisionReminderItems, eq(supervisionReminderItems.reminderId, supervisionReminders.id))
    .where(and(inArray(key, ids), isNull(supervisionReminders.voidedAt)))
    .groupBy(key)
    .all();
  return new Map(rows.map((r) => [r.id, { n: r.n, last: r.last }]));
}

function toItem(row: ItemRow, letterStatus: LetterStatus, today: string, cal: HolidayCalendar, reminders: ReminderCounts): ItemRecord {
  const facts = itemFacts(row);
  const status = facts.status;
  const reminded = reminders.get(row.id);
  return {
    id: row.id,
    version: row.version,
    seq: row.seq,
    title: row.title,
    problem: row.problem,
    suggestion: row.suggestion,
    status,
    round: row.round,
    feedbackDue: row.feedbackDue,
    progress: facts.progress,
    measures: row.measures,
    completionDate: row.completionDate,
    feedbackDate: row.feedbackDate,
    evaluation: facts.evaluation,
    evaluationDate: row.evaluationDate,
    evaluator: row.evaluator,
    evaluationComment: row.evaluationComment,
    reviewResult: row.reviewResult as ItemRecord['reviewResult'],
    reviewDate: row.reviewDate,
    state: itemState(facts, letterStatus, today),
    overdueDays: itemOverdueDays(facts, letterStatus, today),
    overdueWorkdays: overdueFact(facts, letterStatus, today, cal)?.workdays ?? 0,
    reminderCount: reminded?.n ?? 0,
    lastReminderDate: reminded?.last ?? null,
    actions: letterStatus === '整改中' ? itemAvailableActions(status, { letterStatus }) : [],
  };
}

/** Letters with their topic, group, unit, items and counts as of `today`. */
function lettersWhere(ctx: ServiceContext, where: SQL | undefined, today: string): LetterRecord[] {
  const rows = ctx.app.orm
    .select({
      letter: supervisionLetters,
      topicTitle: supervisionTopics.title,
      topicSource: supervisionTopics.source,
      year: supervisionTopics.year,
      groupName: supervisionGroups.name,
      leaderName: members.name,
      mainUnitName: units.name,
    })
    .from(supervisionLetters)
    .innerJoin(supervisionTopics, eq(supervisionLetters.topicId, supervisionTopics.id))
    .innerJoin(units, eq(supervisionLetters.mainUnitId, units.id))
    .leftJoin(supervisionGroups, eq(supervisionLetters.groupId, supervisionGroups.id))
    .leftJoin(members, eq(supervisionGroups.leaderId, members.id))
    .where(where)
    .orderBy(sql`${supervisionLetters.serial} is null`, asc(supervisionLetters.docYear), asc(supervisionLetters.serial), asc(supervisionLetters.id))
    .all();
  const ids = rows.map((r) => r.letter.id);
  const items = itemsOf(ctx, ids);
  const cal = calendar(ctx);
  const itemReminders = reminderCounts(ctx, items.map((i) => i.id));
  const letterReminders = reminderCounts(ctx, ids, true);
  const reviews = ids.length
    ? ctx.app.orm
        .select({ letterId: supervisionReviews.letterId, n: sql<number>`count(*)`, last: sql<string>`max(${supervisionReviews.date})` })
        .from(supervisionReviews)
        .where(and(inArray(supervisionReviews.letterId, ids), isNull(supervisionReviews.voidedAt)))
        .groupBy(supervisionReviews.letterId)
        .all()
    : [];
  return rows.map((r) => {
    const l = r.letter;
    const status = l.status as LetterStatus;
    const own = items.filter((i) => i.letterId === l.id).map((i) => toItem(i, status, today, cal, itemReminders));
    const review = reviews.find((x) => x.letterId === l.id);
    const reviewCount = review?.n ?? 0;
    return {
      ...l,
      cc: JSON.parse(l.cc) as string[],
      status,
      stage: letterStage(status, own, reviewCount),
      topicTitle: r.topicTitle,
      topicSource: r.topicSource,
      year: r.year,
      groupName: r.groupName,
      leaderName: r.leaderName,
      mainUnitName: r.mainUnitName,
      reviewCount,
      lastReviewDate: review?.last ?? null,
      reminderCount: letterReminders.get(l.id)?.n ?? 0,
      lastReminderDate: letterReminders.get(l.id)?.last ?? null,
      counts: countItems(own, status, today),
      items: own,
    };
  });
}

/** What the letter machine's guards need; `asOf` is the day of the step (逾期 for 催办 depends on it). */
function letterContext(ctx: ServiceContext, row: LetterRow, items: ItemRow[], asOf: string): LetterContext {
  const unit = ctx.app.orm.select({ name: units.name }).from(units).where(eq(units.id, row.mainUnitId)).get();
  const reviews = ctx.app.orm
    .select({ n: sql<number>`count(*)` })
    .from(supervisionReviews)
    .where(and(eq(supervisionReviews.letterId, row.id), isNull(supervisionReviews.voidedAt)))
    .get()!.n;
  return {
    title: row.title,
    mainUnit: unit?.name ?? null,
    items: items.map((i) => ({ title: i.title, problem: i.problem, suggestion: i.suggestion })),
    issueDate: row.issueDate,
    servedDate: row.servedDate,
    itemStatuses: items.map((i) => i.status as ItemStatus),
    reviews,
    overdueItems: items.filter((i) => itemState(itemFacts(i), row.status as LetterStatus, asOf) === '逾期').length,
  };
}

function letterDetail(ctx: ServiceContext, id: number, today: string): LetterDetail {
  const letter = lettersWhere(ctx, eq(supervisionLetters.id, id), today)[0];
  if (!letter) throw new ApiError('NOT_FOUND', `${W.letter}不存在。`);
  const row = getRecord<LetterRow>(ctx, supervisionLetters, id, W.letter);
  const itemRows = itemsOf(ctx, [id]);
  const itemIds = itemRows.map((i) => i.id);
  const seqOf = new Map(itemRows.map((i) => [i.id, i.seq]));
  const feedbackRows = itemIds.length
    ? ctx.app.orm
        .select()
        .from(supervisionFeedback)
        .where(and(inArray(supervisionFeedback.itemId, itemIds), isNull(supervisionFeedback.voidedAt)))
        .orderBy(asc(supervisionFeedback.date), asc(supervisionFeedback.id))
        .all()
    : [];
  const files = attachmentsOf(ctx, 'feedback', feedbackRows.map((f) => f.id));
  const feedback: FeedbackRecord[] = feedbackRows.map((f) => ({ ...f, progress: f.progress as FeedbackRecord['progress'], attachments: files.filter((a) => a.ownerId === f.id) }));
  const reviewRows = ctx.app.orm
    .select()
    .from(supervisionReviews)
    .where(and(eq(supervisionReviews.letterId, id), isNull(supervisionReviews.voidedAt)))
    .orderBy(asc(supervisionReviews.date), asc(supervisionReviews.id))
    .all();
  const findings = reviewRows.length
    ? ctx.app.orm
        .select()
        .from(supervisionReviewItems)
        .where(inArray(supervisionReviewItems.reviewId, reviewRows.map((r) => r.id)))
        .all()
    : [];
  const reviews: ReviewRecord[] = reviewRows.map((r) => ({
    ...r,
    form: r.form as ReviewRecord['form'],
    findings: findings
      .filter((f) => f.reviewId === r.id)
      .map((f) => ({ itemId: f.itemId, seq: seqOf.get(f.itemId) ?? 0, result: f.result as ReviewRecord['findings'][number]['result'], note: f.note }))
      .sort((a, b) => a.seq - b.seq),
  }));
  const events: EventRecord[] = ctx.app.orm
    .select()
    .from(supervisionEvents)
    .where(eq(supervisionEvents.letterId, id))
    .orderBy(asc(supervisionEvents.id))
    .all()
    .map((e) => ({ id: e.id, at: e.at, itemId: e.itemId, itemSeq: e.itemId ? (seqOf.get(e.itemId) ?? null) : null, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, date: e.date, actor: e.actor, comment: e.comment }));
  const actions = letterAvailableActions(letter.status, letterContext(ctx, row, itemRows, today));
  return { ...letter, actions, feedback, reviews, reminders: remindersOf(ctx, id, seqOf), events };
}

function remindersOf(ctx: ServiceContext, letterId: number, seqOf: Map<number, number>): ReminderRecord[] {
  const rows = ctx.app.orm
    .select()
    .from(supervisionReminders)
    .where(and(eq(supervisionReminders.letterId, letterId), isNull(supervisionReminders.voidedAt)))
    .orderBy(asc(supervisionReminders.date), asc(supervisionReminders.id))
    .all();
  const named = rows.length
    ? ctx.app.orm
        .select({ link: supervisionReminderItems, title: supervisionItems.title, problem: supervisionItems.problem })
        .from(supervisionReminderItems)
        .innerJoin(supervisionItems, eq(supervisionReminderItems.itemId, supervisionItems.id))
        .where(inArray(supervisionReminderItems.reminderId, rows.map((r) => r.id)))
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    way: r.way as ReminderRecord['way'],
    items: named
      .filter((x) => x.link.reminderId === r.id)
      .map((x) => ({ ...x.link, seq: seqOf.get(x.link.itemId) ?? 0, title: x.title, problem: x.problem, overdueKind: x.link.overdueKind as ReminderRecord['items'][number]['overdueKind'] }))
      .sort((a, b) => a.seq - b.seq),
  }));
}

/** One step of the letter machine: refused steps throw TRANSITION; the change, its audit line and its event commit together. */
function letterStep(
  ctx: ServiceContext,
  key: { id: number; version: number },
  action: LetterAction,
  payload: LetterPayload,
  patch: (row: LetterRow, items: ItemRow[]) => Record<string, unknown>,
  comment = '',
): { row: LetterRow; before: LetterRow; items: ItemRow[] } {
  const before = getRecord<LetterRow>(ctx, supervisionLetters, key.id, W.letter);
  if (before.version !== key.version) throw new ApiError('CONFLICT', '该建议书已被他人修改，请刷新后再操作（本次操作未执行）。');
  const items = itemsOf(ctx, [before.id]);
  const from = before.status as LetterStatus;
  const to = letterTransition(from, action, payload, letterContext(ctx, before, items, payload.date ?? localToday()));
  const label = before.docNumber ?? before.title;
  const row = updateRecord<LetterRow>(ctx, supervisionLetters, key.id, key.version, { status: to, ...patch(before, items) }, W.letter, () => `建议书${action}：${label}${comment ? `（${comment}）` : ''}`);
  event(ctx, { letterId: before.id, action, from, to, date: payload.date ?? null, comment });
  return { row, before, items };
}

function syncItems(ctx: ServiceContext, letterId: number, input: MethodParsedInput<'supervision.letter.save'>['items']) {
  const existing = itemsOf(ctx, [letterId]);
  const byId = new Map(existing.map((i) => [i.id, i]));
  const kept = new Set<number>();
  input.forEach((item, index) => {
    const seq = index + 1;
    const values = { title: item.title, problem: item.problem, suggestion: item.suggestion, seq };
    if (item.id !== undefined) {
      const old = byId.get(item.id);
      if (!old) throw new ApiError('VALIDATION', `第${seq}条不属于这份建议书（可能已被他人删除），请刷新后再保存。`);
      if (kept.has(item.id)) throw new ApiError('VALIDATION', `第${seq}条重复出现。`);
      kept.add(item.id);
      if (old.title !== values.title || old.problem !== values.problem || old.suggestion !== values.suggestion || old.seq !== seq) {
        ctx.app.orm
          .update(supervisionItems)
          .set({ ...values, version: sql`${supervisionItems.version} + 1`, updatedAt: nowSql })
          .where(eq(supervisionItems.id, item.id))
          .run();
      }
    } else {
      ctx.app.orm.insert(supervisionItems).values({ letterId, ...values }).run();
    }
  });
  const removed = existing.filter((i) => !kept.has(i.id));
  for (const r of removed) ctx.app.orm.update(supervisionItems).set({ voidedAt: nowSql, voidReason: '起草时删除', version: sql`${supervisionItems.version} + 1`, updatedAt: nowSql }).where(eq(supervisionItems.id, r.id)).run();
  const after = itemsOf(ctx, [letterId]);
  const brief = (rows: ItemRow[]) => rows.map((i) => ({ id: i.id, seq: i.seq, title: i.title, problem: i.problem, suggestion: i.suggestion }));
  if (JSON.stringify(brief(existing)) !== JSON.stringify(brief(after))) {
    audit(ctx, { summary: `修改建议书条目：共${after.length}条${removed.length ? `，删除${removed.length}条` : ''}`, entity: W.item, entityId: letterId, before: brief(existing), after: brief(after) });
  }
}

function itemStep(
  ctx: ServiceContext,
  key: { itemId: number; version: number },
  action: ItemAction,
  payload: ItemPayload,
  patch: (to: ItemStatus, item: ItemRow, letter: LetterRow) => Record<string, unknown>,
  comment = '',
) {
  const item = getRecord<ItemRow>(ctx, supervisionItems, key.itemId, W.item);
  if (item.voidedAt) throw new ApiError('NOT_FOUND', '该条已删除。');
  if (item.version !== key.version) throw new ApiError('CONFLICT', '该条已被他人修改，请刷新后再操作（本次操作未执行）。');
  const letter = getRecord<LetterRow>(ctx, supervisionLetters, item.letterId, W.letter);
  const from = item.status as ItemStatus;
  const to = itemTransition(from, action, payload, {
    letterStatus: letter.status as LetterStatus,
    servedDate: letter.servedDate,
    lastFeedbackDate: item.feedbackDate,
    round: item.round,
    maxRounds: rules(ctx).maxRounds,
  });
  const label = `${letter.docNumber ?? letter.title} 第${item.seq}条`;
  const row = updateRecord<ItemRow>(ctx, supervisionItems, item.id, key.version, { status: to, ...patch(to, item, letter) }, W.item, () => `${action}：${label}${comment ? `（${comment}）` : ''}`);
  event(ctx, { letterId: letter.id, itemId: item.id, action, from, to, date: payload.date ?? null, comment });
  return { row, letter };
}

// ---- 台账 -----------------------------------------------------------------------------------

function ledger(ctx: ServiceContext, input: MethodParsedInput<'supervision.ledger'>) {
  const today = input.today ?? localToday();
  // The ledger of a year = the letters issued that year (the 发文字号 year, 〔2026〕 even for a 2025
  // topic); letters not yet signed (drafts, voided drafts) by their topic's year.
  const where: (SQL | undefined)[] = [sql`coalesce(${supervisionLetters.docYear}, ${supervisionTopics.year}) = ${input.year}`];
  if (!input.includeVoided) where.push(isNull(supervisionLetters.voidedAt));
  if (input.unitId) where.push(eq(supervisionLetters.mainUnitId, input.unitId));
  if (input.topicId) where.push(eq(supervisionLetters.topicId, input.topicId));
  if (input.search) where.push(likeAny(input.search, sql`${supervisionLetters.title}`, sql`coalesce(${supervisionLetters.docNumber}, '')`, sql`${supervisionTopics.title}`, sql`${units.name}`));
  let rows = lettersWhere(ctx, and(...where), today);
  if (input.stage) rows = rows.filter((r) => r.stage === input.stage);
  if (input.overdueOnly) rows = rows.filter((r) => r.counts.overdue > 0);
  const totals = { letters: rows.length, byStage: {} as Record<string, number>, ...countItems([], '起草', today) };
  for (const r of rows) {
    totals.byStage[r.stage] = (totals.byStage[r.stage] ?? 0) + 1;
    for (const k of ['total', 'done', 'inProgress', 'awaiting', 'overdue', 'evaluated', 'satisfied', 'basicallySatisfied', 'unsatisfied'] as const) totals[k] += r.counts[k];
  }
  return { ...paged(rows, input.page, input.pageSize), totals };
}

// ---- handlers -------------------------------------------------------------------------------

export const supervisionHandlers = {
  'supervision.rules.get': (_: unknown, ctx: ServiceContext) => rules(ctx),
  'supervision.rules.save': (input: SupervisionRules, ctx: ServiceContext) => {
    const before = readJson(ctx, 'supervision.rules', defaultSupervisionRules);
    const value = JSON.stringify(input);
    ctx.app.orm
      .insert(settings)
      .values({ key: 'supervision.rules', value })
      .onConflictDoUpdate({ target: settings.key, set: { value, version: sql`${settings.version} + 1`, updatedAt: nowSql } })
      .run();
    audit(ctx, { summary: `修改民主监督期限设置：整改反馈${input.feedbackWorkdays}个工作日，重新整改${input.redoWorkdays}个工作日，最多${input.maxRounds}轮`, entity: '设置', before, after: input });
    return input;
  },
  /** Years with topics, and years in which letters were issued (a 2025 topic signed in 2026 puts 2026 in the list). */
  'supervision.years': (_: unknown, ctx: ServiceContext) => {
    const years = new Set([
      ...ctx.app.orm.selectDistinct({ year: supervisionTopics.year }).from(supervisionTopics).where(isNull(supervisionTopics.voidedAt)).all().map((r) => r.year),
      ...ctx.app.orm
        .selectDistinct({ year: supervisionLetters.docYear })
        .from(supervisionLetters)
        .where(isNotNull(supervisionLetters.docYear))
        .all()
        .map((r) => r.year as number),
    ]);
    return [...years].sort((a, b) => b - a);
  },

  // 监督议题
  'supervision.topic.list': (input: MethodParsedInput<'supervision.topic.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [];
    if (!input.includeVoided) where.push(isNull(supervisionTopics.voidedAt));
    if (input.year) where.push(eq(supervisionTopics.year, input.year));
    if (input.unitId) where.push(eq(supervisionTopics.unitId, input.unitId));
    if (input.source) where.push(eq(supervisionTopics.source, input.source));
    if (input.search) where.push(likeAny(input.search, sql`${supervisionTopics.title}`, sql`${supervisionTopics.description}`, sql`${units.name}`));
    return paged(topicsWhere(ctx, and(...where)), input.page, input.pageSize);
  },
  'supervision.topic.save': (input: MethodParsedInput<'supervision.topic.save'>, ctx: ServiceContext) => {
    const { id, version, ...values } = input;
    activeUnit(ctx, values.unitId, '被监督单位');
    if (id === undefined) return topicById(ctx, insertRecord(ctx, supervisionTopics, values, W.topic, `${values.year}年 ${values.title}`).id);
    updateRecord(ctx, supervisionTopics, id, version, values, W.topic, (r) => `修改监督议题：${String(r.title)}`);
    return topicById(ctx, id);
  },
  'supervision.topic.void': (input: MethodParsedInput<'supervision.topic.void'>, ctx: ServiceContext) => {
    const letters = ctx.app.orm
      .select({ n: sql<number>`count(*)` })
      .from(supervisionLetters)
      .where(and(eq(supervisionLetters.topicId, input.id), isNull(supervisionLetters.voidedAt)))
      .get()!.n;
    if (letters) throw new ApiError('TRANSITION', `该议题下还有${letters}份建议书，不能作废议题。`);
    voidRecord(ctx, supervisionTopics, input, W.topic, (r) => String(r.title));
    return topicById(ctx, input.id);
  },
  'supervision.topic.restore': (input: MethodParsedInput<'supervision.topic.restore'>, ctx: ServiceContext) => {
    restoreRecord(ctx, supervisionTopics, input, W.topic, (r) => String(r.title));
    return topicById(ctx, input.id);
  },

  // 监督小组
  'supervision.group.list': (input: MethodParsedInput<'supervision.group.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [];
    if (!input.includeVoided) where.push(isNull(supervisionGroups.voidedAt));
    if (input.year) where.push(eq(supervisionTopics.year, input.year));
    if (input.topicId) where.push(eq(supervisionGroups.topicId, input.topicId));
    return groupsWhere(ctx, and(...where));
  },
  'supervision.group.save': (input: MethodParsedInput<'supervision.group.save'>, ctx: ServiceContext) => {
    const { id, version, memberIds, ...values } = input;
    activeTopic(ctx, values.topicId);
    activeUnit(ctx, values.unitId, '派驻单位');
    const others = [...new Set(memberIds)].filter((m) => m !== values.leaderId);
    activeMembers(ctx, [values.leaderId], '组长');
    activeMembers(ctx, others, '小组成员');
    const before = id === undefined ? undefined : groupById(ctx, id);
    const groupId =
      id === undefined
        ? insertRecord(ctx, supervisionGroups, values, W.group, values.name).id
        : updateRecord(ctx, supervisionGroups, id, version, values, W.group, (r) => `修改监督小组：${String(r.name)}`).id;
    ctx.app.orm.delete(supervisionGroupMembers).where(eq(supervisionGroupMembers.groupId, groupId)).run();
    if (others.length) ctx.app.orm.insert(supervisionGroupMembers).values(others.map((memberId, sort) => ({ groupId, memberId, sort }))).run();
    const after = groupById(ctx, groupId);
    if (before && before.memberIds.join() !== after.memberIds.join()) {
      audit(ctx, { summary: `修改监督小组成员：${after.name}`, entity: W.group, entityId: groupId, before: before.members.map((m) => m.name), after: after.members.map((m) => m.name) });
    }
    return after;
  },
  'supervision.group.void': (input: MethodParsedInput<'supervision.group.void'>, ctx: ServiceContext) => {
    const letters = ctx.app.orm
      .select({ n: sql<number>`count(*)` })
      .from(supervisionLetters)
      .where(and(eq(supervisionLetters.groupId, input.id), isNull(supervisionLetters.voidedAt)))
      .get()!.n;
    if (letters) throw new ApiError('TRANSITION', `该小组还有${letters}份建议书，不能作废。`);
    voidRecord(ctx, supervisionGroups, input, W.group, (r) => String(r.name));
    return groupById(ctx, input.id);
  },
  'supervision.group.restore': (input: MethodParsedInput<'supervision.group.restore'>, ctx: ServiceContext) => {
    restoreRecord(ctx, supervisionGroups, input, W.group, (r) => String(r.name));
    return groupById(ctx, input.id);
  },

  // 活动记录
  'supervision.activity.list': (input: MethodParsedInput<'supervision.activity.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [];
    if (!input.includeVoided) where.push(isNull(supervisionActivities.voidedAt));
    if (input.year) where.push(eq(supervisionTopics.year, input.year));
    if (input.topicId) where.push(eq(supervisionTopics.id, input.topicId));
    if (input.groupId) where.push(eq(supervisionActivities.groupId, input.groupId));
    if (input.form) where.push(eq(supervisionActivities.form, input.form));
    if (input.search) where.push(likeAny(input.search, sql`${supervisionActivities.place}`, sql`${supervisionActivities.findings}`, sql`${supervisionActivities.otherParticipants}`));
    return paged(activitiesWhere(ctx, and(...where)), input.page, input.pageSize);
  },
  'supervision.activity.save': (input: MethodParsedInput<'supervision.activity.save'>, ctx: ServiceContext) => {
    const { id, version, memberIds, ...values } = input;
    activeGroup(ctx, values.groupId);
    const people = [...new Set(memberIds)];
    activeMembers(ctx, people, '参加委员');
    const activityId =
      id === undefined
        ? insertRecord(ctx, supervisionActivities, values, W.activity, `${values.date} ${values.form} ${values.place}`).id
        : updateRecord(ctx, supervisionActivities, id, version, values, W.activity, (r) => `修改监督活动记录：${String(r.date)} ${String(r.form)}`).id;
    ctx.app.orm.delete(supervisionActivityMembers).where(eq(supervisionActivityMembers.activityId, activityId)).run();
    if (people.length) ctx.app.orm.insert(supervisionActivityMembers).values(people.map((memberId) => ({ activityId, memberId }))).run();
    return activityById(ctx, activityId);
  },
  'supervision.activity.void': (input: MethodParsedInput<'supervision.activity.void'>, ctx: ServiceContext) => {
    voidRecord(ctx, supervisionActivities, input, W.activity, (r) => `${String(r.date)} ${String(r.form)}`);
    return activityById(ctx, input.id);
  },
  'supervision.activity.restore': (input: MethodParsedInput<'supervision.activity.restore'>, ctx: ServiceContext) => {
    restoreRecord(ctx, supervisionActivities, input, W.activity, (r) => `${String(r.date)} ${String(r.form)}`);
    return activityById(ctx, input.id);
  },

  // 附件
  'supervision.attachment.add': (input: MethodParsedInput<'supervision.attachment.add'>, ctx: ServiceContext) => {
    const owner =
      input.ownerKind === 'activity'
        ? ctx.app.orm.select({ voidedAt: supervisionActivities.voidedAt }).from(supervisionActivities).where(eq(supervisionActivities.id, input.ownerId)).get()
        : ctx.app.orm.select({ voidedAt: supervisionFeedback.voidedAt }).from(supervisionFeedback).where(eq(supervisionFeedback.id, input.ownerId)).get();
    if (!owner || owner.voidedAt) throw new ApiError('NOT_FOUND', input.ownerKind === 'activity' ? '活动记录不存在或已作废。' : '整改反馈不存在。');
    const data = Buffer.from(input.base64, 'base64');
    if (!data.length) throw new ApiError('VALIDATION', `“${input.fileName}”是空文件。`);
    if (data.length > MAX_ATTACHMENT_BYTES) throw new ApiError('VALIDATION', `“${input.fileName}”超过10MB，请压缩后再上传。`);
    const row = ctx.app.orm
      .insert(supervisionAttachments)
      .values({ ownerKind: input.ownerKind, ownerId: input.ownerId, fileName: input.fileName, mime: input.mime, caption: input.caption, size: data.length, data })
      .returning(attachmentColumns)
      .get() as AttachmentInfo;
    audit(ctx, { summary: `上传${input.ownerKind === 'activity' ? '活动照片' : '整改证明材料'}：${input.fileName}（${Math.ceil(data.length / 1024)} KB）`, entity: W.attachment, entityId: row.id, after: row });
    return row;
  },
  'supervision.attachment.get': (input: { id: number }, ctx: ServiceContext) => {
    const row = ctx.app.orm.select().from(supervisionAttachments).where(eq(supervisionAttachments.id, input.id)).get();
    if (!row || row.voidedAt) throw new ApiError('NOT_FOUND', '附件不存在或已作废。');
    const { data, ...info } = row;
    return { ...info, ownerKind: info.ownerKind as AttachmentInfo['ownerKind'], base64: Buffer.from(data).toString('base64') };
  },
  'supervision.attachment.caption': (input: MethodParsedInput<'supervision.attachment.caption'>, ctx: ServiceContext) => {
    const row = ctx.app.orm.select({ ...attachmentColumns, voidedAt: supervisionAttachments.voidedAt }).from(supervisionAttachments).where(eq(supervisionAttachments.id, input.id)).get();
    if (!row || row.voidedAt) throw new ApiError('NOT_FOUND', '附件不存在或已作废。');
    const { voidedAt: _voided, ...before } = row;
    if (before.version !== input.version) throw new ApiError('CONFLICT', '该附件已被他人修改，请刷新后再试（本次修改未保存）。');
    if (before.caption === input.caption) return before as AttachmentInfo;
    const after = ctx.app.orm
      .update(supervisionAttachments)
      .set({ caption: input.caption, version: sql`${supervisionAttachments.version} + 1`, updatedAt: nowSql })
      .where(and(eq(supervisionAttachments.id, input.id), eq(supervisionAttachments.version, input.version), isNull(supervisionAttachments.voidedAt)))
      .returning(attachmentColumns)
      .get() as AttachmentInfo | undefined;
    if (!after) throw new ApiError('CONFLICT', '该附件已被他人修改，请刷新后再试（本次修改未保存）。');
    audit(ctx, { summary: `修改附件说明：${before.fileName}（${before.caption || '无'} → ${input.caption || '无'}）`, entity: W.attachment, entityId: input.id, before: { caption: before.caption }, after: { caption: after.caption } });
    return after;
  },
  'supervision.attachment.void': (input: MethodParsedInput<'supervision.attachment.void'>, ctx: ServiceContext) => {
    const before = ctx.app.orm.select(attachmentColumns).from(supervisionAttachments).where(eq(supervisionAttachments.id, input.id)).get() as AttachmentInfo | undefined;
    if (!before) throw new ApiError('NOT_FOUND', '附件不存在。');
    const after = ctx.app.orm
      .update(supervisionAttachments)
      .set({ voidedAt: nowSql, voidReason: input.reason, version: sql`${supervisionAttachments.version} + 1`, updatedAt: nowSql })
      .where(and(eq(supervisionAttachments.id, input.id), eq(supervisionAttachments.version, input.version), isNull(supervisionAttachments.voidedAt)))
      .returning(attachmentColumns)
      .get() as AttachmentInfo | undefined;
    if (!after) throw new ApiError('CONFLICT', '该附件已被他人修改或已作废，请刷新后再试。');
    audit(ctx, { summary: `作废附件：${before.fileName}（原因：${input.reason}）`, entity: W.attachment, entityId: input.id, before, after });
    return after;
  },

  // 建议书
  'supervision.letter.get': (input: MethodParsedInput<'supervision.letter.get'>, ctx: ServiceContext) => letterDetail(ctx, input.id, input.today ?? localToday()),
  'supervision.letter.save': (input: MethodParsedInput<'supervision.letter.save'>, ctx: ServiceContext) => {
    const { id, version, items, cc, ...values } = input;
    const topic = activeTopic(ctx, values.topicId);
    activeUnit(ctx, values.mainUnitId, '主送单位');
    if (values.groupId) {
      const group = activeGroup(ctx, values.groupId);
      if (group.topicId !== topic.id) throw new ApiError('VALIDATION', '所选监督小组不属于该监督议题。', [{ path: '监督小组', message: '不属于该监督议题' }]);
    }
    let letterId: number;
    if (id === undefined) {
      const ccList = cc ?? officeSettings(ctx).series.supervision.cc;
      const row = insertRecord<LetterRow>(ctx, supervisionLetters, { ...values, groupId: values.groupId ?? null, cc: JSON.stringify(ccList), status: '起草' }, W.letter, values.title);
      letterId = row.id;
      event(ctx, { letterId, action: '起草', to: '起草' });
    } else {
      const before = getRecord<LetterRow>(ctx, supervisionLetters, id, W.letter);
      if (before.status !== '起草') throw new ApiError('TRANSITION', `建议书当前状态为“${before.status}”，内容已不能修改${before.status === '待审核' || before.status === '待签发' ? '（如需修改，请先退回修改）' : ''}。`);
      updateRecord(ctx, supervisionLetters, id, version, { ...values, groupId: values.groupId ?? null, ...(cc ? { cc: JSON.stringify(cc) } : {}) }, W.letter, () => `修改建议书：${values.title}`);
      letterId = id;
    }
    syncItems(ctx, letterId, items);
    return letterDetail(ctx, letterId, localToday());
  },
  'supervision.letter.submit': (input: MethodParsedInput<'supervision.letter.submit'>, ctx: ServiceContext) => {
    letterStep(ctx, input, '提交审核', {}, () => ({ returnReason: null }));
    return letterDetail(ctx, input.id, localToday());
  },
  'supervision.letter.approve': (input: MethodParsedInput<'supervision.letter.approve'>, ctx: ServiceContext) => {
    letterStep(ctx, input, '审核通过', { person: input.reviewer, date: input.date }, () => ({ reviewer: input.reviewer, reviewDate: input.date, reviewComment: input.comment }), input.comment || `审核人：${input.reviewer}`);
    return letterDetail(ctx, input.id, localToday());
  },
  'supervision.letter.return': (input: MethodParsedInput<'supervision.letter.return'>, ctx: ServiceContext) => {
    letterStep(ctx, input, '退回修改', { reason: input.reason }, () => ({ returnReason: input.reason }), input.reason);
    return letterDetail(ctx, input.id, localToday());
  },
  'supervision.letter.issue': (input: MethodParsedInput<'supervision.letter.issue'>, ctx: ServiceContext) => {
    const number = assignLetterNumber(officeSettings(ctx).series.supervision.prefix, input.date, usedNumbers(ctx, 'supervision'));
    letterStep(
      ctx,
      input,
      '签发',
      { person: input.issuer, date: input.date },
      () => ({ issuer: input.issuer, issueDate: input.date, docYear: number.year, serial: number.serial, docNumber: number.docNumber }),
      `${number.docNumber}，签发人：${input.issuer}`,
    );
    return letterDetail(ctx, input.id, localToday());
  },
  'supervision.letter.serve': (input: MethodParsedInput<'supervision.letter.serve'>, ctx: ServiceContext) => {
    const due = feedbackDueDate(input.date, calendar(ctx), rules(ctx));
    const { row, items } = letterStep(ctx, input, '送达', { date: input.date, receiver: input.receiver }, () => ({ servedDate: input.date, receiver: input.receiver, feedbackDue: due }), `签收人：${input.receiver}；整改反馈期限：${due}`);
    if (items.length) {
      ctx.app.orm
        .update(supervisionItems)
        .set({ status: '待反馈', round: 1, feedbackDue: due, version: sql`${supervisionItems.version} + 1`, updatedAt: nowSql })
        .where(inArray(supervisionItems.id, items.map((i) => i.id)))
        .run();
    }
    const cc = JSON.parse(row.cc) as string[];
    if (cc.length) event(ctx, { letterId: row.id, action: '抄送', date: input.date, comment: cc.join('、') });
    return letterDetail(ctx, input.id, localToday());
  },
  'supervision.letter.remind': (input: MethodParsedInput<'supervision.letter.remind'>, ctx: ServiceContext) => {
    const letter = getRecord<LetterRow>(ctx, supervisionLetters, input.id, W.letter);
    const all = itemsOf(ctx, [letter.id]);
    const byId = new Map(all.map((i) => [i.id, i]));
    const chosen = [...new Set(input.itemIds)].map((itemId) => {
      const item = byId.get(itemId);
      if (!item) throw new ApiError('VALIDATION', '催办的条目不属于这份建议书，请刷新后再试。');
      return item;
    });
    chosen.sort((a, b) => a.seq - b.seq);
    const status = letter.status as LetterStatus;
    const refused = checkReminder({ letterStatus: status, date: input.date, replyBy: input.replyBy, way: input.way, numbered: input.numbered, items: chosen.map((i) => ({ seq: i.seq, facts: itemFacts(i) })) });
    const number = input.numbered ? assignLetterNumber(officeSettings(ctx).series.supervision.prefix, input.date, usedNumbers(ctx, 'supervision')) : null;
    const seqs = `第${chosen.map((i) => i.seq).join('、')}条`;
    const comment = `${input.way}催办${seqs}${number ? `（${number.docNumber}）` : ''}，催办人${input.person}，要求${input.replyBy}前反馈${input.note ? `；${input.note}` : ''}`;
    // The machine checks status, 催办人 and the date against 送达 first; then the items.
    letterStep(ctx, input, '催办', { person: input.person, date: input.date }, () => {
      if (refused) throw new ApiError('TRANSITION', refused);
      return {};
    }, comment);
    const reminder = insertRecord<typeof supervisionReminders.$inferSelect>(
      ctx,
      supervisionReminders,
      { letterId: letter.id, date: input.date, way: input.way, person: input.person, note: input.note, replyBy: input.replyBy, docYear: number?.year ?? null, serial: number?.serial ?? null, docNumber: number?.docNumber ?? null },
      W.reminder,
      `${letter.docNumber ?? letter.title} ${seqs} ${input.way}催办${number ? ` ${number.docNumber}` : ''}`,
    );
    const cal = calendar(ctx);
    ctx.app.orm
      .insert(supervisionReminderItems)
      .values(
        chosen.map((i) => {
          const fact = overdueFact(itemFacts(i), status, input.date, cal)!;
          return { reminderId: reminder.id, itemId: i.id, dueDate: fact.dueDate, overdueKind: fact.kind, overdueWorkdays: fact.workdays };
        }),
      )
      .run();
    // the letter's line says it all; the items' lines put the 催办 under each item's history
    for (const i of chosen) event(ctx, { letterId: letter.id, itemId: i.id, action: '催办', date: input.date, comment: `${input.way}催办，要求${input.replyBy}前反馈` });
    return letterDetail(ctx, letter.id, localToday());
  },
  'supervision.reminder.void': (input: MethodParsedInput<'supervision.reminder.void'>, ctx: ServiceContext) => {
    type ReminderRow = typeof supervisionReminders.$inferSelect;
    const r = voidRecord<ReminderRow>(ctx, supervisionReminders, input, W.reminder, (x) => `${x.date} ${x.way}催办${x.docNumber ? ` ${x.docNumber}` : ''}`);
    event(ctx, { letterId: r.letterId, action: '作废催办', date: r.date, comment: `${r.way}催办${r.docNumber ? `（${r.docNumber}，文号不再使用）` : ''}：${input.reason}` });
    return letterDetail(ctx, r.letterId, localToday());
  },
  'supervision.letter.close': (input: MethodParsedInput<'supervision.letter.close'>, ctx: ServiceContext) => {
    letterStep(ctx, input, '结项', { date: input.date }, () => ({ closedDate: input.date, closeComment: input.comment }), input.comment);
    return letterDetail(ctx, input.id, localToday());
  },
  'supervision.letter.void': (input: MethodParsedInput<'supervision.letter.void'>, ctx: ServiceContext) => {
    letterStep(ctx, input, '作废', { reason: input.reason }, () => ({ voidedAt: nowSql, voidReason: input.reason }), input.reason);
    return letterDetail(ctx, input.id, localToday());
  },

  // 逐条
  'supervision.item.feedback': (input: MethodParsedInput<'supervision.item.feedback'>, ctx: ServiceContext) => {
    let feedbackId = 0;
    itemStep(
      ctx,
      input,
      '整改反馈',
      { date: input.date, measures: input.measures, progress: input.progress, completionDate: input.completionDate ?? null },
      (_to, item) => {
        feedbackId = insertRecord(
          ctx,
          supervisionFeedback,
          { itemId: item.id, round: item.round, date: input.date, measures: input.measures, progress: input.progress, completionDate: input.completionDate ?? null, evidence: input.evidence },
          W.feedback,
          `第${item.seq}条 ${input.progress}`,
        ).id;
        return { progress: input.progress, measures: input.measures, completionDate: input.completionDate ?? null, feedbackDate: input.date };
      },
      `${input.progress}${input.completionDate ? `，完成时间${input.completionDate}` : ''}`,
    );
    const row = ctx.app.orm.select().from(supervisionFeedback).where(eq(supervisionFeedback.id, feedbackId)).get()!;
    return { ...row, progress: row.progress as FeedbackRecord['progress'], attachments: [] };
  },
  'supervision.item.evaluate': (input: MethodParsedInput<'supervision.item.evaluate'>, ctx: ServiceContext) => {
    const { row, letter } = itemStep(
      ctx,
      input,
      '评估',
      { date: input.date, result: input.result },
      (to, item) => ({
        evaluation: input.result,
        evaluationDate: input.date,
        evaluator: input.evaluator,
        evaluationComment: input.comment,
        ...(to === '重新整改' ? { round: item.round + 1, feedbackDue: redoDueDate(input.date, calendar(ctx), rules(ctx)) } : {}),
      }),
      `${input.result}${input.comment ? `：${input.comment}` : ''}`,
    );
    return toItem(row, letter.status as LetterStatus, localToday(), calendar(ctx), reminderCounts(ctx, [row.id]));
  },
  'supervision.review.save': (input: MethodParsedInput<'supervision.review.save'>, ctx: ServiceContext) => {
    const { row: letter, items } = letterStep(ctx, input, '回头看', { date: input.date }, () => ({}), `${input.form}${input.findings.length ? `，${input.findings.length}条` : ''}`);
    const byId = new Map(items.map((i) => [i.id, i]));
    const seen = new Set<number>();
    for (const f of input.findings) {
      if (!byId.has(f.itemId)) throw new ApiError('VALIDATION', '回头看的条目不属于这份建议书，请刷新后再保存。');
      if (seen.has(f.itemId)) throw new ApiError('VALIDATION', `第${byId.get(f.itemId)!.seq}条重复出现。`);
      seen.add(f.itemId);
    }
    const review = insertRecord<typeof supervisionReviews.$inferSelect>(
      ctx,
      supervisionReviews,
      { letterId: letter.id, date: input.date, form: input.form, participants: input.participants, summary: input.summary },
      W.review,
      `${letter.docNumber ?? letter.title} ${input.date}`,
    );
    for (const f of input.findings) {
      const item = byId.get(f.itemId)!;
      itemStep(ctx, { itemId: item.id, version: item.version }, '回头看', { reviewResult: f.result, date: input.date }, () => ({ reviewResult: f.result, reviewDate: input.date }), `${f.result}${f.note ? `：${f.note}` : ''}`);
      ctx.app.orm.insert(supervisionReviewItems).values({ reviewId: review.id, itemId: f.itemId, result: f.result, note: f.note }).run();
    }
    return {
      ...review,
      form: review.form as ReviewRecord['form'],
      findings: input.findings.map((f) => ({ itemId: f.itemId, seq: byId.get(f.itemId)!.seq, result: f.result, note: f.note })).sort((a, b) => a.seq - b.seq),
    };
  },

  'supervision.ledger': (input: MethodParsedInput<'supervision.ledger'>, ctx: ServiceContext) => ledger(ctx, input),
};
