import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';
import { committees, dictItems, meetings, parties, sectors, terms, units } from './reference';
import { members } from './members';

/**
 * 提案. One row per proposal; its steps are rows of proposal_events (the timeline), its units
 * proposal_units, its answers proposal_replies, its 附议 members proposal_cosigners and its 督办 /
 * 催办 / 回头看 records proposal_followups. Full-text search: proposals_fts (trigram) and
 * proposals_bigram (1–2 character terms), kept in sync by triggers (hand-written SQL in the migration).
 * Column order matters (migration 0007): the small columns every list, filter and statistic reads come
 * first and the long texts last, so those reads never walk a row's overflow pages.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    ...recordColumns,
    termId: integer('term_id')
      .notNull()
      .references(() => terms.id),
    /** 大会提案: the 会次; null = 平时提案 (闭会期间). */
    meetingId: integer('meeting_id').references(() => meetings.id),
    kind: text('kind').notNull(),
    /** 委员个人 / 委员联名: the (领衔) member; null for collective or imported history without a roster entry. */
    leadMemberId: integer('lead_member_id').references(() => members.id),
    /** 党派团体 proposals: the party; other kinds: the 领衔 member's party at filing (statistics). */
    partyId: integer('party_id').references(() => parties.id),
    /** 界别 proposals: the sector; member proposals: the 领衔 member's sector at filing. */
    sectorId: integer('sector_id').references(() => sectors.id),
    committeeId: integer('committee_id').references(() => committees.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => dictItems.id),
    status: text('status').notNull().default('暂存'),
    /** 编号: series 立案 / 不予立案, serial within (届, 会次 or 平时, series), code 11-3-001. */
    series: text('series'),
    serial: integer('serial'),
    code: text('code'),
    submittedDate: text('submitted_date'),
    filedDate: text('filed_date'),
    mode: text('mode'),
    /** 首次交办日期: once set the number never changes. */
    firstAssignedDate: text('first_assigned_date'),
    assignedDate: text('assigned_date'),
    dueDate: text('due_date'),
    /** 重新办理 (答复退回 / 不满意) answer due; null outside a redo. */
    redoDueDate: text('redo_due_date'),
    coDueDate: text('co_due_date'),
    signDeadline: text('sign_deadline'),
    signedDate: text('signed_date'),
    round: integer('round').notNull().default(1),
    /** The first answer the office accepted (已答复 in statistics). */
    answeredDate: text('answered_date'),
    replyClass: text('reply_class'),
    feedback: text('feedback'),
    feedbackDate: text('feedback_date'),
    closedDate: text('closed_date'),
    archivedDate: text('archived_date'),
    followUpDate: text('follow_up_date'),
    followUpDoneDate: text('follow_up_done_date'),
    lastRemindedDate: text('last_reminded_date'),
    isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
    isExcellent: integer('is_excellent', { mode: 'boolean' }).notNull().default(false),
    /** Came from 历史数据导入. */
    imported: integer('imported', { mode: 'boolean' }).notNull().default(false),
    isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(true),
    convertedTo: text('converted_to'),
    /** The 社情民意 record it became (that module's id; no foreign key across modules). */
    convertedOpinionId: integer('converted_opinion_id'),
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => proposals.id),
    cosignDeadline: text('cosign_deadline'),
    /** The 领衔 member's or the collective's name as printed. */
    proposerName: text('proposer_name').notNull(),
    /** 附议 names joined with 、 (printing and search). */
    cosignerNames: text('cosigner_names').notNull().default(''),
    title: text('title').notNull(),
    keyLeader: text('key_leader').notNull().default(''),
    suggestedUnits: text('suggested_units').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    contactAddress: text('contact_address').notNull().default(''),
    excellentNote: text('excellent_note').notNull().default(''),
    rejectReason: text('reject_reason'),
    convertedNote: text('converted_note'),
    note: text('note').notNull().default(''),
    background: text('background').notNull().default(''),
    problems: text('problems').notNull().default(''),
    suggestions: text('suggestions').notNull().default(''),
  },
  (t) => [
    uniqueIndex('proposals_code_uq').on(t.code).where(sql`${t.code} is not null`),
    index('proposals_session_idx').on(t.termId, t.meetingId, t.series, t.serial),
    index('proposals_status_idx').on(t.status, t.dueDate),
    index('proposals_category_idx').on(t.categoryId),
    index('proposals_sector_idx').on(t.sectorId),
    index('proposals_party_idx').on(t.partyId),
    index('proposals_lead_idx').on(t.leadMemberId),
    index('proposals_merged_idx').on(t.mergedIntoId),
    index('proposals_term_status_idx').on(t.termId, t.status),
    index('proposals_key_idx').on(t.isKey).where(sql`${t.isKey} = 1`),
    // statistics of a 届 read only this index (every fact statistics.ts needs)
    index('proposals_stats_idx').on(t.termId, t.meetingId, t.voidedAt, t.kind, t.categoryId, t.sectorId, t.partyId, t.status, t.dueDate, t.answeredDate, t.replyClass, t.feedback, t.isKey, t.convertedTo, t.mode),
  ],
);

