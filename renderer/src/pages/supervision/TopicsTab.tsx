import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Col, Form, Input, Modal, Row, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { MethodInput } from '../../../../shared/contract';
import { topicFields, type TopicRecord } from '../../../../shared/contract/supervision';
import { topicSources } from '../../../../shared/domain/supervision/status';
import { FormField, submitOnEnter } from '../../components/FormField';
import { VoidButton } from '../../components/VoidButton';
import { listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { enumOptions, useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';

type ListInput = MethodInput<'supervision.topic.list'>;

/** 监督议题 of a year: source, topic, the unit supervised. */
export function TopicsTab({ year }: { year: number }) {
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Omit<ListInput, 'year'>>({ page: 1, pageSize: 20, includeVoided: false });
  const [editing, setEditing] = useState<TopicRecord | 'new' | null>(null);
  const input = { ...filter, year };
  const list = useApiQuery('supervision.topic.list', input);
  const units = useOptions('unit');
  const voidIt = useApiMutation('supervision.topic.void', { success: '议题已作废' });
  const restore = useApiMutation('supervision.topic.restore', { success: '议题已恢复' });
  const exporter = useExport();
  const set = (patch: Partial<ListInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns: ColumnsType<TopicRecord> = [
    { title: '年度', dataIndex: 'year', width: 70 },
    { title: '监督议题', dataIndex: 'title' },
    { title: '来源', dataIndex: 'source', width: 120 },
    { title: '被监督单位', dataIndex: 'unitName', width: 200 },
    { title: '小组', dataIndex: 'groupCount', width: 60, align: 'center' },
    { title: '活动', dataIndex: 'activityCount', width: 60, align: 'center' },
    { title: '建议书', dataIndex: 'letterCount', width: 70, align: 'center' },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, t) =>
        t.voidedAt ? (
          <Space size={0}>
            <Tag title={t.voidReason ?? ''}>已作废</Tag>
            <Button type="link" size="small" onClick={() => restore.mutate({ id: t.id, version: t.version })}>
              恢复
            </Button>
          </Space>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(t)}>
              修改
            </Button>
            <Button type="link" size="small" onClick={() => navigate(`/supervision?year=${year}&letter=new&topic=${t.id}`)}>
              起草建议书
            </Button>
            <VoidButton what="监督议题" name={t.title} onConfirm={(reason) => voidIt.mutateAsync({ id: t.id, version: t.version, reason })} />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增监督议题
        </Button>
        <Select aria-label="来源" placeholder="来源" allowClear style={{ width: 140 }} options={enumOptions(topicSources)} value={filter.source} onChange={(v) => set({ source: v })} />
        <Select aria-label="被监督单位" placeholder="被监督单位" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 220 }} options={units} value={filter.unitId} onChange={(v) => set({ unitId: v })} />
        <Input.Search aria-label="搜索议题" placeholder="议题、说明、单位" allowClear style={{ width: 220 }} onSearch={(v) => set({ search: v || undefined })} />
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
                `${year}年度监督议题`,
                [
                  { header: '年度', width: 8, value: (t: TopicRecord) => t.year },
                  { header: '监督议题', width: 40, value: (t) => t.title },
                  { header: '来源', width: 14, value: (t) => t.source },
                  { header: '被监督单位', width: 24, value: (t) => t.unitName },
                  { header: '议题说明', width: 40, value: (t) => t.description },
                  { header: '监督小组数', width: 10, value: (t) => t.groupCount },
                  { header: '活动次数', width: 10, value: (t) => t.activityCount },
                  { header: '建议书份数', width: 10, value: (t) => t.letterCount },
                ],
                await listAll('supervision.topic.list', input),
              ),
            )
          }
        >
          导出Excel
        </Button>
      </div>
      <Table<TopicRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        expandable={{ rowExpandable: (t) => !!t.description, expandedRowRender: (t) => <div style={{ whiteSpace: 'pre-wrap' }}>{t.description}</div> }}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (n) => `共 ${n} 个议题` }}
        onChange={(p) => setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
      />
      {editing && <TopicForm topic={editing === 'new' ? undefined : editing} year={year} units={units} onClose={() => setEditing(null)} />}
    </>
  );
}

function TopicForm({ topic, year, units, onClose }: { topic?: TopicRecord; year: number; units: { value: number; label: string }[]; onClose: () => void }) {
  const save = useApiMutation('supervision.topic.save', { success: '监督议题已保存' });
  const form = useForm<FieldValues>({
    resolver: zodResolver(topicFields as never) as never,
    defaultValues: topic ? { year: topic.year, source: topic.source, title: topic.title, unitId: topic.unitId, description: topic.description } : { year, source: '年度协商计划', description: '' },
  });
  const submit = form.handleSubmit(async (v) => {
    try {
      await save.mutateAsync((topic ? { ...v, id: topic.id, version: topic.version } : v) as never);
      onClose();
    } catch {
      /* shown by the mutation */
    }
  });
  return (
    <Modal open width={680} title={topic ? '修改监督议题' : '新增监督议题'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        <FormField control={form.control} spec={{ name: 'title', label: '监督议题', type: 'text', required: true, maxLength: 100, autoFocus: true, placeholder: '如：城区老旧小区改造工作' }} />
        <Row gutter={16}>
          <Col span={8}>
            <FormField control={form.control} spec={{ name: 'year', label: '年度', type: 'number', required: true }} />
          </Col>
          <Col span={16}>
            <FormField control={form.control} spec={{ name: 'source', label: '来源', type: 'select', options: enumOptions(topicSources), required: true }} />
          </Col>
        </Row>
        <FormField control={form.control} spec={{ name: 'unitId', label: '被监督单位', type: 'select', options: units, required: true }} />
        <FormField control={form.control} spec={{ name: 'description', label: '议题说明', type: 'textarea', maxLength: 3000 }} />
      </Form>
    </Modal>
  );
}
