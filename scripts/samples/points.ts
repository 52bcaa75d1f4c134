import type { MethodOutput } from '../../shared/contract';
import type { RuleRecord } from '../../shared/contract/points';
import { annualNotice, annualNoticeData, figuresDraft, figuresDraftData } from '../../shared/docs/points';
import type { SampleContext } from './sources';

/** 履职积分 documents from the demo county: the closed year 2025's 通报 as issued (with its 发文字号) and its 年度数据 draft. */
export function pointsSamples({ settings, call }: SampleContext) {
  const year = 2025;
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const figures = call<MethodOutput<'points.figures'>>('points.figures', { year });
  const issued = call<MethodOutput<'points.notice.list'>>('points.notice.list', { year }).find((x) => !x.voidedAt);
  const data = annualNoticeData({
    year,
    issueDate: issued?.issueDate ?? '2026-01-20',
    docNumber: issued?.docNumber ?? null,
    members: call<MethodOutput<'points.ranking.members'>>('points.ranking.members', period),
    sectors: call<MethodOutput<'points.ranking.groups'>>('points.ranking.groups', { ...period, by: 'sector' }),
    groups: call<MethodOutput<'points.ranking.groups'>>('points.ranking.groups', { ...period, by: 'group' }),
    rules: call<RuleRecord[]>('points.rule.list', {}),
    figures,
  });
  return [annualNotice(data, settings), figuresDraft(figuresDraftData(figures, '2026-01-20'), settings)];
}
