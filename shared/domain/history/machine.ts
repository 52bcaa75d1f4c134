/**
 * The 文史资料 article lifecycle as one data table, the same shape as the 提案 machine
 * (shared/domain/proposal/machine.ts): the UI lists buttons with availableActions(), the service
 * calls transition() and refuses what the table does not allow, with the Chinese message.
 *
 * 收稿登记 → 已收稿 ─采用→ 待初审 ─初审通过→ 待复审 ─复审通过→ 待终审 ─终审通过→ 终审通过
 *   ─一校→ 一校完成 ─二校→ 二校完成 ─三校→ 三校完成 ─刊用 (the volume is 付印)→ 已刊用
 *   ─撤销刊用 (the volume's 付印 is undone)→ 三校完成.
 * 选稿 side roads: 已收稿 ─待用→ 待用 (the pool) ─采用→ 待初审; 已收稿/待用 ─不用 (reason)→ 不用
 *   ─重新选稿→ 已收稿.
 * 三审 side roads: any review may decide 退改 (→ 退改 ─修改后重审→ 待初审: the revised text goes
 *   through all three reviews again) or 不用 (→ 不用).
 * 三审 are done by three different people within one round (初审 ≠ 复审 ≠ 终审 reviewer).
 * An article enters a volume only in a status of volumeEligibleStatuses (终审 passed); that check is
 * canEnterVolume() in status.ts, used by the volume service.
 */
import { ApiError } from '../../contract/errors';
import {
  articleStatuses,
  proofRounds,
  reviewDecisions,
  reviewStages,
  type ArticleStatus,
  type ProofRound,
  type ReviewDecision,
  type ReviewStage,
} from './status';
import { checkProofCounts } from './errorRate';

export const articleActions = ['采用', '待用', '不用', '重新选稿', '初审', '复审', '终审', '修改后重审', '一校', '二校', '三校', '刊用', '撤销刊用'] as const;
export type ArticleAction = (typeof articleActions)[number];

export type PayloadNeed = 'reason' | 'review' | 'proof';

export interface ActionInfo {
  needs: readonly PayloadNeed[];
  reasonLabel?: string;
  description: string;
  /** Shown as a button in the article's page (刊用 happens only through the volume's 付印). */
  manual: boolean;
}

export const actionInfo: Record<ArticleAction, ActionInfo> = {
  采用: { needs: [], description: '选稿采用，进入三审', manual: true },
  待用: { needs: [], description: '放入待用稿库', manual: true },
  不用: { needs: ['reason'], reasonLabel: '不用原因', description: '选稿不用（须写明原因）', manual: true },
  重新选稿: { needs: [], description: '撤销“不用”，重新选稿', manual: true },
  初审: { needs: ['review'], description: '登记初审意见', manual: true },
  复审: { needs: ['review'], description: '登记复审意见', manual: true },
  终审: { needs: ['review'], description: '登记终审意见', manual: true },
  修改后重审: { needs: [], description: '稿件已按意见修改，从初审重新审稿', manual: true },
  一校: { needs: ['proof'], description: '登记一校', manual: true },
  二校: { needs: ['proof'], description: '登记二校', manual: true },
  三校: { needs: ['proof'], description: '登记三校', manual: true },
  刊用: { needs: [], description: '所在辑付印', manual: false },
  撤销刊用: { needs: [], description: '所在辑撤销付印，回到三校完成', manual: false },
};

export type Guard = 'distinctReviewer';
export type Target = ArticleStatus | { byDecision: Record<ReviewDecision, ArticleStatus> };

export interface TransitionRule {
  from: ArticleStatus;
  action: ArticleAction;
  to: Target;
  guard?: Guard;
}

const review = (next: ArticleStatus) => ({ byDecision: { 通过: next, 退改: '退改', 不用: '不用' } as Record<ReviewDecision, ArticleStatus> });

/** THE table. Everything else in this file reads it. */
export const transitionTable: readonly TransitionRule[] = [
  { from: '已收稿', action: '采用', to: '待初审' },
  { from: '已收稿', action: '待用', to: '待用' },
  { from: '已收稿', action: '不用', to: '不用' },
  { from: '待用', action: '采用', to: '待初审' },
  { from: '待用', action: '不用', to: '不用' },
  { from: '不用', action: '重新选稿', to: '已收稿' },
  { from: '待初审', action: '初审', to: review('待复审') },
  { from: '待复审', action: '复审', to: review('待终审'), guard: 'distinctReviewer' },
  { from: '待终审', action: '终审', to: review('终审通过'), guard: 'distinctReviewer' },
  { from: '退改', action: '修改后重审', to: '待初审' },
  { from: '终审通过', action: '一校', to: '一校完成' },
  { from: '一校完成', action: '二校', to: '二校完成' },
  { from: '二校完成', action: '三校', to: '三校完成' },
  { from: '三校完成', action: '刊用', to: '已刊用' },
  { from: '已刊用', action: '撤销刊用', to: '三校完成' },
];

export interface ReviewPayload {
  stage?: ReviewStage;
  reviewer: string;
  date: string;
  opinion: string;
  decision: ReviewDecision;
}

export interface ProofPayload {
  proofreader: string;
  date: string;
  /** 校对时的字数 (the base of the error rate). */
  chars: number;
  errorsFound: number;
  errorsFixed: number;
}

