import { Select, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import type { ProposalListRow } from '../../../../shared/contract/proposals';
import type { ReferenceRecord } from '../../../../shared/contract/reference';
import { statusDescriptions, type ProposalStatus } from '../../../../shared/domain/proposal/status';
import type { ExcelColumn } from '../../lib/excel';
import { useReference } from '../../lib/options';
import { useApiQuery } from '../../lib/query';

const statusColors: Partial<Record<ProposalStatus, string>> = {
  暂存: 'default',
  待预审: 'gold',
  退回修改: 'orange',
  待审查: 'gold',
  立案: 'blue',
  不予立案: 'default',
  已并案: 'default',
  已交办: 'cyan',
  已签收: 'cyan',
  申请退回: 'orange',
  已答复: 'purple',
  答复退回: 'orange',
  待征询: 'geekblue',
  待办结: 'geekblue',
  不满意重办: 'red',
  已办结: 'green',
  已归档: 'green',
  已作废: 'default',
};

export function StatusTag({ status }: { status: ProposalStatus }) {
  return (
    <Tooltip title={statusDescriptions[status]}>
      <Tag color={statusColors[status]}>{status}</Tag>
    </Tooltip>
  );
}

/** The session a list or a statistic is about: a 届, and a 会次, 平时 (null) or every 会次 (undefined). */
export interface SessionScope {
  termId?: number;
  meetingId?: number | null;
}

/** Which 会次 to open on: the newest 会次 of the newest 届 (once both lists have loaded). */
export function useDefaultScope(): SessionScope | undefined {
  const terms = useApiQuery('term.list', { includeVoided: false }, { staleTime: 30_000 });
  const meetings = useApiQuery('meeting.list', { includeVoided: false }, { staleTime: 30_000 });
  return useMemo(() => {
    if (!terms.isSuccess || !meetings.isSuccess || !terms.data.length) return undefined;
    const term = [...terms.data].sort((a, b) => b.number - a.number)[0];
    const meeting = meetings.data.filter((m) => m.termId === term.id).sort((a, b) => b.number - a.number)[0];
    return { termId: term.id, meetingId: meeting?.id ?? null };
  }, [terms.isSuccess, terms.data, meetings.isSuccess, meetings.data]);
}

const ALL = 'all';
const ORDINARY = 'ordinary';

/** 届次 + 会次 (全部会次 / 第N次会议 / 平时提案) selects. */
export function SessionSelect({ value, onChange, allowAllMeetings = true }: { value: SessionScope; onChange: (v: SessionScope) => void; allowAllMeetings?: boolean }) {
  const terms = useReference('term');
  const meetings = useReference('meeting');
  const meetingOptions = [
    ...(allowAllMeetings ? [{ value: ALL, label: '全部会次' }] : []),
    ...meetings.filter((m) => m.termId === value.termId).map((m: ReferenceRecord<'meeting'>) => ({ value: String(m.id), label: m.name })),
    { value: ORDINARY, label: '平时提案' },
  ];
  const meetingValue = value.meetingId === undefined ? ALL : value.meetingId === null ? ORDINARY : String(value.meetingId);
  return (
    <>
      <Select
        aria-label="届次"
        style={{ width: 120 }}
        placeholder="届次"
        value={value.termId}
        options={terms.map((t) => ({ value: t.id, label: t.name }))}
        onChange={(termId: number) => {
          const latest = meetings.filter((m) => m.termId === termId).sort((a, b) => b.number - a.number)[0];
          onChange({ termId, meetingId: latest?.id });
        }}
      />
      <Select
        aria-label="会次"
        style={{ width: 140 }}
        value={meetingValue}
        options={meetingOptions}
        onChange={(v: string) => onChange({ termId: value.termId, meetingId: v === ALL ? undefined : v === ORDINARY ? null : Number(v) })}
      />
    </>
  );
}

/** Items of one dictionary (提案类别, 不予立案理由) as select options, in the office's order. */
export function useDict(dict: 'proposalCategory' | 'rejectReason') {
  const items = useReference('dictItem');
  return useMemo(
    () =>
      items
        .filter((d) => d.dict === dict)
        .sort((a, b) => a.sort - b.sort || a.id - b.id)
        .map((d) => ({ value: d.id, label: d.label })),
    [items, dict],
  );
}

/** Current members of a 届 as options “姓名（界别）”. */
export function useMemberOptions(termId: number | undefined) {
  const q = useApiQuery('member.list', { termId, status: '在任', page: 1, pageSize: 1000, sortBy: 'name', sortOrder: 'asc' }, { enabled: !!termId, staleTime: 30_000 });
  return useMemo(() => (q.data?.rows ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName}）` })), [q.data]);
}

export const proposalExportColumns: ExcelColumn<ProposalListRow>[] = [
  { header: '编号', width: 16, value: (p) => p.number ?? '' },
  { header: '会次', width: 12, value: (p) => `${p.termName}${p.sessionName}` },
  { header: '案由', width: 44, value: (p) => p.title },
  { header: '提案者类型', width: 10, value: (p) => p.kind },
  { header: '提案者', width: 18, value: (p) => p.proposerText },
  { header: '附议人', width: 24, value: (p) => p.cosignerNames },
  { header: '界别', width: 14, value: (p) => p.sectorName ?? '' },
  { header: '党派', width: 10, value: (p) => p.partyName ?? '' },
  { header: '类别', width: 10, value: (p) => p.categoryName },
  { header: '状态', width: 10, value: (p) => p.status },
  { header: '提交日期', width: 12, value: (p) => p.submittedDate ?? '' },
  { header: '交办方式', width: 8, value: (p) => p.mode ?? '' },
  { header: '主办单位', width: 20, value: (p) => p.mainUnit ?? '' },
  { header: '协办单位', width: 28, value: (p) => p.coUnits.join('、') },
  { header: '交办日期', width: 12, value: (p) => p.assignedDate ?? '' },
  { header: '未签收单位', width: 24, value: (p) => `${p.unsignedUnits.join('、')}${p.signOverdue ? '（已逾期）' : ''}` },
  { header: '办理期限', width: 12, value: (p) => p.dueDate ?? '' },
  { header: '是否逾期', width: 8, value: (p) => (p.overdue ? '是' : '') },
  { header: '答复日期', width: 12, value: (p) => p.answeredDate ?? '' },
  { header: '答复类别', width: 8, value: (p) => p.replyClass ?? '' },
  { header: '征询意见', width: 10, value: (p) => p.feedback ?? '' },
  { header: '重点提案', width: 8, value: (p) => (p.isKey ? '是' : '') },
  { header: '督办领导', width: 16, value: (p) => p.keyLeader },
  { header: '优秀提案', width: 8, value: (p) => (p.isExcellent ? '是' : '') },
];
