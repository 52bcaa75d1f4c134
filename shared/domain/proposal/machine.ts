/**
 * The 提案 lifecycle as one data table. The UI lists the buttons for a status with
 * availableActions(); the service calls transition() (or checkTransition()) and refuses anything
 * the table does not allow, with the Chinese message as the error.
 *
 * 暂存 ─提交→ 待预审 ─预审通过→ 待审查 ─立案→ 立案 ─交办→ 已交办 ─签收→ 已签收 ─答复→ 已答复
 *   ─答复审核通过→ 待征询 ─征询意见(满意/基本满意)→ 待办结 ─办结→ 已办结 ─归档→ 已归档
 * Side roads: 待预审 ─撤回→ 暂存; 待预审 ─退回修改→ 退回修改 ─提交→ 待预审;
 * 待审查 ─不予立案→ 不予立案 (─转为社情民意/转为委员来信→ itself, the link is recorded once);
 * 待审查 ─并案→ 已并案; 已交办 ─申退→ 申请退回 ─同意申退→ 立案 (re-assign) / ─驳回申退→ 已交办;
 * 签收 and 申退 are per unit (主办 and each 协办, see signingTarget): the proposal is 申请退回 while
 * any unit's 申退 waits for the office, 已签收 once the 主办 has signed, else 已交办; granting a
 * 协办's 申退 ends that unit only (optionally 改交 another unit), granting the 主办's goes back to 立案;
 * 已答复 ─答复退回→ 答复退回 ─答复→ 已答复; 待征询 ─征询意见(不满意)→ 不满意重办 ─答复→ 已答复
 * (second round; a second 不满意 goes to 待办结, see maxRounds); 待征询 ─办结→ 已办结 when the
 * 征询意见表 is not returned; 延期 and 催办 keep the status while the unit is handling;
 * 作废 (with a reason) only before 立案 — once numbered a proposal is never voided.
 *
 * Fields the service sets with a step (not enforced here): 交办 sets 交办日期 and the due date
 * (deadlines.ts); 答复审核通过 sets the accepted answer's date (statistics count it as 已答复);
 * entering 不满意重办 starts round 2.
 */
import { ApiError } from '../../contract/errors';
import { formatChineseDate } from '../chineseDate';
import { compareDates } from '../workdays';
import {
  assignModes,
  feedbackResults,
  proposalStatuses,
  replyClasses,
  signingStatuses,
  type AssignMode,
  type CosignState,
  type FeedbackResult,
  type ProposalStatus,
  type ProposerKind,
  type ReplyClass,
  type UnitRole,
} from './status';

export const proposalActions = [
  '提交',
  '撤回',
  '预审通过',
  '退回修改',
  '立案',
  '不予立案',
  '并案',
  '转为社情民意',
  '转为委员来信',
  '交办',
  '签收',
  '申退',
  '同意申退',
  '驳回申退',
  '延期',
  '催办',
  '答复',
  '答复审核通过',
  '答复退回',
  '征询意见',
  '办结',
  '归档',
  '作废',
] as const;
export type ProposalAction = (typeof proposalActions)[number];

export type Actor = '提案者' | '提案委' | '承办单位';

/** What a step needs in its payload. */
export type PayloadNeed = 'reason' | 'mergeInto' | 'assignment' | 'replyClass' | 'result' | 'newDueDate' | 'unit';

export interface ActionInfo {
  /** Who performs the step (the clerk may record it on their behalf). */
  actor: Actor;
  needs: readonly PayloadNeed[];
  /** The label of the reason field when `needs` has 'reason'. */
  reasonLabel?: string;
  description: string;
}

