import { Button, DatePicker, Select, Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ScoredLineRecord } from '../../../../shared/contract/points';
import { rankLabel } from '../../../../shared/domain/ranking';
import { useApiQuery } from '../../lib/query';
import { recordRoute } from '../../lib/recordRoute';
export { todayIso } from '../../lib/dates';


export const spans = ['全年', '上半年', '下半年', '第一季度', '第二季度', '第三季度', '第四季度', '自定义'] as const;
export type Span = (typeof spans)[number];

const spanRange: Record<Exclude<Span, '自定义'>, [string, string]> = {
  全年: ['01-01', '12-31'],
  上半年: ['01-01', '06-30'],
  下半年: ['07-01', '12-31'],
  第一季度: ['01-01', '03-31'],
  第二季度: ['04-01', '06-30'],
  第三季度: ['07-01', '09-30'],
  第四季度: ['10-01', '12-31'],
};

export interface PeriodState {
  year: number;
  span: Span;
  from: string;
  to: string;
  /** 2026年, 2026年上半年, 2026-03-01至2026-05-31 */
  label: string;
}

/** The period every points page shows, kept in the address (?year=2026&span=上半年 or &from=…&to=…). */
export function usePeriod(): [PeriodState, (patch: Partial<Pick<PeriodState, 'year' | 'span' | 'from' | 'to'>>) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const span = (spans as readonly string[]).includes(params.get('span') ?? '') ? (params.get('span') as Span) : '全年';
  let from: string;
  let to: string;
  if (span === '自定义') {
    from = params.get('from') ?? `${year}-01-01`;
    to = params.get('to') ?? `${year}-12-31`;
  } else {
    [from, to] = spanRange[span].map((d) => `${year}-${d}`);
  }
  const label = span === '自定义' ? `${from}至${to}` : span === '全年' ? `${year}年` : `${year}年${span}`;
  const set = (patch: Partial<Pick<PeriodState, 'year' | 'span' | 'from' | 'to'>>) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(patch)) p.set(k, String(v));
      return p;
    });
  return [{ year, span, from, to, label }, set];
}

/** Years with 活动/会议 or a closure, and this year, newest first. */
export function useYearOptions(current?: number) {
  const years = useApiQuery('points.year.list', {});
  return useMemo(() => {
    const all = new Set([...(years.data ?? []).map((y) => y.year), new Date().getFullYear(), ...(current ? [current] : [])]);
    return [...all].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
  }, [years.data, current]);
}

export function PeriodPicker() {
  const [period, setPeriod] = usePeriod();
  const years = useYearOptions(period.year);
  return (
    <Space wrap>
      <Select aria-label="年度" style={{ width: 110 }} options={years} value={period.year} onChange={(year) => setPeriod({ year })} />
      <Select aria-label="时段" style={{ width: 120 }} options={spans.map((s) => ({ value: s, label: s }))} value={period.span} onChange={(span) => setPeriod({ span })} />
      {period.span === '自定义' && (
        <DatePicker.RangePicker
          aria-label="起止日期"
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(r) => r?.[0] && r[1] && setPeriod({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })}
        />
      )}
    </Space>
  );
}

/** Members in office, for selects: “姓名（界别）”. */
export function useMemberOptions() {
  const q = useApiQuery('member.list', { page: 1, pageSize: 1000, status: '在任', sortBy: 'sector', sortOrder: 'asc' }, { staleTime: 30_000 });
  return useMemo(() => q.data?.rows ?? [], [q.data]);
}

/** 29 / 2.5 / −3 */
export const pts = (n: number) => (n < 0 ? `−${-n}` : String(n));

export function RankText({ rank, tied }: { rank: number | null; tied: boolean }) {
  if (rank === null) return <span>—</span>;
  return <span data-rank={rank}>{rankLabel({ rank, tied })}</span>;
}

/** The tags that explain a line's points: 已达年度上限, 按最高级别补差, 结账数据. */
export function LineTags({ line }: { line: ScoredLineRecord }) {
  return (
    <>
      {line.capped && (
        <Tooltip title={`规则每项${line.rulePoints}分，本年度已达上限`}>
          <Tag color="orange">已达年度上限</Tag>
        </Tooltip>
      )}
      {line.topped && (
        <Tooltip title="同一篇信息已按较低级别计分，这里只计差额（按最高级别计分）">
          <Tag color="blue">按最高级别补差</Tag>
        </Tooltip>
      )}
      {line.share && (
        <Tooltip title={`规则每项${line.rulePoints}分；联名记录按规则的联名计分方式计给每位作者`}>
          <Tag color="purple">{line.share}</Tag>
        </Tooltip>
      )}
      {line.closed && <Tag>结账数据</Tag>}
    </>
  );
}

export { moduleColor } from '../../lib/moduleColor';

/** A record's label that opens the record: a link to its module's page, or the attendance of a 会议/活动. */
export function RecordLink({ table, id, date, label, onEvent }: { table: string; id: number; date: string | null; label: string; onEvent: (id: number) => void }) {
  const style = { padding: 0, height: 'auto', whiteSpace: 'normal' as const, textAlign: 'left' as const };
  if (table === 'points_events')
    return (
      <Button type="link" size="small" style={style} onClick={() => onEvent(id)}>
        {label}
      </Button>
    );
  const to = recordRoute(table, id, date);
  return to ? (
    <Link to={to} title="打开这条记录">
      {label}
    </Link>
  ) : (
    <span>{label}</span>
  );
}
