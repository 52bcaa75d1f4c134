import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Tooltip } from 'antd';
import { useEffect, useMemo } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type Control, type FieldValues } from 'react-hook-form';
import { letterFields, type LetterDetail } from '../../../../shared/contract/supervision';
import { FormField } from '../../components/FormField';
import { call } from '../../lib/api';
import { useOptions } from '../../lib/options';
import { queryClient, useApiQuery } from '../../lib/query';
import { useGroupOptions, useTopicOptions } from './common';

type ItemValue = { id?: number; title: string; problem: string; suggestion: string };
type Values = FieldValues & { items: ItemValue[] };

const emptyItem = (): ItemValue => ({ title: '', problem: '', suggestion: '' });
const valuesOf = (l: LetterDetail): Values => ({
  topicId: l.topicId,
  groupId: l.groupId,
  title: l.title,
  mainUnitId: l.mainUnitId,
  intro: l.intro,
  closing: l.closing,
  cc: l.cc,
  items: l.items.map((i) => ({ id: i.id, title: i.title, problem: i.problem, suggestion: i.suggestion })),
});
const longText = { fontSize: 16, lineHeight: 1.8 };

/**
 * 起草建议书: a form built for long Chinese text. Items are numbered 第1条, 第2条 … in the order shown;
 * 上移/下移 reorder them, 删除 removes one (the saved draft keeps it as voided). 提交审核 saves first.
 */
