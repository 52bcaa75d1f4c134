import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { ApiError } from '../../../shared/contract';
import type { ArticleRecord, VolumeRecord, VolumeRow } from '../../../shared/contract/history';
import { availableActions } from '../../../shared/domain/history/machine';
import { proofQuality, ERROR_RATE_TARGET, errorRate, meetsTarget } from '../../../shared/domain/history/errorRate';
import { countWords, lengthAdvice } from '../../../shared/domain/history/wordCount';
import { printCheck } from '../../../shared/domain/history/volume';
import type { ArticleStatus, VolumeStatus } from '../../../shared/domain/history/status';
import { historyArticles, historyCalls, historyPhotos, historyProofs, historyReviews, historySections, historySelections, historyVolumes, members, sectors, terms } from '../../schema';
import type { ServiceContext } from '../context';

export type ArticleRowDb = typeof historyArticles.$inferSelect;
export type VolumeRowDb = typeof historyVolumes.$inferSelect;

export const photoMetaColumns = {
  id: historyPhotos.id,
  version: historyPhotos.version,
  createdAt: historyPhotos.createdAt,
  updatedAt: historyPhotos.updatedAt,
  voidedAt: historyPhotos.voidedAt,
  voidReason: historyPhotos.voidReason,
  articleId: historyPhotos.articleId,
  caption: historyPhotos.caption,
  fileName: historyPhotos.fileName,
  mime: historyPhotos.mime,
  width: historyPhotos.width,
  height: historyPhotos.height,
  size: historyPhotos.size,
  sort: historyPhotos.sort,
};

export function volumeName(v: { number: number; title: string }) {
  return `第${v.number}辑《${v.title}》`;
}

/** The 委员 an article's author is linked to (name, 界别, 届次, 在任/离任), or null. */
export function authorMember(ctx: ServiceContext, memberId: number | null): ArticleRecord['authorMember'] {
  if (memberId === null) return null;
  return (
    ctx.app.orm
      .select({ id: members.id, name: members.name, sectorName: sectors.name, termName: terms.name, status: members.status })
      .from(members)
      .innerJoin(sectors, eq(sectors.id, members.sectorId))
      .innerJoin(terms, eq(terms.id, members.termId))
      .where(eq(members.id, memberId))
      .get() ?? null
  );
}

export function articleById(ctx: ServiceContext, id: number): ArticleRecord {
  const orm = ctx.app.orm;
  const row = orm
    .select({ a: historyArticles, callTopic: historyCalls.topic, volumeNumber: historyVolumes.number, volumeTitle: historyVolumes.title, sectionTitle: historySections.title })
    .from(historyArticles)
    .leftJoin(historyCalls, eq(historyCalls.id, historyArticles.callId))
    .leftJoin(historyVolumes, eq(historyVolumes.id, historyArticles.volumeId))
    .leftJoin(historySections, eq(historySections.id, historyArticles.sectionId))
    .where(eq(historyArticles.id, id))
    .get();
  if (!row) throw new ApiError('NOT_FOUND', '稿件不存在。');
  const a = row.a;
  const selections = orm.select().from(historySelections).where(and(eq(historySelections.articleId, id), isNull(historySelections.voidedAt))).orderBy(asc(historySelections.id)).all();
  const reviews = orm.select().from(historyReviews).where(and(eq(historyReviews.articleId, id), isNull(historyReviews.voidedAt))).orderBy(asc(historyReviews.id)).all();
  const proofs = orm.select().from(historyProofs).where(and(eq(historyProofs.articleId, id), isNull(historyProofs.voidedAt))).orderBy(asc(historyProofs.id)).all();
  const photos = orm.select(photoMetaColumns).from(historyPhotos).where(and(eq(historyPhotos.articleId, id), isNull(historyPhotos.voidedAt))).orderBy(asc(historyPhotos.sort), asc(historyPhotos.id)).all();
  const quality = proofQuality(proofs);
  const status = a.status as ArticleStatus;
  return {
    ...a,
    sanqin: a.sanqin as ArticleRecord['sanqin'],
    permission: a.permission as ArticleRecord['permission'],
    status,
    authorMember: authorMember(ctx, a.authorMemberId),
    wordCounts: countWords(a.body),
    lengthAdvice: a.imported ? null : (lengthAdvice(a.wordCount) ?? null),
    callTopic: row.callTopic,
    volumeNumber: row.volumeNumber,
    volumeTitle: row.volumeTitle,
    sectionTitle: row.sectionTitle,
    selections,
    reviews,
    proofs: proofs.map((p) => {
      const rate = errorRate(p.errorsFound, p.chars);
      return { ...p, rate, meetsTarget: meetsTarget(rate) };
    }),
    photos,
    quality: { rate: quality.rate, meetsTarget: quality.meetsTarget, unfixed: quality.unfixed, complete: quality.complete, target: ERROR_RATE_TARGET },
    actions: a.voidedAt ? [] : availableActions(status).filter((x) => x.manual).map((x) => x.action),
  };
}

