import { Alert, Button, Card, Col, DatePicker, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { EChart } from '../../components/EChart';
import { PageTitle } from '../../components/PageTitle';
import { exportExcelSheets, type ExcelColumn, type ExcelSheet } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { useOptions } from '../../lib/options';
import { SessionSelect, useDefaultScope, type SessionScope } from './common';
import { ExcellentUnitsCard, MarkExcellentUnitDialog } from './ExcellentUnits';
import { ReportDocumentButton } from './ProposalDocuments';

type Stats = MethodOutput<'proposal.statistics'>;
type FilingRow = Stats['byKind'][number];
type UnitRow = Stats['units'][number];

const filingColumns = (first: string): ColumnsType<FilingRow> => [
  { title: first, dataIndex: 'key' },
  { title: '收到', dataIndex: 'received', align: 'right', width: 80 },
  { title: '立案', dataIndex: 'filed', align: 'right', width: 80 },
  { title: '立案率', render: (_, r) => r.filingRate.text, align: 'right', width: 90 },
  { title: '已答复', dataIndex: 'answered', align: 'right', width: 80 },
  { title: '办复率', render: (_, r) => r.answerRate.text, align: 'right', width: 90 },
];

const unitColumns: ColumnsType<UnitRow> = [
  {
    title: '承办单位',
    dataIndex: 'unit',
    render: (u: string, r) => (
      <Space size={4} wrap>
        {u}
        {r.excellent && <Tag color="gold">优秀承办单位</Tag>}
        {!r.excellent && r.candidate && (
          <Tooltip title="主办提案全部按期办复，征询意见全部满意或基本满意">
            <Tag color="green">建议评优</Tag>
          </Tooltip>
        )}
      </Space>
    ),
  },
  { title: '主办', dataIndex: 'main', align: 'right', width: 70 },
  { title: '主办已答复', dataIndex: 'mainAnswered', align: 'right', width: 100 },
  { title: '按期', dataIndex: 'mainOnTime', align: 'right', width: 70 },
  { title: '按期办复率', render: (_, r) => r.mainOnTimeRate.text, align: 'right', width: 100 },
  { title: '协办', dataIndex: 'co', align: 'right', width: 70 },
  { title: '协办已答复', dataIndex: 'coAnswered', align: 'right', width: 100 },
  { title: '办复率', render: (_, r) => r.answerRate.text, align: 'right', width: 90 },
  { title: 'A类', render: (_, r) => r.replyClasses.A, align: 'right', width: 60 },
  { title: 'B类', render: (_, r) => r.replyClasses.B, align: 'right', width: 60 },
  { title: 'C类', render: (_, r) => r.replyClasses.C, align: 'right', width: 60 },
  { title: '满意率', render: (_, r) => r.satisfactionRate.text, align: 'right', width: 90 },
];

const excelFiling = (first: string): ExcelColumn<FilingRow>[] => [
  { header: first, width: 24, value: (r) => r.key },
  { header: '收到', value: (r) => r.received },
  { header: '立案', value: (r) => r.filed },
  { header: '立案率', width: 10, value: (r) => r.filingRate.text },
  { header: '已答复', value: (r) => r.answered },
  { header: '办复率', width: 10, value: (r) => r.answerRate.text },
];
const excelUnits: ExcelColumn<UnitRow>[] = [
  { header: '承办单位', width: 28, value: (r) => r.unit },
  { header: '主办', value: (r) => r.main },
  { header: '主办已答复', width: 12, value: (r) => r.mainAnswered },
  { header: '按期', value: (r) => r.mainOnTime },
  { header: '按期办复率', width: 12, value: (r) => r.mainOnTimeRate.text },
  { header: '协办', value: (r) => r.co },
  { header: '协办已答复', width: 12, value: (r) => r.coAnswered },
  { header: '办复率', width: 10, value: (r) => r.answerRate.text },
  { header: 'A类', value: (r) => r.replyClasses.A },
  { header: 'B类', value: (r) => r.replyClasses.B },
  { header: 'C类', value: (r) => r.replyClasses.C },
  { header: '征询意见表', width: 10, value: (r) => r.feedbackReturned },
  { header: '满意率', width: 10, value: (r) => r.satisfactionRate.text },
  { header: '优秀承办单位', width: 12, value: (r) => (r.excellent ? '是' : r.candidate ? '建议评优' : '') },
];
const excelExcellent: ExcelColumn<Stats['excellentUnits'][number]>[] = [
  { header: '承办单位', width: 28, value: (r) => r.unitName },
  { header: '会次', width: 14, value: (r) => (r.sessionName === '平时' ? '平时提案' : r.sessionName) },
  { header: '评定日期', width: 12, value: (r) => r.date },
  { header: '说明', width: 36, value: (r) => r.note },
];

/** 提案统计: 立案率, 办复率, 按期办复率, A/B/C, 满意率 — tables, charts, Excel and the report paragraph. */
export function StatisticsPage() {
  const defaultScope = useDefaultScope();
  const [scope, setScope] = useState<SessionScope>({});
  const [asOf, setAsOf] = useState<string | undefined>();
  useEffect(() => {
    if (scope.termId === undefined && defaultScope) setScope(defaultScope);
  }, [scope.termId, defaultScope]);
  const q = useApiQuery('proposal.statistics', { termId: scope.termId!, meetingId: scope.meetingId, asOf }, { enabled: !!scope.termId });
  const s = q.data;
  const exporter = useExport();
  const unitIds = useOptions('unit');
  const [marking, setMarking] = useState<UnitRow | null>(null);
  const markScope = scope.termId !== undefined && scope.meetingId !== undefined ? { termId: scope.termId, meetingId: scope.meetingId } : null;
  const columns: ColumnsType<UnitRow> = [
    ...unitColumns,
    {
      title: '操作',
      width: 100,
      render: (_, r) =>
        r.excellent ? null : (
          <Tooltip title={markScope ? undefined : '请先选择会次（或平时提案），优秀承办单位按会次评定'}>
            <Button type="link" size="small" disabled={!markScope || !unitIds.some((u) => u.label === r.unit)} onClick={() => setMarking(r)}>
              评为优秀
            </Button>
          </Tooltip>
        ),
    },
  ];

  const classPie = useMemo(
    () =>
      s && {
        tooltip: { trigger: 'item', formatter: '{b}：{c}件（{d}%）' },
        legend: { bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['35%', '65%'],
            label: { formatter: '{b}\n{c}件' },
            data: (['A', 'B', 'C'] as const).map((c) => ({ name: `${c}类`, value: s.summary.replyClasses[c].count })),
          },
        ],
      },
    [s],
  );
  const categoryBar = useMemo(
    () =>
      s && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 10, bottom: 30, top: 30 },
        xAxis: { type: 'category', data: s.byCategory.map((r) => r.key) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '收到', type: 'bar', data: s.byCategory.map((r) => r.received) },
          { name: '立案', type: 'bar', data: s.byCategory.map((r) => r.filed) },
          { name: '已答复', type: 'bar', data: s.byCategory.map((r) => r.answered) },
        ],
      },
    [s],
  );
  const unitBar = useMemo(() => {
    if (!s) return undefined;
    const top = s.units.filter((u) => u.main > 0).slice(0, 15).reverse();
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 170, right: 20, bottom: 20, top: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map((u) => u.unit) },
      series: [
        { name: '主办', type: 'bar', stack: 'n', data: top.map((u) => u.main) },
        { name: '协办', type: 'bar', stack: 'n', data: top.map((u) => u.co) },
      ],
    };
  }, [s]);

  const exportAll = () =>
    exporter.run(async () => {
      const sum = s!.summary;
      const overview = [
        ['收到提案', sum.received],
        ['其中集体提案', sum.collective],
        ['委员个人（联名）提案', sum.individual],
        ['立案', sum.filed],
        ['立案率', sum.filingRate.text],
        ['不予立案', sum.notFiled],
        ['并案', sum.merged],
        ['重点提案', sum.key],
        ['承办单位', sum.units],
        ['主办单位', sum.mainUnits],
        ['已答复', sum.answered],
        ['办复率', sum.answerRate.text],
        ['按期办复', sum.onTime],
        ['按期办复率', sum.onTimeRate.text],
        ['A类', `${sum.replyClasses.A.count}件（${sum.replyClasses.A.share.text}）`],
        ['B类', `${sum.replyClasses.B.count}件（${sum.replyClasses.B.share.text}）`],
        ['C类', `${sum.replyClasses.C.count}件（${sum.replyClasses.C.share.text}）`],
        ['收回征询意见表', sum.feedback.returned],
        ['满意', sum.feedback.满意],
        ['基本满意', sum.feedback.基本满意],
        ['不满意', sum.feedback.不满意],
        ['满意率（含基本满意）', sum.feedback.satisfactionRate.text],
        ['满意', sum.feedback.satisfiedRate.text],
        ['优秀承办单位', s!.excellentUnits.map((x) => x.unitName).join('、')],
      ] as [string, string | number][];
      return exportExcelSheets(`提案统计-${s!.scopeName}`, [
        { name: '总体情况', title: `${s!.scopeName}提案统计`, columns: [{ header: '项目', width: 24, value: (r: [string, string | number]) => r[0] }, { header: '数值', width: 20, value: (r: [string, string | number]) => r[1] }], rows: overview },
        { name: '按提案者类型', title: `${s!.scopeName}立案情况（按提案者类型）`, columns: excelFiling('提案者类型'), rows: s!.byKind },
        { name: '按类别', title: `${s!.scopeName}立案情况（按类别）`, columns: excelFiling('类别'), rows: s!.byCategory },
        { name: '按界别', title: `${s!.scopeName}立案情况（按界别）`, columns: excelFiling('界别'), rows: s!.bySector },
        { name: '按党派', title: `${s!.scopeName}立案情况（按党派）`, columns: excelFiling('党派'), rows: s!.byParty },
        { name: '承办单位', title: `${s!.scopeName}承办单位办理情况`, columns: excelUnits, rows: s!.units },
        { name: '优秀承办单位', title: `${s!.scopeName}优秀承办单位`, columns: excelExcellent, rows: s!.excellentUnits },
      ] as unknown as ExcelSheet<never>[]);
    });

  return (
    <>
      <PageTitle title="提案统计" />
      <div className="page-toolbar">
        <SessionSelect value={scope} onChange={setScope} />
        <DatePicker aria-label="统计截止日期" placeholder="截至日期（可选）" value={asOf ? dayjs(asOf) : null} onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : undefined)} />
        <Button onClick={exportAll} disabled={!s} loading={exporter.busy}>
          导出Excel
        </Button>
        {s && <ReportDocumentButton statistics={s} />}
      </div>
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {s && (
        <>
          <Row gutter={12} style={{ marginBottom: 16 }}>
            {[
              ['收到提案', `${s.summary.received}件`, `集体${s.summary.collective}件，个人（联名）${s.summary.individual}件`],
              ['立案', `${s.summary.filed}件`, `立案率 ${s.summary.filingRate.text}`],
              ['办复率', s.summary.answerRate.text, `已答复${s.summary.answered}件`],
              ['按期办复率', s.summary.onTimeRate.text, `按期${s.summary.onTime}件`],
              ['满意率', s.summary.feedback.satisfactionRate.text, `满意 ${s.summary.feedback.satisfiedRate.text}（收回${s.summary.feedback.returned}份）`],
              ['承办单位', `${s.summary.units}个`, `其中主办${s.summary.mainUnits}个`],
            ].map(([title, value, note]) => (
              <Col span={4} key={title}>
                <Card size="small">
                  <Statistic title={title} value={value} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {note}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title="报告段落（提案工作报告·统计部分）" style={{ marginBottom: 16 }}>
            <Typography.Paragraph copyable style={{ margin: 0 }} data-testid="report-paragraph">
              {s.paragraph}
            </Typography.Paragraph>
          </Card>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={8}>
              <Card size="small" title="答复类别">
                <EChart option={classPie!} label="答复类别饼图" height={260} />
                <Table
                  size="small"
                  rowKey="c"
                  pagination={false}
                  dataSource={(['A', 'B', 'C'] as const).map((c) => ({ c, ...s.summary.replyClasses[c] }))}
                  columns={[
                    { title: '类别', dataIndex: 'c', render: (c: string) => `${c}类` },
                    { title: '件数', dataIndex: 'count', align: 'right' },
                    { title: '占比', render: (_, r) => r.share.text, align: 'right' },
                  ]}
                />
              </Card>
            </Col>
            <Col span={16}>
              <Card size="small" title="按类别">
                <EChart option={categoryBar!} label="按类别柱状图" height={260} />
                <Table size="small" rowKey="key" pagination={false} dataSource={s.byCategory} columns={filingColumns('类别')} />
              </Card>
            </Col>
          </Row>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={12}>
              <Card size="small" title="按提案者类型">
                <Table size="small" rowKey="key" pagination={false} dataSource={s.byKind} columns={filingColumns('提案者类型')} />
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" title="满意度（征询意见）">
                <Table
                  size="small"
                  rowKey="k"
                  pagination={false}
                  dataSource={[
                    { k: '收回征询意见表', v: `${s.summary.feedback.returned}份` },
                    { k: '满意', v: `${s.summary.feedback.满意}件` },
                    { k: '基本满意', v: `${s.summary.feedback.基本满意}件` },
                    { k: '不满意', v: `${s.summary.feedback.不满意}件` },
                    { k: '满意率（含基本满意）', v: s.summary.feedback.satisfactionRate.text },
                    { k: '其中满意', v: s.summary.feedback.satisfiedRate.text },
                  ]}
                  columns={[
                    { title: '项目', dataIndex: 'k' },
                    { title: '数值', dataIndex: 'v', align: 'right' },
                  ]}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={12}>
              <Card size="small" title="按界别">
                <Table size="small" rowKey="key" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={s.bySector} columns={filingColumns('界别')} />
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" title="按党派">
                <Table size="small" rowKey="key" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={s.byParty} columns={filingColumns('党派')} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title="承办单位办理情况（主办、协办分别统计）">
            {unitBar && s.units.some((u) => u.main > 0) && <EChart option={unitBar} label="承办单位柱状图" height={Math.max(200, Math.min(15, s.units.filter((u) => u.main > 0).length) * 26 + 50)} />}
            <Table size="small" rowKey="unit" pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={s.units} columns={columns} aria-label="承办单位办理情况" />
          </Card>
          <ExcellentUnitsCard scope={scope} />
        </>
      )}
      {marking && markScope && s && (
        <MarkExcellentUnitDialog
          scope={markScope}
          scopeName={s.scopeName}
          unit={{ id: unitIds.find((u) => u.label === marking.unit)!.value, name: marking.unit, candidate: marking.candidate }}
          onClose={() => setMarking(null)}
        />
      )}
    </>
  );
}
