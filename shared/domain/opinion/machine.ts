/**
 * The 社情民意 lifecycle as two data tables (one for a report, one for an issue of 《社情民意》),
 * in the same shape as the 提案 machine: the UI lists the buttons with availableActions(), the
 * service calls transition() and refuses anything the table does not allow, with the Chinese
 * message as the error.
 *
 * Report:
 * 已保存 ─报送→ 已报送 ─审查: 采用→ 已采用 / 不采用(理由)→ 不采用 / 留存→ 留存 (─采用/不采用→ …)
 *   已采用 ─编辑→ 已编辑 (edited text kept beside the original; 编辑 again keeps 已编辑)
 *   ─审核→ 已审核 ─签发→ 已签发 ─印发→ 已印发, the last three done by the issue the report is in;
 *   审核退回 brings 已审核 back to 已编辑 when the issue is sent back.
 *   已印发 ─报送上级(市/省/全国)→ 已上报 and/or ─转办(单位)→ 已转办 ─反馈→ 已反馈;
 *   further 报送上级, 转办 and 反馈 keep the status (a later one never moves it back).
 * Side roads: 已报送 ─退回(原因)→ 已保存; 作废 (原因) only before 审查 (已保存, 已报送).
 *
 * Issue (期): 编辑中 ─审核→ 已审核 ─签发→ 已签发 ─印发→ 已印发; 已审核 ─退回→ 编辑中;
 * 作废 only while 编辑中 (its reports are released, its 期号 is not reused).
 */
import { ApiError } from '../../contract/errors';
import { levelLabels, upperTargets, type IssueStatus, type OpinionStatus, type UpperLevel } from './status';

/** Where a step leads: a status or the same status. */
export type Target<S extends string> = S | { same: true };

export interface Rule<S extends string, A extends string, G extends string> {
  from: S;
  action: A;
  to: Target<S>;
  guard?: G;
}

export interface ActionInfo<N extends string> {
  needs: readonly N[];
  /** Label of the text field when `needs` has 'reason' (or 'person'). */
  reasonLabel?: string;
  personLabel?: string;
  description: string;
  /** Irreversible steps: the UI asks for confirmation. */
  confirm?: boolean;
}

export interface AvailableAction<A extends string, N extends string> {
  action: A;
  needs: readonly N[];
  reasonLabel?: string;
  personLabel?: string;
  description: string;
  confirm: boolean;
  /** False when a guard refuses it now; `reason` says why. */
  allowed: boolean;
  reason?: string;
}

export type Check<S extends string, A extends string> = { ok: true; from: S; action: A; to: S } | { ok: false; message: string; allowed: A[] };

export function refusedMessage(status: string, action: string): string {
  return `当前状态为“${status}”，不能执行“${action}”。`;
}

/** The machine functions over one table; `guard` and `payloadProblem` give the Chinese refusals. */
function machine<S extends string, A extends string, G extends string, N extends string, C, P>(spec: {
  what: string;
  statuses: readonly S[];
  actions: readonly A[];
  table: readonly Rule<S, A, G>[];
  info: Record<A, ActionInfo<N>>;
  guard: (guard: G, context: C, payload: P | undefined) => string | undefined;
  payloadProblem: (action: A, payload: P) => string | undefined;
}) {
  const rulesFrom = (status: S) => spec.table.filter((r) => r.from === status);
  const findRule = (status: S, action: A) => spec.table.find((r) => r.from === status && r.action === action);

  function availableActions(status: S, context: C): AvailableAction<A, N>[] {
    return rulesFrom(status).map((rule) => {
      const info = spec.info[rule.action];
      const refused = rule.guard ? spec.guard(rule.guard, context, undefined) : undefined;
      return {
        action: rule.action,
        needs: info.needs,
        ...(info.reasonLabel ? { reasonLabel: info.reasonLabel } : {}),
        ...(info.personLabel ? { personLabel: info.personLabel } : {}),
        description: info.description,
        confirm: !!info.confirm,
        allowed: !refused,
        ...(refused ? { reason: refused } : {}),
      };
    });
  }

  const allowedActions = (status: S, context: C): A[] =>
    availableActions(status, context)
      .filter((a) => a.allowed)
      .map((a) => a.action);

  function checkTransition(status: S, action: A, payload: P, context: C): Check<S, A> {
    if (!spec.statuses.includes(status)) return { ok: false, message: `未知的${spec.what}状态“${status}”。`, allowed: [] };
    const allowed = allowedActions(status, context);
    if (!spec.actions.includes(action)) return { ok: false, message: `未知的操作“${action}”。`, allowed };
    const rule = findRule(status, action);
    if (!rule) return { ok: false, message: refusedMessage(status, action), allowed };
    const missing = spec.payloadProblem(action, payload);
    if (missing) return { ok: false, message: missing, allowed };
    if (rule.guard) {
      const refused = spec.guard(rule.guard, context, payload);
      if (refused) return { ok: false, message: refused, allowed };
    }
    return { ok: true, from: status, action, to: typeof rule.to === 'string' ? rule.to : rule.from };
  }

  function transition(status: S, action: A, payload: P, context: C): S {
    const result = checkTransition(status, action, payload, context);
    if (!result.ok) throw new ApiError('TRANSITION', result.message);
    return result.to;
  }

  return { rulesFrom, findRule, availableActions, allowedActions, checkTransition, transition };
}

