import { Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import { memberStatuses, type MemberRecord } from '../../../../shared/contract/members';
import { PageTitle } from '../../components/PageTitle';
import { useFirstFieldFocus } from '../../components/useFirstFieldFocus';
import { listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { enumOptions, useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { MemberForm } from './MemberForm';
import { downloadRosterTemplate, MemberImport } from './MemberImport';

type ListInput = MethodInput<'member.list'>;

const exportColumns = [
  { header: '姓名', width: 10, value: (m: MemberRecord) => m.name },
  { header: '性别', width: 6, value: (m: MemberRecord) => m.gender },
  { header: '界别', width: 16, value: (m: MemberRecord) => m.sectorName },
  { header: '党派', width: 12, value: (m: MemberRecord) => m.partyName ?? '' },
  { header: '专委会', width: 20, value: (m: MemberRecord) => m.committeeName ?? '' },
  { header: '活动组', width: 14, value: (m: MemberRecord) => m.groupName ?? '' },
  { header: '工作单位及职务', width: 30, value: (m: MemberRecord) => m.workUnit },
  { header: '手机号', width: 14, value: (m: MemberRecord) => m.phone },
  { header: '是否常委', width: 8, value: (m: MemberRecord) => (m.isStanding ? '是' : '否') },
  { header: '状态', width: 8, value: (m: MemberRecord) => m.status },
  { header: '备注', width: 20, value: (m: MemberRecord) => m.note },
];

export function MembersPage() {
  const [filter, setFilter] = useState<ListInput>({ page: 1, pageSize: 20, status: '在任', sortBy: 'sector', sortOrder: 'asc' });
  const [editing, setEditing] = useState<MemberRecord | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [leaving, setLeaving] = useState<MemberRecord | null>(null);
  const list = useApiQuery('member.list', filter);
  const sectors = useOptions('sector');
  const parties = useOptions('party');
  const terms = useOptions('term');
  const save = useApiMutation('member.save', { success: '委员信息已保存' });
  const reinstate = useApiMutation('member.reinstate', { success: '已撤销离任' });
  const set = (patch: Partial<ListInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns: ColumnsType<MemberRecord> = [
    { title: '姓名', dataIndex: 'name', key: 'name', sorter: true, width: 100 },
    { title: '性别', dataIndex: 'gender', width: 60 },
    { title: '界别', dataIndex: 'sectorName', key: 'sector', sorter: true, width: 150 },
    { title: '党派', dataIndex: 'partyName', key: 'party', sorter: true, width: 120 },
    { title: '工作单位及职务', dataIndex: 'workUnit', ellipsis: true },
    { title: '手机号', dataIndex: 'phone', width: 130 },
    { title: '常委', dataIndex: 'isStanding', width: 60, render: (v: boolean) => (v ? '是' : '') },
    { title: '状态', dataIndex: 'status', width: 80, render: (s: string) => (s === '离任' ? <Tag>离任</Tag> : <Tag color="green">在任</Tag>) },
    // Whoever lists former members wants to see when and why they left.
    ...(filter.status === '在任'
      ? []
      : [
          { title: '离任日期', dataIndex: 'leftAt', width: 110 },
          { title: '离任原因', dataIndex: 'leftReason', ellipsis: true },
        ]),
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, m) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(m)}>
            修改
          </Button>
          {m.status === '在任' ? (
            <Button type="link" size="small" danger onClick={() => setLeaving(m)}>
              离任
            </Button>
          ) : (
            <Button type="link" size="small" onClick={() => reinstate.mutate({ id: m.id, version: m.version })}>
              撤销离任
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const filtered = !!(filter.termId || filter.sectorId || filter.partyId || filter.search || filter.isStanding !== undefined || filter.status === '离任');

  const exporter = useExport();
  const exportAll = () => exporter.run(async () => exportExcel('委员名单', exportColumns, await listAll('member.list', filter)));

  return (
    <>
      <PageTitle title="委员" />
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增委员
        </Button>
        <Button onClick={() => setImporting(true)}>导入花名册</Button>
        <Button onClick={downloadRosterTemplate}>下载模板</Button>
        <Button onClick={exportAll} loading={exporter.busy}>
          导出Excel
        </Button>
        <span className="spacer" />
      </div>
      <div className="page-toolbar">
        <Select aria-label="届次" placeholder="届次" allowClear style={{ width: 130 }} options={terms} value={filter.termId} onChange={(v) => set({ termId: v })} />
        <Select aria-label="界别" placeholder="界别" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 180 }} options={sectors} value={filter.sectorId} onChange={(v) => set({ sectorId: v })} />
        <Select aria-label="党派" placeholder="党派" allowClear style={{ width: 140 }} options={parties} value={filter.partyId} onChange={(v) => set({ partyId: v })} />
        <Select aria-label="状态" placeholder="状态" allowClear style={{ width: 110 }} options={enumOptions(memberStatuses)} value={filter.status} onChange={(v) => set({ status: v })} />
        <Select
          aria-label="是否常委"
          placeholder="是否常委"
          allowClear
          style={{ width: 120 }}
          options={[
            { value: 'yes', label: '常委' },
            { value: 'no', label: '非常委' },
          ]}
          value={filter.isStanding === undefined ? undefined : filter.isStanding ? 'yes' : 'no'}
          onChange={(v) => set({ isStanding: v === undefined ? undefined : v === 'yes' })}
        />
        <Input.Search aria-label="搜索委员" placeholder="姓名、手机号、工作单位" allowClear style={{ width: 260 }} onSearch={(v) => set({ search: v || undefined })} />
      </div>
      <Table<MemberRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        locale={{ emptyText: filtered ? '没有符合条件的委员' : '还没有委员：点“新增委员”逐个登记，或“导入花名册”从Excel批量导入。' }}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (t) => `共 ${t} 名委员` }}
        onChange={(p: TablePaginationConfig, _f, sorter) => {
          const s = sorter as SorterResult<MemberRecord>;
          const sortBy = (s.columnKey as ListInput['sortBy']) ?? 'sector';
          setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20, sortBy: s.order ? sortBy : 'sector', sortOrder: s.order === 'descend' ? 'desc' : 'asc' }));
        }}
      />
      {editing && (
        <MemberForm
          member={editing === 'new' ? undefined : editing}
          termId={filter.termId}
          saving={save.isPending}
          onCancel={() => setEditing(null)}
          onSave={async (values) => {
            await save.mutateAsync((editing === 'new' ? values : { ...values, id: editing.id, version: editing.version }) as never);
            setEditing(null);
          }}
        />
      )}
      {importing && <MemberImport onClose={() => setImporting(false)} />}
      {leaving && <LeaveDialog member={leaving} onClose={() => setLeaving(null)} />}
    </>
  );
}

