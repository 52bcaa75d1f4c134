import { Alert, App, Button, Input, Segmented, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { GroupRankRowRecord, MemberRankRowRecord } from '../../../../shared/contract/points';
import { categoryLabels, pointCategories } from '../../../../shared/domain/points/kinds';
import { groupDimensionLabels, rankOrderLabels, rankOrders, type GroupDimension, type RankOrder } from '../../../../shared/domain/points/ranking';
import { rankLabel } from '../../../../shared/domain/ranking';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { exportExcel, type ExcelColumn } from '../../lib/excel';
import { useOptions } from '../../lib/options';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { MemberPointsDrawer } from './MemberPointsDrawer';
import { PeriodPicker, pts, RankText, usePeriod } from './common';
import { annualNoticeRequest } from './documents';

type View = 'member' | GroupDimension;
const views: { value: View; label: string }[] = [
  { value: 'member', label: '委员排名' },
  { value: 'sector', label: '界别积分表' },
  { value: 'group', label: '活动组排名' },
];

/** Rankings for any period: members, the 界别 scoring table (seed 002), 活动组; Excel export; drill-down. */
export function RankingTab() {
  const [params, setParams] = useSearchParams();
  const view = (params.get('view') as View) || 'member';
  const setView = (v: View) =>
    setParams((p) => {
      p.set('view', v);
      return p;
    });
  const [period] = usePeriod();
  const terms = useOptions('term');
  const [termId, setTermId] = useState<number | undefined>();
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  const [preparing, setPreparing] = useState(false);
  const { message } = App.useApp();
  async function notice() {
    setPreparing(true);
    try {
      setRequest(await annualNoticeRequest(period.year, termId));
    } catch (e) {
      void message.error((e as Error).message, 6);
    } finally {
      setPreparing(false);
    }
  }
  return (
    <>
      <div className="page-toolbar">
        <Segmented aria-label="排名对象" options={views} value={view} onChange={(v) => setView(v as View)} />
        <PeriodPicker />
        <Select aria-label="届次" placeholder="届次（默认当届）" allowClear style={{ width: 160 }} options={terms} value={termId} onChange={setTermId} />
        <span className="spacer" />
        <Button loading={preparing} onClick={notice}>
          {period.year}年度履职情况通报
        </Button>
      </div>
      {request && <DocumentPreview request={request} onClose={() => setRequest(null)} />}
      {view === 'member' ? <MemberRanking from={period.from} to={period.to} label={period.label} termId={termId} /> : <GroupRanking by={view} from={period.from} to={period.to} label={period.label} termId={termId} />}
    </>
  );
}

function Notes({ data }: { data?: { closedYears: number[]; missingModules: string[]; unmatched: number; termName: string | null } }) {
  if (!data) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {data.closedYears.length > 0 && <Alert type="info" showIcon title={`${data.closedYears.join('、')}年度已结账：该年度的积分和界别取自结账时的记录，以后修改规则或记录不会改变已结账年度的排名。`} />}
      {data.missingModules.length > 0 && <Alert type="warning" showIcon title={`${data.missingModules.join('、')}尚未启用，相关记录暂不计分。`} />}
    </Space>
  );
}

function MemberRanking({ from, to, label, termId }: { from: string; to: string; label: string; termId?: number }) {
  const q = useApiQuery('points.ranking.members', { from, to, termId });
  const sectors = useOptions('sector');
  const [sectorId, setSectorId] = useState<number | undefined>();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const exporter = useExport();
  const rows = useMemo(() => (q.data?.rows ?? []).filter((r) => (!sectorId || r.sectorId === sectorId) && (!search || r.name.includes(search))), [q.data, sectorId, search]);
  const items = q.data?.items ?? [];

  const columns: ColumnsType<MemberRankRowRecord> = [
    { title: '名次', key: 'rank', width: 110, render: (_, r) => <RankText rank={r.rank} tied={r.tied} /> },
    {
      title: '姓名',
      dataIndex: 'name',
      width: 100,
      render: (name: string, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(r.memberId)}>
          {name}
        </Button>
      ),
    },
    { title: '界别', dataIndex: 'sectorName', ellipsis: true },
    { title: '活动组', dataIndex: 'groupName', width: 120, ellipsis: true },
    ...pointCategories.map((c) => ({ title: categoryLabels[c], key: c, width: 90, align: 'right' as const, render: (_: unknown, r: MemberRankRowRecord) => pts(r.byCategory[c]) })),
    { title: '总积分', dataIndex: 'total', width: 90, align: 'right', render: (t: number) => <b>{pts(t)}</b> },
    { title: '计分记录', dataIndex: 'items', width: 90, align: 'right' },
  ];

  const exportColumns: ExcelColumn<MemberRankRowRecord>[] = [
    { header: '名次', width: 12, value: (r) => rankLabel(r) },
    { header: '姓名', width: 10, value: (r) => r.name },
    { header: '界别', width: 18, value: (r) => r.sectorName },
    { header: '活动组', width: 14, value: (r) => r.groupName },
    { header: '党派', width: 12, value: (r) => r.partyName },
    ...pointCategories.map((c) => ({ header: categoryLabels[c], width: 10, value: (r: MemberRankRowRecord) => r.byCategory[c] })),
    ...items.map((i) => ({ header: i, width: 10, value: (r: MemberRankRowRecord) => r.byItem[i] ?? 0 })),
    { header: '总积分', width: 10, value: (r) => r.total },
  ];

  return (
    <>
      <Notes data={q.data} />
      <div className="page-toolbar">
        <Select aria-label="界别" placeholder="界别" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 180 }} options={sectors} value={sectorId} onChange={setSectorId} />
        <Input.Search aria-label="搜索委员" placeholder="委员姓名" allowClear style={{ width: 180 }} onSearch={setSearch} />
        <span className="spacer" />
        <span style={{ color: '#666' }}>
          {q.data?.termName}
          {q.data ? `，${label}，共${q.data.rows.length}名委员` : ''}
        </span>
        <Button loading={exporter.busy} disabled={!q.data} onClick={() => exporter.run(() => exportExcel(`委员履职积分排名（${label}）`, exportColumns, rows))}>
          导出Excel
        </Button>
      </div>
      <Table<MemberRankRowRecord>
        rowKey="memberId"
        size="middle"
        loading={q.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (n) => `共 ${n} 名委员` }}
        locale={{ emptyText: '没有委员' }}
      />
      {open && <MemberPointsDrawer memberId={open} from={from} to={to} label={label} onClose={() => setOpen(null)} />}
    </>
  );
}

