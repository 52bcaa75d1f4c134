import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Col, Form, Modal, Radio, Row, Select } from 'antd';
import { useEffect } from 'react';
import { Controller, useForm, useWatch, type FieldValues } from 'react-hook-form';
import { proposalFormSchema, type ProposalRecord } from '../../../../shared/contract/proposals';
import { proposerKinds } from '../../../../shared/domain/proposal/status';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { useOptions, useReference } from '../../lib/options';
import { useApiMutation } from '../../lib/query';
import { useDict, useMemberOptions, type SessionScope } from './common';

type Values = FieldValues;
const ORDINARY = 0;

/** 登记 / 修改 a proposal: every 提案者类型, validated with the contract's own rules. */
export function ProposalForm({ proposal, scope, onClose }: { proposal?: ProposalRecord; scope?: SessionScope; onClose: (savedId?: number) => void }) {
  const terms = useOptions('term');
  const meetings = useReference('meeting');
  const parties = useOptions('party');
  const sectors = useOptions('sector');
  const committees = useOptions('committee');
  const categories = useDict('proposalCategory');
  const save = useApiMutation('proposal.save', { success: proposal ? '提案已修改' : '提案已登记（暂存），核对无误后请点“提交”' });
  const form = useForm<Values>({
    resolver: zodResolver(proposalFormSchema as never) as never,
    defaultValues: proposal
      ? {
          termId: proposal.termId,
          meetingId: proposal.meetingId,
          kind: proposal.kind,
          leadMemberId: proposal.leadMemberId,
          cosignerIds: proposal.cosigners.map((c) => c.memberId).filter(Boolean),
          partyId: proposal.partyId,
          sectorId: proposal.sectorId,
          committeeId: proposal.committeeId,
          title: proposal.title,
          background: proposal.background,
          problems: proposal.problems,
          suggestions: proposal.suggestions,
          categoryId: proposal.categoryId,
          suggestedUnits: proposal.suggestedUnits,
          isPublic: proposal.isPublic,
          contactName: proposal.contactName,
          contactPhone: proposal.contactPhone,
          contactAddress: proposal.contactAddress,
          cosignDeadline: proposal.cosignDeadline,
          note: proposal.note,
        }
      : { termId: scope?.termId, meetingId: scope?.meetingId, kind: '委员个人', cosignerIds: [], isPublic: true, suggestedUnits: '', contactName: '', contactPhone: '', contactAddress: '', note: '' },
  });
  const termId = useWatch({ control: form.control, name: 'termId' }) as number | undefined;
  const kind = useWatch({ control: form.control, name: 'kind' }) as string;
  const memberOptions = useMemberOptions(termId);
  // A new proposal belongs to the newest 会次 of its 届 unless the clerk picks 平时.
  const meetingId = useWatch({ control: form.control, name: 'meetingId' }) as number | null | undefined;
  useEffect(() => {
    if (meetingId !== undefined || !termId) return;
    const latest = meetings.filter((m) => m.termId === termId).sort((a, b) => b.number - a.number)[0];
    if (latest) form.setValue('meetingId', latest.id);
  }, [meetingId, termId, meetings, form]);
  const meetingOptions = [...meetings.filter((m) => m.termId === termId).map((m) => ({ value: m.id, label: `${m.name}（大会提案）` })), { value: ORDINARY, label: '平时提案（闭会期间）' }];

  const field = (spec: FieldSpec<Values>) => <FormField control={form.control} spec={spec} />;
  const submit = form.handleSubmit(async (v) => {
    const input = { ...v, ...(proposal ? { id: proposal.id, version: proposal.version } : {}) };
    try {
      const saved = await save.mutateAsync(input as never);
      onClose(saved.id);
    } catch {
      /* shown by the mutation */
    }
  });
  const member = kind === '委员个人' || kind === '委员联名';

  return (
    <Modal
      open
      width={980}
      title={proposal ? `修改提案：${proposal.title}` : '登记提案'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      confirmLoading={save.isPending}
      onCancel={() => onClose()}
      maskClosable={false}
      destroyOnHidden
      styles={{ body: { maxHeight: '72vh', overflow: 'auto' } }}
    >
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        <Row gutter={16}>
          <Col span={5}>{field({ name: 'termId', label: '届次', type: 'select', options: terms, required: true })}</Col>
          <Col span={6}>
            <Controller
              control={form.control}
              name="meetingId"
              render={({ field: f, fieldState }) => (
                <Form.Item label="会次" required htmlFor="meetingId" validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
                  <Select id="meetingId" options={meetingOptions} value={f.value === null ? ORDINARY : f.value} onChange={(v: number) => f.onChange(v === ORDINARY ? null : v)} placeholder="请选择会次" />
                </Form.Item>
              )}
            />
          </Col>
          <Col span={13}>
            <Controller
              control={form.control}
              name="kind"
              render={({ field: f }) => (
                <Form.Item label="提案者类型" required>
                  <Radio.Group aria-label="提案者类型" optionType="button" buttonStyle="solid" style={{ whiteSpace: 'nowrap' }} options={proposerKinds.map((k) => ({ value: k, label: k }))} value={f.value} onChange={(e) => f.onChange(e.target.value)} />
                </Form.Item>
              )}
            />
          </Col>
        </Row>
        <Row gutter={16}>
          {member && <Col span={8}>{field({ name: 'leadMemberId', label: kind === '委员联名' ? '领衔委员' : '提案委员', type: 'select', options: memberOptions, required: true, placeholder: '输入姓名查找本届在任委员' })}</Col>}
          {kind === '委员联名' && (
            <>
              <Col span={11}>
                <Controller
                  control={form.control}
                  name="cosignerIds"
                  render={({ field: f, fieldState }) => (
                    <Form.Item label="附议委员" required htmlFor="cosignerIds" validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
                      <Select
                        id="cosignerIds"
                        mode="multiple"
                        showSearch={{ optionFilterProp: 'label' }}
                        options={memberOptions}
                        value={f.value ?? []}
                        onChange={f.onChange}
                        placeholder="输入姓名添加附议委员"
                      />
                    </Form.Item>
                  )}
                />
              </Col>
              <Col span={5}>{field({ name: 'cosignDeadline', label: '附议截止日期', type: 'date' })}</Col>
            </>
          )}
          {kind === '党派团体' && <Col span={8}>{field({ name: 'partyId', label: '党派团体', type: 'select', options: parties, required: true })}</Col>}
          {kind === '界别' && <Col span={8}>{field({ name: 'sectorId', label: '界别', type: 'select', options: sectors, required: true })}</Col>}
          {kind === '专委会' && <Col span={8}>{field({ name: 'committeeId', label: '专委会', type: 'select', options: committees, required: true })}</Col>}
        </Row>
        {kind === '委员联名' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="联名提案须全部附议委员确认后才能提交；在提案详情页登记每位委员的附议确认。" />}
        <Row gutter={16}>
          <Col span={16}>{field({ name: 'title', label: '案由', type: 'text', required: true, maxLength: 50, placeholder: '如：关于加快推进农村生活污水治理的建议（不超过50个字）', autoFocus: !proposal })}</Col>
          <Col span={8}>{field({ name: 'categoryId', label: '提案类别', type: 'select', options: categories, required: true })}</Col>
        </Row>
        {field({ name: 'background', label: '背景', type: 'textarea', required: true, maxLength: 10000 })}
        {field({ name: 'problems', label: '存在问题', type: 'textarea', required: true, maxLength: 10000 })}
        {field({ name: 'suggestions', label: '具体建议', type: 'textarea', required: true, maxLength: 10000 })}
        <Row gutter={16}>
          <Col span={12}>{field({ name: 'suggestedUnits', label: '建议承办单位', type: 'text', maxLength: 200, placeholder: '多个单位用顿号分隔' })}</Col>
          <Col span={4}>{field({ name: 'isPublic', label: '是否同意公开', type: 'switch' })}</Col>
          <Col span={8}>{field({ name: 'note', label: '备注', type: 'text', maxLength: 500 })}</Col>
        </Row>
        <Row gutter={16}>
          <Col span={6}>{field({ name: 'contactName', label: '联系人', type: 'text', maxLength: 20 })}</Col>
          <Col span={6}>{field({ name: 'contactPhone', label: '联系电话', type: 'text', maxLength: 20 })}</Col>
          <Col span={12}>{field({ name: 'contactAddress', label: '通讯地址', type: 'text', maxLength: 100 })}</Col>
        </Row>
      </Form>
    </Modal>
  );
}
