import type { RuleRecord } from '../../../../shared/contract/points';
import { annualNoticeData, annualNoticeTitle, figuresDraftData, figuresDraftTitle } from '../../../../shared/docs/points';
import { documentFileName } from '../../../../shared/docs';
import type { DocumentRequest } from '../../components/DocumentPreview';
import { call } from '../../lib/api';
import { todayIso } from './common';

/**
 * The 年度履职情况通报 of a year: everything it prints is read from the API now; once issued
 * (年度结账 → 印发通报) it carries its 发文字号 and 成文日期, before that it is a draft dated today.
 */
export async function annualNoticeRequest(year: number, termId?: number): Promise<DocumentRequest> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31`, termId };
  const [notices, members, sectors, groups, rules, figures] = await Promise.all([
    call('points.notice.list', { year }),
    call('points.ranking.members', period),
    call('points.ranking.groups', { ...period, by: 'sector' }),
    call('points.ranking.groups', { ...period, by: 'group' }),
    call('points.rule.list', {}),
    call('points.figures', { year }),
  ]);
  const issued = notices.find((n) => !n.voidedAt);
  const data = annualNoticeData({ year, issueDate: issued?.issueDate ?? todayIso(), docNumber: issued?.docNumber ?? null, members, sectors, groups, rules: rules as RuleRecord[], figures });
  const title = annualNoticeTitle(year);
  return { kind: 'points.annualNotice', data, fileName: documentFileName(issued?.docNumber, title), title: `生成Word：${issued ? `${issued.docNumber} ` : ''}${title}${issued ? '' : '（未编号）'}` };
}

export async function figuresDraftRequest(year: number): Promise<DocumentRequest> {
  const figures = await call('points.figures', { year });
  const title = figuresDraftTitle(year);
  return { kind: 'points.figuresDraft', data: figuresDraftData(figures, todayIso()), fileName: documentFileName(undefined, `${title}（草稿）`), title: `生成Word：${title}（草稿）` };
}