// ───────────────────────────── report ─────────────────────────────

export const opinionActions = ['报送', '退回', '采用', '不采用', '留存', '编辑', '审核', '审核退回', '签发', '印发', '报送上级', '转办', '反馈', '作废'] as const;
export type OpinionAction = (typeof opinionActions)[number];

export type OpinionNeed = 'reason' | 'person' | 'editedText' | 'level' | 'unit' | 'content';

export const opinionActionInfo: Record<OpinionAction, ActionInfo<OpinionNeed>> = {
  报送: { needs: [], description: '报送信息科审查' },
  退回: { needs: ['reason'], reasonLabel: '退回原因', description: '退回报送者修改后重新报送' },
  采用: { needs: [], description: '审查采用（记县级采用），进入编辑', confirm: true },
  不采用: { needs: ['reason'], reasonLabel: '不采用理由', description: '审查不采用并注明理由', confirm: true },
  留存: { needs: [], description: '留存备用，以后可再采用' },
  编辑: { needs: ['editedText', 'person'], personLabel: '编辑', description: '保存编辑稿（原稿保留，可对照查看修改）' },
  审核: { needs: ['person'], personLabel: '审核', description: '审核编辑稿（随所在期次审核）', confirm: true },
  审核退回: { needs: ['reason'], reasonLabel: '退回意见', description: '审核退回，重新编辑' },
  签发: { needs: ['person'], personLabel: '签发', description: '签发（随所在期次签发）', confirm: true },
  印发: { needs: [], description: '在《社情民意》印发（随所在期次印发）', confirm: true },
  报送上级: { needs: ['level'], description: '报送市政协、省政协或全国政协', confirm: true },
  转办: { needs: ['unit'], description: '转有关单位研究办理', confirm: true },
  反馈: { needs: ['content'], description: '登记上级或承办单位的反馈' },
  作废: { needs: ['reason'], reasonLabel: '作废原因', description: '作废（记录保留，审查后不能作废）', confirm: true },
};

export type OpinionGuard = 'complete' | 'inSignedIssue' | 'newLevel' | 'inIssue';

const same = { same: true } as const;
const routed: OpinionStatus[] = ['已上报', '已转办', '已反馈'];

/** THE report table. Everything else reads it. */
export const opinionTransitionTable: readonly Rule<OpinionStatus, OpinionAction, OpinionGuard>[] = [
  { from: '已保存', action: '报送', to: '已报送', guard: 'complete' },
  { from: '已保存', action: '作废', to: '已作废' },
  { from: '已报送', action: '退回', to: '已保存' },
  { from: '已报送', action: '采用', to: '已采用' },
  { from: '已报送', action: '不采用', to: '不采用' },
  { from: '已报送', action: '留存', to: '留存' },
  { from: '已报送', action: '作废', to: '已作废' },
  { from: '留存', action: '采用', to: '已采用' },
  { from: '留存', action: '不采用', to: '不采用' },
  { from: '已采用', action: '编辑', to: '已编辑' },
  { from: '已编辑', action: '编辑', to: same },
  { from: '已编辑', action: '审核', to: '已审核', guard: 'inIssue' },
  { from: '已审核', action: '审核退回', to: '已编辑' },
  { from: '已审核', action: '签发', to: '已签发', guard: 'inIssue' },
  { from: '已签发', action: '印发', to: '已印发', guard: 'inSignedIssue' },
  { from: '已印发', action: '报送上级', to: '已上报', guard: 'newLevel' },
  ...routed.map((from) => ({ from, action: '报送上级' as const, to: same, guard: 'newLevel' as const })),
  { from: '已印发', action: '转办', to: '已转办' },
  { from: '已上报', action: '转办', to: '已转办' },
  { from: '已转办', action: '转办', to: same },
  { from: '已反馈', action: '转办', to: same },
  { from: '已上报', action: '反馈', to: '已反馈' },
  { from: '已转办', action: '反馈', to: '已反馈' },
  { from: '已反馈', action: '反馈', to: same },
];

