import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Form, Image, Input, Modal, Row, Select, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import type { MethodInput } from '../../../../shared/contract';
import { activityFields, type ActivityRecord, type AttachmentInfo } from '../../../../shared/contract/supervision';
import { activityForms } from '../../../../shared/domain/supervision/status';
import { FormField, submitOnEnter } from '../../components/FormField';
import { VoidButton } from '../../components/VoidButton';
import { call, listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { saveBytes } from '../../lib/files';
import { enumOptions } from '../../lib/options';
import { queryClient, useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { MembersField, fileToBase64, todayIso, useGroupOptions, useMemberOptions } from './common';

type ListInput = MethodInput<'supervision.activity.list'>;

/** 活动记录: each 座谈/视察/暗访/调研 of a group, with participants, findings and photos. */
export function ActivitiesTab({ year }: { year: number }) {
  const [filter, setFilter] = useState<Omit<ListInput, 'year'>>({ page: 1, pageSize: 20, includeVoided: false });
  const [editing, setEditing] = useState<ActivityRecord | 'new' | null>(null);
  const input = { ...filter, year };
  const list = useApiQuery('supervision.activity.list', input);
  const groups = useGroupOptions(year);
  const voidIt = useApiMutation('supervision.activity.void', { success: '活动记录已作废' });
  const restore = useApiMutation('supervision.activity.restore', { success: '活动记录已恢复' });
  const exporter = useExport();
  const set = (patch: Partial<ListInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns: ColumnsType<ActivityRecord> = [
    { title: '日期', dataIndex: 'date', width: 110 },
    { title: '形式', dataIndex: 'form', width: 70, render: (f: string) => <Tag>{f}</Tag> },
    { title: '地点', dataIndex: 'place', width: 180, ellipsis: true },
    { title: '监督小组', dataIndex: 'groupName', ellipsis: true },
    { title: '参加人员', key: 'people', ellipsis: true, render: (_, a) => [a.participants.map((p) => p.name).join('、'), a.otherParticipants].filter(Boolean).join('；') },
    { title: '发现的问题和情况', dataIndex: 'findings', ellipsis: true },
    { title: '照片', key: 'photos', width: 60, align: 'center', render: (_, a) => a.photos.length || '' },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, a) =>
        a.voidedAt ? (
          <Space size={0}>
            <Tag title={a.voidReason ?? ''}>已作废</Tag>
            <Button type="link" size="small" onClick={() => restore.mutate({ id: a.id, version: a.version })}>
              恢复
            </Button>
          </Space>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(a)}>
              修改
            </Button>
            <VoidButton what="活动记录" name={`${a.date} ${a.form}`} onConfirm={(reason) => voidIt.mutateAsync({ id: a.id, version: a.version, reason })} />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          登记活动
        </Button>
        <Select aria-label="监督小组" placeholder="监督小组" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 280 }} options={groups} value={filter.groupId} onChange={(v) => set({ groupId: v })} />
        <Select aria-label="活动形式" placeholder="活动形式" allowClear style={{ width: 110 }} options={enumOptions(activityForms)} value={filter.form} onChange={(v) => set({ form: v })} />
        <Input.Search aria-label="搜索活动" placeholder="地点、发现的问题" allowClear style={{ width: 220 }} onSearch={(v) => set({ search: v || undefined })} />
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
                `${year}年度监督活动记录`,
                [
                  { header: '日期', width: 12, value: (a: ActivityRecord) => a.date },
                  { header: '形式', width: 8, value: (a) => a.form },
                  { header: '地点', width: 24, value: (a) => a.place },
                  { header: '监督小组', width: 30, value: (a) => a.groupName },
                  { header: '监督议题', width: 30, value: (a) => a.topicTitle },
                  { header: '参加委员', width: 30, value: (a) => a.participants.map((p) => p.name).join('、') },
                  { header: '其他参加人员', width: 24, value: (a) => a.otherParticipants },
                  { header: '发现的问题和情况', width: 60, value: (a) => a.findings },
                  { header: '照片数', width: 8, value: (a) => a.photos.length },
                ],
                await listAll('supervision.activity.list', input),
              ),
            )
          }
        >
          导出Excel
        </Button>
      </div>
      <Table<ActivityRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        expandable={{ expandedRowRender: (a) => <ActivityDetail activity={a} /> }}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (n) => `共 ${n} 次活动` }}
        onChange={(p) => setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
      />
      {editing && <ActivityForm activity={editing === 'new' ? undefined : editing} year={year} defaultGroupId={filter.groupId} onClose={() => setEditing(null)} />}
    </>
  );
}

function ActivityDetail({ activity }: { activity: ActivityRecord }) {
  return (
    <div>
      <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, marginBottom: 12 }}>{activity.findings}</div>
      <Attachments ownerKind="activity" ownerId={activity.id} files={activity.photos} label="照片" editable={!activity.voidedAt} />
    </div>
  );
}

