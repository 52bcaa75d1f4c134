import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { nowSql, recordColumns } from './columns';
import { members } from './members';
import { units } from './reference';

/** 监督议题: one topic of a year's 民主监督, with the unit it supervises. */
export const supervisionTopics = sqliteTable(
  'supervision_topics',
  {
    ...recordColumns,
    year: integer('year').notNull(),
    source: text('source').notNull(),
    title: text('title').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    description: text('description').notNull().default(''),
  },
  (t) => [index('supervision_topics_year_idx').on(t.year)],
);

/** 监督小组 (派驻监督小组): leader and members from the roster, stationed at a unit. */
export const supervisionGroups = sqliteTable(
  'supervision_groups',
  {
    ...recordColumns,
    topicId: integer('topic_id')
      .notNull()
      .references(() => supervisionTopics.id),
    name: text('name').notNull(),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => members.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    liaison: text('liaison').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [index('supervision_groups_topic_idx').on(t.topicId)],
);

/** The group's members (the leader is on the group row). Rewritten with the group; the audit log keeps the history. */
export const supervisionGroupMembers = sqliteTable(
  'supervision_group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => supervisionGroups.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index('supervision_group_members_member_idx').on(t.memberId)],
);

/** 活动记录: one 座谈/视察/暗访/调研 of a group. */
export const supervisionActivities = sqliteTable(
  'supervision_activities',
  {
    ...recordColumns,
    groupId: integer('group_id')
      .notNull()
      .references(() => supervisionGroups.id),
    date: text('date').notNull(),
    place: text('place').notNull(),
    form: text('form').notNull(),
    otherParticipants: text('other_participants').notNull().default(''),
    findings: text('findings').notNull(),
  },
  (t) => [index('supervision_activities_group_idx').on(t.groupId, t.date)],
);

/** Members who took part in an activity (for 履职积分 later). */
export const supervisionActivityMembers = sqliteTable(
  'supervision_activity_members',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => supervisionActivities.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.memberId] }), index('supervision_activity_members_member_idx').on(t.memberId)],
);

/** 民主监督建议书. */
export const supervisionLetters = sqliteTable(
  'supervision_letters',
  {
    ...recordColumns,
    topicId: integer('topic_id')
      .notNull()
      .references(() => supervisionTopics.id),
    groupId: integer('group_id').references(() => supervisionGroups.id),
    title: text('title').notNull(),
    mainUnitId: integer('main_unit_id')
      .notNull()
      .references(() => units.id),
    intro: text('intro').notNull().default(''),
    closing: text('closing').notNull().default(''),
    /** JSON array of 抄送 names. */
    cc: text('cc').notNull().default('[]'),
    status: text('status').notNull().default('起草'),
    reviewer: text('reviewer'),
    reviewDate: text('review_date'),
    reviewComment: text('review_comment'),
    returnReason: text('return_reason'),
    issuer: text('issuer'),
    issueDate: text('issue_date'),
    docYear: integer('doc_year'),
    serial: integer('serial'),
    docNumber: text('doc_number'),
    servedDate: text('served_date'),
    receiver: text('receiver'),
    feedbackDue: text('feedback_due'),
    closedDate: text('closed_date'),
    closeComment: text('close_comment'),
  },
  (t) => [
    index('supervision_letters_topic_idx').on(t.topicId),
    // 发文字号 per year: a serial is held by one letter forever.
    uniqueIndex('supervision_letters_number_uq')
      .on(t.docYear, t.serial)
      .where(sql`${t.serial} is not null`),
  ],
);

