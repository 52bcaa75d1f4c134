import { countValue } from '../../../../shared/domain/points/figures';
import type { FigureSource } from './index';

type Row = { id: number; title: string; date: string; detail: string };

/**
 * 社情民意 with the opinions module's own statistics definitions (shared/domain/opinion/statistics):
 * 收到 = 报送 in the year; 采用 = a 县级采用 dated in the year; 报送上级 = sent up at least once in
 * the year; 批示 = at least one 批示 in the year (件数).
 */
export const opinionFigures: FigureSource = {
  module: '社情民意',
  load(ctx, from, to) {
    const db = ctx.app.sqlite;
    const q = (sql: string) => db.prepare(sql).all(from, to) as Row[];
    const received = q(
      `select r.id, r.title, substr(r.submitted_at, 1, 10) date, r.author_kind || '；' || r.status detail from opinion_reports r
       where r.voided_at is null and r.submitted_at is not null and substr(r.submitted_at, 1, 10) between ? and ? order by r.submitted_at, r.id`,
    );
    const firstOf = (table: string, extra: string, detail: string) =>
      q(
        `select r.id, r.title, min(x.date) date, ${detail} detail from ${table} x join opinion_reports r on r.id = x.report_id
         where x.voided_at is null and r.voided_at is null ${extra} and x.date between ? and ? group by r.id order by min(x.date), r.id`,
      );
    const adopted = firstOf('opinion_adoptions', "and x.level = '县'", "'县级采用'");
    const sentUp = firstOf('opinion_send_ups', '', "group_concat(x.level || '级', '、')");
    const instructed = firstOf('opinion_instructions', '', "group_concat(x.leader || '（' || x.level || '）', '、')");
    const ref = (r: Row) => ({ table: 'opinion_reports', id: r.id, label: r.title, date: r.date, detail: r.detail });
    return [
      { key: 'opinions.received', value: countValue(received.length), records: received.map(ref) },
      { key: 'opinions.adopted', value: countValue(adopted.length), records: adopted.map(ref) },
      { key: 'opinions.sentUp', value: countValue(sentUp.length), records: sentUp.map(ref) },
      { key: 'opinions.instructed', value: countValue(instructed.length), records: instructed.map(ref) },
    ];
  },
};
