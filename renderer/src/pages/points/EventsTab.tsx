import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Col, Form, Input, Modal, Radio, Row, Select, Space, Switch, Table, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import type { MethodInput } from '../../../../shared/contract';
import { eventFields, importModes, signinColumns, type AttendanceRecord, type EventDetail, type EventRecord, type SigninRow } from '../../../../shared/contract/points';
import { attendanceStatuses, eventKinds, eventTypes, type AttendanceStatus } from '../../../../shared/domain/points/kinds';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { VoidButton } from '../../components/VoidButton';
import { listAll } from '../../lib/api';
import { buildWorkbook, exportExcel, readSheet } from '../../lib/excel';
import { excelFilter, readFileBytes, saveBytes } from '../../lib/files';
import { enumOptions, useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { todayIso, useMemberOptions, useYearOptions } from './common';

type ListInput = NonNullable<MethodInput<'points.event.list'>>;

/** 活动 and 会议 with attendance: list, 新增, 考勤 by hand or from a sign-in sheet. */
export function EventsTab() {
  const years = useYearOptions();
  const [filter, setFilter] = useState<ListInput>({ page: 1, pageSize: 20, includeVoided: false, year: new Date().getFullYear() });
  const [editing, setEditing] = useState<EventRecord | 'new' | null>(null);
  const [attendance, setAttendance] = useState<number | null>(null);
  const list = useApiQuery('points.event.list', filter);
  const voidIt = useApiMutation('points.event.void', { success: '已作废' });
  const restore = useApiMutation('points.event.restore', { success: '已恢复' });
  const exporter = useExport();
  const set = (patch: Partial<ListInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const typeOptions = filter.kind ? enumOptions(eventTypes[filter.kind]) : enumOptions([...eventTypes.会议, ...eventTypes.活动]);

  const columns: ColumnsType<EventRecord> = [
    { title: '日期', dataIndex: 'date', width: 105 },
    { title: '类别', dataIndex: 'kind', width: 60, render: (k: string) => <Tag color={k === '会议' ? 'blue' : 'green'}>{k}</Tag> },
    { title: '类型', dataIndex: 'type', width: 100 },
    {
      title: '名称',
      dataIndex: 'title',
      ellipsis: true,
      render: (t: string, e) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAttendance(e.id)}>
          {t}
        </Button>
      ),
    },
    { title: '地点', dataIndex: 'place', width: 150, ellipsis: true },
    { title: '应到', key: 'expected', width: 60, align: 'right', render: (_, e) => e.counts.expected },
    { title: '出席', key: 'present', width: 60, align: 'right', render: (_, e) => e.counts.present },
    { title: '请假', key: 'leave', width: 60, align: 'right', render: (_, e) => e.counts.leave },
    { title: '缺席', key: 'absent', width: 60, align: 'right', render: (_, e) => e.counts.absent },
    { title: '出席率', dataIndex: 'attendanceRate', width: 85, align: 'right' },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, e) =>
        e.voidedAt ? (
          <Space size={0}>
            <Tag title={e.voidReason ?? ''}>已作废</Tag>
            <Button type="link" size="small" onClick={() => restore.mutate({ id: e.id, version: e.version })}>
              恢复
            </Button>
          </Space>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setAttendance(e.id)}>
              考勤
            </Button>
            <Button type="link" size="small" onClick={() => setEditing(e)}>
              修改
            </Button>
            <VoidButton what={e.kind} name={e.title} onConfirm={(reason) => voidIt.mutateAsync({ id: e.id, version: e.version, reason })} />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增会议或活动
        </Button>
        <Select aria-label="年度" style={{ width: 110 }} allowClear placeholder="全部年度" options={years} value={filter.year} onChange={(year) => set({ year })} />
        <Select aria-label="类别" placeholder="类别" allowClear style={{ width: 90 }} options={enumOptions(eventKinds)} value={filter.kind} onChange={(kind) => set({ kind, type: undefined })} />
        <Select aria-label="类型" placeholder="类型" allowClear style={{ width: 130 }} options={typeOptions} value={filter.type} onChange={(type) => set({ type })} />
        <Input.Search aria-label="搜索会议活动" placeholder="名称、地点、组织单位" allowClear style={{ width: 220 }} onSearch={(v) => set({ search: v || undefined })} />
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" aria-label="显示已作废" checked={filter.includeVoided} onChange={(v) => set({ includeVoided: v })} />
        </Space>
        <Button
          loading={exporter.busy}
          onClick={() =>
            exporter.run(async () =>
              exportExcel(
                `会议活动考勤${filter.year ? `${filter.year}年` : ''}`,
                [
                  { header: '日期', width: 12, value: (e: EventRecord) => e.date },
                  { header: '类别', width: 6, value: (e) => e.kind },
                  { header: '类型', width: 12, value: (e) => e.type },
                  { header: '名称', width: 36, value: (e) => e.title },
                  { header: '地点', width: 20, value: (e) => e.place },
                  { header: '组织单位', width: 16, value: (e) => e.organizer },
                  { header: '应到', width: 8, value: (e) => e.counts.expected },
                  { header: '出席', width: 8, value: (e) => e.counts.present },
                  { header: '请假', width: 8, value: (e) => e.counts.leave },
                  { header: '缺席', width: 8, value: (e) => e.counts.absent },
                  { header: '发言', width: 8, value: (e) => e.counts.spoke },
                  { header: '出席率', width: 10, value: (e) => e.attendanceRate },
                  { header: '状态', width: 8, value: (e) => (e.voidedAt ? '已作废' : '') },
                ],
                await listAll('points.event.list', filter),
              ),
            )
          }
        >
          导出Excel
        </Button>
      </div>
      <Table<EventRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        locale={{ emptyText: '还没有会议或活动：点“新增会议或活动”登记，再登记考勤或导入签到表。' }}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (n) => `共 ${n} 次` }}
        onChange={(p) => setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
      />
      {editing && <EventForm event={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onCreated={(e) => setAttendance(e.id)} />}
      {attendance && <EventAttendance id={attendance} onClose={() => setAttendance(null)} />}
    </>
  );
}

