import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Form, Modal, Row, Spin } from 'antd';
import { useEffect } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { proposalSettings } from '../../../../shared/contract/proposals';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { useApiMutation, useApiQuery } from '../../lib/query';

const fields: FieldSpec<FieldValues>[] = [
  { name: 'replyMonths', label: '办理期限（交办后月数）', type: 'number', required: true },
  { name: 'maxReplyMonths', label: '延期后最长办理期限（月）', type: 'number', required: true },
  { name: 'coHandlerMonths', label: '会办单位答复主办单位（月）', type: 'number', required: true },
  { name: 'signWorkdays', label: '签收/申退期限（工作日）', type: 'number', required: true },
  { name: 'redoMonths', label: '重新办理期限（月）', type: 'number', required: true },
  { name: 'followUpMonths', label: 'B类回头看（答复后月数）', type: 'number', required: true },
  { name: 'maxRounds', label: '最多办理轮次（不满意后重办）', type: 'number', required: true },
];

/** 提案工作设置: the deadline rules every due date is computed with. */
export function ProposalSettingsDialog({ onClose }: { onClose: () => void }) {
  const q = useApiQuery('proposal.getSettings', {});
  const save = useApiMutation('proposal.saveSettings', { success: '提案工作设置已保存', onSuccess: onClose });
  const form = useForm<FieldValues>({ resolver: zodResolver(proposalSettings as never) as never });
  useEffect(() => {
    if (q.data) form.reset(q.data);
  }, [q.data, form]);
  const submit = form.handleSubmit((v) => save.mutate(v as never));
  return (
    <Modal open width={640} title="提案工作设置" okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} destroyOnHidden>
      <p>期限遇周末和节假日（基础数据 → 节假日）顺延。修改只影响今后的交办。</p>
      {q.data ? (
        <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
          <Row gutter={16}>
            {fields.map((f) => (
              <Col span={12} key={f.name}>
                <FormField control={form.control} spec={f} />
              </Col>
            ))}
          </Row>
        </Form>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}
