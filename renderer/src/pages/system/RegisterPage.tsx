import { Alert, Button, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { docSeriesKeys, docSeriesLabels, type DocSeriesKey } from '../../../../shared/contract/officeSettings';
import type { RegisterRow } from '../../../../shared/contract/register';
import { formatChineseDate } from '../../../../shared/domain/chineseDate';
import { PageTitle } from '../../components/PageTitle';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel, type ExcelColumn } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { recordRoute } from '../../lib/recordRoute';
import { useExport } from '../../lib/useExport';
import { RegisterEntryDialog } from './RegisterEntryDialog';

const thisYear = dayjs().year();

/**
 * 系统 → 发文登记: every 发文字号 the modules have given (voided documents keep theirs), as the
 * paper 发文登记簿 lists them, with its 断号 and 重号 checks.
 */
export function RegisterPage() {
  const [year, setYear] = useState<number | undefined>(thisYear);
  const [series, setSeries] = useState<DocSeriesKey | undefined>();
  const list = useApiQuery('docRegister.list', { year, series });
  const exporter = useExport();
  const [adding, setAdding] = useState(false);
  const voidEntry = useApiMutation('docRegister.void', { success: '已作废，该文号不再使用' });
  const rows = list.data?.rows ?? [];
  const excel: ExcelColumn<RegisterRow>[] = [
    { header: '发文字号', width: 22, value: (r) => r.docNumber },
    { header: '文件标题', width: 50, value: (r) => r.title },
    { header: '文种', width: 16, value: (r) => r.module },
    { header: '成文日期', width: 16, value: (r) => formatChineseDate(r.issueDate) },
    { header: '签发人/经办人', width: 14, value: (r) => r.issuer },
    { header: '发文序列', width: 20, value: (r) => r.seriesLabel },
    { header: '状态', width: 8, value: (r) => (r.voided ? '已作废' : '有效') },
    { header: '备注', width: 30, value: (r) => r.note },
  ];
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  return (
    <>
      <PageTitle
        title="发文登记"
        extra={
          <Space>
            <Button type="primary" onClick={() => setAdding(true)}>
              登记发文
            </Button>
            <Button loading={exporter.busy} disabled={!rows.length} onClick={() => exporter.run(() => exportExcel(`发文登记-${year ? `${year}年` : '全部'}`, excel, rows))}>
              导出Excel
            </Button>
          </Space>
        }
      />
      {adding && <RegisterEntryDialog onClose={() => setAdding(false)} />}
      <div className="page-toolbar">
        <Select
          aria-label="年度"
          style={{ width: 120 }}
          value={year ?? 0}
          onChange={(v) => setYear(v || undefined)}
          options={[...years.map((y) => ({ value: y, label: `${y}年` })), { value: 0, label: '全部年度' }]}
        />
        <Select
          aria-label="发文序列"
          allowClear
          placeholder="全部发文序列"
          style={{ width: 220 }}
          value={series}
          onChange={setSeries}
          options={docSeriesKeys.map((k) => ({ value: k, label: docSeriesLabels[k] }))}
        />
      </div>
      {list.data && (list.data.gaps.length > 0 || list.data.duplicates.length > 0) && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
          {list.data.gaps.map((g) => (
            <Alert key={`${g.series}-${g.year}`} type="warning" showIcon message={`断号：${g.note}`} description="本系统编号不会跳号；缺的号可能被系统外的纸质文件占用，请在纸质登记簿中核对。" />
          ))}
          {list.data.duplicates.map((d) => (
            <Alert key={d} type="error" showIcon message={`重号：${d} 被两份以上文件使用，请核对。`} />
          ))}
        </Space>
      )}
      <Table<RegisterRow>
        rowKey={(r) => `${r.module}-${r.sourceId}-${r.docNumber}`}
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 个文号`, hideOnSinglePage: true }}
        locale={{ emptyText: '这一年还没有编发文字号的文件' }}
        columns={[
          { title: '发文字号', dataIndex: 'docNumber', width: 200, render: (v: string, r) => (r.voided ? <del>{v}</del> : v) },
          {
            title: '文件标题',
            dataIndex: 'title',
            render: (v: string, r) => {
              const to = recordRoute(r.sourceTable, r.sourceId, r.issueDate);
              return to ? <Link to={to}>{v}</Link> : v;
            },
          },
          { title: '文种', dataIndex: 'module', width: 140, render: (v: string, r) => (r.note ? <span title={r.note}>{v}</span> : v) },
          { title: '成文日期', dataIndex: 'issueDate', width: 150, render: (v: string) => formatChineseDate(v) },
          { title: '签发人/经办人', dataIndex: 'issuer', width: 120 },
          { title: '状态', key: 'voided', width: 90, render: (_, r) => (r.voided ? <Tag>已作废</Tag> : <Tag color="green">有效</Tag>) },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_, r) =>
              r.entryVersion !== null && !r.voided ? (
                <VoidButton what="文号" name={r.docNumber} note="作废后该文号仍占用，不会再分配给其他文件。" onConfirm={(reason) => voidEntry.mutateAsync({ id: r.sourceId, version: r.entryVersion!, reason })} />
              ) : null,
          },
        ]}
      />
    </>
  );
}
