import { countValue, rateValue } from '../../../../shared/domain/points/figures';
import { isAnswered, isFiled, isReceived, proposalSummary, type ProposalFact } from '../../../../shared/domain/proposal/statistics';
import type { FeedbackResult, ProposalStatus, ProposerKind, ReplyClass } from '../../../../shared/domain/proposal/status';
import type { FigureSource } from './index';

type Row = { id: number; code: string | null; title: string; proposer: string; kind: ProposerKind; status: ProposalStatus; submitted: string; answeredDate: string | null; replyClass: ReplyClass | null; feedback: FeedbackResult | null };

/**
 * 提案 of the year: those submitted in it (imported history without a submission date by its 立案
 * date). 立案, 办复 and 满意 follow the proposal statistics' own definitions (shared/domain/proposal/statistics).
 */
export const proposalFigures: FigureSource = {
  module: '提案',
  load(ctx, from, to) {
    const rows = ctx.app.sqlite
      .prepare(
        `select * from (select p.id, p.code, p.title, p.proposer_name proposer, p.kind, p.status, coalesce(p.submitted_date, p.filed_date) submitted,
           p.answered_date answeredDate, p.reply_class replyClass, p.feedback
         from proposals p where p.voided_at is null) x where x.submitted between ? and ? order by x.submitted, x.id`,
      )
      .all(from, to) as Row[];
    const facts: (ProposalFact & { row: Row })[] = rows.map((r) => ({ id: r.id, kind: r.kind, category: '', status: r.status, answeredDate: r.answeredDate, replyClass: r.replyClass, feedback: r.feedback, row: r }));
    const s = proposalSummary(facts);
    const ref = (f: { row: Row }) => ({
      table: 'proposals',
      id: f.row.id,
      label: `${f.row.code ? `${f.row.code} ` : ''}${f.row.title}`,
      date: f.row.submitted,
      detail: `${f.row.proposer}；${f.row.status}${f.row.replyClass ? `；${f.row.replyClass}类` : ''}${f.row.feedback ? `；${f.row.feedback}` : ''}`,
    });
    const received = facts.filter(isReceived);
    const filed = received.filter(isFiled);
    const answered = filed.filter(isAnswered);
    const satisfied = answered.filter((f) => f.feedback === '满意' || f.feedback === '基本满意');
    return [
      { key: 'proposals.received', value: countValue(s.received), records: received.map(ref) },
      { key: 'proposals.filed', value: countValue(s.filed), records: filed.map(ref) },
      { key: 'proposals.filingRate', value: rateValue(s.filed, s.received), records: filed.map(ref) },
      { key: 'proposals.answered', value: countValue(s.answered), records: answered.map(ref) },
      { key: 'proposals.answerRate', value: rateValue(s.answered, s.filed), records: answered.map(ref) },
      { key: 'proposals.satisfactionRate', value: rateValue(s.feedback.满意 + s.feedback.基本满意, s.feedback.returned), records: satisfied.map(ref) },
    ];
  },
};
