import type { Fact, PointLevel } from '../../../../shared/domain/points/kinds';
import type { FactSource } from './index';

type Row = { id: number; title: string; memberId: number; authorIndex: number; authors: number; date: string; level: PointLevel | null; detail: string };

/**
 * 社情民意 (opinions module): for each member author of a report (委员个人 / 委员联名): 报送 on the
 * date the office received it, every 采用 (县/市/省/全国) and every 批示 on its own date and level.
 * Each fact carries the report's number of member authors and the author's place in the signing
 * order, so a rule can share a 联名 report's points (各计全分 / 均分 / 第一作者全分其余按比例).
 * Reports by a 界别, 党派团体 or staff count for no member.
 */
export const opinionFacts: FactSource = {
  module: '社情民意',
  kinds: ['opinion.submitted', 'opinion.adopted', 'opinion.instruction'],
  load(ctx, from, to) {
    const db = ctx.app.sqlite;
    const who = 'j.value memberId, j.key authorIndex, json_array_length(r.member_ids) authors';
    const authors = `join json_each(r.member_ids) j where r.voided_at is null and r.author_kind in ('委员个人', '委员联名')`;
    const submitted = db
      .prepare(`select r.id, r.title, ${who}, substr(r.submitted_at, 1, 10) date, null level, '报送' detail from opinion_reports r ${authors} and r.submitted_at is not null and substr(r.submitted_at, 1, 10) between ? and ?`)
      .all(from, to) as Row[];
    const adopted = db
      .prepare(
        `select r.id, r.title, ${who}, a.date, a.level, '采用' detail from opinion_adoptions a join opinion_reports r on r.id = a.report_id ${authors} and a.voided_at is null and a.date between ? and ?`,
      )
      .all(from, to) as Row[];
    const instructed = db
      .prepare(
        `select r.id, r.title, ${who}, i.date, i.level, '批示：' || i.leader detail from opinion_instructions i join opinion_reports r on r.id = i.report_id ${authors} and i.voided_at is null and i.date between ? and ?`,
      )
      .all(from, to) as Row[];
    const level = (l: PointLevel | null) => (l ? `${l === '全国' ? '全国' : `${l}级`}` : '');
    const facts: Fact[] = [];
    const add = (rows: Row[], kind: Fact['kind']) =>
      rows.forEach((r) => facts.push({ memberId: Number(r.memberId), authors: r.authors, authorIndex: r.authorIndex, kind, date: r.date, level: r.level, sourceTable: 'opinion_reports', sourceId: r.id, label: `${r.title}（${level(r.level)}${r.detail}）` }));
    add(submitted, 'opinion.submitted');
    add(adopted, 'opinion.adopted');
    add(instructed, 'opinion.instruction');
    return facts;
  },
};