/** Facts about the record the guards need (not typed with this step). */
export interface OpinionContext {
  /** For 报送: the report has a title, its text and an author. */
  hasTitle?: boolean;
  hasAuthor?: boolean;
  chars?: number;
  maxChars?: number;
  /** The issue the report is in (null when none) and that issue's status. */
  issueStatus?: IssueStatus | null;
  /** Levels already sent up to (报送上级). */
  sentLevels?: readonly UpperLevel[];
}

/** What the user enters with the step. */
export interface OpinionPayload {
  reason?: string;
  person?: string;
  editedText?: string;
  level?: UpperLevel;
  unit?: string;
  content?: string;
}

function opinionGuard(guard: OpinionGuard, c: OpinionContext, payload: OpinionPayload | undefined): string | undefined {
  switch (guard) {
    case 'complete':
      if (c.hasTitle === false) return '请先填写标题再报送。';
      if (c.hasAuthor === false) return '请先填写报送者（委员、界别、党派团体或工作人员）再报送。';
      if (c.chars !== undefined && c.chars === 0) return '信息正文为空，不能报送。';
      if (c.chars !== undefined && c.maxChars !== undefined && c.chars > c.maxChars) return `信息正文${c.chars}字，超过${c.maxChars}字的上限，请精简后再报送。`;
      return undefined;
    case 'inIssue':
      return c.issueStatus ? undefined : '该信息尚未编入一期《社情民意》，请先组期，再随该期审核、签发。';
    case 'inSignedIssue':
      if (!c.issueStatus) return '该信息尚未编入一期《社情民意》，不能印发。';
      return c.issueStatus === '已签发' ? undefined : `所在期次状态为“${c.issueStatus}”，签发后才能印发。`;
    case 'newLevel': {
      const level = payload?.level;
      if (level && (c.sentLevels ?? []).includes(level)) return `该信息已报送${upperTargets[level]}，不能重复报送。`;
      return undefined;
    }
  }
}

function opinionPayloadProblem(action: OpinionAction, payload: OpinionPayload): string | undefined {
  const info = opinionActionInfo[action];
  for (const need of info.needs) {
    switch (need) {
      case 'reason':
        if (!payload.reason?.trim()) return `请填写${info.reasonLabel ?? '原因'}。`;
        break;
      case 'person':
        if (!payload.person?.trim()) return `请填写${info.personLabel ?? ''}人姓名。`;
        break;
      case 'editedText':
        if (!payload.editedText?.trim()) return '编辑稿正文不能为空。';
        break;
      case 'level':
        if (!payload.level || !(['市', '省', '全国'] as string[]).includes(payload.level)) return '请选择报送级别：市、省或全国。';
        break;
      case 'unit':
        if (!payload.unit?.trim()) return '请选择转办单位。';
        break;
      case 'content':
        if (!payload.content?.trim()) return '请填写反馈内容。';
        break;
    }
  }
  return undefined;
}

const opinionMachine = machine<OpinionStatus, OpinionAction, OpinionGuard, OpinionNeed, OpinionContext, OpinionPayload>({
  what: '信息',
  statuses: ['已保存', '已报送', '留存', '不采用', '已采用', '已编辑', '已审核', '已签发', '已印发', '已上报', '已转办', '已反馈', '已作废'],
  actions: opinionActions,
  table: opinionTransitionTable,
  info: opinionActionInfo,
  guard: opinionGuard,
  payloadProblem: opinionPayloadProblem,
});

export const opinionRulesFrom = opinionMachine.rulesFrom;
export const availableOpinionActions = (status: OpinionStatus, context: OpinionContext = {}) => opinionMachine.availableActions(status, context);
export const allowedOpinionActions = (status: OpinionStatus, context: OpinionContext = {}) => opinionMachine.allowedActions(status, context);
export const checkOpinionTransition = (status: OpinionStatus, action: OpinionAction, payload: OpinionPayload = {}, context: OpinionContext = {}) =>
  opinionMachine.checkTransition(status, action, payload, context);
/** The next status, or throws ApiError('TRANSITION') with the Chinese message. */
export const opinionTransition = (status: OpinionStatus, action: OpinionAction, payload: OpinionPayload = {}, context: OpinionContext = {}) =>
  opinionMachine.transition(status, action, payload, context);

/**
 * The status a printed report has from its live 报送上级, 转办 and 反馈 records, the way the table above
 * moves it (反馈 over 转办 over 已上报; none: 已印发). Voiding or restoring one of those records puts
 * the report where its remaining records lead.
 */
