import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Select, Space, Spin, Statistic, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { OpinionGroupRow, OpinionStats, OpinionTotalsOut } from '../../../../shared/contract/opinions';
import { levelLabels, opinionLevels, upperLevels } from '../../../../shared/domain/opinion/status';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { EChart } from '../../components/EChart';
import { PageTitle } from '../../components/PageTitle';
import { VoidButton } from '../../components/VoidButton';
import { exportExcelSheets, type ExcelColumn, type ExcelSheet } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { thisYear, yearOptions } from './common';
import { NoticeIssueDialog } from './dialogs';
import { noticeRequest, statisticsRequest } from './documents';

type Row = { name: string; totals: OpinionTotalsOut };

const above = (t: OpinionTotalsOut) => t.adoptedByLevel.市 + t.adoptedByLevel.省 + t.adoptedByLevel.全国;
const instructionsTotal = (t: OpinionTotalsOut) => opinionLevels.reduce((n, l) => n + t.instructionsByLevel[l], 0);

/** The columns every statistics table has, for the screen and for Excel. */
const measures: { title: string; value: (t: OpinionTotalsOut) => number | string; width?: number }[] = [
  { title: '收到', value: (t) => t.received },
  { title: '采用', value: (t) => t.adopted },
  { title: '采用率', value: (t) => `${t.adoptionRate.toFixed(2)}%`, width: 80 },
  { title: '不采用', value: (t) => t.rejected },
  { title: '留存', value: (t) => t.kept },
  { title: '印发', value: (t) => t.printed },
  { title: '市级以上采用', value: (t) => above(t), width: 100 },
  { title: '报送上级', value: (t) => t.sentUp },
  { title: '获批示（件）', value: (t) => t.instructed, width: 96 },
  { title: '批示（人次）', value: (t) => instructionsTotal(t), width: 96 },
  { title: '转办', value: (t) => t.transferred },
];

function tableColumns(nameTitle: string): ColumnsType<Row> {
  return [
    { title: nameTitle, dataIndex: 'name', key: 'name', fixed: 'left', width: 180 },
    ...measures.map((m) => ({ title: m.title, key: m.title, width: m.width ?? 72, align: 'right' as const, render: (_: unknown, r: Row) => m.value(r.totals) })),
  ];
}

function excelColumns(nameTitle: string): ExcelColumn<Row>[] {
  return [{ header: nameTitle, width: 24, value: (r) => r.name }, ...measures.map((m) => ({ header: m.title, width: Math.max(8, m.title.length * 2 + 2), value: (r: Row) => m.value(r.totals) }))];
}

const groupTabs: { key: keyof Pick<OpinionStats, 'bySector' | 'byParty' | 'byMember' | 'byTopic' | 'byAuthorKind'>; label: string; nameTitle: string }[] = [
  { key: 'bySector', label: '按界别', nameTitle: '界别' },
  { key: 'byParty', label: '按党派团体', nameTitle: '党派团体' },
  { key: 'byMember', label: '按委员', nameTitle: '委员' },
  { key: 'byTopic', label: '按重点选题', nameTitle: '重点选题' },
  { key: 'byAuthorKind', label: '按报送者类型', nameTitle: '报送者类型' },
];

