import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Col, Form, Modal, Row, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import { groupFields, type GroupRecord } from '../../../../shared/contract/supervision';
import { FormField, submitOnEnter } from '../../components/FormField';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel } from '../../lib/excel';
import { useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { MembersField, useMemberOptions, useTopicOptions } from './common';

/** 监督小组 (派驻监督小组): leader, members from the roster, the unit it is stationed at. */
export function GroupsTab({ year }: { year: number }) {
  const [topicId, setTopicId] = useState<number | undefined>();
  const [showVoided, setShowVoided] = useState(false);
  const [editing, setEditing] = useState<GroupRecord | 'new' | null>(null);
  const list = useApiQuery('supervision.group.list', { year, topicId, includeVoided: showVoided });
  const topics = useTopicOptions(year);
  const voidIt = useApiMutation('supervision.group.void', { success: '小组已作废' });
  const restore = useApiMutation('supervision.group.restore', { success: '小组已恢复' });
  const exporter = useExport();
  const rows = list.data ?? [];

  const columns: ColumnsType<GroupRecord> = [
    { title: '小组名称', dataIndex: 'name' },
    { title: '监督议题', dataIndex: 'topicTitle', ellipsis: true },
    { title: '组长', dataIndex: 'leaderName', width: 90 },
    { title: '成员', key: 'members', render: (_, g) => g.members.filter((m) => m.role !== '组长').map((m) => m.name).join('、') },
    { title: '派驻单位', dataIndex: 'unitName', width: 180 },
    { title: '活动', dataIndex: 'activityCount', width: 60, align: 'center' },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, g) =>
        g.voidedAt ? (
          <Space size={0}>
            <Tag title={g.voidReason ?? ''}>已作废</Tag>
            <Button type="link" size="small" onClick={() => restore.mutate({ id: g.id, version: g.version })}>
              恢复
            </Button>
          </Space>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(g)}>
              修改
            </Button>
            <VoidButton what="监督小组" name={g.name} onConfirm={(reason) => voidIt.mutateAsync({ id: g.id, version: g.version, reason })} />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增监督小组
        </Button>
        <Select aria-label="监督议题" placeholder="监督议题" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 280 }} options={topics} value={topicId} onChange={setTopicId} />
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" aria-label="显示已作废" checked={showVoided} onChange={setShowVoided} />
        </Space>
        <Button
          loading={exporter.busy}
          onClick={() =>
            exporter.run(() =>
              exportExcel(
                `${year}年度监督小组`,
                [
                  { header: '小组名称', width: 30, value: (g: GroupRecord) => g.name },
                  { header: '监督议题', width: 30, value: (g) => g.topicTitle },
                  { header: '组长', width: 10, value: (g) => g.leaderName },
                  { header: '成员', width: 40, value: (g) => g.members.filter((m) => m.role !== '组长').map((m) => `${m.name}（${m.sectorName}）`).join('、') },
                  { header: '派驻单位', width: 24, value: (g) => g.unitName },
                  { header: '联络员', width: 12, value: (g) => g.liaison },
                  { header: '活动次数', width: 10, value: (g) => g.activityCount },
                ],
                rows,
              ),
            )
          }
        >
          导出Excel
        </Button>
      </div>
      <Table<GroupRecord> rowKey="id" size="middle" loading={list.isFetching} columns={columns} dataSource={rows} pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个小组` }} />
      {editing && <GroupForm group={editing === 'new' ? undefined : editing} year={year} onClose={() => setEditing(null)} />}
    </>
  );
}

function GroupForm({ group, year, onClose }: { group?: GroupRecord; year: number; onClose: () => void }) {
  const save = useApiMutation('supervision.group.save', { success: '监督小组已保存' });
  const topics = useTopicOptions(year);
  const units = useOptions('unit');
  const members = useMemberOptions();
  const form = useForm<FieldValues>({
    resolver: zodResolver(groupFields as never) as never,
    defaultValues: group
      ? { topicId: group.topicId, name: group.name, leaderId: group.leaderId, memberIds: group.memberIds, unitId: group.unitId, liaison: group.liaison, note: group.note }
      : { memberIds: [], liaison: '', note: '' },
  });
  const topicId = useWatch({ control: form.control, name: 'topicId' }) as number | undefined;
  const topic = useMemo(() => topics.find((t) => t.value === topicId), [topics, topicId]);
  // 派驻单位 is normally the unit the topic supervises.
  useEffect(() => {
    if (topic && !form.getValues('unitId')) form.setValue('unitId', topic.unitId);
  }, [topic, form]);
  const submit = form.handleSubmit(async (v) => {
    try {
      await save.mutateAsync((group ? { ...v, id: group.id, version: group.version } : v) as never);
      onClose();
    } catch {
      /* shown by the mutation */
    }
  });
  return (
    <Modal open width={720} title={group ? '修改监督小组' : '新增监督小组'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        <FormField
          control={form.control}
          spec={{ name: 'topicId', label: '监督议题', type: 'select', options: topics, required: true, autoFocus: true }}
        />
        <FormField control={form.control} spec={{ name: 'name', label: '小组名称', type: 'text', required: true, maxLength: 60, placeholder: topic ? `如：派驻${units.find((u) => u.value === topic.unitId)?.label ?? ''}民主监督小组` : '如：派驻县住房和城乡建设局民主监督小组' }} />
        <Row gutter={16}>
          <Col span={12}>
            <FormField control={form.control} spec={{ name: 'leaderId', label: '组长', type: 'select', options: members, required: true }} />
          </Col>
          <Col span={12}>
            <FormField control={form.control} spec={{ name: 'unitId', label: '派驻单位', type: 'select', options: units, required: true, placeholder: '通常为被监督单位' }} />
          </Col>
        </Row>
        <MembersField control={form.control} name="memberIds" label="小组成员" options={members} />
        <Row gutter={16}>
          <Col span={12}>
            <FormField control={form.control} spec={{ name: 'liaison', label: '联络员', type: 'text', maxLength: 40 }} />
          </Col>
          <Col span={12}>
            <FormField control={form.control} spec={{ name: 'note', label: '备注', type: 'text', maxLength: 500 }} />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
