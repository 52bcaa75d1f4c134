import { countValue, rateValue } from '../../../../shared/domain/points/figures';
import type { FigureSource } from './index';

type Row = { id: number; kind: string; type: string; title: string; date: string; expected: number; present: number };

/** 活动 / 会议 and their attendance (this module's own records). */
export const eventFigures: FigureSource = {
  module: '活动会议',
  load(ctx, from, to) {
    const rows = ctx.app.sqlite
      .prepare(
        `select e.id, e.kind, e.type, e.title, e.date,
           (select count(*) from points_attendance a where a.event_id = e.id) expected,
           (select count(*) from points_attendance a where a.event_id = e.id and a.status = '出席') present
         from points_events e where e.voided_at is null and e.date between ? and ? order by e.date, e.id`,
      )
      .all(from, to) as Row[];
    const ref = (r: Row) => ({ table: 'points_events', id: r.id, label: r.title, date: r.date, detail: `${r.type}；应到${r.expected}人，出席${r.present}人` });
    const meetings = rows.filter((r) => r.kind === '会议');
    const activities = rows.filter((r) => r.kind === '活动');
    const present = rows.reduce((s, r) => s + r.present, 0);
    const expected = rows.reduce((s, r) => s + r.expected, 0);
    const attended = rows.filter((r) => r.present > 0).map(ref);
    return [
      { key: 'events.meetings', value: countValue(meetings.length), records: meetings.map(ref) },
      { key: 'events.activities', value: countValue(activities.length), records: activities.map(ref) },
      { key: 'events.attendance', value: countValue(present), records: attended },
      { key: 'events.attendanceRate', value: rateValue(present, expected), records: rows.map(ref) },
    ];
  },
};
