import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { VolumeDocumentData } from '../../../shared/contract/history';
import { transition } from '../../../shared/domain/history/machine';
import type { ArticleStatus, VolumeStatus } from '../../../shared/domain/history/status';
import { placementProblem, printCheck, unprintProblem } from '../../../shared/domain/history/volume';
import { nowSql } from '../../schema/columns';
import { historyArticles, historyPhotos, historyProofs, historySections, historyVolumes } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { getRecord, updateRecord } from '../records';
import { toVolumeRow, volumeArticlesInOrder, volumeById, volumeName, volumeSections, type VolumeRowDb } from './shared';

const what = '文史辑';

function assertNumberFree(ctx: ServiceContext, number: number, exceptId?: number) {
  const clash = ctx.app.orm
    .select({ id: historyVolumes.id, title: historyVolumes.title })
    .from(historyVolumes)
    .where(and(eq(historyVolumes.number, number), isNull(historyVolumes.voidedAt), exceptId ? ne(historyVolumes.id, exceptId) : undefined))
    .get();
  if (clash) throw new ApiError('DUPLICATE', `第${number}辑已存在（《${clash.title}》），辑次不能重复。`, [{ path: '辑次', message: `第${number}辑已存在` }]);
}

function loadVolume(ctx: ServiceContext, id: number, version?: number): VolumeRowDb {
  const v = getRecord<VolumeRowDb>(ctx, historyVolumes, id, what);
  if (v.voidedAt) throw new ApiError('TRANSITION', `${volumeName(v)}已作废，请先恢复。`);
  if (version !== undefined && v.version !== version) throw new ApiError('CONFLICT', '该辑已被他人修改，请刷新后再操作（您的操作未保存）。');
  return v;
}

function assertEditable(v: VolumeRowDb) {
  if (v.status === '已付印' && !v.imported) throw new ApiError('TRANSITION', `${volumeName(v)}已付印，不能再修改。`);
}

