import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { OpinionRecord } from '../../../../shared/contract/opinions';
import { levelLabels, opinionStatusDescriptions, type IssueStatus, type OpinionLevel, type OpinionStatus } from '../../../../shared/domain/opinion/status';
import type { ExcelColumn } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';

export const today = () => dayjs().format('YYYY-MM-DD');
export const thisYear = () => dayjs().year();
export const yearOptions = (around = thisYear()) => Array.from({ length: 8 }, (_, i) => around + 1 - i).map((y) => ({ value: y, label: `${y}年` }));

const statusColors: Record<OpinionStatus, string> = {
  已保存: 'default',
  已报送: 'processing',
  留存: 'gold',
  不采用: 'default',
  已采用: 'cyan',
  已编辑: 'blue',
  已审核: 'geekblue',
  已签发: 'purple',
  已印发: 'green',
  已上报: 'green',
  已转办: 'orange',
  已反馈: 'success',
  已作废: 'default',
};

export function StatusTag({ status }: { status: OpinionStatus }) {
  return (
    <Tag color={statusColors[status]} title={opinionStatusDescriptions[status]}>
      {status}
    </Tag>
  );
}

const issueColors: Record<IssueStatus, string> = { 编辑中: 'blue', 已审核: 'geekblue', 已签发: 'purple', 已印发: 'green', 已作废: 'default' };
export const IssueStatusTag = ({ status }: { status: IssueStatus }) => <Tag color={issueColors[status]}>{status}</Tag>;

const levelColors: Record<OpinionLevel, string> = { 县: 'blue', 市: 'cyan', 省: 'orange', 全国: 'red' };
export function LevelTags({ levels, suffix = '' }: { levels: readonly OpinionLevel[]; suffix?: string }) {
  return (
    <>
      {levels.map((l) => (
        <Tag key={l} color={levelColors[l]} style={{ marginInlineEnd: 4 }}>
          {levelLabels[l]}
          {suffix}
        </Tag>
      ))}
    </>
  );
}

/** Members of every term for author selects: “姓名（界别）”. */
export function useMemberOptions() {
  const q = useApiQuery('member.list', { page: 1, pageSize: 1000, sortBy: 'name', sortOrder: 'asc' }, { staleTime: 30_000 });
  return useMemo(() => (q.data?.rows ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName}）`, status: m.status })), [q.data]);
}

export function useTopicOptions(year?: number) {
  const q = useApiQuery('opinionTopic.list', { year, includeVoided: false }, { staleTime: 10_000 });
  return useMemo(() => (q.data ?? []).map((t) => ({ value: t.id, label: `${t.year}年 ${t.title}` })), [q.data]);
}

export const opinionExportColumns: ExcelColumn<OpinionRecord>[] = [
  { header: '收稿编号', width: 11, value: (r) => r.receiveLabel },
  { header: '标题', width: 40, value: (r) => r.editedTitle || r.title },
  { header: '原标题', width: 40, value: (r) => r.title },
  { header: '报送者类型', width: 12, value: (r) => r.authorKind },
  { header: '报送者', width: 22, value: (r) => r.authorLabel },
  { header: '重点选题', width: 22, value: (r) => r.topicTitle ?? '' },
  { header: '报送日期', width: 12, value: (r) => r.submittedAt ?? '' },
  { header: '字数', width: 7, value: (r) => r.chars },
  { header: '状态', width: 8, value: (r) => r.status },
  { header: '审查日期', width: 12, value: (r) => r.decidedAt ?? '' },
  { header: '不采用理由', width: 24, value: (r) => (r.status === '不采用' ? (r.decisionReason ?? '') : '') },
  { header: '期次', width: 14, value: (r) => r.issueLabel ?? '' },
  { header: '印发日期', width: 12, value: (r) => r.printedAt ?? '' },
  { header: '采用级别', width: 16, value: (r) => r.adoptedLevels.map((l) => levelLabels[l]).join('、') },
  { header: '报送上级', width: 12, value: (r) => r.sentLevels.map((l) => levelLabels[l]).join('、') },
  { header: '批示次数', width: 8, value: (r) => r.instructionCount },
  { header: '最高批示级别', width: 10, value: (r) => (r.topInstruction ? levelLabels[r.topInstruction] : '') },
  { header: '来源提案', width: 10, value: (r) => r.sourceProposalId ?? '' },
];
