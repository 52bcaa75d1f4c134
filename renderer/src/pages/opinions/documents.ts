import type { OpinionIssueDetail, OpinionNoticeRecord, OpinionSettings, OpinionStats } from '../../../../shared/contract/opinions';
import { bulletinData, bulletinFileName, noticeData, noticeFileName, noticeTitle, periodLabel, statisticsFileName } from '../../../../shared/docs/opinion';
import type { DocumentRequest } from '../../components/DocumentPreview';
import { call, listAll } from '../../lib/api';
import { today } from './common';

/** 生成Word for one issue of 《社情民意》 (the edited texts, in the issue's order). */
export function bulletinRequest(issue: OpinionIssueDetail, settings: OpinionSettings): DocumentRequest {
  const data = bulletinData(issue, settings);
  return { kind: 'opinion.bulletin', data, fileName: bulletinFileName(data), title: `生成Word：《${settings.bulletinTitle}》${issue.label}` };
}

export function statisticsRequest(stats: OpinionStats): DocumentRequest {
  return { kind: 'opinion.statistics', data: { stats, date: today() }, fileName: statisticsFileName(stats), title: `生成Word：${periodLabel(stats)}社情民意信息工作情况统计` };
}

/**
 * The 年度通报 needs the year's statistics, the three rankings and the reports with 批示; once issued it
 * carries its 发文字号 and 印发日期, before that it is a draft dated today without a number.
 */
export async function noticeRequest(year: number, notice?: Pick<OpinionNoticeRecord, 'docNumber' | 'issueDate'> | null): Promise<DocumentRequest> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [stats, member, sector, party, instructedReports, settings] = await Promise.all([
    call('opinion.stats', { year }),
    call('opinion.ranking', { by: 'member', ...period }),
    call('opinion.ranking', { by: 'sector', ...period }),
    call('opinion.ranking', { by: 'party', ...period }),
    listAll('opinion.list', { year, instructed: true, sortBy: 'receiveNo', sortOrder: 'asc' }),
    call('opinion.getSettings', {}),
  ]);
  const data = noticeData({ stats, member, sector, party, instructedReports, scoring: settings.scoring, date: notice?.issueDate ?? today(), docNumber: notice?.docNumber });
  return { kind: 'opinion.notice', data, fileName: noticeFileName(year, notice?.docNumber), title: `生成Word：${noticeTitle(year)}${notice ? `（${notice.docNumber}）` : '（未编号草稿）'}` };
}
