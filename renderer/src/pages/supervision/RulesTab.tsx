import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Form, Spin } from 'antd';
import { useEffect } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { supervisionRulesSchema } from '../../../../shared/contract/supervision';
import { FormField } from '../../components/FormField';
import { useApiMutation, useApiQuery } from '../../lib/query';

/** 期限设置: the working-day deadlines the office uses for 整改反馈. */
export function RulesTab() {
  const current = useApiQuery('supervision.rules.get', {});
  const save = useApiMutation('supervision.rules.save', { success: '期限设置已保存' });
  const form = useForm<FieldValues>({ resolver: zodResolver(supervisionRulesSchema as never) as never });
  useEffect(() => {
    if (current.data) form.reset(current.data);
  }, [current.data, form]);
  if (!current.data) return <Spin />;
  return (
    <Card size="small" title="整改反馈期限" style={{ maxWidth: 640 }}>
      <p style={{ color: '#666' }}>期限按工作日计算，跳过周末和“基础数据 · 节假日”中的放假日期，调休上班日计入。新设置只影响此后送达或评估的建议书。</p>
      <Form layout="vertical" component="div">
        <FormField control={form.control} spec={{ name: 'feedbackWorkdays', label: '整改反馈期限（送达后工作日数）', type: 'number', required: true }} />
        <FormField control={form.control} spec={{ name: 'redoWorkdays', label: '重新整改期限（评估不满意后工作日数）', type: 'number', required: true }} />
        <FormField control={form.control} spec={{ name: 'maxRounds', label: '整改轮次上限（达到后“不满意”即为最终评估）', type: 'number', required: true }} />
        <Button type="primary" loading={save.isPending} onClick={form.handleSubmit((v) => save.mutate(v as never))}>
          保存
        </Button>
      </Form>
    </Card>
  );
}