export const actionInfo: Record<ProposalAction, ActionInfo> = {
  提交: { actor: '提案者', needs: [], description: '提交提案（联名提案须全部附议委员确认）' },
  撤回: { actor: '提案者', needs: [], description: '预审前撤回为草稿' },
  预审通过: { actor: '提案委', needs: [], description: '预审通过，进入审查' },
  退回修改: { actor: '提案委', needs: ['reason'], reasonLabel: '退回原因', description: '退回提案者修改' },
  立案: { actor: '提案委', needs: [], description: '审查立案' },
  不予立案: { actor: '提案委', needs: ['reason'], reasonLabel: '不予立案理由', description: '不予立案并告知提案者' },
  并案: { actor: '提案委', needs: ['mergeInto'], description: '并入另一件提案办理' },
  转为社情民意: { actor: '提案委', needs: [], description: '不予立案的提案转为社情民意信息（双向关联）' },
  转为委员来信: { actor: '提案委', needs: [], description: '不予立案的提案转为委员来信（双向关联）' },
  交办: { actor: '提案委', needs: ['assignment'], description: '交承办单位办理' },
  签收: { actor: '承办单位', needs: ['unit'], description: '承办单位签收（主办、协办单位各自签收）' },
  申退: { actor: '承办单位', needs: ['unit', 'reason'], reasonLabel: '申退理由', description: '承办单位在签收期限内申请退回' },
  同意申退: { actor: '提案委', needs: ['unit'], description: '同意申退，重新交办（协办单位申退可改交其他单位）' },
  驳回申退: { actor: '提案委', needs: ['unit', 'reason'], reasonLabel: '不同意申退的理由', description: '不同意申退，由原单位办理' },
  延期: { actor: '提案委', needs: ['newDueDate'], description: '延长办理期限（自交办之日起最长6个月）' },
  催办: { actor: '提案委', needs: [], description: '催办' },
  答复: { actor: '承办单位', needs: ['replyClass'], description: '提交办理答复' },
  答复审核通过: { actor: '提案委', needs: [], description: '答复审核通过，征询提案者意见' },
  答复退回: { actor: '提案委', needs: ['reason'], reasonLabel: '退回意见', description: '答复退回，承办单位重新办理' },
  征询意见: { actor: '提案者', needs: ['result'], description: '提案者反馈满意、基本满意或不满意' },
  办结: { actor: '提案委', needs: [], description: '办结' },
  归档: { actor: '提案委', needs: [], description: '归档' },
  作废: { actor: '提案委', needs: ['reason'], reasonLabel: '作废原因', description: '作废（记录保留，立案后不能作废）' },
};

export type Guard = 'cosigners' | 'notConverted' | 'unitMaySign' | 'unitReturning';

/**
 * Where a step leads: a status, the same status, a branch on the 征询 result, or the status the
 * units' 签收/申退 states give after the step (signingTarget).
 */
export type Target = ProposalStatus | { same: true } | { byResult: Record<FeedbackResult, ProposalStatus> } | { bySigning: true };

export interface TransitionRule {
  from: ProposalStatus;
  action: ProposalAction;
  to: Target;
  guard?: Guard;
}

const same = { same: true } as const;
const bySigning = { bySigning: true } as const;
const handling: ProposalStatus[] = ['已交办', '已签收', '答复退回', '不满意重办'];
/** While units may still 签收 or 申退 (a 协办 may sign after the 主办). */

/** THE table. Everything else in this file reads it. */
export const transitionTable: readonly TransitionRule[] = [
  { from: '暂存', action: '提交', to: '待预审', guard: 'cosigners' },
  { from: '退回修改', action: '提交', to: '待预审', guard: 'cosigners' },
  { from: '待预审', action: '撤回', to: '暂存' },
  { from: '待预审', action: '预审通过', to: '待审查' },
  { from: '待预审', action: '退回修改', to: '退回修改' },
  { from: '待审查', action: '立案', to: '立案' },
  { from: '待审查', action: '不予立案', to: '不予立案' },
  { from: '待审查', action: '并案', to: '已并案' },
  { from: '不予立案', action: '转为社情民意', to: same, guard: 'notConverted' },
  { from: '不予立案', action: '转为委员来信', to: same, guard: 'notConverted' },
  { from: '立案', action: '交办', to: '已交办' },
  ...signingStatuses.map((from): TransitionRule => ({ from, action: '签收', to: bySigning, guard: 'unitMaySign' })),
  ...signingStatuses.map((from): TransitionRule => ({ from, action: '申退', to: bySigning, guard: 'unitMaySign' })),
  { from: '申请退回', action: '同意申退', to: bySigning, guard: 'unitReturning' },
  { from: '申请退回', action: '驳回申退', to: bySigning, guard: 'unitReturning' },
  ...handling.map((from): TransitionRule => ({ from, action: '延期', to: same })),
  ...handling.map((from): TransitionRule => ({ from, action: '催办', to: same })),
  { from: '已签收', action: '答复', to: '已答复' },
  { from: '答复退回', action: '答复', to: '已答复' },
  { from: '不满意重办', action: '答复', to: '已答复' },
  { from: '已答复', action: '答复审核通过', to: '待征询' },
  { from: '已答复', action: '答复退回', to: '答复退回' },
  { from: '待征询', action: '征询意见', to: { byResult: { 满意: '待办结', 基本满意: '待办结', 不满意: '不满意重办' } } },
  { from: '待征询', action: '办结', to: '已办结' },
  { from: '待办结', action: '办结', to: '已办结' },
  { from: '已办结', action: '归档', to: '已归档' },
  ...(['暂存', '待预审', '退回修改', '待审查'] as const).map((from): TransitionRule => ({ from, action: '作废', to: '已作废' })),
];

