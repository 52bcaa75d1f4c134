import type { FactSource } from './index';

/** 民主监督 (supervision module): each member recorded as taking part in a 监督 activity. */
export const supervisionFacts: FactSource = {
  module: '民主监督',
  kinds: ['supervision.activity'],
  load(ctx, from, to) {
    const rows = ctx.app.sqlite
      .prepare(
        `select am.member_id memberId, a.id, a.date, a.form, t.title topic, g.name groupName
         from supervision_activity_members am join supervision_activities a on a.id = am.activity_id
         join supervision_groups g on g.id = a.group_id join supervision_topics t on t.id = g.topic_id
         where a.voided_at is null and g.voided_at is null and t.voided_at is null and a.date between ? and ?`,
      )
      .all(from, to) as { memberId: number; id: number; date: string; form: string; topic: string; groupName: string }[];
    return rows.map((r) => ({ memberId: r.memberId, kind: 'supervision.activity' as const, date: r.date, tag: r.form, sourceTable: 'supervision_activities', sourceId: r.id, label: `${r.topic}（${r.groupName}，${r.form}）` }));
  },
};