export interface TransitionPayload {
  reason?: string;
  review?: ReviewPayload;
  proof?: ProofPayload;
}

/** Facts about the record the guards need. */
export interface ArticleContext {
  /** Reviews already recorded in the current 三审 round (since the last 修改后重审). */
  roundReviews?: readonly { stage: ReviewStage; reviewer: string }[];
}

export type TransitionCheck =
  | { ok: true; from: ArticleStatus; action: ArticleAction; to: ArticleStatus; rule: TransitionRule }
  | { ok: false; message: string; allowed: ArticleAction[] };

export interface AvailableAction {
  action: ArticleAction;
  needs: readonly PayloadNeed[];
  reasonLabel?: string;
  description: string;
  manual: boolean;
}

export function isArticleAction(value: unknown): value is ArticleAction {
  return typeof value === 'string' && (articleActions as readonly string[]).includes(value);
}

export function findRule(status: ArticleStatus, action: ArticleAction): TransitionRule | undefined {
  return transitionTable.find((r) => r.from === status && r.action === action);
}

export function availableActions(status: ArticleStatus): AvailableAction[] {
  return transitionTable
    .filter((r) => r.from === status)
    .map((r) => {
      const info = actionInfo[r.action];
      return { action: r.action, needs: info.needs, ...(info.reasonLabel ? { reasonLabel: info.reasonLabel } : {}), description: info.description, manual: info.manual };
    });
}

export function allowedActions(status: ArticleStatus): ArticleAction[] {
  return availableActions(status).map((a) => a.action);
}

export function refusedMessage(status: string, action: string): string {
  const beforeFinal = ['已收稿', '待用', '不用', '待初审', '待复审', '待终审', '退改'].includes(status);
  if (beforeFinal && (proofRounds as readonly string[]).includes(action)) return `稿件尚未通过终审（当前状态“${status}”），不能登记${action}。`;
  return `稿件当前状态为“${status}”，不能执行“${action}”。`;
}

export function checkTransition(status: ArticleStatus, action: ArticleAction, payload: TransitionPayload = {}, context: ArticleContext = {}): TransitionCheck {
  if (!(articleStatuses as readonly string[]).includes(status)) return { ok: false, message: `未知的稿件状态“${status}”。`, allowed: [] };
  const allowed = allowedActions(status);
  if (!isArticleAction(action)) return { ok: false, message: `未知的操作“${action}”。`, allowed };
  const rule = findRule(status, action);
  if (!rule) return { ok: false, message: refusedMessage(status, action), allowed };
  const missing = checkPayload(action, payload);
  if (missing) return { ok: false, message: missing, allowed };
  if (rule.guard) {
    const refused = runGuard(rule.guard, action, payload, context);
    if (refused) return { ok: false, message: refused, allowed };
  }
  const to = typeof rule.to === 'string' ? rule.to : rule.to.byDecision[payload.review!.decision];
  return { ok: true, from: status, action, to, rule };
}

/** The next status, or throws ApiError('TRANSITION') with the Chinese message. */
export function transition(status: ArticleStatus, action: ArticleAction, payload: TransitionPayload = {}, context: ArticleContext = {}): ArticleStatus {
  const result = checkTransition(status, action, payload, context);
  if (!result.ok) throw new ApiError('TRANSITION', result.message);
  return result.to;
}

function checkPayload(action: ArticleAction, payload: TransitionPayload): string | undefined {
  const info = actionInfo[action];
  for (const need of info.needs) {
    if (need === 'reason' && !payload.reason?.trim()) return `请填写${info.reasonLabel ?? '原因'}。`;
    if (need === 'review') {
      const r = payload.review;
      if (!r?.reviewer?.trim()) return `请填写${action}人。`;
      if (!r.date) return `请填写${action}日期。`;
      if (!(reviewDecisions as readonly string[]).includes(r.decision)) return `请选择${action}结论：通过、退改或不用。`;
      if (!r.opinion?.trim()) return `请填写${action}意见。`;
    }
    if (need === 'proof') {
      const p = payload.proof;
      if (!p?.proofreader?.trim()) return `请填写${action}校对人。`;
      if (!p.date) return `请填写${action}日期。`;
      const problem = checkProofCounts(p.chars, p.errorsFound, p.errorsFixed);
      if (problem) return problem;
    }
  }
  return undefined;
}

function runGuard(guard: Guard, action: ArticleAction, payload: TransitionPayload, context: ArticleContext): string | undefined {
  if (guard === 'distinctReviewer') {
    const name = payload.review!.reviewer.trim();
    const earlier = (context.roundReviews ?? []).find((r) => r.reviewer.trim() === name);
    if (earlier) return `${name}已担任本轮${earlier.stage}，${action}应由另一人担任（三审须由三人分别审稿）。`;
  }
  return undefined;
}

/** Which stage an action records (初审/复审/终审 or 一校/二校/三校), for the service's rows. */
export function reviewStageOf(action: ArticleAction): ReviewStage | undefined {
  return (reviewStages as readonly string[]).includes(action) ? (action as ReviewStage) : undefined;
}
export function proofRoundOf(action: ArticleAction): ProofRound | undefined {
  return (proofRounds as readonly string[]).includes(action) ? (action as ProofRound) : undefined;
}