/** How many 办理 rounds a proposal gets: after the second 不满意 the office closes it (待办结). */
export const DEFAULT_MAX_ROUNDS = 2;

export interface Cosigner {
  name: string;
  state: CosignState;
}

/** Facts about the record that guards need (not typed by the user with this step). */
export interface ProposalContext {
  kind?: ProposerKind;
  /** 附议 members of a 联名 proposal. */
  cosigners?: readonly Cosigner[];
  /** Last day for 附议 confirmations. */
  cosignDeadline?: string | null;
  /** Today's date (ISO), for the 附议 deadline. */
  today?: string;
  /** Set once the 不予立案 proposal has been converted. */
  convertedTo?: '社情民意' | '委员来信' | null;
  /** 办理轮次: 1 for the first answer, 2 after 不满意重办. */
  round?: number;
  maxRounds?: number;
  /**
   * The current 交办's units and their 签收/申退 state. Without it (old callers, pure tests) the
   * proposal is taken to have one 主办 that has not signed (or has applied to return when 申请退回).
   */
  units?: readonly SigningUnit[];
}

/** One unit of the current 交办 as the 签收/申退 rules see it. */
export interface SigningUnit {
  unit: string;
  role: UnitRole;
  signed: boolean;
  /** 申退 waiting for the office. */
  returning: boolean;
  /** Last day to 签收 or 申退 (交办日 + the configured working days); a 申退 after it is refused. */
  signDeadline?: string | null;
}

export interface Assignment {
  mode: AssignMode;
  /** Unit names (messages quote them). */
  mainUnit: string;
  coUnits?: readonly string[];
}

/** What the user enters with the step. */
export interface TransitionPayload {
  reason?: string;
  comment?: string;
  /** 并案: the main proposal's id. */
  mergeInto?: string | number | null;
  assignment?: Assignment;
  replyClass?: ReplyClass;
  result?: FeedbackResult;
  /** 延期: the new due date (checked against the 6-month limit by deadlines.checkExtension). */
  newDueDate?: string;
  /** 签收/申退/同意申退/驳回申退: the unit's name (default: the 主办, or the unit whose 申退 waits). */
  unit?: string;
  /** 同意申退 of a 协办 unit: the unit it is 改交 to (none: the 协办 is just removed). */
  replacementUnit?: string;
}

export type TransitionCheck =
  | { ok: true; from: ProposalStatus; action: ProposalAction; to: ProposalStatus; rule: TransitionRule }
  | { ok: false; message: string; allowed: ProposalAction[] };

export interface AvailableAction {
  action: ProposalAction;
  actor: Actor;
  needs: readonly PayloadNeed[];
  reasonLabel?: string;
  description: string;
  /** False when a guard refuses it now (e.g. 附议 not confirmed); `reason` says why. */
  allowed: boolean;
  reason?: string;
}

export function isProposalAction(value: unknown): value is ProposalAction {
  return typeof value === 'string' && (proposalActions as readonly string[]).includes(value);
}

export function rulesFrom(status: ProposalStatus): TransitionRule[] {
  return transitionTable.filter((r) => r.from === status);
}

