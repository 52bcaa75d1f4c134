import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Form, Input, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { docSeriesKeys, docSeriesLabels, OfficeSettingsSchema, type OfficeSettings } from '../../../../shared/contract/officeSettings';
import { FormField, submitOnEnter } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { useApiMutation, useApiQuery } from '../../lib/query';

/** 设置 → 单位信息: every name a document prints comes from here. */
export function SettingsPage() {
  const current = useApiQuery('settings.getOffice', {});
  const save = useApiMutation('settings.saveOffice', { success: '单位信息已保存' });
  const form = useForm<OfficeSettings>({ resolver: zodResolver(OfficeSettingsSchema as never) as never });
  useEffect(() => {
    if (current.data) form.reset(current.data);
  }, [current.data, form]);
  if (!current.data) return <Spin />;
  const submit = form.handleSubmit((v) => save.mutate(v));
  return (
    <>
      <PageTitle title="设置 · 单位信息" extra={<Button type="primary" onClick={submit} loading={save.isPending}>保存</Button>} />
      <Form layout="vertical" component="div" style={{ maxWidth: 820 }} onKeyDown={submitOnEnter(submit)}>
        <Card size="small" title="单位" style={{ marginBottom: 16 }}>
          <FormField control={form.control} spec={{ name: 'committeeName', label: '单位全称（信函红头）', type: 'text', required: true }} />
          <FormField control={form.control} spec={{ name: 'shortName', label: '单位简称（落款）', type: 'text', required: true }} />
          <FormField control={form.control} spec={{ name: 'issuingOffice', label: '印发机关（版记）', type: 'text', required: true }} />
        </Card>
        <Card size="small" title="发文字号与抄送">
          {docSeriesKeys.map((key) => (
            <Space key={key} align="start" style={{ display: 'flex' }}>
              <div style={{ width: 260 }}>
                <FormField control={form.control} spec={{ name: `series.${key}.prefix`, label: `${docSeriesLabels[key]} 机关代字`, type: 'text', required: true }} />
              </div>
              <Controller
                control={form.control}
                name={`series.${key}.cc`}
                render={({ field, fieldState }) => (
                  <Form.Item label="默认抄送（每行一个单位）" style={{ width: 480 }} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
                    <LinesInput aria-label={`${docSeriesLabels[key]} 默认抄送`} value={field.value} onChange={field.onChange} />
                  </Form.Item>
                )}
              />
            </Space>
          ))}
        </Card>
      </Form>
    </>
  );
}

const lines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

/**
 * One entry per line. The text is kept as typed (a new, still empty line stays put while the
 * clerk types the next unit); the form gets the cleaned list.
 */
function LinesInput({ value, onChange, ...rest }: { value: string[] | undefined; onChange: (v: string[]) => void; 'aria-label': string }) {
  const joined = (value ?? []).join('\n');
  const [text, setText] = useState(joined);
  const [seen, setSeen] = useState(joined);
  if (joined !== seen) {
    // Changed from outside (loaded or reset): show it, unless it is what the text already says.
    setSeen(joined);
    if (lines(text).join('\n') !== joined) setText(joined);
  }
  return (
    <Input.TextArea
      {...rest}
      autoSize={{ minRows: 1, maxRows: 6 }}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(lines(e.target.value));
      }}
    />
  );
}
