import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/errors';
import {
  actionInfo,
  allowedActions,
  articleActions,
  checkTransition,
  transition,
  transitionTable,
  type ArticleAction,
  type TransitionPayload,
} from '../../../../shared/domain/history/machine';
import { articleStatuses, canEnterVolume, pendingProofRound, pendingReviewStage, type ArticleStatus } from '../../../../shared/domain/history/status';

const review = (reviewer: string, decision: '通过' | '退改' | '不用' = '通过'): TransitionPayload => ({ review: { reviewer, date: '2026-03-05', opinion: '史实清楚，文字通顺。', decision } });
const proof = (errorsFound = 2, errorsFixed = errorsFound): TransitionPayload => ({ proof: { proofreader: '周校', date: '2026-04-01', chars: 5000, errorsFound, errorsFixed } });

function payloadFor(action: ArticleAction): TransitionPayload {
  const needs = actionInfo[action].needs;
  if (needs.includes('review')) return review('某人');
  if (needs.includes('proof')) return proof();
  if (needs.includes('reason')) return { reason: '与本辑主题不符' };
  return {};
}

const expectedTable: [ArticleStatus, ArticleAction, ArticleStatus][] = [
  ['已收稿', '采用', '待初审'],
  ['已收稿', '待用', '待用'],
  ['已收稿', '不用', '不用'],
  ['待用', '采用', '待初审'],
  ['待用', '不用', '不用'],
  ['不用', '重新选稿', '已收稿'],
  ['待初审', '初审', '待复审'],
  ['待复审', '复审', '待终审'],
  ['待终审', '终审', '终审通过'],
  ['退改', '修改后重审', '待初审'],
  ['终审通过', '一校', '一校完成'],
  ['一校完成', '二校', '二校完成'],
  ['二校完成', '三校', '三校完成'],
  ['三校完成', '刊用', '已刊用'],
  ['已刊用', '撤销刊用', '三校完成'],
];

describe('文史稿件 state machine', () => {
  it('allows exactly the transitions of the table and refuses every other pair with a Chinese message', () => {
    const seen = new Set<string>();
    for (const [from, action, to] of expectedTable) {
      expect(transition(from, action, payloadFor(action))).toBe(to);
      seen.add(`${from}|${action}`);
    }
    expect(transitionTable).toHaveLength(expectedTable.length);
    for (const from of articleStatuses) {
      for (const action of articleActions) {
        if (seen.has(`${from}|${action}`)) continue;
        const result = checkTransition(from, action, payloadFor(action));
        expect(result.ok, `${from} ${action}`).toBe(false);
        if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });

  it('takes an article from 收稿 through 三审 and 三校', () => {
    let s: ArticleStatus = '已收稿';
    s = transition(s, '采用');
    const round: { stage: '初审' | '复审' | '终审'; reviewer: string }[] = [];
    for (const [stage, who] of [
      ['初审', '王编辑'],
      ['复审', '李主任'],
      ['终审', '陈主编'],
    ] as const) {
      expect(pendingReviewStage(s)).toBe(stage);
      s = transition(s, stage, review(who), { roundReviews: round });
      round.push({ stage, reviewer: who });
    }
    expect(s).toBe('终审通过');
    expect(canEnterVolume(s)).toBe(true);
    for (const r of ['一校', '二校', '三校'] as const) {
      expect(pendingProofRound(s)).toBe(r);
      s = transition(s, r, proof());
    }
    expect(s).toBe('三校完成');
  });

  it('a review may return the article (退改) or drop it (不用); 退改 restarts 三审 at 初审', () => {
    expect(transition('待复审', '复审', review('李主任', '退改'))).toBe('退改');
    expect(transition('待终审', '终审', review('陈主编', '不用'))).toBe('不用');
    expect(transition('退改', '修改后重审')).toBe('待初审');
    expect(checkTransition('退改', '复审', review('李主任')).ok).toBe(false);
  });

  it('cannot enter a volume or be proofread before 终审 passes', () => {
    for (const s of ['已收稿', '待用', '不用', '待初审', '待复审', '待终审', '退改', '已刊用'] as const) expect(canEnterVolume(s)).toBe(false);
    const r = checkTransition('待终审', '一校', proof());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('稿件尚未通过终审（当前状态“待终审”），不能登记一校。');
  });

  it('三审 are by three different people in a round', () => {
    const r = checkTransition('待终审', '终审', review('王编辑'), { roundReviews: [{ stage: '初审', reviewer: '王编辑' }, { stage: '复审', reviewer: '李主任' }] });
    expect(r).toMatchObject({ ok: false, message: '王编辑已担任本轮初审，终审应由另一人担任（三审须由三人分别审稿）。' });
    expect(checkTransition('待复审', '复审', review('李主任'), { roundReviews: [{ stage: '初审', reviewer: '王编辑' }] }).ok).toBe(true);
  });

  it('refuses a step without what it needs', () => {
    expect(checkTransition('已收稿', '不用', {})).toMatchObject({ ok: false, message: '请填写不用原因。' });
    expect(checkTransition('待初审', '初审', { review: { reviewer: '王', date: '2026-03-05', opinion: '', decision: '通过' } })).toMatchObject({ ok: false, message: '请填写初审意见。' });
    expect(checkTransition('终审通过', '一校', proof(2, 3))).toMatchObject({ ok: false, message: '改正差错数不能多于发现差错数。' });
    expect(() => transition('已收稿', '终审', review('王'))).toThrow(ApiError);
  });

  it('lists buttons per status; 刊用 only through the volume', () => {
    expect(allowedActions('已收稿')).toEqual(['采用', '待用', '不用']);
    expect(actionInfo['刊用'].manual).toBe(false);
  });
});
