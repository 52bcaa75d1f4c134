import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, Modal, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import type { Method } from '../../../../shared/contract';
import { referenceFields, referenceLabels, type ReferenceKind, type ReferenceRecord } from '../../../../shared/contract/reference';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { useFirstFieldFocus } from '../../components/useFirstFieldFocus';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';

export interface ReferenceColumn<K extends ReferenceKind> {
  title: string;
  value: (r: ReferenceRecord<K>) => string | number;
  width?: number;
}

export interface ReferenceTableProps<K extends ReferenceKind> {
  kind: K;
  columns: ReferenceColumn<K>[];
  fields: FieldSpec<FieldValues>[];
  defaults: Record<string, unknown>;
  /** Only rows that belong to this view (e.g. one dictionary). */
  filter?: (r: ReferenceRecord<K>) => boolean;
  title?: string;
}

type Any = Record<string, unknown>;

/** List, add, edit, void and restore, search and Excel export for one reference kind. */
export function ReferenceTable<K extends ReferenceKind>({ kind, columns, fields, defaults, filter, title }: ReferenceTableProps<K>) {
  const label = title ?? referenceLabels[kind];
  const [showVoided, setShowVoided] = useState(false);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ReferenceRecord<K> | 'new' | null>(null);
  const list = useApiQuery(`${kind}.list` as Method, { includeVoided: showVoided } as never);
  const save = useApiMutation(`${kind}.save` as Method, { success: '已保存' });
  const voidIt = useApiMutation(`${kind}.void` as Method, { success: '已作废' });
  const restore = useApiMutation(`${kind}.restore` as Method, { success: '已恢复' });
  const exporter = useExport();

  const rows = useMemo(() => {
    const all = ((list.data ?? []) as unknown as ReferenceRecord<K>[]).filter((r) => !filter || filter(r));
    const s = search.trim();
    return s ? all.filter((r) => columns.some((c) => String(c.value(r)).includes(s))) : all;
  }, [list.data, filter, search, columns]);

  const tableColumns: ColumnsType<ReferenceRecord<K>> = [
    ...columns.map((c) => ({ title: c.title, key: c.title, width: c.width, render: (_: unknown, r: ReferenceRecord<K>) => c.value(r) })),
    {
      title: '状态',
      key: 'status',
      width: 80,
      render: (_, r) => (r.voidedAt ? <Tag color="default">已作废</Tag> : <Tag color="green">有效</Tag>),
    },
    // With voided rows shown, say why each was voided.
    ...(showVoided ? [{ title: '作废原因', key: 'voidReason', ellipsis: true, render: (_: unknown, r: ReferenceRecord<K>) => r.voidReason ?? '' }] : []),
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, r) =>
        r.voidedAt ? (
          <Button type="link" size="small" onClick={() => restore.mutate({ id: r.id, version: r.version } as never)}>
            恢复
          </Button>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(r)}>
              修改
            </Button>
            <VoidButton what={label} name={String(columns[0].value(r))} onConfirm={(reason) => voidIt.mutateAsync({ id: r.id, version: r.version, reason } as never)} />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增{label}
        </Button>
        <Input.Search aria-label={`搜索${label}`} placeholder="搜索" allowClear style={{ width: 220 }} onSearch={setSearch} onChange={(e) => !e.target.value && setSearch('')} />
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" checked={showVoided} onChange={setShowVoided} aria-label="显示已作废" />
        </Space>
        <Button loading={exporter.busy} onClick={() => exporter.run(() => exportExcel(label, columns.map((c) => ({ header: c.title, value: c.value, width: c.width ? c.width / 7 : undefined })), rows))}>
          导出Excel
        </Button>
      </div>
      <Table<ReferenceRecord<K>> rowKey="id" size="middle" loading={list.isLoading} columns={tableColumns} dataSource={rows} pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t) => `共 ${t} 条` }} />
      {editing && (
        <ReferenceForm
          kind={kind}
          label={label}
          fields={fields}
          initial={editing === 'new' ? defaults : (editing as unknown as Any)}
          saving={save.isPending}
          onCancel={() => setEditing(null)}
          onSave={async (values) => {
            const body = editing === 'new' ? values : { ...values, id: editing.id, version: editing.version };
            await save.mutateAsync(body as never);
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

function ReferenceForm({ kind, label, fields, initial, saving, onCancel, onSave }: { kind: ReferenceKind; label: string; fields: FieldSpec<FieldValues>[]; initial: Any; saving: boolean; onCancel: () => void; onSave: (values: Any) => Promise<void> }) {
  const schema = referenceFields[kind];
  // Text fields start as '' so an empty one reads “请填写…”, not a type error.
  const blanks = Object.fromEntries(fields.filter((f) => f.type === 'text' || f.type === 'textarea').map((f) => [f.name, '']));
  const form = useForm<FieldValues>({ resolver: zodResolver(schema as never) as never, defaultValues: { ...blanks, ...pick(initial, Object.keys(schema.shape)) } });
  const focus = useFirstFieldFocus();
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(values);
    } catch {
      /* shown by the mutation */
    }
  });
  return (
    <Modal open title={initial.id ? `修改${label}` : `新增${label}`} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onCancel} destroyOnHidden maskClosable={false} afterOpenChange={focus.afterOpenChange}>
      <div ref={focus.ref}>
        <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
          {fields.map((f, i) => (
            <FormField key={f.name} control={form.control} spec={{ ...f, autoFocus: i === 0 }} />
          ))}
        </Form>
      </div>
    </Modal>
  );
}

function pick(obj: Any, keys: string[]): Any {
  return Object.fromEntries(keys.filter((k) => obj[k] !== undefined).map((k) => [k, obj[k]]));
}