/** One item of a letter: 问题 + 建议, and its 整改 state. */
export const supervisionItems = sqliteTable(
  'supervision_items',
  {
    ...recordColumns,
    letterId: integer('letter_id')
      .notNull()
      .references(() => supervisionLetters.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull().default(''),
    problem: text('problem').notNull().default(''),
    suggestion: text('suggestion').notNull().default(''),
    status: text('status').notNull().default('待反馈'),
    round: integer('round').notNull().default(1),
    feedbackDue: text('feedback_due'),
    progress: text('progress'),
    measures: text('measures'),
    completionDate: text('completion_date'),
    feedbackDate: text('feedback_date'),
    evaluation: text('evaluation'),
    evaluationDate: text('evaluation_date'),
    evaluator: text('evaluator'),
    evaluationComment: text('evaluation_comment'),
    reviewResult: text('review_result'),
    reviewDate: text('review_date'),
  },
  (t) => [index('supervision_items_letter_idx').on(t.letterId, t.seq)],
);

/** Every 整改反馈 the unit sends for an item (the item row keeps the latest). */
export const supervisionFeedback = sqliteTable(
  'supervision_feedback',
  {
    ...recordColumns,
    itemId: integer('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    round: integer('round').notNull(),
    date: text('date').notNull(),
    measures: text('measures').notNull(),
    progress: text('progress').notNull(),
    completionDate: text('completion_date'),
    evidence: text('evidence').notNull().default(''),
  },
  (t) => [index('supervision_feedback_item_idx').on(t.itemId)],
);

/** 回头看 of a letter. */
export const supervisionReviews = sqliteTable(
  'supervision_reviews',
  {
    ...recordColumns,
    letterId: integer('letter_id')
      .notNull()
      .references(() => supervisionLetters.id),
    date: text('date').notNull(),
    form: text('form').notNull(),
    participants: text('participants').notNull().default(''),
    summary: text('summary').notNull(),
  },
  (t) => [index('supervision_reviews_letter_idx').on(t.letterId)],
);

/** 回头看 findings per item. */
export const supervisionReviewItems = sqliteTable(
  'supervision_review_items',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => supervisionReviews.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    result: text('result').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.itemId] })],
);

/** Photos of an activity, evidence of a 整改反馈. */
export const supervisionAttachments = sqliteTable(
  'supervision_attachments',
  {
    ...recordColumns,
    ownerKind: text('owner_kind').notNull(),
    ownerId: integer('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    caption: text('caption').notNull().default(''),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('supervision_attachments_owner_idx').on(t.ownerKind, t.ownerId)],
);

/** The letter's timeline: each step with who, when, the date it happened and a comment. */
export const supervisionEvents = sqliteTable(
  'supervision_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(nowSql),
    letterId: integer('letter_id')
      .notNull()
      .references(() => supervisionLetters.id),
    itemId: integer('item_id').references(() => supervisionItems.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    date: text('date'),
    actor: text('actor').notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('supervision_events_letter_idx').on(t.letterId, t.id)],
);

/**
 * 催办 of a letter's overdue items: 电话, 函件 or 现场, who, when, the new date asked for. A 函件 may
 * hold a 发文字号 of the 监 series, shared with the letters (the next serial of the year over both
 * tables; a trigger in the migration refuses a serial a letter holds, and the letters' own index
 * refuses one a 催办函 holds).
 */
export const supervisionReminders = sqliteTable(
  'supervision_reminders',
  {
    ...recordColumns,
    letterId: integer('letter_id')
      .notNull()
      .references(() => supervisionLetters.id),
    date: text('date').notNull(),
    way: text('way').notNull(),
    person: text('person').notNull(),
    note: text('note').notNull().default(''),
    replyBy: text('reply_by').notNull(),
    docYear: integer('doc_year'),
    serial: integer('serial'),
    docNumber: text('doc_number'),
  },
  (t) => [
    index('supervision_reminders_letter_idx').on(t.letterId, t.date),
    uniqueIndex('supervision_reminders_number_uq')
      .on(t.docYear, t.serial)
      .where(sql`${t.serial} is not null`),
  ],
);

/** The items a 催办 named, with how overdue each was on the 催办 date (a reprint says the same). */
export const supervisionReminderItems = sqliteTable(
  'supervision_reminder_items',
  {
    reminderId: integer('reminder_id')
      .notNull()
      .references(() => supervisionReminders.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    dueDate: text('due_date').notNull(),
    overdueKind: text('overdue_kind').notNull(),
    overdueWorkdays: integer('overdue_workdays').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reminderId, t.itemId] }), index('supervision_reminder_items_item_idx').on(t.itemId)],
);
