import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { nowSql, recordColumns } from './columns';
import { members } from './members';
import { sectorGroups } from './reference';

/**
 * 履职积分. Rules are kept as versions (one row per version, grouped by rule_key; versions of a
 * rule never overlap in time). Points themselves are never stored for open years: they are
 * computed from the records each module keeps. A closed year (结账) stores its computed lines and
 * the roster as it was, and is read back from there for ever (shared/domain/points/compute.ts).
 */
export const pointsRules = sqliteTable(
  'points_rules',
  {
    ...recordColumns,
    /** The rule's identity across versions: the first version's id. */
    ruleKey: integer('rule_key').notNull(),
    seq: integer('seq').notNull().default(1),
    name: text('name').notNull(),
    category: text('category').notNull(),
    kind: text('kind').notNull(),
    level: text('level'),
    levelMode: text('level_mode'),
    tag: text('tag'),
    points: real('points').notNull(),
    yearlyCap: real('yearly_cap'),
    /** 联名 kinds: 各计全分 / 均分 / 第一作者全分其余按比例 (shared/domain/points/share.ts); null = 各计全分. */
    shareMode: text('share_mode'),
    /** 第一作者全分其余按比例: the other authors' percentage. */
    shareRatio: integer('share_ratio'),
    effectiveFrom: text('effective_from').notNull(),
    effectiveTo: text('effective_to'),
    note: text('note').notNull().default(''),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('points_rules_key_seq_uq').on(t.ruleKey, t.seq), index('points_rules_kind_idx').on(t.kind, t.effectiveFrom)],
);

/** 活动 and 会议 the office records attendance for. */
export const pointsEvents = sqliteTable(
  'points_events',
  {
    ...recordColumns,
    /** 会议 / 活动. */
    kind: text('kind').notNull(),
    /** 会议类型 or 活动类型 (shared/domain/points/kinds.ts). */
    type: text('type').notNull(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    place: text('place').notNull().default(''),
    organizer: text('organizer').notNull().default(''),
    /** The 活动组 that organised it (界别活动). */
    sectorGroupId: integer('sector_group_id').references(() => sectorGroups.id),
    note: text('note').notNull().default(''),
  },
  (t) => [index('points_events_date_idx').on(t.date), index('points_events_kind_idx').on(t.kind, t.type)],
);

/** 考勤: one row per expected member (应到) of an event; rewritten with the event, audited there. */
export const pointsAttendance = sqliteTable(
  'points_attendance',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => pointsEvents.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** 出席 / 请假 / 缺席. */
    status: text('status').notNull(),
    spoke: integer('spoke', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
    sort: integer('sort').notNull().default(0),
    updatedAt: text('updated_at').notNull().default(nowSql),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.memberId] }), index('points_attendance_member_idx').on(t.memberId)],
);

/** 结账: a closed year. 撤销结账 voids the row (with a reason); closing again adds a new one. */
export const pointsClosures = sqliteTable(
  'points_closures',
  {
    ...recordColumns,
    year: integer('year').notNull(),
    closedBy: text('closed_by').notNull(),
    note: text('note').notNull().default(''),
    memberCount: integer('member_count').notNull(),
    lineCount: integer('line_count').notNull(),
    total: real('total').notNull(),
    /** The rule versions in force that year, as JSON (for the 年度通报 and the record). */
    rules: text('rules').notNull().default('[]'),
  },
  (t) => [uniqueIndex('points_closures_year_uq').on(t.year).where(sql`voided_at is null`)],
);

/** The closed year's lines: every fact that scored, with the rule and points as computed then. */
export const pointsClosureLines = sqliteTable(
  'points_closure_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    closureId: integer('closure_id')
      .notNull()
      .references(() => pointsClosures.id),
    memberId: integer('member_id').notNull(),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    level: text('level'),
    tag: text('tag'),
    sourceTable: text('source_table').notNull(),
    sourceId: integer('source_id').notNull(),
    label: text('label').notNull(),
    ruleId: integer('rule_id').notNull(),
    ruleKey: integer('rule_key').notNull(),
    ruleName: text('rule_name').notNull(),
    category: text('category').notNull(),
    item: text('item').notNull(),
    rulePoints: real('rule_points').notNull(),
    points: real('points').notNull(),
    capped: integer('capped', { mode: 'boolean' }).notNull().default(false),
    topped: integer('topped', { mode: 'boolean' }).notNull().default(false),
    /** A 联名 record's share as computed then (“3人联名，均分”). */
    share: text('share'),
  },
  (t) => [index('points_closure_lines_closure_idx').on(t.closureId, t.memberId)],
);

/** The roster of a closed year as it was (界别 and 活动组 at closing), for that year's rankings. */
export const pointsClosureMembers = sqliteTable(
  'points_closure_members',
  {
    closureId: integer('closure_id')
      .notNull()
      .references(() => pointsClosures.id),
    memberId: integer('member_id').notNull(),
    termId: integer('term_id').notNull(),
    name: text('name').notNull(),
    sectorId: integer('sector_id'),
    sectorName: text('sector_name'),
    groupId: integer('group_id'),
    groupName: text('group_name'),
    partyName: text('party_name'),
  },
  (t) => [primaryKey({ columns: [t.closureId, t.memberId] })],
);

/**
 * 年度履职情况通报 as issued: the 发文字号 in the office series (series.office, 永政协办〔2027〕2号),
 * given when the office issues it. Serials run per 发文 year and are never reused: a voided 通报
 * keeps its row, so its serial stays taken (shared/domain/supervision/numbering.ts).
 */
export const pointsNotices = sqliteTable(
  'points_notices',
  {
    ...recordColumns,
    /** The 积分 year the 通报 reports on. */
    year: integer('year').notNull(),
    /** 成文日期 (ISO); its year is the 发文字号 year. */
    issueDate: text('issue_date').notNull(),
    docYear: integer('doc_year').notNull(),
    serial: integer('serial').notNull(),
    docNumber: text('doc_number').notNull(),
    issuer: text('issuer').notNull().default(''),
  },
  (t) => [uniqueIndex('points_notices_doc_uq').on(t.docYear, t.serial), uniqueIndex('points_notices_year_uq').on(t.year).where(sql`voided_at is null`)],
);
