import type { ProposalBookRow, ProposalListRow, ProposalRecord, ProposalStatistics } from '../../shared/contract/proposals';
import type { SampleDocument } from '../../shared/docs';
import {
  assignNoticeDocument,
  bookDocument,
  catalogDocument,
  feedbackFormDocument,
  keyNoticeDocument,
  overdueByUnit,
  progressReportDocument,
  proposalFormDocument,
  rejectNoticeDocument,
  reminderLetterDocument,
  reportSectionDocument,
  sessionTitle,
  unitsOfList,
} from '../../shared/docs/proposal';
import { filedStatuses } from '../../shared/domain/proposal/status';
import type { SampleContext } from './sources';

/** Every 提案 document kind, built from the demo county's 第四次会议 (dates fixed so the files do not change). */
export function proposalSamples({ settings, call }: SampleContext): SampleDocument[] {
  const term = call<{ id: number; number: number; name: string }[]>('term.list', {}).find((t) => t.number === 11)!;
  const meeting = call<{ id: number; termId: number; number: number; name: string }[]>('meeting.list', {}).find((m) => m.termId === term.id && m.number === 4)!;
  const scope = { termId: term.id, meetingId: meeting.id, today: '2026-07-06' };
  const book = (input: Record<string, unknown>) => call<{ rows: ProposalBookRow[] }>('proposal.book', { ...scope, ...input }).rows;
  const list = (input: Record<string, unknown>) => call<{ rows: ProposalListRow[] }>('proposal.list', { ...scope, pageSize: 1000, ...input }).rows;
  const get = (id: number) => call<ProposalRecord>('proposal.get', { id });
  const categoryOrder = call<{ dict: string; label: string; sort: number }[]>('dictItem.list', {})
    .filter((d) => d.dict === 'proposalCategory')
    .sort((a, b) => a.sort - b.sort)
    .map((d) => d.label);

  const filed = book({ statuses: [...filedStatuses] });
  const assigned = filed.filter((p) => p.mainUnit);
  const joint = list({ kind: '委员联名', statuses: ['已办结'] })[0] ?? list({ statuses: ['已办结'] })[0];
  const rejected = list({ statuses: ['不予立案'] }).find((p) => p.number) ?? list({ statuses: ['不予立案'] })[0];
  const feedback = list({ statuses: ['待征询'] })[0];
  // the office names the first two units the statistics suggest as 优秀承办单位 (the 通报 names them)
  const suggested = call<ProposalStatistics>('proposal.statistics', { termId: term.id, meetingId: meeting.id, asOf: '2026-07-06' }).units.filter((u) => u.candidate && !u.excellent);
  const unitIds = new Map(call<{ id: number; name: string }[]>('unit.list', {}).map((u) => [u.name, u.id]));
  for (const u of suggested.slice(0, 2)) call('proposal.markExcellentUnit', { termId: term.id, meetingId: meeting.id, unitId: unitIds.get(u.unit), date: '2026-07-06', note: '2026年度提案办理工作优秀承办单位' });
  const statistics = call<ProposalStatistics>('proposal.statistics', { termId: term.id, meetingId: meeting.id, asOf: '2026-07-06' });
  const session = sessionTitle(settings, term.name, meeting.name);
  const overdue = overdueByUnit(book({ overdue: true }));
  const [firstUnit] = unitsOfList(assigned);
  const [overdueUnit, overdueRows] = [...overdue.entries()][0];

  return [
    proposalFormDocument(get(joint.id), settings),
    rejectNoticeDocument(get(rejected.id), settings, { date: '2026-03-12' }),
    assignNoticeDocument({ termName: term.name, sessionName: meeting.name, date: '2026-03-20', docSerial: 5, proposals: assigned, layout: 'all' }, settings),
    assignNoticeDocument({ termName: term.name, sessionName: meeting.name, date: '2026-03-20', docSerial: 5, proposals: assigned, layout: 'merged' }, settings),
    assignNoticeDocument({ termName: term.name, sessionName: meeting.name, date: '2026-03-20', docSerial: 5, proposals: assigned, layout: { unit: firstUnit } }, settings),
    keyNoticeDocument({ termName: term.name, sessionName: meeting.name, date: '2026-03-25', docSerial: 6, proposals: filed.filter((p) => p.isKey) }, settings),
    reminderLetterDocument({ unit: overdueUnit, date: '2026-07-06', replyBy: '2026-07-20', docSerial: 9, proposals: overdueRows }, settings),
    feedbackFormDocument(get(feedback.id), settings),
    catalogDocument({ termName: term.name, sessionName: meeting.name, date: '2026-03-20', proposals: filed, categoryOrder }, settings),
    bookDocument({ termName: term.name, sessionName: meeting.name, date: '2026-04-10', proposals: filed, categoryOrder }, settings),
    progressReportDocument({ session, date: '2026-07-06', docSerial: 10, statistics, unanswered: filed.filter((p) => !p.answeredDate) }, settings),
    reportSectionDocument({ session, statistics }, settings),
  ];
}