export const volumeHandlers = {
  'history.volume.list': (input: MethodParsedInput<'history.volume.list'>, ctx: ServiceContext) =>
    ctx.app.orm
      .select()
      .from(historyVolumes)
      .where(and(input.includeVoided ? undefined : isNull(historyVolumes.voidedAt), input.imported === undefined ? undefined : eq(historyVolumes.imported, input.imported)))
      .orderBy(asc(historyVolumes.number), asc(historyVolumes.id))
      .all()
      .map((v) => toVolumeRow(ctx, v)),

  'history.volume.get': (input: { id: number }, ctx: ServiceContext) => volumeById(ctx, input.id),

  'history.volume.save': (input: MethodParsedInput<'history.volume.save'>, ctx: ServiceContext) => {
    const { id, version, board, ...values } = input;
    const row = { ...values, board: JSON.stringify(board), year: values.year ?? null, printCount: values.printCount ?? null, printDate: values.printDate ?? null };
    assertNumberFree(ctx, values.number, id);
    if (id === undefined) {
      const { id: newId } = ctx.app.orm.insert(historyVolumes).values(row).returning({ id: historyVolumes.id }).get();
      const created = volumeById(ctx, newId);
      audit(ctx, { summary: `新建辑：${volumeName(values)}`, entity: what, entityId: newId, after: created });
      return created;
    }
    assertEditable(loadVolume(ctx, id));
    updateRecord(ctx, historyVolumes, id, version, row, what, (r) => `修改辑：${volumeName(r as never)}`);
    return volumeById(ctx, id);
  },

  'history.volume.arrange': (input: MethodParsedInput<'history.volume.arrange'>, ctx: ServiceContext) => {
    const v = loadVolume(ctx, input.id, input.version);
    assertEditable(v);
    const orm = ctx.app.orm;
    const allIds = input.sections.flatMap((s) => s.articleIds);
    const seen = new Set<number>();
    for (const id of allIds) {
      if (seen.has(id)) throw new ApiError('VALIDATION', '同一篇稿件在编排中出现了两次，请刷新后重试。');
      seen.add(id);
    }
    const articles = allIds.length
      ? orm.select({ id: historyArticles.id, title: historyArticles.title, status: historyArticles.status, volumeId: historyArticles.volumeId, voidedAt: historyArticles.voidedAt }).from(historyArticles).where(inArray(historyArticles.id, allIds)).all()
      : [];
    const byId = new Map(articles.map((a) => [a.id, a]));
    const otherVolumes = new Map(
      orm
        .select({ id: historyVolumes.id, number: historyVolumes.number })
        .from(historyVolumes)
        .all()
        .map((x) => [x.id, `第${x.number}辑`]),
    );
    const problems: string[] = [];
    for (const id of allIds) {
      const a = byId.get(id);
      if (!a || a.voidedAt) {
        problems.push(`稿件（编号${id}）不存在或已作废。`);
        continue;
      }
      if (a.volumeId === v.id) continue;
      const problem = placementProblem({ ...a, status: a.status as ArticleStatus }, v.id, (vid) => otherVolumes.get(vid) ?? '另一辑');
      if (problem) problems.push(problem);
    }
    if (problems.length) throw new ApiError('TRANSITION', problems.join(''), problems.map((message) => ({ message })));

    // sections: keep, rename, add, remove (void) — then place the articles
    const existing = volumeSections(ctx, v.id);
    const existingIds = new Set(existing.map((s) => s.id));
    const keep = new Set<number>();
    const sectionIds = input.sections.map((s, i) => {
      if (s.id !== undefined) {
        if (!existingIds.has(s.id)) throw new ApiError('CONFLICT', '栏目已被他人修改，请刷新后再编排。');
        keep.add(s.id);
        orm.update(historySections).set({ title: s.title, sort: i + 1, updatedAt: nowSql, version: sql`${historySections.version} + 1` }).where(eq(historySections.id, s.id)).run();
        return s.id;
      }
      return orm.insert(historySections).values({ volumeId: v.id, title: s.title, sort: i + 1 }).returning({ id: historySections.id }).get().id;
    });
    const removed = existing.filter((s) => !keep.has(s.id));
    for (const s of removed) orm.update(historySections).set({ voidedAt: nowSql, voidReason: '编排时删除栏目', updatedAt: nowSql }).where(eq(historySections.id, s.id)).run();

    const before = volumeArticlesInOrder(ctx, v.id).rows.map((a) => a.id);
    const leaving = before.filter((id) => !seen.has(id));
    if (leaving.length) orm.update(historyArticles).set({ volumeId: null, sectionId: null, volumeOrder: null, updatedAt: nowSql }).where(inArray(historyArticles.id, leaving)).run();
    let order = 0;
    input.sections.forEach((s, i) => {
      for (const id of s.articleIds) {
        order++;
        orm.update(historyArticles).set({ volumeId: v.id, sectionId: sectionIds[i], volumeOrder: order, updatedAt: nowSql }).where(eq(historyArticles.id, id)).run();
      }
    });
    const titles = (ids: number[]) => ids.map((id) => byId.get(id)?.title ?? String(id));
    updateRecord(ctx, historyVolumes, v.id, input.version, {}, what, () => {
      const added = allIds.filter((id) => !before.includes(id));
      const parts = [`编排${volumeName(v)}：${input.sections.length}个栏目、${allIds.length}篇`];
      if (added.length) parts.push(`编入《${titles(added).join('》《')}》`);
      if (leaving.length) parts.push(`移出${leaving.length}篇`);
      return parts.join('；');
    });
    return volumeById(ctx, v.id);
  },

  'history.volume.print': (input: MethodParsedInput<'history.volume.print'>, ctx: ServiceContext) => {
    const v = loadVolume(ctx, input.id, input.version);
    if (v.imported) throw new ApiError('TRANSITION', `${volumeName(v)}是入库的历史资料，无需付印。`);
    if (v.status === '已付印') throw new ApiError('TRANSITION', `${volumeName(v)}已于${(v.printedAt ?? '').slice(0, 10)}付印。`);
    const { rows } = volumeArticlesInOrder(ctx, v.id);
    const proofs = rows.length
      ? ctx.app.orm
          .select({ articleId: historyProofs.articleId, round: historyProofs.round, chars: historyProofs.chars, errorsFound: historyProofs.errorsFound, errorsFixed: historyProofs.errorsFixed })
          .from(historyProofs)
          .where(and(inArray(historyProofs.articleId, rows.map((r) => r.id)), isNull(historyProofs.voidedAt)))
          .all()
      : [];
    const check = printCheck(rows.map((r) => ({ title: r.title, status: r.status as ArticleStatus, proofs: proofs.filter((p) => p.articleId === r.id) })));
    if (check.blocking.length) throw new ApiError('TRANSITION', `不能付印：${check.blocking.join('')}`, check.blocking.map((message) => ({ message })));
    if (check.warnings.length && !input.acknowledgeWarnings) throw new ApiError('TRANSITION', `请确认后再付印：${check.warnings.join('')}`, check.warnings.map((message) => ({ message })));
    for (const r of rows) {
      const to = transition(r.status as ArticleStatus, '刊用');
      ctx.app.orm.update(historyArticles).set({ status: to, version: sql`${historyArticles.version} + 1`, updatedAt: nowSql }).where(eq(historyArticles.id, r.id)).run();
    }
    const year = v.year ?? Number((v.printDate ?? new Date().toISOString()).slice(0, 4));
    updateRecord(ctx, historyVolumes, v.id, input.version, { status: '已付印', printedAt: nowSql, year }, what, () =>
      `付印：${volumeName(v)}，${rows.length}篇${check.warnings.length ? `（已确认：${check.warnings.join('')}）` : ''}`,
    );
    return volumeById(ctx, v.id);
  },

  /** 撤销付印: the volume goes back to 编辑中 and its articles from 已刊用 to 三校完成, with the reason in the audit log. */
  'history.volume.unprint': (input: MethodParsedInput<'history.volume.unprint'>, ctx: ServiceContext) => {
    const v = getRecord<VolumeRowDb>(ctx, historyVolumes, input.id, what);
    const problem = unprintProblem({ ...v, status: v.status as VolumeStatus });
    if (problem) throw new ApiError('TRANSITION', problem);
    if (v.version !== input.version) throw new ApiError('CONFLICT', '该辑已被他人修改，请刷新后再操作（您的操作未保存）。');
    const { rows } = volumeArticlesInOrder(ctx, v.id);
    for (const r of rows) {
      const to = transition(r.status as ArticleStatus, '撤销刊用');
      ctx.app.orm.update(historyArticles).set({ status: to, version: sql`${historyArticles.version} + 1`, updatedAt: nowSql }).where(eq(historyArticles.id, r.id)).run();
    }
    updateRecord(ctx, historyVolumes, v.id, input.version, { status: '编辑中', printedAt: null }, what, () =>
      `撤销付印：${volumeName(v)}（${(v.printedAt ?? '').slice(0, 10)}付印），${rows.length}篇稿件回到“三校完成”；原因：${input.reason}`,
    );
    return volumeById(ctx, v.id);
  },

  'history.volume.document': (input: { id: number }, ctx: ServiceContext): VolumeDocumentData => {
    const v = loadVolume(ctx, input.id);
    const { sections, rows } = volumeArticlesInOrder(ctx, v.id);
    const ids = rows.map((r) => r.id);
    const bodies = new Map(
      ids.length
        ? ctx.app.orm
            .select({ id: historyArticles.id, body: historyArticles.body })
            .from(historyArticles)
            .where(inArray(historyArticles.id, ids))
            .all()
            .map((r) => [r.id, r.body])
        : [],
    );
    const photos = ids.length
      ? ctx.app.orm
          .select({ articleId: historyPhotos.articleId, caption: historyPhotos.caption, mime: historyPhotos.mime, width: historyPhotos.width, height: historyPhotos.height, data: historyPhotos.data })
          .from(historyPhotos)
          .where(and(inArray(historyPhotos.articleId, ids), isNull(historyPhotos.voidedAt)))
          .orderBy(asc(historyPhotos.sort), asc(historyPhotos.id))
          .all()
      : [];
    const active = new Set(sections.map((s) => s.id));
    const sectionOf = (r: { sectionId: number | null }) => (r.sectionId !== null && active.has(r.sectionId) ? r.sectionId : null);
    const groups: { id: number | null; title: string }[] = [...(rows.some((r) => sectionOf(r) === null) ? [{ id: null, title: '' }] : []), ...sections];
    return {
      volume: toVolumeRow(ctx, v),
      sections: groups
        .map((s) => ({
          title: s.title,
          articles: rows
            .filter((r) => sectionOf(r) === s.id)
            .map((r) => ({
              id: r.id,
              title: r.title,
              author: r.author,
              authorThen: r.authorThen,
              recorder: r.recorder,
              body: bodies.get(r.id) ?? '',
              wordCount: r.wordCount,
              photos: photos.filter((p) => p.articleId === r.id).map((p) => ({ caption: p.caption, mime: p.mime, width: p.width, height: p.height, base64: Buffer.from(p.data).toString('base64') })),
            })),
        }))
        .filter((s) => s.articles.length > 0 || s.title),
    };
  },

  'history.volume.void': (input: MethodParsedInput<'history.volume.void'>, ctx: ServiceContext) => {
    const v = getRecord<VolumeRowDb>(ctx, historyVolumes, input.id, what);
    if (v.voidedAt) throw new ApiError('TRANSITION', '该辑已作废，无需重复作废。');
    if (v.status === '已付印' && !v.imported) throw new ApiError('TRANSITION', `${volumeName(v)}已付印，不能作废。`);
    const orm = ctx.app.orm;
    const articleIds = orm
      .select({ id: historyArticles.id })
      .from(historyArticles)
      .where(and(eq(historyArticles.volumeId, v.id), isNull(historyArticles.voidedAt)))
      .all()
      .map((r) => r.id);
    const reason = `随第${v.number}辑作废：${input.reason}`;
    if (articleIds.length) {
      if (v.imported) orm.update(historyArticles).set({ voidedAt: nowSql, voidReason: reason, version: sql`${historyArticles.version} + 1`, updatedAt: nowSql }).where(inArray(historyArticles.id, articleIds)).run();
      else orm.update(historyArticles).set({ volumeId: null, sectionId: null, volumeOrder: null, updatedAt: nowSql }).where(inArray(historyArticles.id, articleIds)).run();
    }
    updateRecord(ctx, historyVolumes, v.id, input.version, { voidedAt: nowSql, voidReason: input.reason }, what, () =>
      `作废辑：${volumeName(v)}（原因：${input.reason}）；${v.imported ? `其${articleIds.length}篇入库稿件一并作废` : `${articleIds.length}篇稿件移出该辑`}`,
    );
    return volumeById(ctx, v.id);
  },

  'history.volume.restore': (input: MethodParsedInput<'history.volume.restore'>, ctx: ServiceContext) => {
    const v = getRecord<VolumeRowDb>(ctx, historyVolumes, input.id, what);
    if (!v.voidedAt) throw new ApiError('TRANSITION', '该辑未作废，无需恢复。');
    assertNumberFree(ctx, v.number, v.id);
    const reason = `随第${v.number}辑作废：${v.voidReason ?? ''}`;
    const restored = ctx.app.orm
      .update(historyArticles)
      .set({ voidedAt: null, voidReason: null, version: sql`${historyArticles.version} + 1`, updatedAt: nowSql })
      .where(and(eq(historyArticles.volumeId, v.id), eq(historyArticles.voidReason, reason)))
      .run().changes;
    updateRecord(ctx, historyVolumes, v.id, input.version, { voidedAt: null, voidReason: null }, what, () => `恢复辑：${volumeName(v)}${restored ? `，${restored}篇稿件随之恢复` : ''}`);
    return volumeById(ctx, v.id);
  },
};
