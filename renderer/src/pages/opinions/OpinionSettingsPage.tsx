import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Col, Form, InputNumber, Radio, Row, Select, Spin, Switch } from 'antd';
import { useEffect } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { opinionSettingsSchema, type OpinionSettings } from '../../../../shared/contract/opinions';
import { coAuthorModes, describeScoring, levelModes } from '../../../../shared/domain/opinion/scoring';
import { issueNumberScopes } from '../../../../shared/domain/opinion/numbering';
import { levelLabels, opinionLevels } from '../../../../shared/domain/opinion/status';
import { FormField } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { useApiMutation, useApiQuery } from '../../lib/query';

function Points({ control, name, label }: { control: Control<OpinionSettings>; name: `scoring.${string}`; label: string }) {
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field, fieldState }) => (
        <Form.Item label={label} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor={name}>
          <InputNumber id={name} aria-label={label} min={0} max={1000} step={0.5} value={field.value as number} onChange={(v) => field.onChange(v ?? 0)} addonAfter="分" style={{ width: '100%' }} />
        </Form.Item>
      )}
    />
  );
}

/** 系统 → 社情民意设置: points per 采用 and 批示 level (feeding the rankings), 期号 numbering, the 报头. */
export function OpinionSettingsPage() {
  const current = useApiQuery('opinion.getSettings', {});
  const save = useApiMutation('opinion.saveSettings', { success: '社情民意设置已保存' });
  const form = useForm<OpinionSettings>({ resolver: zodResolver(opinionSettingsSchema as never) as never });
  useEffect(() => {
    if (current.data) form.reset(current.data);
  }, [current.data, form]);
  const scoring = useWatch({ control: form.control, name: 'scoring' });
  if (!current.data) return <Spin />;
  const submit = form.handleSubmit((v) => save.mutate(v));
  return (
    <>
      <PageTitle title="设置 · 社情民意" extra={<Button type="primary" onClick={submit} loading={save.isPending}>保存</Button>} />
      <Form layout="vertical" component="div" style={{ maxWidth: 900 }}>
        <Card size="small" title="计分规则（用于委员、界别、党派团体排名）" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col span={6}>
              <Points control={form.control} name="scoring.submitted" label="报送一篇" />
            </Col>
          </Row>
          <Row gutter={16}>
            {opinionLevels.map((l) => (
              <Col span={6} key={l}>
                <Points control={form.control} name={`scoring.adoption.${l}`} label={`${levelLabels[l]}采用`} />
              </Col>
            ))}
          </Row>
          <Row gutter={16}>
            {opinionLevels.map((l) => (
              <Col span={6} key={l}>
                <Points control={form.control} name={`scoring.instruction.${l}`} label={`${levelLabels[l]}批示`} />
              </Col>
            ))}
          </Row>
          <Row gutter={16}>
            {(
              [
                ['scoring.adoptionMode', '同一篇信息多级采用', levelModes, { 取最高: '按最高级别计分', 累计: '各级分别计分' }],
                ['scoring.instructionMode', '同一篇信息多次批示', levelModes, { 取最高: '按最高级别计分', 累计: '每次批示分别计分' }],
                ['scoring.coAuthorMode', '联名信息', coAuthorModes, { 各计全分: '每位作者各计全分', 均分: '作者均分' }],
              ] as const
            ).map(([name, label, values, texts]) => (
              <Col span={8} key={name}>
                <Controller
                  control={form.control}
                  name={name}
                  render={({ field }) => (
                    <Form.Item label={label}>
                      <Radio.Group aria-label={label} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
                        {values.map((v) => (
                          <Radio key={v} value={v}>
                            {(texts as Record<string, string>)[v]}
                          </Radio>
                        ))}
                      </Radio.Group>
                    </Form.Item>
                  )}
                />
              </Col>
            ))}
          </Row>
          {scoring && opinionSettingsSchema.shape.scoring.safeParse(scoring).success && <Alert type="info" showIcon title={describeScoring(opinionSettingsSchema.shape.scoring.parse(scoring))} />}
        </Card>
        <Card size="small" title="《社情民意》期刊">
          <Row gutter={16}>
            <Col span={8}>
              <FormField control={form.control} spec={{ name: 'bulletinTitle', label: '刊物名称（报头）', type: 'text', required: true, maxLength: 20 }} />
            </Col>
            <Col span={8}>
              <FormField control={form.control} spec={{ name: 'issueNumbering', label: '期号编排', type: 'select', options: issueNumberScopes.map((v) => ({ value: v, label: v === '每年' ? '每年从第1期编起' : '每届从第1期编起' })), required: true }} />
            </Col>
            <Col span={8}>
              <Controller
                control={form.control}
                name="withTotal"
                render={({ field }) => (
                  <Form.Item label="报头加印总期号（总第N期）" htmlFor="withTotal">
                    <Switch id="withTotal" checked={!!field.value} onChange={field.onChange} checkedChildren="是" unCheckedChildren="否" />
                  </Form.Item>
                )}
              />
            </Col>
          </Row>
          <Controller
            control={form.control}
            name="mainTo"
            render={({ field, fieldState }) => (
              <Form.Item label="新建一期时的默认主送（抄送默认见 设置 → 单位信息 → 社情民意）" validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor="mainTo">
                <Select id="mainTo" aria-label="默认主送" mode="tags" open={false} tokenSeparators={['，', ',', '、']} value={field.value} onChange={field.onChange} />
              </Form.Item>
            )}
          />
        </Card>
      </Form>
    </>
  );
}
