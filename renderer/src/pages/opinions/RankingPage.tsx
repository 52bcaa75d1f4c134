import { Alert, Button, DatePicker, Radio, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { rankByLabels, rankByValues, type RankingRowOut } from '../../../../shared/contract/opinions';
import { describeScoring } from '../../../../shared/domain/opinion/scoring';
import { rankLabel } from '../../../../shared/domain/ranking';
import { PageTitle } from '../../components/PageTitle';
import { exportExcel, type ExcelColumn } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';

type By = (typeof rankByValues)[number];

const quick = () => {
  const y = dayjs().year();
  const q = Math.floor(dayjs().month() / 3);
  const qStart = dayjs(new Date(y, q * 3, 1));
  return [
    { label: '本年', from: `${y}-01-01`, to: `${y}-12-31` },
    { label: '上年', from: `${y - 1}-01-01`, to: `${y - 1}-12-31` },
    { label: '本季度', from: qStart.format('YYYY-MM-DD'), to: qStart.add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD') },
  ];
};

/** 委员 / 界别 / 党派团体 ranking for any period, from the scoring rules in 设置 (ties share a rank). */
export function RankingPage() {
  const [by, setBy] = useState<By>('member');
  const [range, setRange] = useState(quick()[0]);
  const rows = useApiQuery('opinion.ranking', { by, from: range.from, to: range.to });
  const settings = useApiQuery('opinion.getSettings', {});
  const exporter = useExport();
  const who = rankByLabels[by];
  const columns: ColumnsType<RankingRowOut> = [
    { title: '名次', key: 'rank', width: 100, render: (_, r) => (r.tied ? <Tag color="orange">{rankLabel(r)}</Tag> : rankLabel(r)) },
    { title: who, dataIndex: 'name', width: 160 },
    ...(by === 'member'
      ? [
          { title: '界别', dataIndex: 'sectorName', width: 150 },
          { title: '党派', dataIndex: 'partyName', width: 110 },
        ]
      : []),
    { title: '报送', dataIndex: 'received', width: 70, align: 'right' },
    { title: '采用', dataIndex: 'adopted', width: 70, align: 'right' },
    { title: '上级采用', dataIndex: 'adoptedAbove', width: 80, align: 'right' },
    { title: '获批示', dataIndex: 'instructed', width: 70, align: 'right' },
    { title: '报送分', dataIndex: 'submittedPoints', width: 80, align: 'right' },
    { title: '采用分', dataIndex: 'adoptionPoints', width: 80, align: 'right' },
    { title: '批示分', dataIndex: 'instructionPoints', width: 80, align: 'right' },
    { title: '积分', dataIndex: 'points', width: 80, align: 'right', render: (v: number) => <b>{v}</b> },
  ];
  const excel: ExcelColumn<RankingRowOut>[] = [
    { header: '名次', width: 12, value: (r) => rankLabel(r) },
    { header: who, width: 16, value: (r) => r.name },
    ...(by === 'member' ? [{ header: '界别', width: 18, value: (r: RankingRowOut) => r.sectorName ?? '' }, { header: '党派', width: 12, value: (r: RankingRowOut) => r.partyName ?? '' }] : []),
    { header: '报送', width: 8, value: (r) => r.received },
    { header: '采用', width: 8, value: (r) => r.adopted },
    { header: '上级采用', width: 10, value: (r) => r.adoptedAbove },
    { header: '获批示', width: 8, value: (r) => r.instructed },
    { header: '报送分', width: 8, value: (r) => r.submittedPoints },
    { header: '采用分', width: 8, value: (r) => r.adoptionPoints },
    { header: '批示分', width: 8, value: (r) => r.instructionPoints },
    { header: '积分', width: 8, value: (r) => r.points },
  ];
  return (
    <>
      <PageTitle
        title="社情民意排名"
        extra={
          <Button loading={exporter.busy} disabled={!rows.data?.length} onClick={() => exporter.run(() => exportExcel(`社情民意${who}排名-${range.from}至${range.to}`, excel, rows.data ?? []))}>
            导出Excel
          </Button>
        }
      />
      <div className="page-toolbar">
        <Radio.Group aria-label="排名对象" optionType="button" value={by} onChange={(e) => setBy(e.target.value)} options={rankByValues.map((v) => ({ value: v, label: rankByLabels[v] }))} />
        <DatePicker.RangePicker
          aria-label="统计时段"
          allowClear={false}
          value={[dayjs(range.from), dayjs(range.to)]}
          onChange={(v) => v?.[0] && v[1] && setRange({ label: '', from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
        />
        <Space size={4}>
          {quick().map((p) => (
            <Button key={p.label} size="small" type={range.from === p.from && range.to === p.to ? 'primary' : 'default'} onClick={() => setRange(p)}>
              {p.label}
            </Button>
          ))}
        </Space>
      </div>
      {settings.data && <Alert type="info" showIcon title={`计分规则：${describeScoring(settings.data.scoring)}（可在 系统 → 社情民意设置 中修改）`} style={{ marginBottom: 12 }} />}
      <Table<RankingRowOut> rowKey="key" size="middle" loading={rows.isFetching} columns={columns} dataSource={rows.data} pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 个${who === '委员' ? '委员' : who}` }} />
    </>
  );
}
