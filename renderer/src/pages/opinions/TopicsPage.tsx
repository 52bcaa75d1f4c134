import { Button, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { OpinionTopicRecord } from '../../../../shared/contract/opinions';
import { submitOnEnter } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { thisYear, yearOptions } from './common';

/** 重点选题 of a year: what the office asks members to write about; reports can be tagged with one. */
export function TopicsPage() {
  const [year, setYear] = useState<number | undefined>(thisYear());
  const [showVoided, setShowVoided] = useState(false);
  const [editing, setEditing] = useState<OpinionTopicRecord | 'new' | null>(null);
  const list = useApiQuery('opinionTopic.list', { year, includeVoided: showVoided });
  const voidIt = useApiMutation('opinionTopic.void', { success: '已作废' });
  const restore = useApiMutation('opinionTopic.restore', { success: '已恢复' });
  const exporter = useExport();
  const rows = list.data ?? [];
  return (
    <>
      <PageTitle title="重点选题" />
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增选题
        </Button>
        <Button
          loading={exporter.busy}
          onClick={() =>
            exporter.run(() =>
              exportExcel(`社情民意重点选题${year ? `-${year}年` : ''}`, [
                { header: '年度', width: 8, value: (t: OpinionTopicRecord) => t.year },
                { header: '序号', width: 6, value: (t: OpinionTopicRecord) => t.sort },
                { header: '选题名称', width: 36, value: (t: OpinionTopicRecord) => t.title },
                { header: '说明', width: 40, value: (t: OpinionTopicRecord) => t.description },
                { header: '报送信息（篇）', width: 14, value: (t: OpinionTopicRecord) => t.reportCount },
              ], rows),
            )
          }
        >
          导出Excel
        </Button>
        <span className="spacer" />
        <Select aria-label="年度" placeholder="年度" allowClear style={{ width: 100 }} options={yearOptions()} value={year} onChange={setYear} />
        <Space size={4}>
          <Switch size="small" aria-label="显示已作废" checked={showVoided} onChange={setShowVoided} />
          显示已作废
        </Space>
      </div>
      <Table<OpinionTopicRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个选题` }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '序号', dataIndex: 'sort', width: 60 },
          { title: '选题名称', dataIndex: 'title' },
          { title: '说明', dataIndex: 'description', ellipsis: true },
          { title: '报送信息', dataIndex: 'reportCount', width: 90, align: 'right', render: (n: number) => `${n}篇` },
          { title: '状态', key: 'st', width: 80, render: (_, t) => (t.voidedAt ? <Tag>已作废</Tag> : <Tag color="green">有效</Tag>) },
          {
            title: '操作',
            key: 'op',
            width: 130,
            render: (_, t) =>
              t.voidedAt ? (
                <Button type="link" size="small" onClick={() => restore.mutate({ id: t.id, version: t.version })}>
                  恢复
                </Button>
              ) : (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(t)}>
                    修改
                  </Button>
                  <VoidButton what="重点选题" name={t.title} onConfirm={(reason) => voidIt.mutateAsync({ id: t.id, version: t.version, reason })} />
                </Space>
              ),
          },
        ]}
      />
      {editing && <TopicForm topic={editing === 'new' ? undefined : editing} year={year ?? thisYear()} next={rows.length + 1} onClose={() => setEditing(null)} />}
    </>
  );
}

function TopicForm({ topic, year, next, onClose }: { topic?: OpinionTopicRecord; year: number; next: number; onClose: () => void }) {
  const [values, setValues] = useState({ year: topic?.year ?? year, title: topic?.title ?? '', description: topic?.description ?? '', sort: topic?.sort ?? next });
  const save = useApiMutation('opinionTopic.save', { success: '选题已保存', onSuccess: onClose });
  const submit = () => values.title.trim() && save.mutate({ ...values, title: values.title.trim(), ...(topic ? { id: topic.id, version: topic.version } : {}) });
  return (
    <Modal open title={topic ? `修改选题：${topic.title}` : '新增重点选题'} okText="保存" cancelText="取消" okButtonProps={{ loading: save.isPending, disabled: !values.title.trim() }} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        <Space>
          <Form.Item label="年度" required htmlFor="topic-year">
            <Select id="topic-year" aria-label="年度" style={{ width: 110 }} options={yearOptions()} value={values.year} onChange={(v) => setValues((x) => ({ ...x, year: v }))} />
          </Form.Item>
          <Form.Item label="序号" htmlFor="topic-sort">
            <InputNumber id="topic-sort" aria-label="序号" min={0} value={values.sort} onChange={(v) => setValues((x) => ({ ...x, sort: v ?? 0 }))} />
          </Form.Item>
        </Space>
        <Form.Item label="选题名称" required htmlFor="topic-title">
          <Input id="topic-title" aria-label="选题名称" autoFocus maxLength={60} value={values.title} onChange={(e) => setValues((x) => ({ ...x, title: e.target.value }))} />
        </Form.Item>
        <Form.Item label="选题说明" htmlFor="topic-desc">
          <Input.TextArea id="topic-desc" aria-label="选题说明" maxLength={500} value={values.description} onChange={(e) => setValues((x) => ({ ...x, description: e.target.value }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
