import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal, Select, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm, type Control, type FieldValues } from 'react-hook-form';
import { useSearchParams } from 'react-router-dom';
import type { z } from '../../../../shared/contract/zod';
import type { ItemState, LetterStage } from '../../../../shared/domain/supervision/status';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { useApiQuery } from '../../lib/query';
import { bytesToBase64, readFileBytes } from '../../lib/files';
export { cnDate, todayIso } from '../../lib/dates';


/** The year the whole 民主监督 section shows, kept in the address (?year=2026). */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  return [
    year,
    (y: number) =>
      setParams((p) => {
        p.set('year', String(y));
        return p;
      }),
  ];
}

/** Years with topics plus this year and next, newest first. */
export function useYearOptions(current: number) {
  const years = useApiQuery('supervision.years', {});
  return useMemo(() => {
    const now = new Date().getFullYear();
    const all = new Set([...(years.data ?? []), now, now + 1, current]);
    return [...all].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
  }, [years.data, current]);
}

/** Members in office, for 组长/成员/参加委员 selects: “姓名（界别）”. */
export function useMemberOptions() {
  const q = useApiQuery('member.list', { page: 1, pageSize: 1000, status: '在任', sortBy: 'name', sortOrder: 'asc' }, { staleTime: 30_000 });
  return useMemo(() => (q.data?.rows ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName}）` })), [q.data]);
}

export function useTopicOptions(year: number) {
  const q = useApiQuery('supervision.topic.list', { year, page: 1, pageSize: 1000 });
  return useMemo(() => (q.data?.rows ?? []).map((t) => ({ value: t.id, label: t.title, unitId: t.unitId })), [q.data]);
}

export function useGroupOptions(year: number, topicId?: number) {
  const q = useApiQuery('supervision.group.list', { year, topicId });
  return useMemo(() => (q.data ?? []).map((g) => ({ value: g.id, label: g.name, topicId: g.topicId, unitId: g.unitId, memberIds: [g.leaderId, ...g.memberIds], leaderName: g.leaderName })), [q.data]);
}

const stageColor: Record<LetterStage, string> = {
  起草: 'default',
  待审核: 'gold',
  待签发: 'orange',
  已签发: 'blue',
  整改中: 'processing',
  待评估: 'cyan',
  待回头看: 'purple',
  待结项: 'geekblue',
  已结项: 'green',
  已作废: 'default',
};
export function StageTag({ stage }: { stage: LetterStage }) {
  return <Tag color={stageColor[stage]}>{stage}</Tag>;
}

const stateColor: Record<ItemState, string> = { 未送达: 'default', 待反馈: 'blue', 整改中: 'gold', 已完成: 'green', 逾期: 'red' };
export function ItemStateTag({ state, days, workdays }: { state: ItemState; days?: number; workdays?: number }) {
  return (
    <Tag color={stateColor[state]} data-state={state} title={state === '逾期' && workdays ? `逾期${days}天，即${workdays}个工作日（催办函按工作日计）` : undefined}>
      {state}
      {state === '逾期' && days ? ` ${days}天` : ''}
    </Tag>
  );
}


export const fileToBase64 = async (file: File) => bytesToBase64(await readFileBytes(file));

/** A multi-select of members bound to react-hook-form. */
export function MembersField({ control, name, label, options }: { control: Control<FieldValues>; name: string; label: string; options: { value: number; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item label={label} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor={name}>
          <Select
            id={name}
            mode="multiple"
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={`请选择${label}（可输入姓名查找）`}
            allowClear
          />
        </Form.Item>
      )}
    />
  );
}

export interface StepDialogProps<S extends z.ZodObject> {
  title: string;
  schema: S;
  fields: FieldSpec<FieldValues>[];
  defaults: Partial<z.input<S>>;
  okText: string;
  danger?: boolean;
  /** Shown above the fields (what the step does; irreversible steps say so). */
  note?: ReactNode;
  /** Extra inputs below the fields (e.g. per-item findings), bound to the same form. */
  extra?: (control: Control<FieldValues>) => ReactNode;
  width?: number;
  busy: boolean;
  onSubmit: (values: z.output<S>) => Promise<unknown>;
  onClose: () => void;
}

/** One workflow step as a dialog: fields from the contract's schema, its Chinese messages under each field. */
export function StepDialog<S extends z.ZodObject>({ title, schema, fields, defaults, okText, danger, note, extra, width, busy, onSubmit, onClose }: StepDialogProps<S>) {
  const form = useForm<FieldValues>({ resolver: zodResolver(schema as never) as never, defaultValues: defaults as FieldValues });
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values as z.output<S>);
      onClose();
    } catch {
      /* the mutation showed the error */
    }
  });
  return (
    <Modal open title={title} okText={okText} cancelText="取消" okButtonProps={{ danger, loading: busy }} onOk={submit} onCancel={onClose} destroyOnHidden maskClosable={false} width={width ?? 560}>
      {note && <Alert type={danger ? 'warning' : 'info'} showIcon title={note} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        {fields.map((f, i) => (
          <FormField key={f.name} control={form.control} spec={{ ...f, autoFocus: i === 0 }} />
        ))}
        {extra?.(form.control)}
      </Form>
    </Modal>
  );
}
