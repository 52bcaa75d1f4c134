import { Alert, AutoComplete, DatePicker, Form, Input, Modal, Select, Switch, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ProposalListRow } from '../../../../shared/contract/proposals';
import { formatChineseDate } from '../../../../shared/domain/chineseDate';
import { assignModes, type AssignMode } from '../../../../shared/domain/proposal/status';
import { useOptions } from '../../lib/options';
import { suggested } from './ActionDialogs';
import { useApiMutation, useApiQuery } from '../../lib/query';

const today = () => dayjs().format('YYYY-MM-DD');

function DateRow({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <Form.Item label={label} htmlFor="batchDate" required>
      <DatePicker id="batchDate" allowClear={false} value={dayjs(value)} onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))} />
    </Form.Item>
  );
}

/** 批量立案: one transaction; numbers in submission order, optionally re-sorted by category. */
export function BatchFileDialog({ rows, onClose }: { rows: ProposalListRow[]; onClose: (done: boolean) => void }) {
  const [date, setDate] = useState(today());
  const [renumber, setRenumber] = useState(true);
  const [comment, setComment] = useState('');
  const run = useApiMutation('proposal.batchFile', { success: (r) => `已立案${r.filed}件`, onSuccess: () => onClose(true) });
  return (
    <Modal
      open
      width={720}
      title={`批量立案（${rows.length}件）`}
      okText="确认立案"
      okButtonProps={{ danger: true, loading: run.isPending }}
      cancelText="取消"
      onOk={() => run.mutate({ items: rows.map((r) => ({ id: r.id, version: r.version })), date, comment, renumber })}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="立案后编号即确定；有一件不能立案时，本批次全部不立案。" />
      <Table size="small" rowKey="id" pagination={false} scroll={{ y: 240 }} dataSource={rows} columns={[{ title: '案由', dataIndex: 'title' }, { title: '提案者', dataIndex: 'proposerText', width: 140 }, { title: '类别', dataIndex: 'categoryName', width: 90 }]} />
      <Form layout="vertical" component="div" style={{ marginTop: 12 }}>
        <DateRow label="立案日期" value={date} onChange={setDate} />
        <Form.Item label="立案后按类别重排编号（已交办的编号不变）">
          <Switch aria-label="按类别重排编号" checked={renumber} onChange={setRenumber} checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Form.Item label="审查意见" htmlFor="batchComment">
          <Input id="batchComment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AssignRow {
  id: number;
  version: number;
  title: string;
  suggested: string;
  mode: AssignMode;
  mainUnitId?: number;
  coUnitIds: number[];
}

/** 批量交办: each proposal its own 主办/协办 (pre-filled from 建议承办单位), one date, one transaction. */
export function BatchAssignDialog({ rows, onClose }: { rows: ProposalListRow[]; onClose: (done: boolean) => void }) {
  const units = useOptions('unit');
  const [edits, setEdits] = useState<Record<number, Partial<AssignRow>>>({});
  const data: AssignRow[] = rows.map((r) => {
    const text = r.suggestedUnits;
    const hint = suggested(units, text);
    const base: AssignRow = { id: r.id, version: r.version, title: r.title, suggested: text, mode: hint.length > 1 ? '会办' : '单办', mainUnitId: hint[0], coUnitIds: hint.slice(1) };
    return { ...base, ...edits[r.id] };
  });
  const edit = (id: number, patch: Partial<AssignRow>) => setEdits((e) => ({ ...e, [id]: { ...e[id], ...patch } }));
  const [date, setDate] = useState(today());
  const preview = useApiQuery('proposal.dueDatePreview', { date });
  const run = useApiMutation('proposal.batchAssign', { success: (r) => `已交办${r.assigned}件`, onSuccess: () => onClose(true) });
  const incomplete = data.some((r) => !r.mainUnitId || (r.mode !== '单办' && !r.coUnitIds.length));
  return (
    <Modal
      open
      width={1100}
      title={`批量交办（${rows.length}件）`}
      okText="确认交办"
      cancelText="取消"
      okButtonProps={{ disabled: incomplete, loading: run.isPending }}
      onOk={() => run.mutate({ date, items: data.map((r) => ({ id: r.id, version: r.version, mode: r.mode, mainUnitId: r.mainUnitId!, coUnitIds: r.mode === '单办' ? [] : r.coUnitIds })) })}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form layout="inline" component="div" style={{ marginBottom: 12 }}>
        <DateRow label="交办日期" value={date} onChange={setDate} />
        {preview.data && <span>办理期限：{formatChineseDate(preview.data.dueDate)}；签收截止：{formatChineseDate(preview.data.signDeadline)}</span>}
      </Form>
      <Table<AssignRow>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ y: 420 }}
        dataSource={data}
        columns={[
          { title: '案由', dataIndex: 'title', render: (t: string, r) => <div title={`建议承办单位：${r.suggested}`}>{t}</div> },
          { title: '方式', width: 100, render: (_, r) => <Select aria-label={`交办方式-${r.id}`} size="small" style={{ width: 80 }} value={r.mode} options={assignModes.map((m) => ({ value: m, label: m }))} onChange={(mode) => edit(r.id, { mode })} /> },
          {
            title: '主办单位',
            width: 220,
            render: (_, r) => <Select aria-label={`主办单位-${r.id}`} size="small" style={{ width: 200 }} showSearch={{ optionFilterProp: 'label' }} value={r.mainUnitId} options={units} onChange={(v: number) => edit(r.id, { mainUnitId: v, coUnitIds: r.coUnitIds.includes(v) ? r.coUnitIds.map((c) => (c === v ? r.mainUnitId : c)).filter((c): c is number => c !== undefined) : r.coUnitIds })} status={r.mainUnitId ? undefined : 'error'} />,
          },
          {
            title: '协办单位',
            width: 300,
            render: (_, r) =>
              r.mode === '单办' ? (
                '—'
              ) : (
                <Select aria-label={`协办单位-${r.id}`} size="small" mode="multiple" style={{ width: 280 }} showSearch={{ optionFilterProp: 'label' }} value={r.coUnitIds} options={units.filter((u) => u.value !== r.mainUnitId)} onChange={(v) => edit(r.id, { coUnitIds: v })} />
              ),
          },
        ]}
      />
    </Modal>
  );
}

