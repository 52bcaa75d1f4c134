import { and, asc, desc, eq, inArray, isNull, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { CallRecord } from '../../../shared/contract/history';
import { transition, type ArticleAction } from '../../../shared/domain/history/machine';
import { articleEditable, type ArticleStatus } from '../../../shared/domain/history/status';
import { countWords } from '../../../shared/domain/history/wordCount';
import { compareDates } from '../../../shared/domain/workdays';
import { nowSql } from '../../schema/columns';
import { historyArticles, historyCalls, historyPhotos, historyProofs, historyReviews, historySections, historySelections, historyVolumes, members } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { getRecord, insertRecord, restoreRecord, updateRecord, voidRecord } from '../records';
import { articleById, photoCounts, photoMetaColumns, qualityByArticle, type ArticleRowDb } from './shared';

const what = '文史稿件';
const today = () => new Date().toISOString().slice(0, 10);

/* ───────────── 征稿 ───────────── */

function callRecord(ctx: ServiceContext, row: typeof historyCalls.$inferSelect): CallRecord {
  const n = ctx.app.orm
    .select({ n: sql<number>`count(*)` })
    .from(historyArticles)
    .where(and(eq(historyArticles.callId, row.id), isNull(historyArticles.voidedAt)))
    .get()!.n;
  return { ...row, state: compareDates(today(), row.deadline) > 0 ? '已截止' : '征稿中', articleCount: n };
}

export const callHandlers = {
  'history.call.list': (input: MethodParsedInput<'history.call.list'>, ctx: ServiceContext) =>
    ctx.app.orm
      .select()
      .from(historyCalls)
      .where(input.includeVoided ? undefined : isNull(historyCalls.voidedAt))
      .orderBy(desc(historyCalls.publishDate), desc(historyCalls.id))
      .all()
      .map((r) => callRecord(ctx, r)),
  'history.call.save': (input: MethodParsedInput<'history.call.save'>, ctx: ServiceContext) => {
    const { id, version, ...values } = input;
    if (compareDates(values.deadline, values.publishDate) < 0) throw new ApiError('VALIDATION', '截止日期不能早于发布日期。', [{ path: '截止日期', message: '截止日期不能早于发布日期' }]);
    const row =
      id === undefined
        ? insertRecord<typeof historyCalls.$inferSelect>(ctx, historyCalls, values, '征稿', values.topic)
        : updateRecord<typeof historyCalls.$inferSelect>(ctx, historyCalls, id, version, values, '征稿', (r) => `修改征稿：${String(r.topic)}`);
    return callRecord(ctx, row);
  },
  'history.call.void': (input: MethodParsedInput<'history.call.void'>, ctx: ServiceContext) => callRecord(ctx, voidRecord(ctx, historyCalls, input, '征稿', (r) => String(r.topic))),
  'history.call.restore': (input: MethodParsedInput<'history.call.restore'>, ctx: ServiceContext) => callRecord(ctx, restoreRecord(ctx, historyCalls, input, '征稿', (r) => String(r.topic))),
};

/* ───────────── 稿件 ───────────── */

function loadArticle(ctx: ServiceContext, id: number, version?: number): ArticleRowDb {
  const a = getRecord<ArticleRowDb>(ctx, historyArticles, id, what);
  if (a.voidedAt) throw new ApiError('TRANSITION', `稿件《${a.title}》已作废，请先恢复。`);
  if (version !== undefined && a.version !== version) throw new ApiError('CONFLICT', '该稿件已被他人修改，请刷新后再操作（您的操作未保存）。');
  return a;
}

function assertCall(ctx: ServiceContext, callId: number | null | undefined) {
  if (!callId) return;
  const call = ctx.app.orm.select({ id: historyCalls.id, voidedAt: historyCalls.voidedAt }).from(historyCalls).where(eq(historyCalls.id, callId)).get();
  if (!call || call.voidedAt) throw new ApiError('VALIDATION', '所选征稿不存在或已作废。', [{ path: '征稿', message: '所选征稿不存在或已作废' }]);
}

/**
 * 作者: a 委员 picked from the roster (the link is what 履职积分 counts; the name is written from the
 * roster) or an outside person typed by name (no link, counts for nobody).
 */
function authorOf(ctx: ServiceContext, values: { authorMemberId?: number | null; author: string }): { authorMemberId: number | null; author: string } {
  if (!values.authorMemberId) return { authorMemberId: null, author: values.author };
  const m = ctx.app.orm.select({ id: members.id, name: members.name, voidedAt: members.voidedAt }).from(members).where(eq(members.id, values.authorMemberId)).get();
  if (!m || m.voidedAt) throw new ApiError('VALIDATION', '所选委员不存在或已作废，请重新选择作者。', [{ path: '作者（委员）', message: '所选委员不存在或已作废' }]);
  return { authorMemberId: m.id, author: m.name };
}

/** One state-machine step: refuses what the table refuses, saves the new status with the version check, audits. */
function step(ctx: ServiceContext, a: ArticleRowDb, action: ArticleAction, payload: Parameters<typeof transition>[2], context: Parameters<typeof transition>[3], patch: Record<string, unknown>, summary: string) {
  const to = transition(a.status as ArticleStatus, action, payload, context);
  updateRecord(ctx, historyArticles, a.id, a.version, { ...patch, status: to }, what, () => `${summary}（${a.status}→${to}）`);
  return to;
}

export const articleHandlers = {
  'history.article.list': (input: MethodParsedInput<'history.article.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [input.includeVoided ? undefined : isNull(historyArticles.voidedAt)];
    if (input.status?.length) where.push(inArray(historyArticles.status, input.status));
    if (input.callId) where.push(eq(historyArticles.callId, input.callId));
    if (input.volumeId) where.push(eq(historyArticles.volumeId, input.volumeId));
    if (input.unplaced) where.push(isNull(historyArticles.volumeId));
    if (input.imported !== undefined) where.push(eq(historyArticles.imported, input.imported));
    if (input.sanqin) where.push(eq(historyArticles.sanqin, input.sanqin));
    if (input.search) {
      const term = `%${input.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      where.push(or(sql`${historyArticles.title} like ${term} escape '\\'`, sql`${historyArticles.author} like ${term} escape '\\'`, sql`${historyArticles.recorder} like ${term} escape '\\'`));
    }
    const condition = and(...where);
    const total = ctx.app.orm.select({ n: sql<number>`count(*)` }).from(historyArticles).where(condition).get()!.n;
    const dir = input.sortOrder === 'desc' ? desc : asc;
    const sortColumn = { receivedDate: historyArticles.receivedDate, title: historyArticles.title, author: historyArticles.author, wordCount: historyArticles.wordCount, status: historyArticles.status }[input.sortBy];
    const rows = ctx.app.orm
      .select({
        id: historyArticles.id,
        version: historyArticles.version,
        title: historyArticles.title,
        author: historyArticles.author,
        authorMemberId: historyArticles.authorMemberId,
        recorder: historyArticles.recorder,
        sanqin: historyArticles.sanqin,
        status: historyArticles.status,
        wordCount: historyArticles.wordCount,
        receivedDate: historyArticles.receivedDate,
        source: historyArticles.source,
        permission: historyArticles.permission,
        callId: historyArticles.callId,
        callTopic: historyCalls.topic,
        volumeId: historyArticles.volumeId,
        volumeNumber: historyVolumes.number,
        volumeTitle: historyVolumes.title,
        sectionTitle: historySections.title,
        imported: historyArticles.imported,
        voidedAt: historyArticles.voidedAt,
        voidReason: historyArticles.voidReason,
      })
      .from(historyArticles)
      .leftJoin(historyCalls, eq(historyCalls.id, historyArticles.callId))
      .leftJoin(historyVolumes, eq(historyVolumes.id, historyArticles.volumeId))
      .leftJoin(historySections, eq(historySections.id, historyArticles.sectionId))
      .where(condition)
      .orderBy(dir(sortColumn), desc(historyArticles.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const ids = rows.map((r) => r.id);
    const quality = qualityByArticle(ctx, ids);
    const photos = photoCounts(ctx, ids);
    return {
      total,
      rows: rows.map((r) => ({ ...r, status: r.status as ArticleStatus, photoCount: photos.get(r.id) ?? 0, errorRate: quality.get(r.id)?.rate ?? null })),
    };
  },

  'history.article.get': (input: { id: number }, ctx: ServiceContext) => articleById(ctx, input.id),

  'history.article.save': (input: MethodParsedInput<'history.article.save'>, ctx: ServiceContext) => {
    const { id, version, ...values } = input;
    assertCall(ctx, values.callId);
    const wordCount = countWords(values.body).total;
    const author = authorOf(ctx, values);
    if (id === undefined) {
      const row = insertRecord<ArticleRowDb>(ctx, historyArticles, { ...values, ...author, callId: values.callId ?? null, wordCount, status: '已收稿' }, what, `《${values.title}》（${author.author}${author.authorMemberId ? '，委员' : ''}）`);
      return articleById(ctx, row.id);
    }
    const before = loadArticle(ctx, id);
    if (!articleEditable({ ...before, voidedAt: null })) throw new ApiError('TRANSITION', `《${before.title}》所在辑已付印，稿件不能再修改。`);
    updateRecord(ctx, historyArticles, id, version, { ...values, ...author, callId: values.callId ?? null, wordCount }, what, (r) =>
      r.authorMemberId === author.authorMemberId ? `修改稿件：《${String(r.title)}》` : `修改稿件：《${String(r.title)}》，作者${author.authorMemberId ? `改为委员${author.author}` : `改为非委员${author.author}`}`,
    );
    return articleById(ctx, id);
  },

  'history.article.select': (input: MethodParsedInput<'history.article.select'>, ctx: ServiceContext) => {
    const a = loadArticle(ctx, input.id, input.version);
    const reason = input.reason.trim();
    step(ctx, a, input.decision, { reason }, {}, {}, `选稿：《${a.title}》${input.decision}${input.decision === '不用' ? `（${reason}）` : ''}`);
    ctx.app.orm.insert(historySelections).values({ articleId: a.id, decision: input.decision, reason, decidedBy: input.decidedBy || ctx.actor, date: input.date }).run();
    return articleById(ctx, a.id);
  },

  'history.article.reconsider': (input: { id: number; version: number }, ctx: ServiceContext) => {
    const a = loadArticle(ctx, input.id, input.version);
    step(ctx, a, '重新选稿', {}, {}, {}, `重新选稿：《${a.title}》`);
    return articleById(ctx, a.id);
  },

  'history.article.review': (input: MethodParsedInput<'history.article.review'>, ctx: ServiceContext) => {
    const a = loadArticle(ctx, input.id, input.version);
    const roundReviews = ctx.app.orm
      .select({ stage: historyReviews.stage, reviewer: historyReviews.reviewer })
      .from(historyReviews)
      .where(and(eq(historyReviews.articleId, a.id), eq(historyReviews.round, a.reviewRound), isNull(historyReviews.voidedAt)))
      .all() as { stage: '初审' | '复审' | '终审'; reviewer: string }[];
    const review = { reviewer: input.reviewer, date: input.date, opinion: input.opinion, decision: input.decision };
    step(ctx, a, input.stage, { review }, { roundReviews }, {}, `${input.stage}：《${a.title}》${input.decision}（${input.reviewer}）`);
    ctx.app.orm.insert(historyReviews).values({ articleId: a.id, round: a.reviewRound, stage: input.stage, ...review }).run();
    return articleById(ctx, a.id);
  },

  'history.article.resubmit': (input: { id: number; version: number }, ctx: ServiceContext) => {
    const a = loadArticle(ctx, input.id, input.version);
    step(ctx, a, '修改后重审', {}, {}, { reviewRound: a.reviewRound + 1 }, `修改后重审：《${a.title}》第${a.reviewRound + 1}轮三审`);
    return articleById(ctx, a.id);
  },

  'history.article.proof': (input: MethodParsedInput<'history.article.proof'>, ctx: ServiceContext) => {
    const a = loadArticle(ctx, input.id, input.version);
    const chars = input.chars ?? a.wordCount;
    if (!chars) throw new ApiError('VALIDATION', '稿件正文为空，请填写校对字数。', [{ path: '校对字数', message: '请填写校对字数' }]);
    const proof = { proofreader: input.proofreader, date: input.date, chars, errorsFound: input.errorsFound, errorsFixed: input.errorsFixed };
    step(ctx, a, input.round, { proof }, {}, {}, `${input.round}：《${a.title}》发现差错${input.errorsFound}处、改正${input.errorsFixed}处（${input.proofreader}）`);
    ctx.app.orm.insert(historyProofs).values({ articleId: a.id, round: input.round, ...proof, note: input.note }).run();
    return articleById(ctx, a.id);
  },

  'history.article.void': (input: MethodParsedInput<'history.article.void'>, ctx: ServiceContext) => {
    const a = getRecord<ArticleRowDb>(ctx, historyArticles, input.id, what);
    if (a.voidedAt) throw new ApiError('TRANSITION', '该稿件已作废，无需重复作废。');
    if (a.volumeId) {
      const v = ctx.app.orm.select().from(historyVolumes).where(eq(historyVolumes.id, a.volumeId)).get();
      if (v && v.status === '已付印' && !v.imported) throw new ApiError('TRANSITION', `《${a.title}》所在的第${v.number}辑已付印，稿件不能作废。`);
    }
    const patch = { voidedAt: nowSql, voidReason: input.reason, volumeId: null, sectionId: null, volumeOrder: null };
    updateRecord(ctx, historyArticles, a.id, input.version, a.imported ? { voidedAt: nowSql, voidReason: input.reason } : patch, what, () => `作废稿件：《${a.title}》（原因：${input.reason}）`);
    return articleById(ctx, a.id);
  },

  'history.article.restore': (input: MethodParsedInput<'history.article.restore'>, ctx: ServiceContext) => {
    const a = getRecord<ArticleRowDb>(ctx, historyArticles, input.id, what);
    if (a.volumeId) {
      const v = ctx.app.orm.select({ voidedAt: historyVolumes.voidedAt, number: historyVolumes.number }).from(historyVolumes).where(eq(historyVolumes.id, a.volumeId)).get();
      if (v?.voidedAt) throw new ApiError('TRANSITION', `稿件所在的第${v.number}辑已作废，请恢复该辑（稿件随之恢复）。`);
    }
    restoreRecord(ctx, historyArticles, input, what, (r) => `《${String(r.title)}》`);
    return articleById(ctx, a.id);
  },
};

/* ───────────── 图片 ───────────── */

function photoMeta(ctx: ServiceContext, id: number) {
  const p = ctx.app.orm.select(photoMetaColumns).from(historyPhotos).where(eq(historyPhotos.id, id)).get();
  if (!p) throw new ApiError('NOT_FOUND', '图片不存在。');
  return p;
}

function photoArticle(ctx: ServiceContext, articleId: number) {
  const a = loadArticle(ctx, articleId);
  if (a.status === '已刊用' && !a.imported) throw new ApiError('TRANSITION', `《${a.title}》所在辑已付印，图片不能再修改。`);
  return a;
}

/** Checks the bytes are the image they claim to be (JPEG or PNG signature). */
function decodeImage(base64: string, mime: string): Buffer {
  const data = Buffer.from(base64, 'base64');
  const jpeg = data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
  const png = data.length > 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if ((mime === 'image/jpeg' && !jpeg) || (mime === 'image/png' && !png)) throw new ApiError('VALIDATION', '图片文件无法识别，请选择 JPG 或 PNG 图片。', [{ path: '图片', message: '不是有效的 JPG/PNG 图片' }]);
  return data;
}

export const photoHandlers = {
  'history.photo.add': (input: MethodParsedInput<'history.photo.add'>, ctx: ServiceContext) => {
    const a = photoArticle(ctx, input.articleId);
    const data = decodeImage(input.base64, input.mime);
    const sort = ctx.app.orm.select({ n: sql<number>`coalesce(max(${historyPhotos.sort}), 0)` }).from(historyPhotos).where(eq(historyPhotos.articleId, a.id)).get()!.n + 1;
    const { id } = ctx.app.orm
      .insert(historyPhotos)
      .values({ articleId: a.id, caption: input.caption, fileName: input.fileName, mime: input.mime, width: input.width, height: input.height, size: data.length, sort, data })
      .returning({ id: historyPhotos.id })
      .get();
    const meta = photoMeta(ctx, id);
    audit(ctx, { summary: `添加图片：《${a.title}》${input.caption ? `“${input.caption}”` : ''}`, entity: '文史图片', entityId: id, after: meta });
    return meta;
  },
  'history.photo.update': (input: MethodParsedInput<'history.photo.update'>, ctx: ServiceContext) => {
    const before = photoMeta(ctx, input.id);
    if (before.voidedAt) throw new ApiError('TRANSITION', '该图片已作废。');
    photoArticle(ctx, before.articleId);
    if (before.version !== input.version) throw new ApiError('CONFLICT', '该图片已被他人修改，请刷新后再保存（您的修改未保存）。');
    ctx.app.orm
      .update(historyPhotos)
      .set({ caption: input.caption, ...(input.sort !== undefined ? { sort: input.sort } : {}), version: sql`${historyPhotos.version} + 1`, updatedAt: nowSql })
      .where(eq(historyPhotos.id, input.id))
      .run();
    const after = photoMeta(ctx, input.id);
    audit(ctx, { summary: `修改图片说明：“${after.caption}”`, entity: '文史图片', entityId: input.id, before, after });
    return after;
  },
  'history.photo.void': (input: MethodParsedInput<'history.photo.void'>, ctx: ServiceContext) => {
    const before = photoMeta(ctx, input.id);
    if (before.voidedAt) throw new ApiError('TRANSITION', '该图片已作废，无需重复作废。');
    photoArticle(ctx, before.articleId);
    if (before.version !== input.version) throw new ApiError('CONFLICT', '该图片已被他人修改，请刷新后再操作。');
    ctx.app.orm
      .update(historyPhotos)
      .set({ voidedAt: nowSql, voidReason: input.reason, version: sql`${historyPhotos.version} + 1`, updatedAt: nowSql })
      .where(eq(historyPhotos.id, input.id))
      .run();
    const after = photoMeta(ctx, input.id);
    audit(ctx, { summary: `作废图片：“${before.caption}”（原因：${input.reason}）`, entity: '文史图片', entityId: input.id, before, after });
    return after;
  },
  'history.photo.get': (input: { id: number }, ctx: ServiceContext) => {
    const row = ctx.app.orm.select({ data: historyPhotos.data }).from(historyPhotos).where(and(eq(historyPhotos.id, input.id), isNotNull(historyPhotos.id))).get();
    if (!row) throw new ApiError('NOT_FOUND', '图片不存在。');
    return { ...photoMeta(ctx, input.id), base64: Buffer.from(row.data).toString('base64') };
  },
};
