import { Button, Input, Modal, Select, Space, Switch, Table } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MethodInput } from '../../../../shared/contract';
import type { ArticleRow } from '../../../../shared/contract/history';
import { articleStatuses, sanqinTypes, underReviewStatuses, volumeEligibleStatuses, type ArticleStatus } from '../../../../shared/domain/history/status';
import { listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { enumOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { ArticleForm } from './ArticleForm';
import { ArticleStatusTag, AuthorText, RateTag, proofDone, todayIso, useCallOptions, useHistoryNav, useVolumeOptions, volumeText } from './common';

type ListInput = MethodInput<'history.article.list'>;
export type Preset = 'all' | 'select' | 'review';

const presetStatuses: Record<Preset, ArticleStatus[] | undefined> = {
  all: undefined,
  select: ['已收稿', '待用'],
  review: [...underReviewStatuses, ...volumeEligibleStatuses],
};

const excelColumns = [
  { header: '篇名', width: 32, value: (a: ArticleRow) => a.title },
  { header: '作者', width: 10, value: (a: ArticleRow) => a.author },
  { header: '作者是委员', width: 8, value: (a: ArticleRow) => (a.authorMemberId !== null ? '是' : '') },
  { header: '整理人', width: 10, value: (a: ArticleRow) => a.recorder },
  { header: '三亲', width: 6, value: (a: ArticleRow) => a.sanqin },
  { header: '字数', width: 8, value: (a: ArticleRow) => a.wordCount },
  { header: '收稿日期', width: 12, value: (a: ArticleRow) => a.receivedDate },
  { header: '稿件来源', width: 14, value: (a: ArticleRow) => a.source },
  { header: '征稿', width: 24, value: (a: ArticleRow) => a.callTopic ?? '' },
  { header: '授权情况', width: 10, value: (a: ArticleRow) => a.permission },
  { header: '状态', width: 10, value: (a: ArticleRow) => a.status },
  { header: '差错率（万分之）', width: 14, value: (a: ArticleRow) => a.errorRate ?? '' },
  { header: '编入', width: 24, value: (a: ArticleRow) => volumeText(a) },
  { header: '栏目', width: 12, value: (a: ArticleRow) => a.sectionTitle ?? '' },
  { header: '图片', width: 6, value: (a: ArticleRow) => a.photoCount },
  { header: '作废原因', width: 16, value: (a: ArticleRow) => a.voidReason ?? '' },
];

const title: Record<Preset, string> = { all: '稿件登记簿', select: '选稿', review: '三审三校' };

/** 收稿登记簿 (all), 选稿 (已收稿/待用, with quick decisions) and 三审三校 (in review or proofreading). */
export function ArticlesTab({ preset }: { preset: Preset }) {
  const [params] = useSearchParams();
  const callFromAddress = Number(params.get('call')) || undefined;
  const [filter, setFilter] = useState<ListInput>({ page: 1, pageSize: 20, imported: false, status: presetStatuses[preset], callId: callFromAddress, sortBy: 'receivedDate', sortOrder: 'desc', includeVoided: false });
  const [registering, setRegistering] = useState(false);
  const [rejecting, setRejecting] = useState<ArticleRow | null>(null);
  const list = useApiQuery('history.article.list', filter);
  const calls = useCallOptions();
  const volumes = useVolumeOptions();
  const exporter = useExport();
  const nav = useHistoryNav();
  const select = useApiMutation('history.article.select', { success: (a) => `《${a.title}》：${a.status}` });
  const set = (patch: Partial<ListInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const open = (a: ArticleRow) => nav({ article: a.id, from: preset === 'all' ? 'articles' : preset });
  const statusChoices = presetStatuses[preset] ?? [...articleStatuses];

  const columns: ColumnsType<ArticleRow> = [
    {
      title: '篇名',
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      render: (t: string, a) => (
        <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} onClick={() => open(a)}>
          {t}
        </Button>
      ),
    },
    { title: '作者', dataIndex: 'author', key: 'author', sorter: true, width: 120, render: (t: string, a) => <AuthorText author={t} memberId={a.authorMemberId} /> },
    { title: '整理人', dataIndex: 'recorder', width: 80 },
    { title: '三亲', dataIndex: 'sanqin', width: 64 },
    { title: '字数', dataIndex: 'wordCount', key: 'wordCount', sorter: true, width: 80, align: 'right' },
    { title: '收稿日期', dataIndex: 'receivedDate', key: 'receivedDate', sorter: true, width: 110 },
    { title: '状态', dataIndex: 'status', key: 'status', sorter: true, width: 100, render: (s: string, a) => (a.voidedAt ? <span title={a.voidReason ?? ''}>已作废</span> : <ArticleStatusTag status={s} />) },
    ...(preset === 'review' ? [{ title: '差错率', key: 'rate', width: 170, render: (_: unknown, a: ArticleRow) => <RateTag rate={a.errorRate} neutral={!proofDone(a.status)} /> }] : []),
    ...(preset !== 'select' ? [{ title: '编入', key: 'volume', width: 170, render: (_: unknown, a: ArticleRow) => volumeText(a) }] : []),
    {
      title: '操作',
      key: 'ops',
      width: preset === 'select' ? 190 : 90,
      render: (_, a) =>
        preset === 'select' && !a.voidedAt ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => select.mutate({ id: a.id, version: a.version, decision: '采用', date: todayIso() })}>
              采用
            </Button>
            {a.status !== '待用' && (
              <Button type="link" size="small" onClick={() => select.mutate({ id: a.id, version: a.version, decision: '待用', date: todayIso() })}>
                待用
              </Button>
            )}
            <Button type="link" size="small" danger onClick={() => setRejecting(a)}>
              不用
            </Button>
          </Space>
        ) : (
          <Button type="link" size="small" onClick={() => open(a)}>
            {preset === 'review' ? '审校' : '查看'}
          </Button>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        {preset === 'all' && (
          <Button type="primary" onClick={() => setRegistering(true)}>
            收稿登记
          </Button>
        )}
        <Select
          aria-label="状态"
          placeholder="状态"
          mode="multiple"
          allowClear
          style={{ minWidth: 160 }}
          options={enumOptions(statusChoices)}
          value={filter.status && filter.status.length !== statusChoices.length ? filter.status : []}
          onChange={(v: ArticleStatus[]) => set({ status: v.length ? v : presetStatuses[preset] })}
        />
        <Select aria-label="征稿" placeholder="征稿" allowClear style={{ width: 220 }} options={calls} value={filter.callId} onChange={(v) => set({ callId: v })} />
        {preset === 'all' && <Select aria-label="辑" placeholder="编入的辑" allowClear style={{ width: 200 }} options={volumes} value={filter.volumeId} onChange={(v) => set({ volumeId: v })} showSearch={{ optionFilterProp: 'label' }} />}
        <Select aria-label="三亲" placeholder="三亲" allowClear style={{ width: 90 }} options={enumOptions(sanqinTypes)} value={filter.sanqin} onChange={(v) => set({ sanqin: v })} />
        <Input.Search aria-label="搜索稿件" placeholder="篇名、作者、整理人" allowClear style={{ width: 220 }} onSearch={(v) => set({ search: v || undefined })} />
        <span className="spacer" />
        {preset === 'all' && (
          <>
            <Space>
              <span>含历史入库稿</span>
              <Switch size="small" aria-label="含历史入库稿" checked={filter.imported === undefined} onChange={(v) => set({ imported: v ? undefined : false })} />
            </Space>
            <Space>
              <span>显示已作废</span>
              <Switch size="small" aria-label="显示已作废" checked={filter.includeVoided} onChange={(v) => set({ includeVoided: v })} />
            </Space>
          </>
        )}
        <Button loading={exporter.busy} onClick={() => exporter.run(async () => { const rows = await listAll('history.article.list', filter); return { ...(await exportExcel(`文史资料${title[preset]}`, excelColumns, rows)), rows: rows.length }; })}>
          导出Excel
        </Button>
      </div>
      <Table<ArticleRow>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        rowClassName={(a) => (a.voidedAt ? 'row-voided' : '')}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (n) => `共 ${n} 篇` }}
        onChange={(p: TablePaginationConfig, _f, sorter) => {
          const s = sorter as SorterResult<ArticleRow>;
          setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20, sortBy: s.order ? ((s.columnKey as ListInput['sortBy']) ?? 'receivedDate') : 'receivedDate', sortOrder: s.order === 'ascend' ? 'asc' : 'desc' }));
        }}
      />
      {registering && <ArticleForm onClose={() => setRegistering(false)} onSaved={(a) => nav({ article: a.id, from: 'articles' })} />}
      {rejecting && <RejectDialog article={rejecting} onClose={() => setRejecting(null)} />}
    </>
  );
}

/** 不用 always carries its reason. */
export function RejectDialog({ article, onClose }: { article: { id: number; version: number; title: string }; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const select = useApiMutation('history.article.select', { success: `《${article.title}》：不用`, onSuccess: onClose });
  return (
    <Modal open title={`不用：《${article.title}》`} okText="确认不用" okButtonProps={{ danger: true, disabled: !reason.trim(), loading: select.isPending }} cancelText="取消" onCancel={onClose} onOk={() => select.mutate({ id: article.id, version: article.version, decision: '不用', reason: reason.trim(), date: todayIso() })} destroyOnHidden>
      <p>稿件不会删除，以后可“重新选稿”。</p>
      <Input.TextArea aria-label="不用原因" placeholder="不用原因（如：不符合三亲要求、与本辑主题不符、内容与已刊稿重复）" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} showCount autoFocus />
    </Modal>
  );
}