export function findRule(status: ProposalStatus, action: ProposalAction): TransitionRule | undefined {
  return transitionTable.find((r) => r.from === status && r.action === action);
}

/** Every action the table has for a status, with whether a guard refuses it now (for the buttons). */
export function availableActions(status: ProposalStatus, context: ProposalContext = {}): AvailableAction[] {
  return rulesFrom(status).map((rule) => {
    const info = actionInfo[rule.action];
    const refused = rule.guard ? runGuard(rule.guard, rule, context) : undefined;
    return {
      action: rule.action,
      actor: info.actor,
      needs: info.needs,
      ...(info.reasonLabel ? { reasonLabel: info.reasonLabel } : {}),
      description: info.description,
      allowed: !refused,
      ...(refused ? { reason: refused } : {}),
    };
  });
}

/** The actions that can be performed now (guards applied, payload not yet known). */
export function allowedActions(status: ProposalStatus, context: ProposalContext = {}): ProposalAction[] {
  return availableActions(status, context)
    .filter((a) => a.allowed)
    .map((a) => a.action);
}

export function refusedMessage(status: string, action: string): string {
  return `当前状态为“${status}”，不能执行“${action}”。`;
}

/** Checks a step without throwing: the next status, or the Chinese message that refuses it. */
export function checkTransition(
  status: ProposalStatus,
  action: ProposalAction,
  payload: TransitionPayload = {},
  context: ProposalContext = {},
): TransitionCheck {
  if (!(proposalStatuses as readonly string[]).includes(status)) return { ok: false, message: `未知的提案状态“${status}”。`, allowed: [] };
  const allowed = allowedActions(status, context);
  if (!isProposalAction(action)) return { ok: false, message: `未知的操作“${action}”。`, allowed };
  const rule = findRule(status, action);
  if (!rule) return { ok: false, message: refusedMessage(status, action), allowed };
  if (rule.guard) {
    const refused = runGuard(rule.guard, rule, context, payload);
    if (refused) return { ok: false, message: refused, allowed };
  }
  const missing = checkPayload(action, payload);
  if (missing) return { ok: false, message: missing, allowed };
  return { ok: true, from: status, action, to: resolveTarget(rule, payload, context), rule };
}

/** The next status, or throws ApiError('TRANSITION') with the Chinese message. */
export function transition(
  status: ProposalStatus,
  action: ProposalAction,
  payload: TransitionPayload = {},
  context: ProposalContext = {},
): ProposalStatus {
  const result = checkTransition(status, action, payload, context);
  if (!result.ok) throw new ApiError('TRANSITION', result.message);
  return result.to;
}

function resolveTarget(rule: TransitionRule, payload: TransitionPayload, context: ProposalContext): ProposalStatus {
  const to = rule.to;
  if (typeof to === 'string') return to;
  if ('same' in to) return rule.from;
  if ('bySigning' in to) return signingTarget(rule.from, rule.action, payload, context);
  const result = payload.result as FeedbackResult;
  if (result === '不满意' && (context.round ?? 1) >= (context.maxRounds ?? DEFAULT_MAX_ROUNDS)) return '待办结';
  return to.byResult[result];
}

/** With a payload the step's own unit is checked; without one (the buttons) whether any unit may take the step. */
function runGuard(guard: Guard, rule: TransitionRule, context: ProposalContext, payload?: TransitionPayload): string | undefined {
  switch (guard) {
    case 'cosigners':
      return checkCosigners(context.kind, context.cosigners ?? [], { deadline: context.cosignDeadline, today: context.today });
    case 'notConverted':
      return context.convertedTo ? `该提案已转为${context.convertedTo}，不能重复转办。` : undefined;
    case 'unitMaySign':
    case 'unitReturning':
      return checkSigningUnit(rule.action, signingUnits(rule.from, context), context.today, payload);
  }
}

