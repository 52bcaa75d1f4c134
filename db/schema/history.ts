import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';
import { members } from './members';

/**
 * 文史资料. Full-text search over history_articles lives in two FTS5 tables written by hand in the
 * migration (history_fts_trigram, history_fts_bigram) and kept in sync by triggers on insert, edit
 * and 作废 — see db/services/historySearch.ts for how they are queried.
 */

/** 征稿: a call for articles on a topic. */
export const historyCalls = sqliteTable('history_calls', {
  ...recordColumns,
  topic: text('topic').notNull(),
  publishDate: text('publish_date').notNull(),
  deadline: text('deadline').notNull(),
  requirements: text('requirements').notNull().default(''),
  contact: text('contact').notNull().default(''),
  note: text('note').notNull().default(''),
});

/** 辑: one printed volume, new (编辑中 → 已付印) or an old one brought into the archive (imported). */
export const historyVolumes = sqliteTable(
  'history_volumes',
  {
    ...recordColumns,
    number: integer('number').notNull(),
    title: text('title').notNull(),
    /** 出版年份 (search filter). */
    year: integer('year'),
    status: text('status').notNull().default('编辑中'),
    imported: integer('imported', { mode: 'boolean' }).notNull().default(false),
    /** 编委会 as JSON [{ role: '主任', names: ['…'] }, …]. */
    board: text('board').notNull().default('[]'),
    preface: text('preface').notNull().default(''),
    prefaceAuthor: text('preface_author').notNull().default(''),
    afterword: text('afterword').notNull().default(''),
    /** 编印单位, e.g. 政协永安县委员会文史资料委员会. */
    publisher: text('publisher').notNull().default(''),
    permitNumber: text('permit_number').notNull().default(''),
    internalNote: text('internal_note').notNull().default('内部资料 免费交流'),
    printCount: integer('print_count'),
    printer: text('printer').notNull().default(''),
    printDate: text('print_date'),
    printedAt: text('printed_at'),
  },
  (t) => [uniqueIndex('history_volumes_number_uq').on(t.number).where(sql`voided_at is null`)],
);

/** 栏目 of a volume, in order. */
export const historySections = sqliteTable(
  'history_sections',
  {
    ...recordColumns,
    volumeId: integer('volume_id')
      .notNull()
      .references(() => historyVolumes.id),
    title: text('title').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('history_sections_volume_idx').on(t.volumeId)],
);

/** 稿件: from 收稿登记 to 刊用; old volumes' articles come in as 已刊用 (imported). */
export const historyArticles = sqliteTable(
  'history_articles',
  {
    // Column order matters: the small columns that lists and the search join read come first and
    // the long texts last, body at the very end, so reading them never walks the body's overflow
    // pages (an 8,000-character article is ~24 KB, six pages). Migration 0005 put them in this order.
    ...recordColumns,
    status: text('status').notNull().default('已收稿'),
    /** 三审轮次: 1, then +1 after each 修改后重审. */
    reviewRound: integer('review_round').notNull().default(1),
    volumeId: integer('volume_id').references(() => historyVolumes.id),
    sectionId: integer('section_id').references(() => historySections.id),
    volumeOrder: integer('volume_order'),
    imported: integer('imported', { mode: 'boolean' }).notNull().default(false),
    callId: integer('call_id').references(() => historyCalls.id),
    /** The author as a 委员 picked from the roster (null: an outside author, named in author only). */
    authorMemberId: integer('author_member_id').references(() => members.id),
    wordCount: integer('word_count').notNull().default(0),
    sanqin: text('sanqin').notNull().default('亲历'),
    permission: text('permission').notNull().default('待授权'),
    receivedDate: text('received_date').notNull(),
    title: text('title').notNull(),
    author: text('author').notNull(),
    recorder: text('recorder').notNull().default(''),
    authorThen: text('author_then').notNull().default(''),
    authorNow: text('author_now').notNull().default(''),
    source: text('source').notNull().default(''),
    permissionNote: text('permission_note').notNull().default(''),
    note: text('note').notNull().default(''),
    body: text('body').notNull().default(''),
  },
  (t) => [
    index('history_articles_status_idx').on(t.status),
    index('history_articles_volume_idx').on(t.volumeId, t.volumeOrder),
    index('history_articles_call_idx').on(t.callId),
    index('history_articles_author_idx').on(t.author),
    index('history_articles_author_member_idx').on(t.authorMemberId),
    /** Covers the 文史检索 join (id → 作废, 辑, 栏目, 篇目顺序, 作者) without reading the article row. */
    index('history_articles_search_idx').on(t.id, t.voidedAt, t.volumeId, t.volumeOrder, t.sectionId, t.author),
  ],
);

/** 选稿 decisions (the latest one is the article's; all are kept). */
export const historySelections = sqliteTable(
  'history_selections',
  {
    ...recordColumns,
    articleId: integer('article_id')
      .notNull()
      .references(() => historyArticles.id),
    decision: text('decision').notNull(),
    reason: text('reason').notNull().default(''),
    decidedBy: text('decided_by').notNull().default(''),
    date: text('date').notNull(),
  },
  (t) => [index('history_selections_article_idx').on(t.articleId)],
);

/** 三审 records. */
export const historyReviews = sqliteTable(
  'history_reviews',
  {
    ...recordColumns,
    articleId: integer('article_id')
      .notNull()
      .references(() => historyArticles.id),
    round: integer('round').notNull().default(1),
    stage: text('stage').notNull(),
    reviewer: text('reviewer').notNull(),
    date: text('date').notNull(),
    opinion: text('opinion').notNull(),
    decision: text('decision').notNull(),
  },
  (t) => [index('history_reviews_article_idx').on(t.articleId)],
);

/** 三校 records. 差错数 may be fractional (标点 0.5). */
export const historyProofs = sqliteTable(
  'history_proofs',
  {
    ...recordColumns,
    articleId: integer('article_id')
      .notNull()
      .references(() => historyArticles.id),
    round: text('round').notNull(),
    proofreader: text('proofreader').notNull(),
    date: text('date').notNull(),
    chars: integer('chars').notNull(),
    errorsFound: real('errors_found').notNull().default(0),
    errorsFixed: real('errors_fixed').notNull().default(0),
    note: text('note').notNull().default(''),
  },
  (t) => [index('history_proofs_article_idx').on(t.articleId)],
);

/**
 * Photos with captions, stored as BLOBs in the database: the office keeps one file, so every
 * backup, restore and (later) LAN share carries the photos with their articles, and a photo
 * cannot go missing from a folder. The renderer scales photos down before upload (longest side
 * 1600 px, JPEG), so a volume's photos add a few MB, not hundreds.
 */
export const historyPhotos = sqliteTable(
  'history_photos',
  {
    ...recordColumns,
    articleId: integer('article_id')
      .notNull()
      .references(() => historyArticles.id),
    caption: text('caption').notNull().default(''),
    fileName: text('file_name').notNull().default(''),
    mime: text('mime').notNull(),
    width: integer('width').notNull().default(0),
    height: integer('height').notNull().default(0),
    size: integer('size').notNull().default(0),
    sort: integer('sort').notNull().default(0),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('history_photos_article_idx').on(t.articleId)],
);