export function LetterEditor({ letter, year, topicId, onSaved }: { letter?: LetterDetail; year: number; topicId?: number; onSaved: (saved: LetterDetail, submitted: boolean) => void }) {
  const { message } = App.useApp();
  const topics = useTopicOptions(year);
  const units = useOptions('unit');
  const office = useApiQuery('settings.getOffice', {});
  const rules = useApiQuery('supervision.rules.get', {});
  const form = useForm<Values>({
    resolver: zodResolver(letterFields as never) as never,
    defaultValues: letter ? valuesOf(letter) : { topicId, groupId: null, title: '', intro: '', closing: '', items: [emptyItem()] },
  });
  const items = useFieldArray({ control: form.control, name: 'items', keyName: 'key' });
  const currentTopicId = useWatch({ control: form.control, name: 'topicId' }) as number | undefined;
  const groups = useGroupOptions(year, currentTopicId);
  const topic = useMemo(() => topics.find((t) => t.value === currentTopicId), [topics, currentTopicId]);

  // A new letter: title, 主送, group, 结束语 and 抄送 follow the topic and the office settings.
  useEffect(() => {
    if (letter || !topic) return;
    if (!form.getValues('title')) form.setValue('title', `关于${topic.label.replace(/^关于|的?(建议|情况)$/g, '')}的民主监督建议书`);
    if (!form.getValues('mainUnitId')) form.setValue('mainUnitId', topic.unitId);
  }, [letter, topic, form]);
  useEffect(() => {
    if (letter || form.getValues('groupId') || groups.length !== 1) return;
    form.setValue('groupId', groups[0].value);
  }, [letter, groups, form]);
  useEffect(() => {
    if (letter || !office.data || !rules.data) return;
    if (!form.getValues('closing'))
      form.setValue('closing', `请你单位认真研究，自收到本建议书之日起${rules.data.feedbackWorkdays}个工作日内，将逐条整改落实情况书面反馈${office.data.issuingOffice}。`);
    if (!form.getValues('cc')) form.setValue('cc', office.data.series.supervision.cc);
  }, [letter, office.data, rules.data, form]);

  async function save(submitAfter: boolean) {
    let saved: LetterDetail | undefined;
    await form.handleSubmit(async (values) => {
      try {
        saved = await call('supervision.letter.save', (letter ? { ...values, id: letter.id, version: letter.version } : values) as never);
        // New items now have ids: edit the saved draft from here on (no duplicates on the next save).
        form.reset(valuesOf(saved));
        if (submitAfter) saved = await call('supervision.letter.submit', { id: saved.id, version: saved.version });
        await queryClient.invalidateQueries();
        void message.success(submitAfter ? '建议书已提交审核' : '草稿已保存');
      } catch (e) {
        if (saved) await queryClient.invalidateQueries();
        void message.error((e as Error).message, 6);
      }
    })();
    if (saved) onSaved(saved, submitAfter);
  }

  const errors = form.formState.errors;
  return (
    <Form layout="vertical" component="div" style={{ maxWidth: 980 }}>
      {letter?.returnReason && <Alert type="warning" showIcon title={`退回意见：${letter.returnReason}`} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col span={12}>
          <FormField control={form.control} spec={{ name: 'topicId', label: '监督议题', type: 'select', options: topics, required: true }} />
        </Col>
        <Col span={12}>
          <FormField control={form.control} spec={{ name: 'groupId', label: '监督小组', type: 'select', options: groups, placeholder: '提出建议的监督小组' }} />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={14}>
          <FormField control={form.control} spec={{ name: 'title', label: '建议书标题', type: 'text', required: true, maxLength: 100 }} />
        </Col>
        <Col span={10}>
          <FormField control={form.control} spec={{ name: 'mainUnitId', label: '主送单位', type: 'select', options: units, required: true, placeholder: '被监督单位' }} />
        </Col>
      </Row>
      <LongText control={form.control} name="intro" label="导语" rows={3} max={5000} placeholder="如：根据2026年度民主监督工作计划，派驻县住房和城乡建设局民主监督小组于……通过座谈、视察和暗访等方式，对……开展了专项民主监督。现将有关情况和建议函告如下。" />

      <div style={{ fontWeight: 600, margin: '8px 0' }}>问题和建议（{items.fields.length}条）</div>
      {typeof errors.items?.message === 'string' && <Alert type="error" title={errors.items.message} style={{ marginBottom: 8 }} />}
      {items.fields.map((field, index) => (
        <Card
          key={field.key}
          size="small"
          style={{ marginBottom: 12, background: '#fffdf8' }}
          title={<span data-testid={`item-${index + 1}`}>第{index + 1}条</span>}
          extra={
            <Space size={0}>
              <Tooltip title="上移">
                <Button type="text" size="small" aria-label={`第${index + 1}条上移`} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => items.move(index, index - 1)} />
              </Tooltip>
              <Tooltip title="下移">
                <Button type="text" size="small" aria-label={`第${index + 1}条下移`} icon={<ArrowDownOutlined />} disabled={index === items.fields.length - 1} onClick={() => items.move(index, index + 1)} />
              </Tooltip>
              <Tooltip title="删除这一条">
                <Button type="text" size="small" danger aria-label={`删除第${index + 1}条`} icon={<DeleteOutlined />} onClick={() => items.remove(index)} />
              </Tooltip>
            </Space>
          }
        >
          <Controller
            control={form.control}
            name={`items.${index}.title`}
            render={({ field: f, fieldState }) => (
              <Form.Item label="事项标题" required validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} style={{ marginBottom: 8 }}>
                <Input {...f} value={f.value ?? ''} aria-label={`第${index + 1}条事项标题`} maxLength={60} showCount placeholder="一句话概括，如：改造前征求居民意见不充分" />
              </Form.Item>
            )}
          />
          <LongText control={form.control} name={`items.${index}.problem`} label="存在问题" ariaLabel={`第${index + 1}条存在问题`} rows={4} max={10000} required />
          <LongText control={form.control} name={`items.${index}.suggestion`} label="意见建议" ariaLabel={`第${index + 1}条意见建议`} rows={4} max={10000} required />
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => items.append(emptyItem())} style={{ marginBottom: 16 }} disabled={items.fields.length >= 60}>
        添加一条
      </Button>

      <LongText control={form.control} name="closing" label="结束语" rows={2} max={2000} />
      <Controller
        control={form.control}
        name="cc"
        render={({ field, fieldState }) => (
          <Form.Item label="抄送（每行一个单位）" validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
            <Input.TextArea
              aria-label="抄送"
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={(field.value ?? []).join('\n')}
              onChange={(e) => field.onChange(e.target.value.split('\n').map((s) => s.trim()).filter(Boolean))}
            />
          </Form.Item>
        )}
      />
      <Space>
        <Button onClick={() => save(false)}>保存草稿</Button>
        <Button type="primary" onClick={() => save(true)}>
          保存并提交审核
        </Button>
      </Space>
    </Form>
  );
}

function LongText({ control, name, label, ariaLabel, rows, max, required, placeholder }: { control: Control<Values>; name: string; label: string; ariaLabel?: string; rows: number; max: number; required?: boolean; placeholder?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item label={label} required={required} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} style={{ marginBottom: 12 }}>
          <Input.TextArea {...field} value={field.value ?? ''} aria-label={ariaLabel ?? label} autoSize={{ minRows: rows, maxRows: 24 }} maxLength={max} showCount style={longText} placeholder={placeholder} />
        </Form.Item>
      )}
    />
  );
}