function checkPayload(action: ProposalAction, payload: TransitionPayload): string | undefined {
  const info = actionInfo[action];
  for (const need of info.needs) {
    switch (need) {
      case 'reason':
        if (!payload.reason || !payload.reason.trim()) return `请填写${info.reasonLabel ?? '原因'}。`;
        break;
      case 'mergeInto':
        if (payload.mergeInto === undefined || payload.mergeInto === null || payload.mergeInto === '') return '请选择并入的主提案。';
        break;
      case 'assignment': {
        if (!payload.assignment) return '请指定主办单位和交办方式。';
        const problem = checkAssignment(payload.assignment);
        if (problem) return problem;
        break;
      }
      case 'replyClass':
        if (!payload.replyClass || !(replyClasses as readonly string[]).includes(payload.replyClass)) return '请选择答复类别（A、B或C）。';
        break;
      case 'result':
        if (!payload.result || !(feedbackResults as readonly string[]).includes(payload.result)) return '请选择征询意见：满意、基本满意或不满意。';
        break;
      case 'newDueDate':
        if (!payload.newDueDate || !/^\d{4}-\d{2}-\d{2}$/.test(payload.newDueDate)) return '请填写延期后的办理期限。';
        break;
      case 'unit':
        // the unit defaults (signingUnit); the guard has checked it
        break;
    }
  }
  return undefined;
}

const NAME_LIST_LIMIT = 5;
function nameList(names: readonly string[]): string {
  if (names.length <= NAME_LIST_LIMIT) return names.join('、');
  return `${names.slice(0, NAME_LIST_LIMIT).join('、')}等${names.length}人`;
}

/**
 * 附议 guard for 提交: a 委员联名 proposal needs at least one 附议 member and every one of them
 * confirmed. Returns the Chinese message naming who has not confirmed (or declined), or
 * undefined when the proposal may be submitted. Other kinds pass (they have no 附议).
 */
export function checkCosigners(
  kind: ProposerKind | undefined,
  cosigners: readonly Cosigner[],
  options: { deadline?: string | null; today?: string } = {},
): string | undefined {
  if (kind !== undefined && kind !== '委员联名') return undefined;
  if (kind === '委员联名' && cosigners.length === 0) return '联名提案至少需要一名附议委员。';
  const declined = cosigners.filter((c) => c.state === '已拒绝').map((c) => c.name);
  const pending = cosigners.filter((c) => c.state === '待确认').map((c) => c.name);
  if (declined.length) return `附议委员${nameList(declined)}已拒绝附议，请将其从附议名单中移除后再提交。`;
  if (!pending.length) return undefined;
  const { deadline, today } = options;
  if (deadline && today && compareDates(today, deadline) > 0) {
    return `附议确认已于${formatChineseDate(deadline)}截止，${nameList(pending)}未确认，请将其从附议名单中移除后再提交。`;
  }
  const until = deadline ? `（截止${formatChineseDate(deadline)}）` : '';
  return `附议委员${nameList(pending)}尚未确认附议${until}，全部确认后才能提交。`;
}

/**
 * 交办 check: one 主办单位; 单办 has no 协办单位, 分办 and 会办 have at least one; no unit twice.
 * Returns the Chinese message or undefined.
 */
export function checkAssignment(assignment: Assignment): string | undefined {
  const { mode } = assignment;
  const main = assignment.mainUnit?.trim();
  const co = (assignment.coUnits ?? []).map((u) => u.trim()).filter(Boolean);
  if (!(assignModes as readonly string[]).includes(mode)) return '请选择交办方式：单办、分办或会办。';
  if (!main) return '请指定主办单位。';
  if (mode === '单办' && co.length) return '单办提案只有一个承办单位；如需协办单位，请选择“分办”或“会办”。';
  if (mode !== '单办' && !co.length) return `“${mode}”需要至少一个协办单位。`;
  if (co.includes(main)) return `“${main}”已是主办单位，不能同时作为协办单位。`;
  const seen = new Set<string>();
  for (const u of co) {
    if (seen.has(u)) return `协办单位“${u}”重复。`;
    seen.add(u);
  }
  return undefined;
}

// ───────────────────────── 签收 / 申退 per unit ─────────────────────────

/** The units the rules see: the context's, or one unsigned 主办 when the caller does not know them. */
function signingUnits(status: ProposalStatus, context: ProposalContext): readonly SigningUnit[] {
  return context.units ?? [{ unit: '主办单位', role: '主办', signed: status === '已签收', returning: status === '申请退回' }];
}

