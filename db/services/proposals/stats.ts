import { stmt } from './store';
import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { ProposalStatistics } from '../../../shared/contract/proposals';
import { filingBy, proposalSummary, reportParagraph, unitStatistics, type ProposalFact, type UnitAssignmentFact } from '../../../shared/domain/proposal/statistics';
import { filedStatuses, type FeedbackResult, type ProposalStatus, type ProposerKind, type ReplyClass, type UnitRole } from '../../../shared/domain/proposal/status';
import type { ServiceContext } from '../context';
import { excellentUnitRows } from './excellentUnits';

/** The facts statistics.ts needs, read in two queries for a whole 届, one 会次 or the 平时 proposals. */
export function proposalFacts(ctx: ServiceContext, scope: { termId: number; meetingId?: number | null }): ProposalFact[] {
  const where = ['p.term_id = ?', 'p.voided_at is null'];
  const params: unknown[] = [scope.termId];
  if (scope.meetingId === null) where.push('p.meeting_id is null');
  else if (scope.meetingId !== undefined) {
    where.push('p.meeting_id = ?');
    params.push(scope.meetingId);
  }
  const cond = where.join(' and ');
  // Names by id in JS: a 届 has thousands of proposals and a few dozen categories, sectors, parties, units.
  const nameMap = (sql: string) => new Map((stmt(ctx, sql).raw(true).all() as [number, string][]).map(([id, name]) => [id, name]));
  const categories = nameMap("select id, label from dict_items where dict = 'proposalCategory'");
  const sectorNames = nameMap('select id, name from sectors');
  const partyNames = nameMap('select id, name from parties');
  const unitNames = nameMap('select id, name from units');
  const rows = stmt(ctx, `select p.id, p.kind, p.category_id, p.sector_id, p.party_id, p.status, p.due_date, p.answered_date, p.reply_class, p.feedback, p.is_key, p.converted_to from proposals p where ${cond}`)
    .raw(true)
    .all(...params) as [number, ProposerKind, number, number | null, number | null, ProposalStatus, string | null, string | null, ReplyClass | null, FeedbackResult | null, number, '社情民意' | '委员来信' | null][];
  // 分办: a 协办 unit answers on its own; its first answer date counts for it (looked up for those rows only).
  // In 交办 order: units with equal counts keep the order they were first handed work in.
  const unitRows = stmt(
    ctx,
    `select pu.proposal_id, pu.unit_id, pu.role,
       case when p.mode = '分办' and pu.role = '协办' then
         (select min(r.reply_date) from proposal_replies r where r.proposal_id = pu.proposal_id and r.unit_id = pu.unit_id and r.voided_at is null) end
     from proposals p join proposal_units pu on pu.proposal_id = p.id where ${cond} and pu.ended_date is null and pu.voided_at is null order by pu.proposal_id, pu.sort`,
  )
    .raw(true)
    .all(...params) as [number, number, UnitRole, string | null][];
  const byProposal = new Map<number, UnitAssignmentFact[]>();
  for (const [pid, unitId, role, answered] of unitRows) {
    const list = byProposal.get(pid) ?? [];
    const unit = unitNames.get(unitId) ?? String(unitId);
    list.push(answered ? { unit, role, answeredDate: answered } : { unit, role });
    byProposal.set(pid, list);
  }
  const filed = new Set<string>(filedStatuses);
  return rows.map(([id, kind, categoryId, sectorId, partyId, status, dueDate, answeredDate, replyClass, feedback, isKey, convertedTo]) => ({
    id,
    filed: filed.has(status),
    kind,
    category: categories.get(categoryId) ?? '',
    sector: sectorId === null ? null : (sectorNames.get(sectorId) ?? null),
    party: partyId === null ? null : (partyNames.get(partyId) ?? null),
    status,
    units: byProposal.get(id) ?? [],
    dueDate,
    answeredDate,
    replyClass,
    feedback,
    key: !!isKey,
    convertedTo,
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
  const excellentUnits = excellentUnitRows(ctx, { termId: input.termId, meetingId: input.meetingId, includeVoided: false });
  const excellent = new Set(excellentUnits.map((x) => x.unitName));
  return {
    scopeName,
    termName: term.name,
    sessionName,
    summary: proposalSummary(facts),
    byKind: filingBy(facts, 'kind'),
    byCategory: filingBy(facts, 'category', categoryOrder),
    bySector: filingBy(facts, 'sector', names(ctx, 'select name from sectors where voided_at is null order by sort, id')).filter((r) => r.received > 0),
    byParty: filingBy(facts, 'party', names(ctx, 'select name from parties where voided_at is null order by sort, id')).filter((r) => r.received > 0),
    units: unitStatistics(facts).map((u) => ({ ...u, excellent: excellent.has(u.unit) })),
    excellentUnits,
    paragraph: reportParagraph(facts, { scope, asOf: input.asOf ?? null, categoryOrder }),
  };
}