export function StatsPage() {
  const navigate = useNavigate();
  const [year, setYear] = useState(thisYear());
  const [quarter, setQuarter] = useState<number | undefined>();
  const q = useApiQuery('opinion.stats', { year, quarter });
  const exporter = useExport();
  const { message } = App.useApp();
  const [doc, setDoc] = useState<DocumentRequest | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const notice = useApiQuery('opinionNotice.list', { year, includeVoided: false }).data?.[0];
  const office = useApiQuery('settings.getOffice', {});
  const voidNotice = useApiMutation('opinionNotice.void', { success: '年度通报已作废（原发文字号不再使用）' });
  const s = q.data;
  const period = quarter ? `${year}年第${'一二三四'[quarter - 1]}季度` : `${year}年`;

  const quarterOption = useMemo(() => {
    if (!s) return {};
    const series = [
      { name: '收到', get: (t: OpinionTotalsOut) => t.received },
      { name: '采用', get: (t: OpinionTotalsOut) => t.adopted },
      { name: '印发', get: (t: OpinionTotalsOut) => t.printed },
      { name: '报送上级', get: (t: OpinionTotalsOut) => t.sentUp },
      { name: '获批示', get: (t: OpinionTotalsOut) => t.instructed },
    ];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: s.quarters.map((x) => x.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((x) => ({ name: x.name, type: 'bar', data: s.quarters.map((qq) => x.get(qq.totals)), label: { show: true, position: 'top' } })),
    };
  }, [s]);

  const levelOption = useMemo(() => {
    if (!s) return {};
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: opinionLevels.map((l) => levelLabels[l]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '采用', type: 'bar', data: opinionLevels.map((l) => s.totals.adoptedByLevel[l]), label: { show: true, position: 'top' } },
        { name: '报送上级', type: 'bar', data: opinionLevels.map((l) => (l === '县' ? 0 : s.totals.sentUpByLevel[l as (typeof upperLevels)[number]])), label: { show: true, position: 'top' } },
        { name: '批示（人次）', type: 'bar', data: opinionLevels.map((l) => s.totals.instructionsByLevel[l]), label: { show: true, position: 'top' } },
      ],
    };
  }, [s]);

  const kindOption = useMemo(() => {
    if (!s) return {};
    return {
      tooltip: { trigger: 'item', formatter: '{b}：{c}篇（{d}%）' },
      legend: { bottom: 0, formatter: (name: string) => `${name} ${s.byAuthorKind.find((g) => g.name === name)?.totals.received ?? 0}` },
      series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '42%'], label: { show: false }, data: s.byAuthorKind.map((g) => ({ name: g.name, value: g.totals.received })) }],
    };
  }, [s]);

  if (!s) return <Spin />;

  const cards = [
    { title: '重点选题', value: s.topics, suffix: '个', to: '/opinions/topics' },
    { title: '收到信息', value: s.totals.received, suffix: '篇', to: '/opinions/reports' },
    { title: '采用', value: s.totals.adopted, suffix: `篇（${s.totals.adoptionRate.toFixed(2)}%）` },
    { title: '《社情民意》印发', value: s.totals.printed, suffix: `篇 / ${s.issues}期`, to: '/opinions/issues' },
    { title: '报送上级', value: s.totals.sentUp, suffix: '篇' },
    { title: '获领导批示', value: s.totals.instructed, suffix: `篇（${instructionsTotal(s.totals)}人次）` },
  ];

  const sheets = (): ExcelSheet<never>[] => {
    const summary: Row[] = [{ name: period, totals: s.totals }];
    const levels = opinionLevels.map((l) => ({ name: levelLabels[l], adopted: s.totals.adoptedByLevel[l], sent: l === '县' ? '' : s.totals.sentUpByLevel[l as (typeof upperLevels)[number]], instructed: s.totals.instructedByLevel[l], instructions: s.totals.instructionsByLevel[l] }));
    type LevelRow = (typeof levels)[number];
    return [
      { name: '汇总', title: `${period}社情民意信息统计（重点选题${s.topics}个）`, columns: excelColumns('时段'), rows: summary },
      {
        name: '按级别',
        title: `${period}采用、报送与批示（按级别）`,
        columns: [
          { header: '级别', width: 10, value: (r: LevelRow) => r.name },
          { header: '采用（篇）', width: 12, value: (r: LevelRow) => r.adopted },
          { header: '报送（篇）', width: 12, value: (r: LevelRow) => r.sent },
          { header: '获批示（篇）', width: 14, value: (r: LevelRow) => r.instructed },
          { header: '批示（人次）', width: 14, value: (r: LevelRow) => r.instructions },
        ],
        rows: levels,
      },
      { name: '按季度', title: `${year}年各季度`, columns: excelColumns('季度'), rows: s.quarters.map((x) => ({ name: x.label, totals: x.totals })) },
      ...groupTabs.map((g) => ({ name: g.label, title: `${period}${g.label}统计`, columns: excelColumns(g.nameTitle), rows: s[g.key] as OpinionGroupRow[] })),
    ] as unknown as ExcelSheet<never>[];
  };

  return (
    <>
      <PageTitle
        title="社情民意统计"
        extra={
          <Space>
            <Button icon={<FileWordOutlined />} onClick={() => setDoc(statisticsRequest(s))}>
              {quarter ? '季度统计（Word）' : '年度统计（Word）'}
            </Button>
            {notice ? (
              <Space size={0} data-testid="notice-issued">
                <Tag color="green">{`${year}年度通报已印发：${notice.docNumber}`}</Tag>
                <VoidButton what="年度通报" name={notice.docNumber} onConfirm={(reason) => voidNotice.mutateAsync({ id: notice.id, version: notice.version, reason })} />
              </Space>
            ) : (
              <Button disabled={!office.data} onClick={() => setIssuing(true)}>
                印发年度通报
              </Button>
            )}
            <Button
              icon={<FileWordOutlined />}
              loading={preparing}
              onClick={async () => {
                setPreparing(true);
                try {
                  setDoc(await noticeRequest(year, notice));
                } catch (e) {
                  void message.error((e as Error).message, 6);
                } finally {
                  setPreparing(false);
                }
              }}
            >
              {`${year}年度通报（Word）`}
            </Button>
            <Button loading={exporter.busy} onClick={() => exporter.run(() => exportExcelSheets(`社情民意统计-${period}`, sheets()))}>
              导出Excel
            </Button>
          </Space>
        }
      />
      <div className="page-toolbar">
        <Select aria-label="统计年度" style={{ width: 110 }} options={yearOptions()} value={year} onChange={setYear} />
        <Select
          aria-label="统计季度"
          style={{ width: 120 }}
          value={quarter ?? 0}
          onChange={(v) => setQuarter(v || undefined)}
          options={[{ value: 0, label: '全年' }, ...[1, 2, 3, 4].map((n) => ({ value: n, label: `第${'一二三四'[n - 1]}季度` }))]}
        />
        <span style={{ color: '#888' }}>各项按其发生日期计入统计时段：收到按报送日期，采用按审查或上级采用日期，印发按印发日期，批示按批示日期。</span>
      </div>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {cards.map((c) => (
          <Col span={4} key={c.title}>
            <Card size="small" hoverable={!!c.to} onClick={() => c.to && navigate(c.to)} className="stat-card">
              <Statistic title={c.title} value={c.value} suffix={<span style={{ fontSize: 13 }}>{c.suffix}</span>} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={10}>
          <Card size="small" title={`${year}年各季度`}>
            <EChart label="各季度统计图" option={quarterOption} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title="采用、报送与批示（按级别）">
            <EChart label="按级别统计图" option={levelOption} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" title="报送者类型">
            <EChart label="报送者类型统计图" option={kindOption} />
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'quarters',
              label: '按季度',
              children: <Table size="small" rowKey="name" pagination={false} scroll={{ x: 1100 }} columns={tableColumns('季度')} dataSource={[...s.quarters.map((x) => ({ name: x.label, totals: x.totals })), ...(quarter ? [] : [{ name: `${year}年全年`, totals: s.totals }])]} />,
            },
            ...groupTabs.map((g) => ({
              key: g.key,
              label: g.label,
              children: <Table size="small" rowKey="key" pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 1100 }} columns={tableColumns(g.nameTitle)} dataSource={s[g.key] as OpinionGroupRow[]} />,
            })),
          ]}
        />
      </Card>
      {doc && <DocumentPreview request={doc} onClose={() => setDoc(null)} />}
      {issuing && office.data && <NoticeIssueDialog year={year} prefix={office.data.series.opinion.prefix} onClose={() => setIssuing(false)} />}
    </>
  );
}
