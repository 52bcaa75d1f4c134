import type { FactSource } from './index';

/**
 * 文史资料 (history module): an article 采用 at 选稿 counts for its author on the (first) 采用
 * date. Articles name their author as text, so the author is the member of that exact name in
 * office on that date; when no member or several members bear the name, the article counts for
 * nobody (imported old volumes never count).
 */
export const historyFacts: FactSource = {
  module: '文史资料',
  kinds: ['history.article.used'],
  load(ctx, from, to) {
    const rows = ctx.app.sqlite
      .prepare(
        `select * from (
           select a.id, a.title, a.author,
             (select min(s.date) from history_selections s where s.article_id = a.id and s.decision = '采用' and s.voided_at is null) date
           from history_articles a where a.voided_at is null and a.imported = 0
         ) x where x.date between ? and ?`,
      )
      .all(from, to) as { id: number; title: string; author: string; date: string }[];
    const byName = ctx.app.sqlite.prepare(
      `select m.id from members m join terms t on t.id = m.term_id
       where m.voided_at is null and m.name = ? and t.start_date <= ? and (t.end_date is null or t.end_date >= ?) and (m.status = '在任' or m.left_at >= ?)`,
    );
    return rows.flatMap((r) => {
      const hits = byName.all(r.author.trim(), r.date, r.date, r.date) as { id: number }[];
      if (hits.length !== 1) return [];
      return [{ memberId: hits[0].id, kind: 'history.article.used' as const, date: r.date, sourceTable: 'history_articles', sourceId: r.id, label: `《${r.title}》（作者${r.author}，采用）` }];
    });
  },
};