/** 离任 instead of delete: the member's history stays. */
function LeaveDialog({ member, onClose }: { member: MemberRecord; onClose: () => void }) {
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [reason, setReason] = useState('');
  const leave = useApiMutation('member.leave', { success: `${member.name}已办理离任`, onSuccess: onClose });
  const focus = useFirstFieldFocus();
  return (
    <Modal open title={`委员离任：${member.name}`} okText="确认离任" okButtonProps={{ danger: true, disabled: !reason.trim(), loading: leave.isPending }} cancelText="取消" onCancel={onClose} onOk={() => leave.mutate({ id: member.id, version: member.version, date, reason: reason.trim() })} afterOpenChange={focus.afterOpenChange}>
      <p>离任后委员记录和履职历史仍然保留，可随时撤销离任。</p>
      <Form layout="vertical" component="div">
        <Form.Item label="离任日期" htmlFor="leftAt" required>
          <DatePicker id="leftAt" value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} allowClear={false} />
        </Form.Item>
        <Form.Item label="离任原因" htmlFor="leftReason" required style={{ marginBottom: 0 }}>
          <div ref={focus.ref}>
            <Input.TextArea id="leftReason" placeholder="如：工作调动、换届、辞去委员职务" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
          </div>
        </Form.Item>
      </Form>
    </Modal>
  );
}
