import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import type { KeyboardEvent } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

export type FieldType = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'switch';

export interface FieldSpec<T extends FieldValues> {
  name: Path<T>;
  label: string;
  type: FieldType;
  options?: { value: string | number; label: string }[];
  placeholder?: string;
  required?: boolean;
  allowClear?: boolean;
  maxLength?: number;
  /** The dialog's first field takes focus when it opens. */
  autoFocus?: boolean;
  /** Shown but not editable (e.g. a value history no longer allows to change). */
  disabled?: boolean;
}

/**
 * Enter in a one-line field submits the dialog, as clerks expect. Not while an input method is
 * composing (Enter there commits the pinyin), not in a textarea (new line), not in a Select,
 * where Enter picks the highlighted option, and not in a date field, where Enter takes the typed date.
 */
export function submitOnEnter(submit: () => unknown) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return;
    const target = e.target as HTMLElement;
    if (target.tagName !== 'INPUT' || target.getAttribute('role') === 'combobox' || target.closest('.ant-picker')) return;
    e.preventDefault();
    void submit();
  };
}

/** One labelled antd input bound to react-hook-form; zod's Chinese message shows under it. */
export function FormField<T extends FieldValues>({ control, spec }: { control: Control<T>; spec: FieldSpec<T> }) {
  return (
    <Controller
      control={control}
      name={spec.name}
      render={({ field, fieldState }) => (
        <Form.Item label={spec.label} required={spec.required} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor={String(spec.name)}>
          {spec.type === 'text' && <Input id={String(spec.name)} autoFocus={spec.autoFocus} {...field} value={field.value ?? ''} placeholder={spec.placeholder} maxLength={spec.maxLength} />}
          {spec.type === 'textarea' && <Input.TextArea id={String(spec.name)} autoFocus={spec.autoFocus} {...field} value={field.value ?? ''} placeholder={spec.placeholder} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={spec.maxLength} showCount={!!spec.maxLength} />}
          {spec.type === 'number' && <InputNumber id={String(spec.name)} autoFocus={spec.autoFocus} disabled={spec.disabled} value={field.value} onChange={(v) => field.onChange(v ?? undefined)} onBlur={field.onBlur} style={{ width: '100%' }} />}
          {spec.type === 'date' && (
            <DatePicker
              id={String(spec.name)}
              autoFocus={spec.autoFocus}
              allowClear={!spec.required}
              style={{ width: '100%' }}
              value={field.value ? dayjs(field.value) : null}
              onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : spec.required ? '' : null)}
              onBlur={field.onBlur}
            />
          )}
          {spec.type === 'select' && (
            <Select
              id={String(spec.name)}
              autoFocus={spec.autoFocus}
              value={field.value ?? undefined}
              onChange={(v) => field.onChange(v ?? null)}
              onBlur={field.onBlur}
              options={spec.options}
              allowClear={spec.allowClear ?? !spec.required}
              disabled={spec.disabled}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={spec.placeholder ?? `请选择${spec.label}`}
            />
          )}
          {spec.type === 'switch' && <Switch id={String(spec.name)} checked={!!field.value} onChange={field.onChange} checkedChildren="是" unCheckedChildren="否" />}
        </Form.Item>
      )}
    />
  );
}
