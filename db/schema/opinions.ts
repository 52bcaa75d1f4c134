import { integer, sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';
import { parties, sectors, terms, units } from './reference';

/** 重点选题: the topics of the year reports can be tagged with. */
export const opinionTopics = sqliteTable(
  'opinion_topics',
  {
    ...recordColumns,
    year: integer('year').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('opinion_topics_year_idx').on(t.year)],
);

/** One issue (期) of the bulletin 《社情民意》. */
export const opinionIssues = sqliteTable(
  'opinion_issues',
  {
    ...recordColumns,
    year: integer('year').notNull(),
    termId: integer('term_id').references(() => terms.id),
    number: integer('number').notNull(),
    total: integer('total'),
    issueDate: text('issue_date').notNull(),
    /** JSON arrays of unit names. */
    mainTo: text('main_to').notNull().default('[]'),
    ccTo: text('cc_to').notNull().default('[]'),
    editorName: text('editor_name').notNull().default(''),
    reviewerName: text('reviewer_name').notNull().default(''),
    signerName: text('signer_name').notNull().default(''),
    status: text('status').notNull().default('编辑中'),
    reviewedAt: text('reviewed_at'),
    signedAt: text('signed_at'),
    printedAt: text('printed_at'),
    returnReason: text('return_reason'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('opinion_issues_year_idx').on(t.year, t.number)],
);

/**
 * 社情民意信息. The original text (content) is never overwritten after 报送; the edited text sits
 * beside it. Authors: memberIds (JSON array, 委员个人/联名), or the 界别, 党派团体 or staff name.
 */
export const opinionReports = sqliteTable(
  'opinion_reports',
  {
    ...recordColumns,
    receiveYear: integer('receive_year'),
    receiveNo: integer('receive_no'),
    title: text('title').notNull(),
    authorKind: text('author_kind').notNull(),
    memberIds: text('member_ids').notNull().default('[]'),
    sectorId: integer('sector_id').references(() => sectors.id),
    partyId: integer('party_id').references(() => parties.id),
    staffName: text('staff_name').notNull().default(''),
    topicId: integer('topic_id').references(() => opinionTopics.id),
    content: text('content').notNull(),
    chars: integer('chars').notNull().default(0),
    attachments: text('attachments').notNull().default('[]'),
    /** The 不予立案 proposal it came from; plain column, the proposal module keeps the other side. */
    sourceProposalId: integer('source_proposal_id'),
    note: text('note').notNull().default(''),
    status: text('status').notNull().default('已保存'),
    submittedAt: text('submitted_at'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    decisionReason: text('decision_reason'),
    editedTitle: text('edited_title'),
    editedText: text('edited_text'),
    editedChars: integer('edited_chars'),
    editor: text('editor'),
    editedAt: text('edited_at'),
    auditor: text('auditor'),
    auditedAt: text('audited_at'),
    signer: text('signer'),
    signedAt: text('signed_at'),
    printedAt: text('printed_at'),
    issueId: integer('issue_id').references(() => opinionIssues.id),
    issueOrder: integer('issue_order'),
  },
  (t) => [
    uniqueIndex('opinion_reports_receive_uq').on(t.receiveYear, t.receiveNo),
    index('opinion_reports_status_idx').on(t.status),
    index('opinion_reports_submitted_idx').on(t.submittedAt),
    index('opinion_reports_issue_idx').on(t.issueId),
    index('opinion_reports_topic_idx').on(t.topicId),
    index('opinion_reports_source_idx').on(t.sourceProposalId),
  ],
);

/** 采用 at a level (县 is recorded by 审查 采用; 市/省/全国 by hand). */
export const opinionAdoptions = sqliteTable(
  'opinion_adoptions',
  {
    ...recordColumns,
    reportId: integer('report_id')
      .notNull()
      .references(() => opinionReports.id),
    level: text('level').notNull(),
    date: text('date').notNull(),
    channel: text('channel').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [index('opinion_adoptions_report_idx').on(t.reportId), index('opinion_adoptions_date_idx').on(t.date)],
);

/** 领导批示. */
export const opinionInstructions = sqliteTable(
  'opinion_instructions',
  {
    ...recordColumns,
    reportId: integer('report_id')
      .notNull()
      .references(() => opinionReports.id),
    leader: text('leader').notNull(),
    leaderTitle: text('leader_title').notNull().default(''),
    level: text('level').notNull(),
    date: text('date').notNull(),
    text: text('text').notNull().default(''),
  },
  (t) => [index('opinion_instructions_report_idx').on(t.reportId), index('opinion_instructions_date_idx').on(t.date)],
);

/** 报送上级 (市政协, 省政协, 全国政协). */
export const opinionSendUps = sqliteTable(
  'opinion_send_ups',
  {
    ...recordColumns,
    reportId: integer('report_id')
      .notNull()
      .references(() => opinionReports.id),
    level: text('level').notNull(),
    date: text('date').notNull(),
    target: text('target').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [index('opinion_send_ups_report_idx').on(t.reportId)],
);

/** 转办 to a unit. */
export const opinionTransfers = sqliteTable(
  'opinion_transfers',
  {
    ...recordColumns,
    reportId: integer('report_id')
      .notNull()
      .references(() => opinionReports.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    date: text('date').notNull(),
    requirement: text('requirement').notNull().default(''),
  },
  (t) => [index('opinion_transfers_report_idx').on(t.reportId)],
);

/** 反馈 from a unit (to a 转办) or from an upper level. */
export const opinionFeedbacks = sqliteTable(
  'opinion_feedbacks',
  {
    ...recordColumns,
    reportId: integer('report_id')
      .notNull()
      .references(() => opinionReports.id),
    transferId: integer('transfer_id').references(() => opinionTransfers.id),
    date: text('date').notNull(),
    source: text('source').notNull(),
    content: text('content').notNull(),
  },
  (t) => [index('opinion_feedbacks_report_idx').on(t.reportId)],
);

/**
 * 年度通报 as issued: the 发文字号 of the 社情民意 series (设置 → 单位信息) is given when the office issues
 * it, per year of the issue date, and kept by the row for good (a voided 通报 keeps its number).
 */
export const opinionNotices = sqliteTable(
  'opinion_notices',
  {
    ...recordColumns,
    /** The year the 通报 reports on. */
    year: integer('year').notNull(),
    issueDate: text('issue_date').notNull(),
    signer: text('signer').notNull().default(''),
    docYear: integer('doc_year').notNull(),
    serial: integer('serial').notNull(),
    docNumber: text('doc_number').notNull(),
  },
  (t) => [index('opinion_notices_year_idx').on(t.year), uniqueIndex('opinion_notices_number_uq').on(t.docYear, t.serial)],
);
