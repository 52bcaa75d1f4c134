import type { OfficeSettings } from '../../contract/officeSettings';
import type { OpinionIssueDetail, OpinionIssueRecord, OpinionNoticeRecord, OpinionRecord, OpinionSettings, OpinionStats, RankingRowOut } from '../../contract/opinions';
import type { SampleDocument } from '../samples';
import { buildOpinionBulletin, buildOpinionNotice, buildOpinionStatistics, bulletinData, bulletinFileName, noticeData, noticeFileName, statisticsFileName } from './index';

/** What the samples need: the office settings and a way to call the API (the demo database). */
export interface OpinionSampleContext {
  settings: OfficeSettings;
  call<T = unknown>(method: string, input?: unknown): T;
}

/**
 * Every 社情民意 document kind from the demo database: the first printed 《社情民意》 issue with two or
 * more reports, the third quarter's statistics and the 年度通报 with its rankings.
 */
export function opinionSampleDocuments({ settings, call }: OpinionSampleContext, year = 2026): SampleDocument[] {
  const opinion = call<OpinionSettings>('opinion.getSettings', {});
  const issues = call<{ rows: OpinionIssueRecord[] }>('opinionIssue.list', { year, status: '已印发', pageSize: 100 }).rows;
  const chosen = issues.filter((i) => i.reportCount > 1).pop() ?? issues[issues.length - 1];
  const out: SampleDocument[] = [];
  if (chosen) {
    const data = bulletinData(call<OpinionIssueDetail>('opinionIssue.get', { id: chosen.id }), opinion);
    out.push({ fileName: bulletinFileName(data), document: buildOpinionBulletin(data, settings) });
  }
  const quarter = call<OpinionStats>('opinion.stats', { year, quarter: 3 });
  out.push({ fileName: statisticsFileName(quarter), document: buildOpinionStatistics({ stats: quarter, date: `${year}-10-10` }, settings) });
  const stats = call<OpinionStats>('opinion.stats', { year });
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  // The issued 通报 of the year (with its 发文字号) when there is one, else the unnumbered draft.
  const issued = call<OpinionNoticeRecord[]>('opinionNotice.list', { year })[0];
  const notice = noticeData({
    stats,
    member: call<RankingRowOut[]>('opinion.ranking', { by: 'member', ...period }),
    sector: call<RankingRowOut[]>('opinion.ranking', { by: 'sector', ...period }),
    party: call<RankingRowOut[]>('opinion.ranking', { by: 'party', ...period }),
    instructedReports: call<{ rows: OpinionRecord[] }>('opinion.list', { year, instructed: true, pageSize: 200, sortBy: 'receiveNo', sortOrder: 'asc' }).rows,
    scoring: opinion.scoring,
    date: issued?.issueDate ?? `${year + 1}-01-15`,
    docNumber: issued?.docNumber,
  });
  out.push({ fileName: noticeFileName(year, issued?.docNumber), document: buildOpinionNotice(notice, settings) });
  return out;
}