/** Photos or evidence: thumbnails for images, download for other files, upload and 作废. */
export function Attachments({ ownerKind, ownerId, files, label, editable }: { ownerKind: AttachmentInfo['ownerKind']; ownerId: number; files: AttachmentInfo[]; label: string; editable: boolean }) {
  const { message } = App.useApp();
  const voidIt = useApiMutation('supervision.attachment.void', { success: `${label}已作废` });
  const caption = useApiMutation('supervision.attachment.caption', { success: '说明已保存' });
  const [busy, setBusy] = useState(false);
  return (
    <Space wrap align="start">
      {files.map((f) => (
        <AttachmentThumb
          key={f.id}
          file={f}
          onVoid={editable ? (reason) => voidIt.mutateAsync({ id: f.id, version: f.version, reason }) : undefined}
          onCaption={editable ? (text) => caption.mutate({ id: f.id, version: f.version, caption: text }) : undefined}
        />
      ))}
      {editable && (
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={async (file) => {
            setBusy(true);
            try {
              await call('supervision.attachment.add', { ownerKind, ownerId, fileName: file.name, mime: file.type || 'application/octet-stream', caption: '', base64: await fileToBase64(file) });
              await queryClient.invalidateQueries();
              void message.success(`已上传：${file.name}`);
            } catch (e) {
              void message.error((e as Error).message, 6);
            } finally {
              setBusy(false);
            }
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={busy}>
            上传{label}
          </Button>
        </Upload>
      )}
      {!files.length && !editable && <span style={{ color: '#999' }}>无{label}</span>}
    </Space>
  );
}

/** A photo's 说明 under it; click the pencil to change it (saved with the file's version, audited). */
function Caption({ file, onCaption }: { file: AttachmentInfo; onCaption?: (text: string) => void }) {
  if (!onCaption) return file.caption ? <div style={{ color: '#555' }}>{file.caption}</div> : null;
  return (
    <Typography.Text
      type={file.caption ? undefined : 'secondary'}
      style={{ fontSize: 12 }}
      data-testid={`caption-${file.id}`}
      editable={{
        text: file.caption,
        maxLength: 200,
        tooltip: '修改说明',
        triggerType: ['icon', 'text'],
        onChange: (text) => {
          if (text.trim() !== file.caption) onCaption(text.trim());
        },
      }}
    >
      {file.caption || '添加说明'}
    </Typography.Text>
  );
}

function AttachmentThumb({ file, onVoid, onCaption }: { file: AttachmentInfo; onVoid?: (reason: string) => Promise<unknown>; onCaption?: (text: string) => void }) {
  const [src, setSrc] = useState<string>();
  const isImage = file.mime.startsWith('image/');
  useEffect(() => {
    if (!isImage) return;
    let cancelled = false;
    void call('supervision.attachment.get', { id: file.id }).then((f) => !cancelled && setSrc(`data:${f.mime};base64,${f.base64}`));
    return () => {
      cancelled = true;
    };
  }, [file.id, file.mime, isImage]);
  async function download() {
    const f = await call('supervision.attachment.get', { id: file.id });
    const bin = atob(f.base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    await saveBytes(f.fileName, bytes);
  }
  return (
    <div style={{ width: 120, textAlign: 'center', fontSize: 12 }}>
      {isImage ? <Image src={src} width={110} height={80} style={{ objectFit: 'cover' }} alt={file.caption || file.fileName} /> : <div style={{ height: 80, lineHeight: '80px', background: '#f5f5f5' }}>文件</div>}
      <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={file.fileName}>
        <Button type="link" size="small" onClick={download} style={{ padding: 0 }}>
          {file.fileName}
        </Button>
      </div>
      <Caption file={file} onCaption={onCaption} />
      {onVoid && <VoidButton what="附件" name={file.fileName} onConfirm={onVoid} />}
    </div>
  );
}

function ActivityForm({ activity, year, defaultGroupId, onClose }: { activity?: ActivityRecord; year: number; defaultGroupId?: number; onClose: () => void }) {
  const save = useApiMutation('supervision.activity.save', { success: '活动记录已保存' });
  const groups = useGroupOptions(year);
  const members = useMemberOptions();
  const form = useForm<FieldValues>({
    resolver: zodResolver(activityFields as never) as never,
    defaultValues: activity
      ? { groupId: activity.groupId, date: activity.date, place: activity.place, form: activity.form, memberIds: activity.memberIds, otherParticipants: activity.otherParticipants, findings: activity.findings }
      : { groupId: defaultGroupId, date: todayIso(), form: '座谈', memberIds: [], otherParticipants: '', findings: '' },
  });
  const groupId = useWatch({ control: form.control, name: 'groupId' }) as number | undefined;
  const group = useMemo(() => groups.find((g) => g.value === groupId), [groups, groupId]);
  // A new activity starts with the whole group as participants; the clerk removes who was absent.
  useEffect(() => {
    if (!activity && group && !(form.getValues('memberIds') as number[]).length) form.setValue('memberIds', group.memberIds);
  }, [activity, group, form]);
  const submit = form.handleSubmit(async (v) => {
    try {
      await save.mutateAsync((activity ? { ...v, id: activity.id, version: activity.version } : v) as never);
      onClose();
    } catch {
      /* shown by the mutation */
    }
  });
  return (
    <Modal open width={820} title={activity ? '修改活动记录' : '登记监督活动'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        <FormField control={form.control} spec={{ name: 'groupId', label: '监督小组', type: 'select', options: groups, required: true, autoFocus: true }} />
        <Row gutter={16}>
          <Col span={8}>
            <FormField control={form.control} spec={{ name: 'date', label: '活动日期', type: 'date', required: true }} />
          </Col>
          <Col span={6}>
            <FormField control={form.control} spec={{ name: 'form', label: '活动形式', type: 'select', options: enumOptions(activityForms), required: true }} />
          </Col>
          <Col span={10}>
            <FormField control={form.control} spec={{ name: 'place', label: '活动地点', type: 'text', required: true, maxLength: 100 }} />
          </Col>
        </Row>
        <MembersField control={form.control} name="memberIds" label="参加委员" options={members} />
        <FormField control={form.control} spec={{ name: 'otherParticipants', label: '其他参加人员', type: 'text', maxLength: 500, placeholder: '如：县住建局分管副局长、社区居民代表8人' }} />
        <FormField control={form.control} spec={{ name: 'findings', label: '发现的问题和情况', type: 'textarea', required: true, maxLength: 20000 }} />
      </Form>
    </Modal>
  );
}
