import { App, Button, Input, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MethodInput } from '../../../../shared/contract';
import type { OpinionRecord } from '../../../../shared/contract/opinions';
import { levelLabels, opinionAuthorKinds, opinionLevels, opinionStatuses } from '../../../../shared/domain/opinion/status';
import { PageTitle } from '../../components/PageTitle';
import { call, listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { enumOptions, useOptions } from '../../lib/options';
import { queryClient, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { LevelTags, opinionExportColumns, StatusTag, thisYear, useMemberOptions, useTopicOptions, yearOptions } from './common';
import { OpinionForm, type OpinionFormValues } from './OpinionForm';

type ListInput = MethodInput<'opinion.list'>;

/** Saves (and optionally submits) a report from the form; used by the list and the detail page. */
export function useSaveOpinion() {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  async function save(values: OpinionFormValues, submit: boolean, existing?: OpinionRecord): Promise<OpinionRecord> {
    setSaving(true);
    try {
      const saved = await call('opinion.save', existing ? { ...values, id: existing.id, version: existing.version } : values);
      const out = submit ? await call('opinion.transition', { id: saved.id, version: saved.version, action: '报送' }) : saved;
      await queryClient.invalidateQueries();
      void message.success(submit ? `已报送，收稿编号 ${out.receiveLabel}` : '已保存');
      return out;
    } catch (e) {
      void message.error((e as Error).message, 6);
      throw e;
    } finally {
      setSaving(false);
    }
  }
  return { save, saving };
}

export function OpinionListPage() {
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ListInput>({ page: 1, pageSize: 20, year: thisYear(), sortBy: 'receiveNo', sortOrder: 'desc' });
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('opinion.list', filter);
  const sectors = useOptions('sector');
  const parties = useOptions('party');
  const members = useMemberOptions();
  const topics = useTopicOptions(filter.year);
  const exporter = useExport();
  const { save, saving } = useSaveOpinion();
  const set = (patch: Partial<ListInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns: ColumnsType<OpinionRecord> = [
    { title: '收稿编号', dataIndex: 'receiveLabel', key: 'receiveNo', width: 100, sorter: true, render: (v: string) => v || <Tag>未报送</Tag> },
    {
      title: '标题',
      key: 'title',
      sorter: true,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Link to={`/opinions/reports/${r.id}`}>{r.editedTitle || r.title}</Link>
          {r.topicTitle && <span style={{ fontSize: 12, color: '#888' }}>选题：{r.topicTitle}</span>}
        </Space>
      ),
    },
    { title: '报送者', key: 'author', width: 170, ellipsis: true, render: (_, r) => <Tooltip title={r.authorKind}>{r.authorLabel}</Tooltip> },
    { title: '报送日期', dataIndex: 'submittedAt', key: 'submittedAt', width: 108, sorter: true },
    { title: '字数', dataIndex: 'chars', width: 64, render: (n: number) => <span style={{ color: n > 1500 ? '#d4380d' : undefined }}>{n}</span> },
    { title: '状态', dataIndex: 'status', width: 86, render: (s) => <StatusTag status={s} /> },
    { title: '采用', key: 'adopted', width: 150, render: (_, r) => <LevelTags levels={r.adoptedLevels} /> },
    { title: '批示', key: 'instructions', width: 90, render: (_, r) => (r.instructionCount ? <Tag color="red">{`${levelLabels[r.topInstruction!]}批示${r.instructionCount > 1 ? `×${r.instructionCount}` : ''}`}</Tag> : '') },
    { title: '期次', dataIndex: 'issueLabel', width: 110, render: (v: string | null, r) => (v ? <Link to={`/opinions/issues/${r.issueId}`}>{v}</Link> : '') },
  ];

  const exportAll = () => exporter.run(async () => exportExcel('社情民意信息', opinionExportColumns, await listAll('opinion.list', filter)));

  return (
    <>
      <PageTitle title="社情民意信息" />
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          新增信息
        </Button>
        <Button onClick={exportAll} loading={exporter.busy}>
          导出Excel
        </Button>
        <span className="spacer" />
        <span style={{ color: '#666' }}>共 {list.data?.total ?? 0} 篇</span>
      </div>
      <div className="page-toolbar">
        <Select aria-label="收稿年度" placeholder="年度" allowClear style={{ width: 100 }} options={yearOptions()} value={filter.year} onChange={(v) => set({ year: v, topicId: undefined })} />
        <Select aria-label="状态" placeholder="状态" allowClear style={{ width: 110 }} options={enumOptions(opinionStatuses.filter((s) => s !== '已作废'))} value={filter.status} onChange={(v) => set({ status: v })} />
        <Select aria-label="报送者类型" placeholder="报送者类型" allowClear style={{ width: 130 }} options={enumOptions(opinionAuthorKinds)} value={filter.authorKind} onChange={(v) => set({ authorKind: v })} />
        <Select aria-label="委员" placeholder="委员" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 170 }} options={members} value={filter.memberId} onChange={(v) => set({ memberId: v })} />
        <Select aria-label="界别" placeholder="界别" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 150 }} options={sectors} value={filter.sectorId} onChange={(v) => set({ sectorId: v })} />
        <Select aria-label="党派团体" placeholder="党派团体" allowClear style={{ width: 130 }} options={parties} value={filter.partyId} onChange={(v) => set({ partyId: v })} />
        <Select aria-label="重点选题" placeholder="重点选题" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 200 }} options={topics} value={filter.topicId} onChange={(v) => set({ topicId: v })} />
        <Select aria-label="采用级别" placeholder="采用级别" allowClear style={{ width: 110 }} options={opinionLevels.map((l) => ({ value: l, label: `${levelLabels[l]}采用` }))} value={filter.adoptedLevel} onChange={(v) => set({ adoptedLevel: v })} />
        <Space size={4}>
          <Switch aria-label="已获批示" size="small" checked={!!filter.instructed} onChange={(v) => set({ instructed: v || undefined })} />
          获批示
        </Space>
        <Space size={4}>
          <Switch aria-label="已报送上级" size="small" checked={!!filter.sentUp} onChange={(v) => set({ sentUp: v || undefined })} />
          报送上级
        </Space>
        <Input.Search aria-label="搜索信息" placeholder="标题、正文、报送者、收稿编号" allowClear style={{ width: 240 }} onSearch={(v) => set({ search: v || undefined })} />
      </div>
      <Table<OpinionRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/opinions/reports/${r.id}`) })}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (t) => `共 ${t} 篇` }}
        onChange={(p: TablePaginationConfig, _f, sorter) => {
          const s = sorter as SorterResult<OpinionRecord>;
          const key = (s.columnKey as ListInput['sortBy']) ?? 'receiveNo';
          setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20, sortBy: s.order ? key : 'receiveNo', sortOrder: s.order === 'ascend' ? 'asc' : 'desc' }));
        }}
      />
      {creating && (
        <OpinionForm
          saving={saving}
          onCancel={() => setCreating(false)}
          onSave={async (v, submit) => {
            const r = await save(v, submit);
            setCreating(false);
            navigate(`/opinions/reports/${r.id}`);
          }}
        />
      )}
    </>
  );
}