/**
 * The unit a 签收/申退/同意申退/驳回申退 acts on: the named one, else the 主办 (签收, 申退) or the
 * first unit whose 申退 waits (同意申退, 驳回申退). undefined when the named unit is not current.
 */
export function signingUnit<U extends SigningUnit>(action: ProposalAction, units: readonly U[], name?: string): U | undefined {
  if (name) return units.find((u) => u.unit === name);
  if (action === '同意申退' || action === '驳回申退') return units.find((u) => u.returning);
  return units.find((u) => u.role === '主办');
}

/** Units that have neither signed nor applied to return (the 交办 list shows them as 未签收). */
export function unsignedUnits(units: readonly SigningUnit[]): SigningUnit[] {
  return units.filter((u) => !u.signed && !u.returning);
}

function checkSigningUnit(action: ProposalAction, units: readonly SigningUnit[], today: string | undefined, payload?: TransitionPayload): string | undefined {
  const deciding = action === '同意申退' || action === '驳回申退';
  if (!payload) {
    if (deciding) return units.some((u) => u.returning) ? undefined : '没有待处理的申退。';
    if (!unsignedUnits(units).length) return '各承办单位均已签收或申请退回。';
    return undefined;
  }
  const unit = signingUnit(action, units, payload.unit);
  if (!unit) return payload.unit ? `“${payload.unit}”不是本提案当前的承办单位。` : deciding ? '没有待处理的申退。' : '本提案没有主办单位。';
  if (deciding) {
    if (!unit.returning) return `${unit.unit}没有待处理的申退。`;
    if (action === '同意申退' && payload.replacementUnit) {
      if (unit.role === '主办') return '同意主办单位申退后，提案退回“立案”状态，请重新交办，不能直接改交。';
      if (units.some((u) => u.unit === payload.replacementUnit)) return `“${payload.replacementUnit}”已是本提案的承办单位。`;
    }
    return undefined;
  }
  if (unit.returning) return `${unit.unit}已申请退回，等待提案委处理。`;
  if (unit.signed) return action === '签收' ? `${unit.unit}已签收，不能重复签收。` : `${unit.unit}已签收，不能再申请退回。`;
  if (action === '申退' && unit.signDeadline && today && compareDates(today, unit.signDeadline) > 0) {
    return `申退须在签收期限（${formatChineseDate(unit.signDeadline)}）内提出，${unit.unit}已逾期，请签收办理。`;
  }
  return undefined;
}

/** The units after a 签收/申退/同意申退/驳回申退 step (the step's unit changed, 改交 added). null: back to 立案. */
export function unitsAfterSigning(action: ProposalAction, units: readonly SigningUnit[], payload: TransitionPayload = {}): SigningUnit[] | null {
  const unit = signingUnit(action, units, payload.unit);
  if (!unit) return [...units];
  if (action === '同意申退' && unit.role === '主办') return null;
  const next = units.flatMap((u): SigningUnit[] => {
    if (u !== unit) return [u];
    switch (action) {
      case '签收':
        return [{ ...u, signed: true }];
      case '申退':
        return [{ ...u, returning: true }];
      case '驳回申退':
        return [{ ...u, returning: false }];
      case '同意申退':
        return [];
      default:
        return [u];
    }
  });
  if (action === '同意申退' && payload.replacementUnit) next.push({ unit: payload.replacementUnit, role: '协办', signed: false, returning: false });
  return next;
}

/** The proposal's status the units give: 申请退回 while a 申退 waits, 已签收 once the 主办 signed, else 已交办. */
export function signingStatus(units: readonly SigningUnit[]): ProposalStatus {
  if (units.some((u) => u.returning)) return '申请退回';
  return units.some((u) => u.role === '主办' && u.signed) ? '已签收' : '已交办';
}

function signingTarget(from: ProposalStatus, action: ProposalAction, payload: TransitionPayload, context: ProposalContext): ProposalStatus {
  const after = unitsAfterSigning(action, signingUnits(from, context), payload);
  return after === null ? '立案' : signingStatus(after);
}
