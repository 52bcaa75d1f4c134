import { Button, Segmented, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { volumeFields, type VolumeRow } from '../../../../shared/contract/history';
import { exportExcel } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { StepDialog } from '../supervision/common';
import { cnDate, useHistoryNav } from './common';
import { ImportDialog } from './ImportDialog';

const excelColumns = [
  { header: '辑次', width: 8, value: (v: VolumeRow) => `第${v.number}辑` },
  { header: '书名', width: 30, value: (v: VolumeRow) => v.title },
  { header: '出版年份', width: 10, value: (v: VolumeRow) => v.year ?? '' },
  { header: '来源', width: 10, value: (v: VolumeRow) => (v.imported ? '历史入库' : '新编') },
  { header: '状态', width: 10, value: (v: VolumeRow) => v.status },
  { header: '篇数', width: 8, value: (v: VolumeRow) => v.articleCount },
  { header: '字数', width: 10, value: (v: VolumeRow) => v.wordCount },
  { header: '准印证号', width: 24, value: (v: VolumeRow) => v.permitNumber },
  { header: '印数', width: 8, value: (v: VolumeRow) => v.printCount ?? '' },
  { header: '印刷单位', width: 20, value: (v: VolumeRow) => v.printer },
  { header: '印刷日期', width: 12, value: (v: VolumeRow) => v.printDate ?? '' },
];

/** 编辑成辑: every 辑, new ones being edited and the old ones brought into the archive. */
export function VolumesTab() {
  const [kind, setKind] = useState<'all' | 'new' | 'imported'>('all');
  const [includeVoided, setIncludeVoided] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useApiQuery('history.volume.list', { includeVoided, imported: kind === 'all' ? undefined : kind === 'imported' });
  const save = useApiMutation('history.volume.save', { success: (v) => `已新建第${v.number}辑` });
  const restore = useApiMutation('history.volume.restore', { success: '已恢复' });
  const exporter = useExport();
  const nav = useHistoryNav();
  const next = Math.max(0, ...(list.data ?? []).map((v) => v.number)) + 1;

  const columns: ColumnsType<VolumeRow> = [
    { title: '辑次', dataIndex: 'number', width: 80, render: (n: number) => `第${n}辑` },
    {
      title: '书名',
      dataIndex: 'title',
      render: (t: string, v) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => nav({ volume: v.id })}>
          {t}
        </Button>
      ),
    },
    { title: '出版年份', dataIndex: 'year', width: 90 },
    { title: '篇数', dataIndex: 'articleCount', width: 70, align: 'right' },
    { title: '字数', dataIndex: 'wordCount', width: 90, align: 'right' },
    {
      title: '状态',
      key: 'status',
      width: 170,
      render: (_, v) =>
        v.voidedAt ? (
          <Tag title={v.voidReason ?? ''}>已作废</Tag>
        ) : (
          <Space size={2}>
            {v.imported && <Tag color="purple">历史入库</Tag>}
            <Tag color={v.status === '已付印' ? 'green' : 'blue'}>{v.imported ? '已出版' : v.status}</Tag>
            {v.printedAt && !v.imported && <span style={{ color: '#888' }}>{cnDate(v.printedAt)}</span>}
          </Space>
        ),
    },
    {
      title: '操作',
      key: 'ops',
      width: 90,
      render: (_, v) =>
        v.voidedAt ? (
          <Button type="link" size="small" onClick={() => restore.mutate({ id: v.id, version: v.version })}>
            恢复
          </Button>
        ) : (
          <Button type="link" size="small" onClick={() => nav({ volume: v.id })}>
            {v.status === '编辑中' ? '编辑' : '查看'}
          </Button>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          新建一辑
        </Button>
        <Button onClick={() => setImporting(true)}>历史文史资料入库</Button>
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as typeof kind)}
          options={[
            { value: 'all', label: '全部' },
            { value: 'new', label: '新编' },
            { value: 'imported', label: '历史入库' },
          ]}
        />
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" aria-label="显示已作废" checked={includeVoided} onChange={setIncludeVoided} />
        </Space>
        <Button loading={exporter.busy} onClick={() => exporter.run(async () => ({ ...(await exportExcel('文史资料各辑', excelColumns, list.data ?? [])), rows: list.data?.length ?? 0 }))}>
          导出Excel
        </Button>
      </div>
      <Table<VolumeRow> rowKey="id" size="middle" loading={list.isFetching} columns={columns} dataSource={list.data} pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 辑` }} />
      {creating && (
        <StepDialog
          title="新建一辑"
          schema={volumeFields.pick({ number: true, title: true, year: true, publisher: true })}
          fields={[
            { name: 'number', label: '辑次（第N辑）', type: 'number', required: true },
            { name: 'title', label: '书名', type: 'text', required: true, maxLength: 60, placeholder: '如：永安老字号' },
            { name: 'year', label: '出版年份', type: 'number' },
            { name: 'publisher', label: '编印单位', type: 'text', maxLength: 60 },
          ]}
          defaults={{ number: next, year: new Date().getFullYear(), publisher: '' }}
          note="新建后在该辑中编排栏目和篇目，填写编委会、序、编后记和版权页。"
          okText="新建"
          busy={save.isPending}
          onSubmit={async (values) => {
            const v = await save.mutateAsync(values);
            nav({ volume: v.id });
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}
