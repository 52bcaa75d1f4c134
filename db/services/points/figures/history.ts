import { countValue } from '../../../../shared/domain/points/figures';
import type { FigureSource } from './index';

type Article = { id: number; title: string; author: string; date: string };

/** 文史资料: articles received and 采用 in the year, volumes 付印 in it and the articles they hold. */
export const historyFigures: FigureSource = {
  module: '文史资料',
  load(ctx, from, to) {
    const db = ctx.app.sqlite;
    const received = db
      .prepare('select id, title, author, received_date date from history_articles where voided_at is null and imported = 0 and received_date between ? and ? order by received_date, id')
      .all(from, to) as Article[];
    const used = db
      .prepare(
        `select * from (select a.id, a.title, a.author,
           (select min(s.date) from history_selections s where s.article_id = a.id and s.decision = '采用' and s.voided_at is null) date
         from history_articles a where a.voided_at is null and a.imported = 0) x where x.date between ? and ? order by x.date, x.id`,
      )
      .all(from, to) as Article[];
    const volumes = db
      .prepare(
        `select * from (select v.id, v.number, v.title, coalesce(v.print_date, substr(v.printed_at, 1, 10)) date,
           (select count(*) from history_articles a where a.volume_id = v.id and a.voided_at is null) articles
         from history_volumes v where v.voided_at is null and v.imported = 0 and v.status = '已付印') x where x.date between ? and ? order by x.date, x.id`,
      )
      .all(from, to) as { id: number; number: number; title: string; date: string; articles: number }[];
    const published = volumes.length
      ? (db
          .prepare(`select a.id, a.title, a.author, a.volume_id volumeId from history_articles a where a.voided_at is null and a.volume_id in (${volumes.map(() => '?').join(',')}) order by a.volume_id, a.volume_order`)
          .all(...volumes.map((v) => v.id)) as (Article & { volumeId: number })[])
      : [];
    const ref = (a: Article) => ({ table: 'history_articles', id: a.id, label: `《${a.title}》`, date: a.date, detail: `作者${a.author}` });
    const volumeOf = new Map(volumes.map((v) => [v.id, v]));
    return [
      { key: 'history.received', value: countValue(received.length), records: received.map(ref) },
      { key: 'history.used', value: countValue(used.length), records: used.map(ref) },
      { key: 'history.volumes', value: countValue(volumes.length), records: volumes.map((v) => ({ table: 'history_volumes', id: v.id, label: `第${v.number}辑 ${v.title}`, date: v.date, detail: `${v.articles}篇` })) },
      {
        key: 'history.published',
        value: countValue(published.length),
        records: published.map((a) => ({ table: 'history_articles', id: a.id, label: `《${a.title}》`, date: volumeOf.get(a.volumeId)?.date ?? null, detail: `作者${a.author}；第${volumeOf.get(a.volumeId)?.number}辑` })),
      },
    ];
  },
};
