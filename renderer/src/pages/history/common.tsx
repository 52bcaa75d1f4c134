import { Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatRate, meetsTarget, targetLabel } from '../../../../shared/domain/history/errorRate';
import { articleStatusDescriptions, type ArticleStatus } from '../../../../shared/domain/history/status';
import { useApiQuery } from '../../lib/query';
export { cnDate, todayIso } from '../../lib/dates';



const statusColor: Record<ArticleStatus, string> = {
  已收稿: 'default',
  待用: 'purple',
  不用: 'default',
  待初审: 'gold',
  待复审: 'orange',
  待终审: 'volcano',
  退改: 'red',
  终审通过: 'blue',
  一校完成: 'cyan',
  二校完成: 'cyan',
  三校完成: 'geekblue',
  已刊用: 'green',
};

export function ArticleStatusTag({ status }: { status: string }) {
  const s = status as ArticleStatus;
  return (
    <Tooltip title={articleStatusDescriptions[s]}>
      <Tag color={statusColor[s] ?? 'default'} data-status={s}>
        {s}
      </Tag>
    </Tooltip>
  );
}

export { proofDone } from '../../../../shared/domain/history/status';

/** 差错率 against the ≤ 1/10,000 target: green when it meets it, red when not. */
export function RateTag({ rate, label, neutral }: { rate: number | null | undefined; label?: string; neutral?: boolean }) {
  if (rate === null || rate === undefined) return <span style={{ color: '#999' }}>—</span>;
  const ok = meetsTarget(rate);
  // 一校/二校 find many errors by design: their rate is shown, the target is judged on the last 校次
  if (neutral)
    return (
      <Tag data-rate={rate}>
        {label ?? ''}
        {formatRate(rate)}
      </Tag>
    );
  return (
    <Tooltip title={`目标${targetLabel}`}>
      <Tag color={ok ? 'green' : 'red'} data-rate={rate} data-meets={ok ? 'yes' : 'no'}>
        {label ?? ''}
        {formatRate(rate)}
        {ok ? ' 达标' : ' 超标'}
      </Tag>
    </Tooltip>
  );
}

export function volumeText(v: { volumeNumber?: number | null; volumeTitle?: string | null }) {
  return v.volumeNumber ? `第${v.volumeNumber}辑${v.volumeTitle ? `《${v.volumeTitle}》` : ''}` : '';
}

export function useCallOptions() {
  const q = useApiQuery('history.call.list', { includeVoided: false });
  return useMemo(() => (q.data ?? []).map((c) => ({ value: c.id, label: `${c.topic}（截止${c.deadline}）` })), [q.data]);
}

export interface AuthorMemberOption {
  value: number;
  label: string;
  name: string;
  sectorName: string;
}

/**
 * 委员 an author may be: the members in office (and the one already linked, even if since left),
 * as 姓名（界别）; two members of the same name also show their 工作单位 so the clerk can tell them apart.
 */
export function useAuthorMemberOptions(linkedId: number | null | undefined): AuthorMemberOption[] {
  const q = useApiQuery('member.list', { page: 1, pageSize: 1000, sortBy: 'name', sortOrder: 'asc' }, { staleTime: 30_000 });
  return useMemo(() => {
    const rows = (q.data?.rows ?? []).filter((m) => m.status === '在任' || m.id === linkedId);
    const count = new Map<string, number>();
    for (const m of rows) count.set(m.name, (count.get(m.name) ?? 0) + 1);
    return rows.map((m) => {
      const extra = (count.get(m.name) ?? 0) > 1 && m.workUnit ? `，${m.workUnit}` : '';
      return { value: m.id, label: `${m.name}（${m.sectorName}${extra}${m.status === '在任' ? '' : '，已离任'}）`, name: m.name, sectorName: m.sectorName };
    });
  }, [q.data, linkedId]);
}

/** 作者 with a 委员 tag when the article is linked to a member. */
export function AuthorText({ author, memberId }: { author: string; memberId: number | null }) {
  return (
    <span>
      {author}
      {memberId !== null && (
        <Tag color="blue" style={{ marginInlineStart: 4 }} data-member-author={memberId}>
          委员
        </Tag>
      )}
    </span>
  );
}

export function useVolumeOptions() {
  const q = useApiQuery('history.volume.list', { includeVoided: false });
  return useMemo(() => (q.data ?? []).map((v) => ({ value: v.id, label: `第${v.number}辑《${v.title}》` })), [q.data]);
}

/** Opens another view of the 文史资料 page by changing the address (?tab=…, ?article=…, ?volume=…). */
export function useHistoryNav() {
  const [, setParams] = useSearchParams();
  return (params: Record<string, string | number | undefined>) =>
    setParams(() => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
      return p;
    });
}