function GroupRanking({ by, from, to, label, termId }: { by: GroupDimension; from: string; to: string; label: string; termId?: number }) {
  const [order, setOrder] = useState<RankOrder>('average');
  const q = useApiQuery('points.ranking.groups', { from, to, termId, by, order });
  const exporter = useExport();
  const what = groupDimensionLabels[by];
  const items = q.data?.items ?? [];
  const columns: ColumnsType<GroupRankRowRecord> = [
    { title: '名次', key: 'rank', width: 110, fixed: 'left', render: (_, r) => <RankText rank={r.rank} tied={r.tied} /> },
    { title: what, dataIndex: 'name', width: 150, fixed: 'left' },
    { title: '人数', dataIndex: 'members', width: 70, align: 'right' },
    ...items.map((i) => ({ title: i, key: i, width: 90, align: 'right' as const, render: (_: unknown, r: GroupRankRowRecord) => pts(r.byItem[i] ?? 0) })),
    { title: '合计', dataIndex: 'total', width: 90, align: 'right', fixed: 'right', render: (t: number) => <b>{pts(t)}</b> },
    { title: '人均', dataIndex: 'average', width: 90, align: 'right', fixed: 'right', render: (t: number) => <b>{pts(t)}</b> },
  ];
  const title = by === 'sector' ? `界别履职积分表（${label}）` : `活动组履职积分排名（${label}）`;
  const exportColumns: ExcelColumn<GroupRankRowRecord>[] = [
    { header: '名次', width: 12, value: (r) => rankLabel(r) },
    { header: what, width: 20, value: (r) => r.name },
    { header: '人数', width: 8, value: (r) => r.members },
    ...items.map((i) => ({ header: i, width: 10, value: (r: GroupRankRowRecord) => r.byItem[i] ?? 0 })),
    ...pointCategories.map((c) => ({ header: categoryLabels[c], width: 10, value: (r: GroupRankRowRecord) => r.byCategory[c] })),
    { header: '合计', width: 10, value: (r) => r.total },
    { header: '人均', width: 10, value: (r) => r.average },
  ];
  return (
    <>
      <Notes data={q.data} />
      <div className="page-toolbar">
        <span>排名依据：</span>
        <Select aria-label="排名依据" style={{ width: 120 }} options={rankOrders.map((o) => ({ value: o, label: rankOrderLabels[o] }))} value={order} onChange={setOrder} />
        <span className="spacer" />
        <Button loading={exporter.busy} disabled={!q.data} onClick={() => exporter.run(() => exportExcel(title, exportColumns, q.data?.rows ?? []))}>
          导出Excel
        </Button>
      </div>
      <Table<GroupRankRowRecord>
        rowKey={(r) => `${r.id}-${r.name}`}
        size="middle"
        bordered
        loading={q.isFetching}
        columns={columns}
        dataSource={q.data?.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        title={() => <b>{title}</b>}
        summary={() =>
          q.data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                合计
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {q.data.totals.members}
              </Table.Summary.Cell>
              {items.map((i, k) => (
                <Table.Summary.Cell key={i} index={3 + k} align="right">
                  {pts(q.data!.totals.byItem[i] ?? 0)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={3 + items.length} align="right">
                <b>{pts(q.data.totals.total)}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4 + items.length} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
