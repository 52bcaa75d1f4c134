import { Button, DatePicker, Input, Table } from 'antd';
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { AuditEntry } from '../../../../shared/contract/system';
import { PageTitle } from '../../components/PageTitle';
import { listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { AuditDetail } from './AuditDetail';

const time = (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false });

export function AuditPage() {
  const [filter, setFilter] = useState<MethodInput<'audit.list'>>({ page: 1, pageSize: 20 });
  const list = useApiQuery('audit.list', filter);
  const exporter = useExport();
  const columns = [
    { header: '时间', width: 20, value: (r: AuditEntry) => time(r.at) },
    { header: '操作人', width: 12, value: (r: AuditEntry) => r.actor },
    { header: '对象', width: 12, value: (r: AuditEntry) => r.entity },
    { header: '内容', width: 60, value: (r: AuditEntry) => r.summary },
  ];
  return (
    <>
      <PageTitle title="操作日志" />
      <div className="page-toolbar">
        <Input.Search aria-label="按操作人查找" placeholder="操作人" allowClear style={{ width: 180 }} onSearch={(v) => setFilter((f) => ({ ...f, page: 1, actor: v || undefined }))} />
        <DatePicker.RangePicker
          aria-label="日期范围"
          onChange={(r) => setFilter((f) => ({ ...f, page: 1, from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') }))}
        />
        <span className="spacer" />
        <Button loading={exporter.busy} onClick={() => exporter.run(async () => exportExcel('操作日志', columns, await listAll('audit.list', filter)))}>
          导出Excel
        </Button>
      </div>
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.rows}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showTotal: (t) => `共 ${t} 条`, showSizeChanger: true }}
        onChange={(p) => setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
        expandable={{
          rowExpandable: (r) => !!(r.before || r.after),
          expandedRowRender: (r) => <AuditDetail entry={r} />,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: time },
          { title: '操作人', dataIndex: 'actor', width: 120 },
          { title: '对象', dataIndex: 'entity', width: 120 },
          { title: '内容', dataIndex: 'summary' },
        ]}
      />
    </>
  );
}
