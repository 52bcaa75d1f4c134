import { stmt } from './store';
import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { ProposalStatistics } from '../../../shared/contract/proposals';
import { filingBy, proposalSummary, reportParagraph, unitStatistics, type ProposalFact, type UnitAssignmentFact } from '../../../shared/domain/proposal/statistics';
import type { AssignMode, FeedbackResult, ProposalStatus, ProposerKind, ReplyClass, UnitRole } from '../../../shared/domain/proposal/status';
import type { ServiceContext } from '../context';

/** The facts statistics.ts needs, read in two queries for a whole 届, one 会次 or the 平时 proposals. */
export function proposalFacts(ctx: ServiceContext, scope: { termId: number; meetingId?: number | null }): ProposalFact[] {
  const where = ['p.term_id = ?', 'p.voided_at is null'];
  const params: unknown[] = [scope.termId];
  if (scope.meetingId === null) where.push('p.meeting_id is null');
  else if (scope.meetingId !== undefined) {
    where.push('p.meeting_id = ?');
    params.push(scope.meetingId);
  }
  const rows = stmt(ctx, `select p.id, p.kind, c.label category, s.name sector, pa.name party, p.status, p.mode, p.due_date dueDate, p.answered_date answeredDate,
        p.reply_class replyClass, p.feedback, p.is_key isKey, p.converted_to convertedTo
       from proposals p join dict_items c on c.id = p.category_id left join sectors s on s.id = p.sector_id left join parties pa on pa.id = p.party_id
       where ${where.join(' and ')}`,
    )
    .all(...params) as {
    id: number;
    kind: ProposerKind;
    category: string;
    sector: string | null;
    party: string | null;
    status: ProposalStatus;
    mode: AssignMode | null;
    dueDate: string | null;
    answeredDate: string | null;
    replyClass: ReplyClass | null;
    feedback: FeedbackResult | null;
    isKey: number;
    convertedTo: '社情民意' | '委员来信' | null;
  }[];
  const unitRows = stmt(ctx, `select pu.proposal_id pid, u.name unit, pu.role,
        case when p.mode = '分办' and pu.role = '协办' then
          (select min(r.reply_date) from proposal_replies r where r.proposal_id = pu.proposal_id and r.unit_id = pu.unit_id and r.voided_at is null) end answered
       from proposal_units pu join proposals p on p.id = pu.proposal_id join units u on u.id = pu.unit_id
       where ${where.join(' and ')} and pu.ended_date is null and pu.voided_at is null order by pu.proposal_id, pu.sort`,
    )
    .all(...params) as { pid: number; unit: string; role: UnitRole; answered: string | null }[];
  const byProposal = new Map<number, UnitAssignmentFact[]>();
  for (const u of unitRows) {
    const list = byProposal.get(u.pid) ?? [];
    list.push(u.answered ? { unit: u.unit, role: u.role, answeredDate: u.answered } : { unit: u.unit, role: u.role });
    byProposal.set(u.pid, list);
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    category: r.category,
    sector: r.sector,
    party: r.party,
    status: r.status,
    mode: r.mode,
    units: byProposal.get(r.id) ?? [],
    dueDate: r.dueDate,
    answeredDate: r.answeredDate,
    replyClass: r.replyClass,
    feedback: r.feedback,
    key: !!r.isKey,
    convertedTo: r.convertedTo,
  }));
}

function names(ctx: ServiceContext, sqlText: string): string[] {
  return (stmt(ctx, sqlText).all() as { name: string }[]).map((r) => r.name);
}

export function proposalStatistics(ctx: ServiceContext, input: MethodParsedInput<'proposal.statistics'>): ProposalStatistics {
  const term = stmt(ctx, 'select name from terms where id = ?').get(input.termId) as { name: string } | undefined;
  if (!term) throw new ApiError('NOT_FOUND', '届次不存在。');
  let scopeName = `${term.name}`;
  let scope = '本届以来';
  let sessionName = '';
  if (input.meetingId === null) {
    scopeName += '平时提案';
    scope = '闭会期间';
    sessionName = '平时';
  } else if (input.meetingId !== undefined) {
    const meeting = stmt(ctx, 'select name from meetings where id = ? and term_id = ?').get(input.meetingId, input.termId) as { name: string } | undefined;
    if (!meeting) throw new ApiError('NOT_FOUND', '会次不存在或不属于该届次。');
    scopeName += meeting.name;
    scope = `${term.name}${meeting.name}期间`;
    sessionName = meeting.name;
  }
  const facts = proposalFacts(ctx, input);
  const categoryOrder = names(ctx, "select label name from dict_items where dict = 'proposalCategory' and voided_at is null order by sort, id");
  return {
    scopeName,
    termName: term.name,
    sessionName,
    summary: proposalSummary(facts),
    byKind: filingBy(facts, 'kind'),
    byCategory: filingBy(facts, 'category', categoryOrder),
    bySector: filingBy(facts, 'sector', names(ctx, 'select name from sectors where voided_at is null order by sort, id')).filter((r) => r.received > 0),
    byParty: filingBy(facts, 'party', names(ctx, 'select name from parties where voided_at is null order by sort, id')).filter((r) => r.received > 0),
    units: unitStatistics(facts),
    paragraph: reportParagraph(facts, { scope, asOf: input.asOf ?? null, categoryOrder }),
  };
}
