import type { FactSource } from './index';

/**
 * 文史资料 (history module): an article 采用 at 选稿 counts for its author on the (first) 采用
 * date — for the 委员 the article is linked to (收稿登记 picks the author from the roster). An outside
 * author (no link) counts for nobody, and so do imported old volumes. Names are never matched: two
 * members of the same name are told apart by the link (migration 0012 linked the rows from before).
 */
export const historyFacts: FactSource = {
  module: '文史资料',
  kinds: ['history.article.used'],
  load(ctx, from, to) {
    const rows = ctx.app.sqlite
      .prepare(
        `select * from (
           select a.id, a.title, a.author, a.author_member_id memberId,
             (select min(s.date) from history_selections s where s.article_id = a.id and s.decision = '采用' and s.voided_at is null) date
           from history_articles a where a.voided_at is null and a.imported = 0 and a.author_member_id is not null
         ) x where x.date between ? and ?`,
      )
      .all(from, to) as { id: number; title: string; author: string; memberId: number; date: string }[];
    return rows.map((r) => ({ memberId: r.memberId, kind: 'history.article.used' as const, date: r.date, sourceTable: 'history_articles', sourceId: r.id, label: `《${r.title}》（作者${r.author}，采用）` }));
  },
};
