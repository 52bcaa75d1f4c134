import type { Fact } from '../../../../shared/domain/points/kinds';
import type { FactSource } from './index';

type Row = { id: number; memberId: number; date: string; code: string | null; title: string };
const label = (r: Row, role: string) => `${r.code ? `提案${r.code} ` : ''}${r.title}（${role}）`;

/**
 * 提案 (proposals module): a 立案 proposal counts for its 领衔 (or individual) member on the 立案
 * date, and for each 附议 member who confirmed; 重点提案 and 优秀提案 count for the 领衔 member on
 * the date the proposal was so designated (the latest such step in its timeline).
 * 立案提案（全体提案人）: one fact per proposer of a 立案 proposal, 领衔 first then the confirmed 附议
 * members in their order, each with the number of proposers, for rules that share one proposal's
 * points (均分 / 第一作者全分其余按比例) instead of scoring 领衔 and 附议 apart.
 */
export const proposalFacts: FactSource = {
  module: '提案',
  kinds: ['proposal.filed.lead', 'proposal.filed.cosign', 'proposal.filed', 'proposal.key', 'proposal.excellent'],
  load(ctx, from, to) {
    const db = ctx.app.sqlite;
    const filed = `p.voided_at is null and p.status != '已作废' and p.filed_date is not null`;
    const leads = db
      .prepare(`select p.id, p.lead_member_id memberId, p.filed_date date, p.code, p.title from proposals p where ${filed} and p.lead_member_id is not null and p.filed_date between ? and ?`)
      .all(from, to) as Row[];
    const cosigns = db
      .prepare(
        `select p.id, c.member_id memberId, p.filed_date date, p.code, p.title from proposal_cosigners c join proposals p on p.id = c.proposal_id
         where ${filed} and c.voided_at is null and c.state = '已确认' and c.member_id is not null and p.filed_date between ? and ?
         order by p.id, c.sort, c.id`,
      )
      .all(from, to) as Row[];
    const flagged = (flag: string, action: string) =>
      db
        .prepare(
          `select * from (select p.id, p.lead_member_id memberId, p.code, p.title,
             (select max(e.date) from proposal_events e where e.proposal_id = p.id and e.action = ? and e.voided_at is null) date
           from proposals p where ${filed} and p.${flag} = 1 and p.lead_member_id is not null) where date between ? and ?`,
        )
        .all(action, from, to) as Row[];
    const facts: Fact[] = [];
    const add = (rows: Row[], kind: Fact['kind'], role: string) => rows.forEach((r) => facts.push({ memberId: r.memberId, kind, date: r.date, sourceTable: 'proposals', sourceId: r.id, label: label(r, role) }));
    add(leads, 'proposal.filed.lead', '立案，领衔');
    add(cosigns, 'proposal.filed.cosign', '立案，附议');
    const leadRows = new Set(leads);
    const proposers = new Map<number, Row[]>();
    for (const r of [...leads, ...cosigns]) proposers.set(r.id, [...(proposers.get(r.id) ?? []), r]);
    for (const rows of proposers.values())
      rows.forEach((r, authorIndex) =>
        facts.push({ memberId: r.memberId, kind: 'proposal.filed', date: r.date, sourceTable: 'proposals', sourceId: r.id, authors: rows.length, authorIndex, label: label(r, rows.length === 1 ? '立案' : `立案，${leadRows.has(r) ? '领衔' : '附议'}，共${rows.length}名提案人`) }),
      );
    add(flagged('is_key', '确定为重点提案'), 'proposal.key', '重点提案');
    add(flagged('is_excellent', '评为优秀提案'), 'proposal.excellent', '优秀提案');
    return facts;
  },
};