/** 批量催办 with the way it was done (函件/电话…) and what was asked. */
export function BatchRemindDialog({ rows, onClose }: { rows: ProposalListRow[]; onClose: (done: boolean) => void }) {
  const [date, setDate] = useState(today());
  const [method, setMethod] = useState('函件催办');
  const [content, setContent] = useState('请抓紧办理，尽快书面答复。');
  const run = useApiMutation('proposal.remind', { success: (r) => `已催办${r.reminded}件`, onSuccess: () => onClose(true) });
  return (
    <Modal
      open
      width={760}
      title={`批量催办（${rows.length}件）`}
      okText="确认催办"
      cancelText="取消"
      okButtonProps={{ loading: run.isPending }}
      onOk={() => run.mutate({ items: rows.map((r) => ({ id: r.id, version: r.version })), date, method, content })}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ y: 240 }}
        dataSource={rows}
        columns={[
          { title: '编号', dataIndex: 'number', width: 110 },
          { title: '案由', dataIndex: 'title' },
          { title: '主办单位', dataIndex: 'mainUnit', width: 160 },
          { title: '办理期限', dataIndex: 'dueDate', width: 110, render: (d: string, r) => `${d ?? ''}${r.overdue ? ' 逾期' : ''}` },
        ]}
      />
      <Form layout="vertical" component="div" style={{ marginTop: 12 }}>
        <DateRow label="催办日期" value={date} onChange={setDate} />
        <Form.Item label="催办方式" htmlFor="remindMethod">
          <AutoComplete id="remindMethod" value={method} onChange={setMethod} options={['函件催办', '电话催办', '短信催办', '当面催办'].map((v) => ({ value: v }))} />
        </Form.Item>
        <Form.Item label="催办内容" htmlFor="remindContent">
          <Input.TextArea id="remindContent" value={content} onChange={(e) => setContent(e.target.value)} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
