import { Button, Modal, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { callFields, type CallRecord } from '../../../../shared/contract/history';
import { StepDialog } from '../supervision/common';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { cnDate, todayIso, useHistoryNav } from './common';

const excelColumns = [
  { header: '征稿主题', width: 36, value: (c: CallRecord) => c.topic },
  { header: '发布日期', width: 12, value: (c: CallRecord) => c.publishDate },
  { header: '截止日期', width: 12, value: (c: CallRecord) => c.deadline },
  { header: '状态', width: 8, value: (c: CallRecord) => c.state },
  { header: '来稿篇数', width: 8, value: (c: CallRecord) => c.articleCount },
  { header: '征稿要求', width: 60, value: (c: CallRecord) => c.requirements },
  { header: '联系方式', width: 24, value: (c: CallRecord) => c.contact },
  { header: '备注', width: 20, value: (c: CallRecord) => c.note },
];

/** 征稿: topic, deadline and requirements of each call for articles; 来稿 counted per call. */
export function CallsTab() {
  const [includeVoided, setIncludeVoided] = useState(false);
  const [editing, setEditing] = useState<CallRecord | 'new' | null>(null);
  const [viewing, setViewing] = useState<CallRecord | null>(null);
  const list = useApiQuery('history.call.list', { includeVoided });
  const save = useApiMutation('history.call.save', { success: '征稿已保存' });
  const voidIt = useApiMutation('history.call.void', { success: '已作废' });
  const restore = useApiMutation('history.call.restore', { success: '已恢复' });
  const exporter = useExport();
  const nav = useHistoryNav();

  const columns: ColumnsType<CallRecord> = [
    {
      title: '征稿主题',
      dataIndex: 'topic',
      render: (t: string, c) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(c)}>
          {t}
        </Button>
      ),
    },
    { title: '发布日期', dataIndex: 'publishDate', width: 110 },
    { title: '截止日期', dataIndex: 'deadline', width: 110 },
    { title: '状态', dataIndex: 'state', width: 90, render: (s: string, c) => (c.voidedAt ? <Tag>已作废</Tag> : <Tag color={s === '征稿中' ? 'green' : 'default'}>{s}</Tag>) },
    {
      title: '来稿',
      dataIndex: 'articleCount',
      width: 80,
      render: (n: number, c) => (
        <Button type="link" size="small" onClick={() => nav({ tab: 'articles', call: c.id })}>
          {n}篇
        </Button>
      ),
    },
    {
      title: '操作',
      key: 'ops',
      width: 140,
      render: (_, c) =>
        c.voidedAt ? (
          <Button type="link" size="small" onClick={() => restore.mutate({ id: c.id, version: c.version })}>
            恢复
          </Button>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(c)}>
              修改
            </Button>
            <VoidButton what="征稿" name={c.topic} onConfirm={(reason) => voidIt.mutateAsync({ id: c.id, version: c.version, reason })} />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          发布征稿
        </Button>
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" aria-label="显示已作废" checked={includeVoided} onChange={setIncludeVoided} />
        </Space>
        <Button loading={exporter.busy} onClick={() => exporter.run(async () => ({ ...(await exportExcel('文史资料征稿', excelColumns, list.data ?? [])), rows: list.data?.length ?? 0 }))}>
          导出Excel
        </Button>
      </div>
      <Table<CallRecord> rowKey="id" size="middle" loading={list.isFetching} columns={columns} dataSource={list.data} pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 次征稿` }} />
      {editing && (
        <StepDialog
          title={editing === 'new' ? '发布征稿' : `修改征稿：${editing.topic}`}
          schema={callFields}
          width={720}
          fields={[
            { name: 'topic', label: '征稿主题', type: 'text', required: true, maxLength: 100 },
            { name: 'publishDate', label: '发布日期', type: 'date', required: true },
            { name: 'deadline', label: '截止日期', type: 'date', required: true },
            { name: 'requirements', label: '征稿要求', type: 'textarea', maxLength: 5000, placeholder: '内容范围、三亲要求、字数（一般2000–5000字）、照片、投稿方式等' },
            { name: 'contact', label: '联系方式', type: 'text', maxLength: 200 },
            { name: 'note', label: '备注', type: 'text', maxLength: 500 },
          ]}
          defaults={editing === 'new' ? { publishDate: todayIso(), deadline: '', requirements: '', contact: '', note: '' } : editing}
          okText="保存"
          busy={save.isPending}
          onSubmit={(values) => save.mutateAsync(editing === 'new' ? values : { ...values, id: editing.id, version: editing.version })}
          onClose={() => setEditing(null)}
        />
      )}
      {viewing && (
        <Modal open title={viewing.topic} footer={null} onCancel={() => setViewing(null)} width={720}>
          <p>
            发布：{cnDate(viewing.publishDate)}{'\u3000'}截止：{cnDate(viewing.deadline)}{'\u3000'}{viewing.state}{'\u3000'}来稿{viewing.articleCount}篇
          </p>
          <div style={{ whiteSpace: 'pre-wrap' }}>{viewing.requirements || '（未填写征稿要求）'}</div>
          {viewing.contact && <p>联系方式：{viewing.contact}</p>}
        </Modal>
      )}
    </>
  );
}