/** 附议 members of a 委员联名 proposal and their confirmation. */
export const proposalCosigners = sqliteTable(
  'proposal_cosigners',
  {
    ...recordColumns,
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id),
    memberId: integer('member_id').references(() => members.id),
    name: text('name').notNull(),
    state: text('state').notNull().default('待确认'),
    stateDate: text('state_date'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('proposal_cosigners_proposal_idx').on(t.proposalId), index('proposal_cosigners_member_idx').on(t.memberId)],
);

/**
 * 承办单位 of a 交办: one 主办 and any 协办. Each unit 签收 (signed_date, signed_by) or 申退
 * (return_date, return_reason) on its own before its sign_deadline. A 申退 the office grants ends
 * the row (ended_date): the 主办's ends every row of the 交办, a 协办's only its own.
 */
export const proposalUnits = sqliteTable(
  'proposal_units',
  {
    ...recordColumns,
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
    assignedDate: text('assigned_date').notNull(),
    signedDate: text('signed_date'),
    returnReason: text('return_reason'),
    endedDate: text('ended_date'),
    sort: integer('sort').notNull().default(0),
    /** Last day to 签收 or 申退 (assigned_date + the configured working days). */
    signDeadline: text('sign_deadline'),
    /** 签收人 of the unit as the clerk recorded it. */
    signedBy: text('signed_by').notNull().default(''),
    /** When the unit applied to return (申退); cleared when the office refuses it. */
    returnDate: text('return_date'),
  },
  (t) => [index('proposal_units_proposal_idx').on(t.proposalId, t.unitId, t.role, t.endedDate, t.voidedAt), index('proposal_units_unit_idx').on(t.unitId, t.proposalId, t.role, t.endedDate, t.voidedAt)],
);

/** Answers: the 主办's 答复 (class, text, 签发人 …) and 协办 / 分办 units' opinions, per round. */
export const proposalReplies = sqliteTable(
  'proposal_replies',
  {
    ...recordColumns,
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
    round: integer('round').notNull().default(1),
    replyClass: text('reply_class'),
    content: text('content').notNull(),
    signer: text('signer').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    replyDate: text('reply_date').notNull(),
    /** B-class: the completion date the answer promises (回头看). */
    plannedDate: text('planned_date'),
    /** 待审核 / 已通过 / 已退回 (主办 answers); 协办 opinions are 已收到. */
    review: text('review').notNull().default('待审核'),
    reviewComment: text('review_comment').notNull().default(''),
    reviewDate: text('review_date'),
  },
  (t) => [index('proposal_replies_proposal_idx').on(t.proposalId, t.round)],
);

/** The timeline: every step with who, when (date of the step and time of recording) and comment. */
export const proposalEvents = sqliteTable(
  'proposal_events',
  {
    ...recordColumns,
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    date: text('date').notNull(),
    actor: text('actor').notNull(),
    comment: text('comment').notNull().default(''),
    /** JSON with the step's details (units, reason, class …). */
    detail: text('detail'),
  },
  (t) => [index('proposal_events_proposal_idx').on(t.proposalId, t.id)],
);

/** 督办 (重点提案), 催办 and 回头看 records. */
export const proposalFollowups = sqliteTable(
  'proposal_followups',
  {
    ...recordColumns,
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => proposals.id),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    /** 督办领导 / 催办人 / 回头看 participants. */
    person: text('person').notNull().default(''),
    /** 督办会议, 实地督办, 电话催办, 函件催办 … */
    method: text('method').notNull().default(''),
    place: text('place').notNull().default(''),
    content: text('content').notNull().default(''),
  },
  (t) => [index('proposal_followups_proposal_idx').on(t.proposalId, t.kind)],
);

/**
 * 优秀承办单位: the office names a unit for a 届 and 会次 (meeting_id null = 平时提案). Withdrawn by
 * voiding with a reason (never deleted); at most one active record per unit and 会次 (checked by the service).
 */
export const proposalExcellentUnits = sqliteTable(
  'proposal_excellent_units',
  {
    ...recordColumns,
    termId: integer('term_id')
      .notNull()
      .references(() => terms.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    /** Who recorded it (the audit log has the details). */
    actor: text('actor').notNull().default(''),
  },
  (t) => [index('proposal_excellent_units_scope_idx').on(t.termId, t.meetingId, t.unitId), index('proposal_excellent_units_date_idx').on(t.date)],
);
