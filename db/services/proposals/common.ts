import { ApiError, conflictMessage } from '../../../shared/contract';
import { defaultProposalSettings, proposalSettings, type ProposalSettings } from '../../../shared/contract/proposals';
import { transition, type ProposalAction, type ProposalContext, type SigningUnit, type TransitionPayload } from '../../../shared/domain/proposal/machine';
import { formatProposalCode, formatProposalNumber, type NumberSeries } from '../../../shared/domain/proposal/numbering';
import type { ProposalStatus, ProposerKind } from '../../../shared/domain/proposal/status';
import type { HolidayEntry } from '../../../shared/domain/workdays';
import type { ServiceContext } from '../context';
import { getProposal, stmt, updateProposal, type ProposalPatch, type ProposalRow } from './store';

export { getProposal, type ProposalPatch, type ProposalRow };
export const what = '提案';

/** Today's date on this PC (the office's calendar day), ISO. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function loadCalendar(ctx: ServiceContext): HolidayEntry[] {
  return stmt(ctx, 'select date, kind, name from holidays where voided_at is null').all() as HolidayEntry[];
}

export const settingsKey = 'proposal.settings';
export function loadSettings(ctx: ServiceContext): ProposalSettings {
  const row = stmt(ctx, 'select value from settings where key = ?').get(settingsKey) as { value: string } | undefined;
  return proposalSettings.parse({ ...defaultProposalSettings, ...(row ? (JSON.parse(row.value) as Partial<ProposalSettings>) : {}) });
}


export function assertVersion(row: { version: number }, version: number) {
  if (row.version !== version) throw new ApiError('CONFLICT', conflictMessage);
}

export function labelOf(row: Pick<ProposalRow, 'code' | 'title' | 'series' | 'serial' | 'meetingId'>): string {
  return row.serial && row.series ? `${numberText(row) ?? ''} ${row.title}` : `“${row.title}”`;
}

export function numberText(row: Pick<ProposalRow, 'series' | 'serial' | 'meetingId'>): string | null {
  if (!row.series || !row.serial) return null;
  return formatProposalNumber({ session: row.meetingId === null ? '平时' : 1, series: row.series as NumberSeries, serial: row.serial });
}

export function codeOf(termNumber: number, meetingNumber: number | null, series: NumberSeries, serial: number): string {
  return formatProposalCode({ term: termNumber, session: meetingNumber ?? '平时', series, serial });
}

/** 张明华等5人 for 联名 (领衔 + 附议), the name otherwise. */
export function proposerText(kind: string, proposerName: string, cosignerNames: string): string {
  if (kind !== '委员联名') return proposerName;
  const n = cosignerNames ? cosignerNames.split('、').filter(Boolean).length : 0;
  return n ? `${proposerName}等${n + 1}人` : proposerName;
}

export function addEvent(
  ctx: ServiceContext,
  e: { proposalId: number; action: string; from?: string | null; to?: string | null; date: string; comment?: string; detail?: Record<string, unknown> | null },
) {
  stmt(ctx, 'insert into proposal_events (proposal_id, action, from_status, to_status, date, actor, comment, detail) values (?, ?, ?, ?, ?, ?, ?, ?)').run(
    e.proposalId,
    e.action,
    e.from ?? null,
    e.to ?? null,
    e.date,
    ctx.actor,
    e.comment ?? '',
    e.detail && Object.keys(e.detail).length ? JSON.stringify(e.detail) : null,
  );
}

/** The current 交办's units with their 签收/申退 state, 主办 first (the machine's SigningUnit). */
export function signingUnitsOf(ctx: ServiceContext, proposalId: number): (SigningUnit & { id: number; unitId: number })[] {
  return (
    stmt(
      ctx,
      `select pu.id, pu.unit_id unitId, u.name unit, pu.role, pu.signed_date is not null signed, (pu.return_date is not null or pu.return_reason is not null) "returning", pu.sign_deadline signDeadline
       from proposal_units pu join units u on u.id = pu.unit_id where pu.proposal_id = ? and pu.ended_date is null and pu.voided_at is null order by pu.role = '协办', pu.sort, pu.id`,
    ).all(proposalId) as (Omit<SigningUnit, 'signed' | 'returning'> & { id: number; unitId: number; signed: number; returning: number })[]
  ).map((u) => ({ ...u, signed: !!u.signed, returning: !!u.returning }));
}

/** What the machine's guards need to know about the stored proposal. */
export function machineContext(ctx: ServiceContext, row: ProposalRow, today: string, settings = loadSettings(ctx)): ProposalContext {
  const cosigners = row.kind === '委员联名' ? stmt(ctx, 'select name, state from proposal_cosigners where proposal_id = ? and voided_at is null order by sort, id').all(row.id) : [];
  return {
    units: signingUnitsOf(ctx, row.id),
    kind: row.kind as ProposerKind,
    cosigners: cosigners as ProposalContext['cosigners'],
    cosignDeadline: row.cosignDeadline,
    today,
    convertedTo: row.convertedTo as ProposalContext['convertedTo'],
    round: row.round,
    maxRounds: settings.maxRounds,
  };
}

export interface StepOptions {
  date: string;
  comment?: string;
  /** Extra columns to set with the new status. */
  patch?: (to: ProposalStatus) => ProposalPatch;
  detail?: Record<string, unknown>;
  /** Event label when it differs from the action (e.g. 征询意见：不满意). */
  eventAction?: string;
}

/**
 * One lifecycle step: the machine decides the next status (or refuses with TRANSITION), the row
 * is saved over exactly the version the user saw (or CONFLICT), and the timeline gets the event.
 */
export function step(ctx: ServiceContext, row: ProposalRow, version: number, action: ProposalAction, payload: TransitionPayload, options: StepOptions): ProposalRow {
  assertVersion(row, version);
  const to = transition(row.status as ProposalStatus, action, payload, machineContext(ctx, row, options.date));
  const patch: ProposalPatch = { ...options.patch?.(to), status: to };
  const after = updateProposal(ctx, row.id, version, patch, (r) => `${options.eventAction ?? action}：${labelOf(r)}`);
  addEvent(ctx, { proposalId: row.id, action: options.eventAction ?? action, from: row.status, to, date: options.date, comment: options.comment, detail: options.detail });
  return after;
}

/** A record change that is not a status step (重点, 督办, 附议确认 …): version check, save, event. */
export function touch(ctx: ServiceContext, row: ProposalRow, version: number, action: string, patch: ProposalPatch, event: { date: string; comment?: string; detail?: Record<string, unknown> }): ProposalRow {
  assertVersion(row, version);
  const after = updateProposal(ctx, row.id, version, patch, (r) => `${action}：${labelOf(r)}`);
  addEvent(ctx, { proposalId: row.id, action, from: row.status, to: row.status, ...event });
  return after;
}
