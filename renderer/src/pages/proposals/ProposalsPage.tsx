import { Button, Checkbox, Dropdown, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MethodInput } from '../../../../shared/contract';
import type { ProposalListRow } from '../../../../shared/contract/proposals';
import { awaitingReplyStatuses, proposalStatuses, proposerKinds } from '../../../../shared/domain/proposal/status';
import { PageTitle } from '../../components/PageTitle';
import { listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { enumOptions, useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { BatchAssignDialog, BatchFileDialog, BatchRemindDialog } from './BatchDialogs';
import { proposalExportColumns, SessionSelect, StatusTag, useDefaultScope, useDict, type SessionScope } from './common';
import { HistoryImport, downloadHistoryTemplate } from './HistoryImport';
import { ProposalForm } from './ProposalForm';
import { ProposalSettingsDialog } from './ProposalSettingsDialog';
import { ListDocuments } from './ProposalDocuments';

type ListInput = MethodInput<'proposal.list'>;

const scopeKey = 'zx.proposals.scope';

export function ProposalsPage() {
  const navigate = useNavigate();
  const defaultScope = useDefaultScope();
  const [filter, setFilter] = useState<ListInput>(() => {
    const saved = sessionStorage.getItem(scopeKey);
    return { page: 1, pageSize: 20, sortBy: 'number', sortOrder: 'asc', ...(saved ? (JSON.parse(saved) as Partial<ListInput>) : {}) };
  });
  const scopeReady = filter.termId !== undefined;
  useEffect(() => {
    if (!scopeReady && defaultScope) setFilter((f) => ({ ...f, ...defaultScope }));
  }, [scopeReady, defaultScope]);
  useEffect(() => {
    sessionStorage.setItem(scopeKey, JSON.stringify(filter));
  }, [filter]);

  const [selected, setSelected] = useState<ProposalListRow[]>([]);
  const [dialog, setDialog] = useState<'new' | 'import' | 'file' | 'assign' | 'remind' | 'settings' | null>(null);
  const list = useApiQuery('proposal.list', filter, { enabled: scopeReady });
  const categories = useDict('proposalCategory');
  const sectors = useOptions('sector');
  const parties = useOptions('party');
  const units = useOptions('unit');
  const renumber = useApiMutation('proposal.renumber', { success: (r) => (r.changed ? `已按类别重排${r.changed}件提案的编号（已交办的${r.skipped}件编号不变）` : '编号已是按类别排列，无需调整') });
  const set = (patch: Partial<ListInput>) => {
    setFilter((f) => ({ ...f, page: 1, ...patch }));
    setSelected([]);
  };
  const exporter = useExport();
  const scopeName = list.data?.rows[0] ? `${list.data.rows[0].termName}${filter.meetingId === undefined ? '' : list.data.rows[0].sessionName}` : '';

  const columns: ColumnsType<ProposalListRow> = [
    { title: '编号', dataIndex: 'number', width: 150, render: (n: string | null, p) => n ?? (p.status === '已并案' ? '（并案）' : '—') },
    {
      title: '案由',
      dataIndex: 'title',
      render: (t: string, p) => (
        <Space size={4} wrap>
          <Link to={`/proposals/list/${p.id}`}>{t}</Link>
          {p.isKey && <Tag color="red">重点</Tag>}
          {p.isExcellent && <Tag color="gold">优秀</Tag>}
        </Space>
      ),
    },
    { title: '提案者', dataIndex: 'proposerText', width: 150, ellipsis: true },
    { title: '类别', dataIndex: 'categoryName', width: 90 },
    { title: '状态', dataIndex: 'status', width: 100, render: (s) => <StatusTag status={s} /> },
    {
      title: '主办单位',
      dataIndex: 'mainUnit',
      width: 170,
      ellipsis: true,
      render: (u: string | null, p) => (
        <>
          {u ? `${u}${p.coUnits.length ? ` 等${p.coUnits.length + 1}家` : ''}` : ''}
          {p.unsignedUnits.length > 0 && (
            <Tooltip title={`${p.signOverdue ? '已过签收期限，尚未签收：' : '尚未签收：'}${p.unsignedUnits.join('、')}`}>
              <Typography.Text type={p.signOverdue ? 'danger' : 'warning'} ellipsis style={{ display: 'block', fontSize: 12 }}>
                {p.signOverdue ? '逾期未签收' : '未签收'}：{p.unsignedUnits.join('、')}
              </Typography.Text>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: '办理期限',
      dataIndex: 'dueDate',
      width: 110,
      render: (d: string | null, p) => (p.overdue ? <Typography.Text type="danger" title="已逾期，可催办">{d} 逾期</Typography.Text> : d),
    },
    { title: '答复', dataIndex: 'replyClass', width: 60, render: (c: string | null) => (c ? `${c}类` : '') },
    { title: '征询', dataIndex: 'feedback', width: 80 },
  ];

  const selectedOf = (statuses: readonly string[]) => selected.filter((p) => statuses.includes(p.status));
  const exportAll = () =>
    exporter.run(async () => exportExcel(`提案列表${scopeName ? `-${scopeName}` : ''}`, proposalExportColumns, await listAll('proposal.list', filter)));

  return (
    <>
      <PageTitle title="提案办理" />
      <div className="page-toolbar">
        <SessionSelect value={filter as SessionScope} onChange={(s) => set({ termId: s.termId, meetingId: s.meetingId })} />
        <Button type="primary" onClick={() => setDialog('new')}>
          登记提案
        </Button>
        <Button disabled={!selectedOf(['待审查']).length} onClick={() => setDialog('file')}>
          批量立案{selectedOf(['待审查']).length ? `（${selectedOf(['待审查']).length}）` : ''}
        </Button>
        <Button disabled={!selectedOf(['立案']).length} onClick={() => setDialog('assign')}>
          批量交办{selectedOf(['立案']).length ? `（${selectedOf(['立案']).length}）` : ''}
        </Button>
        <Button disabled={!selectedOf(awaitingReplyStatuses).length} onClick={() => setDialog('remind')}>
          批量催办{selectedOf(awaitingReplyStatuses).length ? `（${selectedOf(awaitingReplyStatuses).length}）` : ''}
        </Button>
        <Button onClick={exportAll} loading={exporter.busy}>
          导出Excel
        </Button>
        <ListDocuments filter={filter} scopeName={scopeName} />
        <Dropdown
          menu={{
            items: [
              { key: 'renumber', label: '按类别重排编号', disabled: !filter.termId || filter.meetingId === undefined },
              { key: 'import', label: '历史数据导入' },
              { key: 'template', label: '下载导入模板' },
              { key: 'settings', label: '提案工作设置（期限）' },
            ],
            onClick: ({ key }) => {
              if (key === 'renumber' && filter.termId && filter.meetingId !== undefined) renumber.mutate({ termId: filter.termId, meetingId: filter.meetingId });
              if (key === 'import') setDialog('import');
              if (key === 'template') void downloadHistoryTemplate();
              if (key === 'settings') setDialog('settings');
            },
          }}
        >
          <Button>
            更多 <DownOutlined />
          </Button>
        </Dropdown>
        <span className="spacer" />
        <Button onClick={() => navigate('/proposals/statistics')}>提案统计</Button>
      </div>
      <div className="page-toolbar">
        <Select
          aria-label="状态"
          mode="multiple"
          maxTagCount="responsive"
          placeholder="状态"
          allowClear
          style={{ width: 220 }}
          options={enumOptions(proposalStatuses)}
          value={filter.statuses ?? []}
          onChange={(v: ListInput['statuses']) => set({ statuses: v?.length ? v : undefined })}
        />
        <Select aria-label="类别" placeholder="类别" allowClear style={{ width: 120 }} options={categories} value={filter.categoryId} onChange={(v) => set({ categoryId: v })} />
        <Select aria-label="提案者类型" placeholder="提案者类型" allowClear style={{ width: 130 }} options={enumOptions(proposerKinds)} value={filter.kind} onChange={(v) => set({ kind: v })} />
        <Select aria-label="界别" placeholder="界别" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 150 }} options={sectors} value={filter.sectorId} onChange={(v) => set({ sectorId: v })} />
        <Select aria-label="党派" placeholder="党派" allowClear style={{ width: 120 }} options={parties} value={filter.partyId} onChange={(v) => set({ partyId: v })} />
        <Select aria-label="承办单位" placeholder="承办单位" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 190 }} options={units} value={filter.unitId} onChange={(v) => set({ unitId: v })} />
        <Checkbox checked={!!filter.isKey} onChange={(e) => set({ isKey: e.target.checked || undefined })}>
          重点提案
        </Checkbox>
        <Checkbox checked={!!filter.overdue} onChange={(e) => set({ overdue: e.target.checked || undefined })}>
          逾期未答复
        </Checkbox>
        <Checkbox checked={!!filter.signPending} onChange={(e) => set({ signPending: e.target.checked || undefined, signOverdue: undefined })}>
          未签收
        </Checkbox>
        <Checkbox checked={!!filter.signOverdue} onChange={(e) => set({ signOverdue: e.target.checked || undefined, signPending: undefined })}>
          逾期未签收
        </Checkbox>
        <Checkbox checked={!!filter.followUpDue} onChange={(e) => set({ followUpDue: e.target.checked || undefined })}>
          回头看到期
        </Checkbox>
        <Input.Search aria-label="搜索提案" placeholder="案由、内容、提案者（两个字也能搜）" allowClear style={{ width: 280 }} defaultValue={filter.search} onSearch={(v) => set({ search: v.trim() || undefined })} />
      </div>
      <Table<ProposalListRow>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        rowSelection={{ selectedRowKeys: selected.map((s) => s.id), onChange: (_, rows) => setSelected(rows), preserveSelectedRowKeys: true }}
        onRow={(p) => ({ onDoubleClick: () => navigate(`/proposals/list/${p.id}`) })}
        locale={{ emptyText: '没有符合条件的提案。点“登记提案”录入，或在“更多”中导入往年的历史数据。' }}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
        onChange={(p: TablePaginationConfig) => setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
      />
      {dialog === 'new' && <ProposalForm scope={filter as SessionScope} onClose={(id) => (setDialog(null), id && navigate(`/proposals/list/${id}`))} />}
      {dialog === 'import' && <HistoryImport onClose={() => setDialog(null)} />}
      {dialog === 'settings' && <ProposalSettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'file' && <BatchFileDialog rows={selectedOf(['待审查'])} onClose={(done) => (setDialog(null), done && setSelected([]))} />}
      {dialog === 'assign' && <BatchAssignDialog rows={selectedOf(['立案'])} onClose={(done) => (setDialog(null), done && setSelected([]))} />}
      {dialog === 'remind' && <BatchRemindDialog rows={selectedOf(awaitingReplyStatuses)} onClose={(done) => (setDialog(null), done && setSelected([]))} />}
    </>
  );
}