type Values = FieldValues;

/** Who is expected: everybody, the 常委, a 活动组, a 界别, or members picked one by one. */
function ExpectedPicker({ value, onChange }: { value: number[]; onChange: (ids: number[]) => void }) {
  const members = useMemberOptions();
  const groups = useOptions('sectorGroup');
  const sectors = useOptions('sector');
  const add = (ids: number[]) => onChange([...new Set([...value, ...ids])]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button size="small" onClick={() => add(members.map((m) => m.id))}>
          全体委员
        </Button>
        <Button size="small" onClick={() => add(members.filter((m) => m.isStanding).map((m) => m.id))}>
          全体常委
        </Button>
        <Select size="small" aria-label="按活动组添加" placeholder="按活动组添加" style={{ width: 150 }} options={groups} value={null} onChange={(g) => add(members.filter((m) => m.groupId === g).map((m) => m.id))} />
        <Select size="small" aria-label="按界别添加" placeholder="按界别添加" showSearch={{ optionFilterProp: 'label' }} style={{ width: 170 }} options={sectors} value={null} onChange={(s) => add(members.filter((m) => m.sectorId === s).map((m) => m.id))} />
        {value.length > 0 && (
          <Button size="small" type="link" onClick={() => onChange([])}>
            清空
          </Button>
        )}
      </Space>
      <Select
        mode="multiple"
        aria-label="应到委员"
        placeholder="逐个选择委员（可输入姓名搜索）"
        style={{ width: '100%' }}
        maxTagCount={12}
        showSearch={{ optionFilterProp: 'label' }}
        options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName}）` }))}
        value={value}
        onChange={onChange}
      />
    </Space>
  );
}

function EventForm({ event, onClose, onCreated }: { event?: EventRecord; onClose: () => void; onCreated: (e: EventDetail) => void }) {
  const save = useApiMutation('points.event.save', { success: event ? '已保存' : '已登记，请登记考勤' });
  const groups = useOptions('sectorGroup');
  const [memberIds, setMemberIds] = useState<number[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(eventFields as never) as never,
    defaultValues: event
      ? { kind: event.kind, type: event.type, title: event.title, date: event.date, place: event.place, organizer: event.organizer, sectorGroupId: event.sectorGroupId, note: event.note }
      : { kind: '会议', type: '全体会议', title: '', date: todayIso(), place: '', organizer: '县政协办公室', sectorGroupId: null, note: '' },
  });
  const kind = useWatch({ control: form.control, name: 'kind' }) as keyof typeof eventTypes;
  useEffect(() => {
    if (!eventTypes[kind]?.includes(form.getValues('type'))) form.setValue('type', eventTypes[kind]?.[0]);
  }, [kind, form]);
  const fields: FieldSpec<Values>[][] = [
    [
      { name: 'kind', label: '类别', type: 'select', options: enumOptions(eventKinds), required: true },
      { name: 'type', label: '类型', type: 'select', options: enumOptions(eventTypes[kind] ?? []), required: true },
      { name: 'date', label: '日期', type: 'date', required: true },
    ],
    [{ name: 'title', label: '名称', type: 'text', required: true, maxLength: 100, autoFocus: true, placeholder: '如：政协第十一届委员会第四次会议' }],
    [
      { name: 'place', label: '地点', type: 'text', maxLength: 100 },
      { name: 'organizer', label: '组织单位', type: 'text', maxLength: 60 },
      { name: 'sectorGroupId', label: '活动组', type: 'select', options: groups, placeholder: '界别活动时选择' },
    ],
    [{ name: 'note', label: '备注', type: 'textarea', maxLength: 1000 }],
  ];
  const submit = form.handleSubmit(async (v) => {
    try {
      const out = await save.mutateAsync((event ? { ...v, id: event.id, version: event.version } : { ...v, memberIds }) as never);
      onClose();
      if (!event) onCreated(out);
    } catch {
      /* shown by the mutation */
    }
  });
  return (
    <Modal open width={820} title={event ? `修改${event.kind}：${event.title}` : '新增会议或活动'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        {fields.map((row, i) => (
          <Row gutter={16} key={i}>
            {row.map((f) => (
              <Col span={24 / row.length} key={f.name}>
                <FormField control={form.control} spec={f} />
              </Col>
            ))}
          </Row>
        ))}
        {!event && (
          <Form.Item label={`应到委员（${memberIds.length}人，默认记为出席，保存后可逐人修改或导入签到表）`}>
            <ExpectedPicker value={memberIds} onChange={setMemberIds} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

type AttRow = { memberId: number; name: string; sectorName: string | null; phone: string; status: AttendanceStatus; spoke: boolean; note: string };
const toRows = (list: AttendanceRecord[]): AttRow[] => list.map((a) => ({ memberId: a.memberId, name: a.name, sectorName: a.sectorName, phone: a.phone, status: a.status, spoke: a.spoke, note: a.note }));

/** The attendance list of one 会议/活动: mark 出席/请假/缺席 and 发言, add members, import a sign-in sheet. */
export function EventAttendance({ id, onClose }: { id: number; onClose: () => void }) {
  const q = useApiQuery('points.event.get', { id });
  const e = q.data;
  const [rows, setRows] = useState<AttRow[] | null>(null);
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState<number[]>([]);
  const members = useMemberOptions();
  const save = useApiMutation('points.event.setAttendance', { success: '考勤已保存' });
  useEffect(() => {
    if (e) setRows(toRows(e.attendance));
  }, [e]);
  const dirty = useMemo(() => !!e && !!rows && JSON.stringify(toRows(e.attendance)) !== JSON.stringify(rows), [e, rows]);
  const editable = !!e && !e.voidedAt;
  const patch = (memberId: number, p: Partial<AttRow>) => setRows((rs) => rs!.map((r) => (r.memberId === memberId ? { ...r, ...p, spoke: (p.status ?? r.status) === '出席' ? (p.spoke ?? r.spoke) : false } : r)));
  const counts = (s: AttendanceStatus) => rows?.filter((r) => r.status === s).length ?? 0;

  const columns: ColumnsType<AttRow> = [
    { title: '序号', key: 'n', width: 60, render: (_, __, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '界别', dataIndex: 'sectorName', ellipsis: true },
    {
      title: '出席情况',
      key: 'status',
      width: 220,
      render: (_, r) => (
        <Radio.Group aria-label={`${r.name}出席情况`} size="small" disabled={!editable} value={r.status} onChange={(ev) => patch(r.memberId, { status: ev.target.value })} optionType="button" options={attendanceStatuses.map((s) => ({ value: s, label: s }))} />
      ),
    },
    { title: '发言', key: 'spoke', width: 60, render: (_, r) => <Checkbox aria-label={`${r.name}发言`} disabled={!editable || r.status !== '出席'} checked={r.spoke} onChange={(ev) => patch(r.memberId, { spoke: ev.target.checked })} /> },
    { title: '备注', key: 'note', width: 160, render: (_, r) => <Input size="small" aria-label={`${r.name}备注`} disabled={!editable} value={r.note} maxLength={200} onChange={(ev) => patch(r.memberId, { note: ev.target.value })} /> },
    {
      title: '',
      key: 'remove',
      width: 60,
      render: (_, r) =>
        editable && (
          <Button type="link" size="small" danger onClick={() => setRows((rs) => rs!.filter((x) => x.memberId !== r.memberId))}>
            移除
          </Button>
        ),
    },
  ];

  async function downloadSheet() {
    if (!e) return;
    const source = rows ?? [];
    // The columns the importer reads come from signinColumns, so a printed sheet always imports back.
    const col = (key: (typeof signinColumns)[number]['key'], value: (r: AttRow) => string = () => '') => {
      const c = signinColumns.find((x) => x.key === key)!;
      return { header: c.header, width: c.width, value };
    };
    const bytes = await buildWorkbook(
      '签到表',
      [
        { header: '序号', width: 6, value: (r: AttRow) => source.indexOf(r) + 1 },
        col('name', (r) => r.name),
        col('phone', (r) => r.phone),
        { header: '界别', width: 18, value: (r: AttRow) => r.sectorName },
        col('status'),
        col('spoke'),
        { header: '签名', width: 14, value: () => '' },
        col('note'),
      ],
      source,
    );
    await saveBytes(`${e.date}${e.title}签到表.xlsx`, bytes, excelFilter);
  }

  return (
    <Modal
      open
      width={1000}
      title={e ? `考勤：${e.date} ${e.title}（${e.type}）` : '考勤'}
      onCancel={() => {
        if (dirty && !window.confirm('考勤有修改尚未保存，确定关闭吗？')) return;
        onClose();
      }}
      footer={
        <Space>
          <span style={{ color: '#666' }}>
            应到{rows?.length ?? 0}人，出席{counts('出席')}，请假{counts('请假')}，缺席{counts('缺席')}
          </span>
          <Button onClick={onClose}>关闭</Button>
          {editable && (
            <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => e && rows && save.mutate({ id: e.id, version: e.version, rows: rows.map(({ memberId, status, spoke, note }) => ({ memberId, status, spoke, note })) })}>
              保存考勤
            </Button>
          )}
        </Space>
      }
      destroyOnHidden
    >
      {e?.voidedAt && <Alert type="warning" showIcon title={`已作废：${e.voidReason ?? ''}`} style={{ marginBottom: 12 }} />}
      {editable && (
        <div className="page-toolbar">
          <Button onClick={() => setImporting(true)} disabled={dirty} title={dirty ? '请先保存或放弃当前修改' : undefined}>
            导入签到表
          </Button>
          <Button onClick={downloadSheet}>下载签到表</Button>
          <Button onClick={() => setRows((rs) => rs!.map((r) => ({ ...r, status: '出席' })))}>全部出席</Button>
          <span className="spacer" />
          <Select
            mode="multiple"
            aria-label="添加委员"
            placeholder="添加委员"
            style={{ width: 300 }}
            maxTagCount={3}
            showSearch={{ optionFilterProp: 'label' }}
            options={members.filter((m) => !rows?.some((r) => r.memberId === m.id)).map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName}）` }))}
            value={adding}
            onChange={setAdding}
          />
          <Button
            disabled={!adding.length}
            onClick={() => {
              const picked = members.filter((m) => adding.includes(m.id));
              setRows((rs) => [...rs!, ...picked.map((m) => ({ memberId: m.id, name: m.name, sectorName: m.sectorName, phone: m.phone, status: '出席' as const, spoke: false, note: '' }))]);
              setAdding([]);
            }}
          >
            添加
          </Button>
        </div>
      )}
      <Table<AttRow> size="small" rowKey="memberId" columns={columns} dataSource={rows ?? []} loading={q.isFetching} pagination={false} scroll={{ y: 480 }} locale={{ emptyText: '还没有应到委员：添加委员或导入签到表' }} />
      {importing && e && <SigninImport event={e} onClose={() => setImporting(false)} />}
    </Modal>
  );
}

