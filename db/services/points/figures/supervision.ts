import { countValue } from '../../../../shared/domain/points/figures';
import type { FigureSource } from './index';

/** 民主监督: activities, letters 送达 in the year with their items, and items whose 整改 was completed. */
export const supervisionFigures: FigureSource = {
  module: '民主监督',
  load(ctx, from, to) {
    const db = ctx.app.sqlite;
    const activities = db
      .prepare(
        `select a.id, a.date, a.form, t.title, g.name groupName, (select count(*) from supervision_activity_members m where m.activity_id = a.id) members
         from supervision_activities a join supervision_groups g on g.id = a.group_id join supervision_topics t on t.id = g.topic_id
         where a.voided_at is null and g.voided_at is null and t.voided_at is null and a.date between ? and ? order by a.date, a.id`,
      )
      .all(from, to) as { id: number; date: string; form: string; title: string; groupName: string; members: number }[];
    const letters = db
      .prepare(
        `select l.id, l.title, l.doc_number docNumber, l.served_date date, u.name unit, (select count(*) from supervision_items i where i.letter_id = l.id and i.voided_at is null) items
         from supervision_letters l join units u on u.id = l.main_unit_id
         where l.voided_at is null and l.status != '已作废' and l.served_date between ? and ? order by l.served_date, l.id`,
      )
      .all(from, to) as { id: number; title: string; docNumber: string | null; date: string; unit: string; items: number }[];
    const items = db
      .prepare(
        `select i.id, i.seq, i.title, i.letter_id letterId, l.title letter, l.doc_number docNumber, l.served_date date from supervision_items i join supervision_letters l on l.id = i.letter_id
         where i.voided_at is null and l.voided_at is null and l.status != '已作废' and l.served_date between ? and ? order by l.served_date, l.id, i.seq`,
      )
      .all(from, to) as { id: number; seq: number; title: string; letterId: number; letter: string; docNumber: string | null; date: string }[];
    const rectified = db
      .prepare(
        `select * from (select i.id, i.seq, i.title, i.letter_id letterId, l.title letter, l.doc_number docNumber, coalesce(i.completion_date, i.feedback_date) date
           from supervision_items i join supervision_letters l on l.id = i.letter_id
           where i.voided_at is null and l.voided_at is null and l.status != '已作废' and i.progress = '已完成') x where x.date between ? and ? order by x.date, x.id`,
      )
      .all(from, to) as { id: number; seq: number; title: string; letterId: number; letter: string; docNumber: string | null; date: string }[];
    const itemRef = (i: { id: number; seq: number; title: string; letterId: number; letter: string; docNumber: string | null; date: string }) => ({
      table: 'supervision_items',
      id: i.id,
      label: `${i.docNumber ?? i.letter} 第${i.seq}条${i.title ? ` ${i.title}` : ''}`,
      date: i.date,
      detail: i.letter,
      opens: { table: 'supervision_letters', id: i.letterId },
    });
    return [
      { key: 'supervision.activities', value: countValue(activities.length), records: activities.map((a) => ({ table: 'supervision_activities', id: a.id, label: a.title, date: a.date, detail: `${a.groupName}；${a.form}；委员${a.members}人` })) },
      { key: 'supervision.letters', value: countValue(letters.length), records: letters.map((l) => ({ table: 'supervision_letters', id: l.id, label: `${l.docNumber ? `${l.docNumber} ` : ''}${l.title}`, date: l.date, detail: `${l.unit}；${l.items}条` })) },
      { key: 'supervision.items', value: countValue(items.length), records: items.map(itemRef) },
      { key: 'supervision.rectified', value: countValue(rectified.length), records: rectified.map(itemRef) },
    ];
  },
};
