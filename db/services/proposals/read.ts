import { stmt } from './store';
import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { EventRecord, FollowupRecord, ProposalBookRow, ProposalListRow, ProposalRecord, ReplyRecord, UnitAssignment } from '../../../shared/contract/proposals';
import { availableActions } from '../../../shared/domain/proposal/machine';
import { isOverdue, maxReplyDueDate } from '../../../shared/domain/proposal/deadlines';
import { awaitingReplyStatuses, signingStatuses, type ProposalStatus } from '../../../shared/domain/proposal/status';
import { planSearch } from '../../search';
import type { ServiceContext } from '../context';
import { getProposal, loadCalendar, loadSettings, machineContext, numberText, proposerText, todayIso } from './common';

type Filter = MethodParsedInput<'proposal.book'> | MethodParsedInput<'proposal.list'>;

const awaitingSql = awaitingReplyStatuses.map((s) => `'${s}'`).join(',');
/** Statuses in which units may still 签收 or 申退 (the machine's 签收 rows). */
const signingSql = signingStatuses.map((s) => `'${s}'`).join(',');

/** The WHERE clause of every proposal list (list page, export, book, documents). */
export function filterSql(input: Omit<Filter, 'limit' | 'page' | 'pageSize' | 'sortBy' | 'sortOrder'>): { where: string; params: unknown[]; today: string } {
  const where: string[] = [];
  const params: unknown[] = [];
  const today = input.today ?? todayIso();
  if (!input.includeVoided) where.push('p.voided_at is null');
  if (input.termId) {
    where.push('p.term_id = ?');
    params.push(input.termId);
  }
  if (input.meetingId === null) where.push('p.meeting_id is null');
  else if (input.meetingId !== undefined) {
    where.push('p.meeting_id = ?');
    params.push(input.meetingId);
  }
  if (input.statuses?.length) {
    where.push(`p.status in (${input.statuses.map(() => '?').join(',')})`);
    params.push(...input.statuses);
  }
  for (const [column, value] of [
    ['p.category_id', input.categoryId],
    ['p.kind', input.kind],
    ['p.sector_id', input.sectorId],
    ['p.party_id', input.partyId],
  ] as const) {
    if (value !== undefined) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  if (input.unitId) {
    // Within a 届, probe the (covering) unit index per proposal; across 届, start from the unit's entries.
    const units = `from proposal_units pu where pu.unit_id = ? and pu.ended_date is null and pu.voided_at is null${input.unitRole ? ' and pu.role = ?' : ''}`;
    where.push(input.termId ? `exists (select 1 ${units} and pu.proposal_id = p.id)` : `p.id in (select pu.proposal_id ${units})`);
    params.push(input.unitId, ...(input.unitRole ? [input.unitRole] : []));
  }
  if (input.isKey !== undefined) {
    where.push('p.is_key = ?');
    params.push(input.isKey ? 1 : 0);
  }
  if (input.isExcellent !== undefined) {
    where.push('p.is_excellent = ?');
    params.push(input.isExcellent ? 1 : 0);
  }
  if (input.overdue !== undefined) {
    const overdue = `(p.status in (${awaitingSql}) and coalesce(p.redo_due_date, p.due_date) < ?)`;
    where.push(input.overdue ? overdue : `not ${overdue}`);
    params.push(today);
  }
  if (input.signPending !== undefined || input.signOverdue) {
    // a current unit that has neither signed nor applied to return, (past its deadline)
    const late = input.signOverdue ? ' and pu.sign_deadline < ?' : '';
    const pending = `(p.status in (${signingSql}) and exists (select 1 from proposal_units pu where pu.proposal_id = p.id and pu.ended_date is null and pu.voided_at is null
      and pu.signed_date is null and pu.return_date is null${late}))`;
    where.push(input.signPending === false ? `not ${pending}` : pending);
    if (input.signOverdue) params.push(today);
  }
  if (input.followUpDue) {
    where.push('p.follow_up_date is not null and p.follow_up_done_date is null and p.follow_up_date <= ?');
    params.push(today);
  }
  if (input.memberId) {
    where.push('(p.lead_member_id = ? or exists (select 1 from proposal_cosigners pc where pc.proposal_id = p.id and pc.member_id = ? and pc.voided_at is null))');
    params.push(input.memberId, input.memberId);
  }
  if (input.search) {
    const plan = planSearch(input.search);
    if (plan?.trigram) {
      where.push('p.id in (select rowid from proposals_fts where proposals_fts match ?)');
      params.push(plan.trigram);
    }
    if (plan?.bigram) {
      where.push('p.id in (select rowid from proposals_bigram where proposals_bigram match ?)');
      params.push(plan.bigram);
    }
  }
  return { where: where.length ? `where ${where.join(' and ')}` : '', params, today };
}

const listColumns = `p.id, p.version, p.code, p.series, p.serial, p.term_id, t.name term_name, t.number term_number, p.meeting_id, m.name meeting_name,
  m.number meeting_number, p.kind, p.proposer_name, p.cosigner_names, p.title, p.category_id, c.label category_name, s.name sector_name,
  pa.name party_name, p.status, p.submitted_date, p.mode, p.assigned_date, p.due_date, p.redo_due_date, p.answered_date, p.reply_class,
  p.feedback, p.is_key, p.key_leader, p.is_excellent, p.follow_up_date, p.suggested_units, p.voided_at`;
const listJoins = `from proposals p join terms t on t.id = p.term_id left join meetings m on m.id = p.meeting_id
  join dict_items c on c.id = p.category_id left join sectors s on s.id = p.sector_id left join parties pa on pa.id = p.party_id`;

type ListSqlRow = {
  id: number;
  version: number;
  code: string | null;
  series: string | null;
  serial: number | null;
  term_id: number;
  term_name: string;
  term_number: number;
  meeting_id: number | null;
  meeting_name: string | null;
  meeting_number: number | null;
  kind: ProposalListRow['kind'];
  proposer_name: string;
  cosigner_names: string;
  title: string;
  category_id: number;
  category_name: string;
  sector_name: string | null;
  party_name: string | null;
  status: ProposalStatus;
  submitted_date: string | null;
  mode: string | null;
  assigned_date: string | null;
  due_date: string | null;
  redo_due_date: string | null;
  answered_date: string | null;
  reply_class: string | null;
  feedback: string | null;
  is_key: number;
  key_leader: string;
  is_excellent: number;
  follow_up_date: string | null;
  suggested_units: string;
  voided_at: string | null;
};

const orderBy: Record<string, string> = {
  number: `t.number {dir}, (p.meeting_id is null) {dir}, m.number {dir}, (case p.series when '立案' then 0 when '不予立案' then 1 else 2 end) {dir}, p.serial {dir}, p.id {dir}`,
  submittedDate: 'p.submitted_date {dir}, p.id {dir}',
  dueDate: 'coalesce(p.redo_due_date, p.due_date) {dir}, p.id {dir}',
  updatedAt: 'p.updated_at {dir}, p.id {dir}',
};

/** A unit's 签收 state (the contract's unitSignStates). */
function signState(u: { signedDate: string | null; returnDate: string | null; returnReason: string | null; endedDate: string | null }): UnitAssignment['state'] {
  if (u.endedDate) return '已退回';
  if (u.returnDate || u.returnReason) return '申退中';
  return u.signedDate ? '已签收' : '待签收';
}

/** Current (not ended) 承办单位 of some proposals, 主办 first. */
export function unitsFor(ctx: ServiceContext, ids: number[], includeEnded = false, today = todayIso()): Map<number, UnitAssignment[]> {
  const out = new Map<number, UnitAssignment[]>();
  if (!ids.length) return out;
  const rows: (Omit<UnitAssignment, 'state' | 'signOverdue' | 'active'> & { proposalId: number })[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const part = stmt(ctx, `select pu.id, pu.proposal_id proposalId, pu.unit_id unitId, u.name unitName, u.contact, u.phone, pu.role, pu.assigned_date assignedDate,
          pu.sign_deadline signDeadline, pu.signed_date signedDate, pu.signed_by signedBy, pu.return_date returnDate, pu.return_reason returnReason, pu.ended_date endedDate
         from proposal_units pu join units u on u.id = pu.unit_id
         where pu.proposal_id in (${chunk.map(() => '?').join(',')}) and pu.voided_at is null ${includeEnded ? '' : 'and pu.ended_date is null'}
         order by pu.proposal_id, pu.ended_date is not null, pu.role = '协办', pu.sort, pu.id`,
      )
      .all(...chunk) as (Omit<UnitAssignment, 'state' | 'signOverdue' | 'active'> & { proposalId: number })[];
    rows.push(...part);
  }
  for (const r of rows) {
    const { proposalId, ...unit } = r;
    const list = out.get(proposalId) ?? [];
    const state = signState(unit);
    list.push({ ...unit, active: !unit.endedDate, state, signOverdue: state === '待签收' && !!unit.signDeadline && unit.signDeadline < today });
    out.set(proposalId, list);
  }
  return out;
}

/** 未签收 units and 签收 overdue, while units may still sign. */
function signing(status: ProposalStatus, units: UnitAssignment[]): Pick<ProposalListRow, 'unsignedUnits' | 'signOverdue'> {
  if (!signingStatuses.includes(status)) return { unsignedUnits: [], signOverdue: false };
  const unsigned = units.filter((u) => u.active && u.state === '待签收');
  return { unsignedUnits: unsigned.map((u) => u.unitName), signOverdue: unsigned.some((u) => u.signOverdue) };
}

function toListRow(r: ListSqlRow, units: UnitAssignment[], today: string): ProposalListRow {
  const effectiveDue = r.redo_due_date ?? r.due_date;
  return {
    id: r.id,
    version: r.version,
    code: r.code,
    number: numberText({ series: r.series, serial: r.serial, meetingId: r.meeting_id }),
    termId: r.term_id,
    termName: r.term_name,
    meetingId: r.meeting_id,
    sessionName: r.meeting_name ?? '平时',
    kind: r.kind,
    proposerName: r.proposer_name,
    cosignerNames: r.cosigner_names,
    proposerText: proposerText(r.kind, r.proposer_name, r.cosigner_names),
    title: r.title,
    categoryId: r.category_id,
    categoryName: r.category_name,
    sectorName: r.sector_name,
    partyName: r.party_name,
    status: r.status,
    submittedDate: r.submitted_date,
    mode: r.mode,
    mainUnit: units.find((u) => u.role === '主办')?.unitName ?? null,
    coUnits: units.filter((u) => u.role === '协办').map((u) => u.unitName),
    assignedDate: r.assigned_date,
    dueDate: effectiveDue,
    overdue: isOverdue({ status: r.status, dueDate: effectiveDue }, today),
    ...signing(r.status, units),
    answeredDate: r.answered_date,
    replyClass: r.reply_class,
    feedback: r.feedback,
    isKey: !!r.is_key,
    keyLeader: r.key_leader,
    isExcellent: !!r.is_excellent,
    followUpDate: r.follow_up_date,
    suggestedUnits: r.suggested_units,
    voidedAt: r.voided_at,
  };
}

export function listProposals(ctx: ServiceContext, input: MethodParsedInput<'proposal.list'>): { rows: ProposalListRow[]; total: number } {
  const { where, params, today } = filterSql(input);
  const total = (stmt(ctx, `select count(*) n from proposals p ${where}`).get(...params) as { n: number }).n;
  const order = orderBy[input.sortBy].replaceAll('{dir}', input.sortOrder);
  const rows = stmt(ctx, `select ${listColumns} ${listJoins} ${where} order by ${order} limit ? offset ?`)
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as ListSqlRow[];
  const units = unitsFor(
    ctx,
    rows.map((r) => r.id),
    false,
    today,
  );
  return { rows: rows.map((r) => toListRow(r, units.get(r.id) ?? [], today)), total };
}

export function bookRows(ctx: ServiceContext, input: MethodParsedInput<'proposal.book'>): { rows: ProposalBookRow[]; total: number } {
  const { where, params, today } = filterSql(input);
  const total = (stmt(ctx, `select count(*) n from proposals p ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(ctx, `select ${listColumns}, p.background, p.problems, p.suggestions, p.contact_name, p.contact_phone, p.co_due_date, p.sign_deadline, p.reject_reason
       ${listJoins} ${where} order by ${orderBy.number.replaceAll('{dir}', 'asc')} limit ?`,
    )
    .all(...params, input.limit) as (ListSqlRow & {
    background: string;
    problems: string;
    suggestions: string;
    contact_name: string;
    contact_phone: string;
    co_due_date: string | null;
    sign_deadline: string | null;
    reject_reason: string | null;
  })[];
  const units = unitsFor(
    ctx,
    rows.map((r) => r.id),
    false,
    today,
  );
  return {
    total,
    rows: rows.map((r) => ({
      ...toListRow(r, units.get(r.id) ?? [], today),
      background: r.background,
      problems: r.problems,
      suggestions: r.suggestions,
      contactName: r.contact_name,
      contactPhone: r.contact_phone,
      serial: r.serial,
      series: r.series,
      coDueDate: r.co_due_date,
      signDeadline: r.sign_deadline,
      rejectReason: r.reject_reason,
    })),
  };
}

function link(ctx: ServiceContext, where: string, param: number) {
  return (
    stmt(ctx, `select id, series, serial, meeting_id, title, kind, proposer_name, cosigner_names, status from proposals where ${where} and voided_at is null order by id`).all(param) as {
      id: number;
      series: string | null;
      serial: number | null;
      meeting_id: number | null;
      title: string;
      kind: string;
      proposer_name: string;
      cosigner_names: string;
      status: ProposalStatus;
    }[]
  ).map((r) => ({
    id: r.id,
    number: numberText({ series: r.series, serial: r.serial, meetingId: r.meeting_id }),
    title: r.title,
    proposerText: proposerText(r.kind, r.proposer_name, r.cosigner_names),
    status: r.status,
  }));
}

/** Everything the detail page shows. */
export function proposalDetail(ctx: ServiceContext, id: number, today = todayIso()): ProposalRecord {
  const r = stmt(ctx, `select ${listColumns} ${listJoins} where p.id = ?`).get(id) as ListSqlRow | undefined;
  if (!r) throw new ApiError('NOT_FOUND', '提案不存在。');
  const full = getProposal(ctx, id);
  const allUnits = unitsFor(ctx, [id], true, today).get(id) ?? [];
  const settings = loadSettings(ctx);
  const base = toListRow(
    r,
    allUnits.filter((u) => u.active),
    today,
  );
  const committee = full.committeeId ? (stmt(ctx, 'select name from committees where id = ?').get(full.committeeId) as { name: string } | undefined) : undefined;
  const cosigners = stmt(ctx, `select pc.id, pc.member_id memberId, pc.name, s.name sectorName, pc.state, pc.state_date stateDate
       from proposal_cosigners pc left join members mb on mb.id = pc.member_id left join sectors s on s.id = mb.sector_id
       where pc.proposal_id = ? and pc.voided_at is null order by pc.sort, pc.id`,
    )
    .all(id) as ProposalRecord['cosigners'];
  const replies = stmt(ctx, `select r.id, r.unit_id unitId, u.name unitName, r.role, r.round, r.reply_class replyClass, r.content, r.signer, r.contact_name contactName,
        r.contact_phone contactPhone, r.reply_date replyDate, r.planned_date plannedDate, r.review, r.review_comment reviewComment, r.review_date reviewDate
       from proposal_replies r join units u on u.id = r.unit_id where r.proposal_id = ? and r.voided_at is null order by r.round, r.role = '协办', r.id`,
    )
    .all(id) as ReplyRecord[];
  const events = (
    stmt(ctx, 'select id, action, from_status fromStatus, to_status toStatus, date, created_at at, actor, comment, detail from proposal_events where proposal_id = ? order by id')
      .all(id) as (Omit<EventRecord, 'detail'> & { detail: string | null })[]
  ).map((e) => ({ ...e, detail: e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : null }));
  const followups = stmt(ctx, `select f.id, f.kind, f.date, f.unit_id unitId, u.name unitName, f.person, f.method, f.place, f.content, f.created_at createdAt
       from proposal_followups f left join units u on u.id = f.unit_id where f.proposal_id = ? and f.voided_at is null order by f.date, f.id`,
    )
    .all(id) as FollowupRecord[];
  const mergedInto = full.mergedIntoId ? (link(ctx, 'id = ?', full.mergedIntoId)[0] ?? null) : null;
  const calendar = loadCalendar(ctx);
  return {
    ...base,
    units: allUnits,
    createdAt: full.createdAt,
    updatedAt: full.updatedAt,
    voidReason: full.voidReason,
    leadMemberId: full.leadMemberId,
    partyId: full.partyId,
    sectorId: full.sectorId,
    committeeId: full.committeeId,
    committeeName: committee?.name ?? null,
    meetingNumber: r.meeting_number,
    termNumber: r.term_number,
    background: full.background,
    problems: full.problems,
    suggestions: full.suggestions,
    isPublic: full.isPublic,
    contactName: full.contactName,
    contactPhone: full.contactPhone,
    contactAddress: full.contactAddress,
    note: full.note,
    cosignDeadline: full.cosignDeadline,
    series: full.series,
    serial: full.serial,
    rejectReason: full.rejectReason,
    convertedTo: full.convertedTo,
    convertedOpinionId: full.convertedOpinionId,
    convertedNote: full.convertedNote,
    mergedIntoId: full.mergedIntoId,
    filedDate: full.filedDate,
    firstAssignedDate: full.firstAssignedDate,
    redoDueDate: full.redoDueDate,
    coDueDate: full.coDueDate,
    signDeadline: full.signDeadline,
    signedDate: full.signedDate,
    round: full.round,
    feedbackDate: full.feedbackDate,
    closedDate: full.closedDate,
    archivedDate: full.archivedDate,
    followUpDoneDate: full.followUpDoneDate,
    lastRemindedDate: full.lastRemindedDate,
    excellentNote: full.excellentNote,
    imported: full.imported,
    cosigners,
    replies,
    events,
    followups,
    mergedInto,
    merged: link(ctx, 'merged_into_id = ?', id),
    actions: availableActions(full.status as ProposalStatus, machineContext(ctx, full, today, settings)).map((a) => ({ ...a, needs: [...a.needs] })),
    maxDueDate: full.assignedDate ? maxReplyDueDate(full.assignedDate, calendar, settings) : null,
  };
}