/** The quality figure per article (三校 records), for lists. */
export function qualityByArticle(ctx: ServiceContext, ids: number[]): Map<number, ReturnType<typeof proofQuality>> {
  const out = new Map<number, ReturnType<typeof proofQuality>>();
  if (!ids.length) return out;
  const proofs = ctx.app.orm
    .select({ articleId: historyProofs.articleId, round: historyProofs.round, chars: historyProofs.chars, errorsFound: historyProofs.errorsFound, errorsFixed: historyProofs.errorsFixed })
    .from(historyProofs)
    .where(and(inArray(historyProofs.articleId, ids), isNull(historyProofs.voidedAt)))
    .all();
  const grouped = new Map<number, typeof proofs>();
  for (const p of proofs) grouped.set(p.articleId, [...(grouped.get(p.articleId) ?? []), p]);
  for (const [id, list] of grouped) out.set(id, proofQuality(list));
  return out;
}

export function photoCounts(ctx: ServiceContext, ids: number[]): Map<number, number> {
  if (!ids.length) return new Map();
  const rows = ctx.app.orm
    .select({ articleId: historyPhotos.articleId, n: sql<number>`count(*)` })
    .from(historyPhotos)
    .where(and(inArray(historyPhotos.articleId, ids), isNull(historyPhotos.voidedAt)))
    .groupBy(historyPhotos.articleId)
    .all();
  return new Map(rows.map((r) => [r.articleId, r.n]));
}

export function toVolumeRow(ctx: ServiceContext, v: VolumeRowDb): VolumeRow {
  const stats = ctx.app.orm
    .select({ n: sql<number>`count(*)`, words: sql<number>`coalesce(sum(${historyArticles.wordCount}), 0)` })
    .from(historyArticles)
    .where(and(eq(historyArticles.volumeId, v.id), isNull(historyArticles.voidedAt)))
    .get()!;
  return { ...v, status: v.status as VolumeStatus, board: parseBoard(v.board), articleCount: stats.n, wordCount: stats.words };
}

export function parseBoard(json: string): VolumeRow['board'] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as VolumeRow['board']) : [];
  } catch {
    return [];
  }
}

export function volumeSections(ctx: ServiceContext, volumeId: number) {
  return ctx.app.orm
    .select({ id: historySections.id, title: historySections.title, sort: historySections.sort })
    .from(historySections)
    .where(and(eq(historySections.volumeId, volumeId), isNull(historySections.voidedAt)))
    .orderBy(asc(historySections.sort), asc(historySections.id))
    .all();
}

/** The volume's articles in print order (section order, then 篇目 order). */
export function volumeArticlesInOrder(ctx: ServiceContext, volumeId: number) {
  const sections = volumeSections(ctx, volumeId);
  const sectionRank = new Map(sections.map((s, i) => [s.id, i]));
  const rows = ctx.app.orm
    .select({
      id: historyArticles.id,
      version: historyArticles.version,
      title: historyArticles.title,
      author: historyArticles.author,
      authorThen: historyArticles.authorThen,
      recorder: historyArticles.recorder,
      status: historyArticles.status,
      wordCount: historyArticles.wordCount,
      sectionId: historyArticles.sectionId,
      volumeOrder: historyArticles.volumeOrder,
    })
    .from(historyArticles)
    .where(and(eq(historyArticles.volumeId, volumeId), isNull(historyArticles.voidedAt)))
    .all();
  const rank = (s: number | null) => (s === null ? -1 : (sectionRank.get(s) ?? 1e6));
  rows.sort((a, b) => rank(a.sectionId) - rank(b.sectionId) || (a.volumeOrder ?? 1e9) - (b.volumeOrder ?? 1e9) || a.id - b.id);
  return { sections, rows };
}

export function volumeById(ctx: ServiceContext, id: number): VolumeRecord {
  const v = ctx.app.orm.select().from(historyVolumes).where(eq(historyVolumes.id, id)).get();
  if (!v) throw new ApiError('NOT_FOUND', '该辑不存在。');
  const { sections, rows } = volumeArticlesInOrder(ctx, id);
  const ids = rows.map((r) => r.id);
  const quality = qualityByArticle(ctx, ids);
  const photos = photoCounts(ctx, ids);
  const proofsByArticle = new Map<number, { round: string; chars: number; errorsFound: number; errorsFixed: number }[]>();
  if (ids.length) {
    for (const p of ctx.app.orm
      .select({ articleId: historyProofs.articleId, round: historyProofs.round, chars: historyProofs.chars, errorsFound: historyProofs.errorsFound, errorsFixed: historyProofs.errorsFixed })
      .from(historyProofs)
      .where(and(inArray(historyProofs.articleId, ids), isNull(historyProofs.voidedAt)))
      .all())
      proofsByArticle.set(p.articleId, [...(proofsByArticle.get(p.articleId) ?? []), p]);
  }
  const check = v.imported || v.status === '已付印' ? { blocking: [], warnings: [] } : printCheck(rows.map((r) => ({ title: r.title, status: r.status as ArticleStatus, proofs: proofsByArticle.get(r.id) ?? [] })));
  return {
    ...toVolumeRow(ctx, v),
    sections,
    articles: rows.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      author: r.author,
      recorder: r.recorder,
      status: r.status,
      wordCount: r.wordCount,
      sectionId: r.sectionId,
      volumeOrder: r.volumeOrder,
      photoCount: photos.get(r.id) ?? 0,
      errorRate: quality.get(r.id)?.rate ?? null,
      meetsTarget: quality.get(r.id)?.meetsTarget ?? null,
    })),
    printCheck: check,
  };
}