/** 签到表 import: all rows valid or nothing imported, every bad row listed. */
function SigninImport({ event, onClose }: { event: EventDetail; onClose: () => void }) {
  const [rows, setRows] = useState<SigninRow[] | null>(null);
  const [mode, setMode] = useState<(typeof importModes)[number]>('合并');
  const [fileName, setFileName] = useState('');
  const [readError, setReadError] = useState('');
  const importIt = useApiMutation('points.event.importAttendance', { success: (out) => (out.imported ? `已导入${out.imported}行考勤` : '') });
  const result = importIt.data;

  async function load(file: File) {
    importIt.reset();
    setReadError('');
    setFileName(file.name);
    try {
      const sheet = await readSheet(await readFileBytes(file));
      const { headers, rows: data } = sheet;
      const missing = ['姓名', '出席情况'].filter((h) => !headers.includes(h));
      if (missing.length) throw new Error(`表头缺少：${missing.join('、')}。请使用“下载签到表”生成的表格。`);
      setRows(data.filter((r) => (r.values['姓名'] ?? '').trim()).map((r) => Object.fromEntries([['row', r.row], ...signinColumns.map((c) => [c.key, r.values[c.header] ?? ''])]) as SigninRow));
    } catch (err) {
      setRows(null);
      setReadError((err as Error).message);
    }
    return false;
  }

  return (
    <Modal open width={760} title={`导入签到表：${event.title}`} onCancel={onClose} footer={<Button type={result?.imported ? 'primary' : 'default'} onClick={onClose}>{result?.imported ? '完成' : '关闭'}</Button>} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="按“姓名”（同名时加“手机号”）对应委员；“出席情况”填出席、请假或缺席（也可写到、√、病假、未到等，空白记为缺席）；“发言”填是或否。全部行校验通过才会导入。"
        />
        <Space>
          <span>导入方式：</span>
          <Radio.Group
            aria-label="导入方式"
            value={mode}
            onChange={(e) => setMode(e.target.value)}
            options={[
              { value: '合并', label: '合并（表中委员按表登记，其余不变）' },
              { value: '替换', label: '替换（考勤名单以签到表为准）' },
            ]}
          />
        </Space>
        <Upload.Dragger accept=".xlsx" showUploadList={false} beforeUpload={load} multiple={false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入 .xlsx 签到表</p>
          {fileName && (
            <p style={{ color: '#666' }}>
              已选择：{fileName}
              {rows ? `（${rows.length}行数据）` : ''}
            </p>
          )}
        </Upload.Dragger>
        {readError && <Alert type="error" showIcon title={readError} />}
        {rows && !result?.imported && (
          <Button type="primary" disabled={rows.length === 0} loading={importIt.isPending} onClick={() => importIt.mutate({ id: event.id, version: event.version, mode, rows })}>
            开始导入（{rows.length}行）
          </Button>
        )}
        {result && result.imported > 0 && <Alert type="success" showIcon title={`导入成功：${result.imported}行考勤已登记。`} />}
        {result && result.errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={`发现${result.errors.length}行有问题，本次未导入任何数据。请修改表格后重新导入。`} />
            <Table size="small" rowKey="row" pagination={false} scroll={{ y: 300 }} dataSource={result.errors} columns={[{ title: '行号', dataIndex: 'row', width: 80 }, { title: '问题', dataIndex: 'message' }]} />
          </>
        )}
      </Space>
    </Modal>
  );
}
