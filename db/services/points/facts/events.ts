import type { AttendanceStatus, EventKind, Fact, FactKind } from '../../../../shared/domain/points/kinds';
import type { FactSource } from './index';

const kindOf: Record<EventKind, Record<AttendanceStatus, FactKind>> = {
  会议: { 出席: 'meeting.attended', 请假: 'meeting.leave', 缺席: 'meeting.absent' },
  活动: { 出席: 'activity.attended', 请假: 'activity.leave', 缺席: 'activity.absent' },
};

/** 活动 / 会议 attendance (this module's own records): one fact per 考勤 row, plus one per 发言. */
export const eventFacts: FactSource = {
  module: '活动会议',
  kinds: ['meeting.attended', 'meeting.leave', 'meeting.absent', 'activity.attended', 'activity.leave', 'activity.absent', 'speech'],
  load(ctx, from, to) {
    const rows = ctx.app.sqlite
      .prepare(
        `select a.member_id memberId, a.status, a.spoke, e.id, e.kind, e.type, e.title, e.date
         from points_attendance a join points_events e on e.id = a.event_id
         where e.voided_at is null and e.date between ? and ?`,
      )
      .all(from, to) as { memberId: number; status: AttendanceStatus; spoke: number; id: number; kind: EventKind; type: string; title: string; date: string }[];
    const facts: Fact[] = [];
    for (const r of rows) {
      const base = { memberId: r.memberId, date: r.date, tag: r.type, sourceTable: 'points_events', sourceId: r.id };
      facts.push({ ...base, kind: kindOf[r.kind][r.status], label: `${r.title}（${r.type}，${r.status}）` });
      if (r.spoke && r.status === '出席') facts.push({ ...base, kind: 'speech', label: `${r.title}（${r.type}，发言）` });
    }
    return facts;
  },
};