export function routedStatus(live: { sendUps: number; transfers: number; feedbacks: number }): OpinionStatus {
  if (live.feedbacks > 0) return '已反馈';
  if (live.transfers > 0) return '已转办';
  if (live.sendUps > 0) return '已上报';
  return '已印发';
}

/** Actions a clerk performs on the report page (审核/签发/印发 are done through the issue). */
export const issueDrivenActions: readonly OpinionAction[] = ['审核', '审核退回', '签发', '印发'];

// ───────────────────────────── issue ─────────────────────────────

export const issueActions = ['审核', '退回', '签发', '印发', '作废'] as const;
export type IssueAction = (typeof issueActions)[number];
export type IssueNeed = 'reason' | 'person' | 'date';

export const issueActionInfo: Record<IssueAction, ActionInfo<IssueNeed>> = {
  审核: { needs: ['person'], personLabel: '审核', description: '审核本期（本期全部信息随之审核）', confirm: true },
  退回: { needs: ['reason'], reasonLabel: '退回意见', description: '审核退回，本期回到编辑中', confirm: true },
  签发: { needs: ['person'], personLabel: '签发', description: '签发本期（签发后期号、内容不再改动）', confirm: true },
  印发: { needs: ['date'], description: '印发本期（本期全部信息记为已印发）', confirm: true },
  作废: { needs: ['reason'], reasonLabel: '作废原因', description: '作废本期（期号不再使用，信息退出本期）', confirm: true },
};

export type IssueGuard = 'hasEditedReports';

export const issueTransitionTable: readonly Rule<IssueStatus, IssueAction, IssueGuard>[] = [
  { from: '编辑中', action: '审核', to: '已审核', guard: 'hasEditedReports' },
  { from: '编辑中', action: '作废', to: '已作废' },
  { from: '已审核', action: '退回', to: '编辑中' },
  { from: '已审核', action: '签发', to: '已签发' },
  { from: '已签发', action: '印发', to: '已印发' },
];

export interface IssueContext {
  /** How many reports the issue holds, and the titles of those not yet 已编辑 (for the message). */
  reportCount?: number;
  notEdited?: readonly string[];
}

export interface IssuePayload {
  reason?: string;
  person?: string;
  date?: string;
}

function issueGuard(guard: IssueGuard, c: IssueContext): string | undefined {
  switch (guard) {
    case 'hasEditedReports':
      if (c.reportCount !== undefined && c.reportCount === 0) return '本期还没有编入信息，不能送审核。';
      if (c.notEdited?.length) return `本期信息“${c.notEdited.slice(0, 3).join('”“')}”${c.notEdited.length > 3 ? `等${c.notEdited.length}篇` : ''}尚未编辑完成，不能送审核。`;
      return undefined;
  }
}

function issuePayloadProblem(action: IssueAction, payload: IssuePayload): string | undefined {
  const info = issueActionInfo[action];
  for (const need of info.needs) {
    if (need === 'reason' && !payload.reason?.trim()) return `请填写${info.reasonLabel ?? '原因'}。`;
    if (need === 'person' && !payload.person?.trim()) return `请填写${info.personLabel ?? ''}人姓名。`;
    if (need === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(payload.date ?? '')) return '请填写印发日期。';
  }
  return undefined;
}

const issueMachine = machine<IssueStatus, IssueAction, IssueGuard, IssueNeed, IssueContext, IssuePayload>({
  what: '期次',
  statuses: ['编辑中', '已审核', '已签发', '已印发', '已作废'],
  actions: issueActions,
  table: issueTransitionTable,
  info: issueActionInfo,
  guard: (g, c) => issueGuard(g, c),
  payloadProblem: issuePayloadProblem,
});

export const availableIssueActions = (status: IssueStatus, context: IssueContext = {}) => issueMachine.availableActions(status, context);
export const checkIssueTransition = (status: IssueStatus, action: IssueAction, payload: IssuePayload = {}, context: IssueContext = {}) =>
  issueMachine.checkTransition(status, action, payload, context);
export const issueTransition = (status: IssueStatus, action: IssueAction, payload: IssuePayload = {}, context: IssueContext = {}) =>
  issueMachine.transition(status, action, payload, context);

/** The report step an issue step brings to every report in it. */
export const issueToReportAction: Partial<Record<IssueAction, OpinionAction>> = { 审核: '审核', 退回: '审核退回', 签发: '签发', 印发: '印发' };

export const describeLevel = (level: UpperLevel) => `${levelLabels[level]}（${upperTargets[level]}）`;
