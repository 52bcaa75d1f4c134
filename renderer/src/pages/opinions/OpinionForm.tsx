import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Col, Form, Input, Modal, Radio, Row, Select, Space } from 'antd';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { opinionFields, type OpinionRecord } from '../../../../shared/contract/opinions';
import { countChars, OPINION_GUIDE_CHARS, OPINION_MAX_CHARS, opinionAuthorKinds } from '../../../../shared/domain/opinion/status';
import { FormField, submitOnEnter } from '../../components/FormField';
import { useOptions } from '../../lib/options';
import { useApiQuery } from '../../lib/query';
import { thisYear, useMemberOptions, useTopicOptions } from './common';

export interface OpinionFormValues {
  title: string;
  authorKind: (typeof opinionAuthorKinds)[number];
  memberIds: number[];
  sectorId: number | null;
  partyId: number | null;
  staffName: string;
  topicId: number | null;
  content: string;
  attachments: string[];
  sourceProposalId: number | null;
  note: string;
}

/** The live count under the text: 已输入 N 字 against the ≈1500 guidance. */
export function CharCount({ text, guide = OPINION_GUIDE_CHARS }: { text: string; guide?: number }) {
  const n = countChars(text ?? '');
  const over = n > guide;
  return (
    <div className={`char-count${over ? ' over' : ''}`} role="status" aria-live="polite" data-testid="char-count">
      已输入 {n} 字{over ? `，超过建议的${guide}字，请精简（一事一报）` : `（建议不超过${guide}字）`}
    </div>
  );
}

/** 新增 / 修改 a report before it is 报送. “保存并报送” saves then submits in one go. */
export function OpinionForm({
  report,
  saving,
  onSave,
  onCancel,
}: {
  report?: OpinionRecord;
  saving: boolean;
  onSave: (values: OpinionFormValues, submit: boolean) => Promise<void>;
  onCancel: () => void;
}) {
  const members = useMemberOptions();
  const sectors = useOptions('sector');
  const parties = useOptions('party');
  const topics = useTopicOptions();
  const form = useForm<OpinionFormValues>({
    resolver: zodResolver(opinionFields as never) as never,
    defaultValues: report
      ? {
          title: report.title,
          authorKind: report.authorKind,
          memberIds: report.memberIds,
          sectorId: report.sectorId,
          partyId: report.partyId,
          staffName: report.staffName,
          topicId: report.topicId,
          content: report.content,
          attachments: report.attachments,
          sourceProposalId: report.sourceProposalId,
          note: report.note,
        }
      : { title: '', authorKind: '委员个人', memberIds: [], sectorId: null, partyId: null, staffName: '', topicId: null, content: '', attachments: [], sourceProposalId: null, note: '' },
  });
  // 不予立案 proposals the 提案委 turned over (转为社情民意): the report keeps the link back.
  const rejected = useApiQuery('proposal.list', { statuses: ['不予立案'], pageSize: 1000, sortBy: 'number', sortOrder: 'desc' }, { staleTime: 30_000 });
  const proposalOptions = (rejected.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.number ?? ''} ${p.title}（${p.proposerText}）`.trim(), title: p.title }));
  const kind = useWatch({ control: form.control, name: 'authorKind' });
  const content = useWatch({ control: form.control, name: 'content' });
  const submit = (andSubmit: boolean) =>
    form.handleSubmit(async (v) => {
      try {
        await onSave(v, andSubmit);
      } catch {
        /* the mutation showed the error */
      }
    })();
  const activeMembers = members.filter((m) => m.status === '在任' || report?.memberIds.includes(m.value));
  const currentYearTopics = topics.filter((t) => t.label.startsWith(`${thisYear()}年`) || t.value === report?.topicId);

  return (
    <Modal
      open
      width={900}
      title={report ? `修改信息：${report.title}` : '新增社情民意信息'}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onCancel}>取消</Button>
          <Button loading={saving} onClick={() => void submit(false)}>
            保存
          </Button>
          {(!report || report.status === '已保存') && (
            <Button type="primary" loading={saving} onClick={() => void submit(true)}>
              保存并报送
            </Button>
          )}
        </Space>
      }
    >
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(() => submit(false))}>
        <FormField control={form.control} spec={{ name: 'title', label: '标题', type: 'text', required: true, maxLength: 60, autoFocus: true, placeholder: '如：关于规范城区停车收费计价方式的建议' }} />
        <Controller
          control={form.control}
          name="authorKind"
          render={({ field }) => (
            <Form.Item label="报送者类型" required>
              <Radio.Group aria-label="报送者类型" value={field.value} onChange={(e) => field.onChange(e.target.value)} optionType="button" options={opinionAuthorKinds.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
          )}
        />
        <Row gutter={16}>
          <Col span={16}>
            {(kind === '委员个人' || kind === '委员联名') && (
              <Controller
                control={form.control}
                name="memberIds"
                render={({ field, fieldState }) => (
                  <Form.Item label={kind === '委员联名' ? '联名委员（第一位为第一作者）' : '报送委员'} required validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor="memberIds">
                    <Select
                      id="memberIds"
                      aria-label="报送委员"
                      mode={kind === '委员联名' ? 'multiple' : undefined}
                      value={kind === '委员联名' ? field.value : field.value[0]}
                      onChange={(v: number | number[] | undefined) => field.onChange(v === undefined ? [] : Array.isArray(v) ? v : [v])}
                      options={activeMembers}
                      showSearch={{ optionFilterProp: 'label' }}
                      allowClear
                      placeholder="输入姓名查找"
                    />
                  </Form.Item>
                )}
              />
            )}
            {kind === '界别' && <FormField control={form.control} spec={{ name: 'sectorId', label: '报送界别', type: 'select', options: sectors, required: true }} />}
            {kind === '党派团体' && <FormField control={form.control} spec={{ name: 'partyId', label: '报送党派团体', type: 'select', options: parties, required: true }} />}
            {kind === '机关工作人员' && <FormField control={form.control} spec={{ name: 'staffName', label: '报送人', type: 'text', required: true, maxLength: 20 }} />}
          </Col>
          <Col span={8}>
            <FormField control={form.control} spec={{ name: 'topicId', label: '重点选题', type: 'select', options: currentYearTopics, placeholder: '不属于重点选题可不选' }} />
          </Col>
        </Row>
        <Controller
          control={form.control}
          name="content"
          render={({ field, fieldState }) => (
            <Form.Item label="信息正文" required validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor="content" extra={<CharCount text={content} />}>
              <Input.TextArea id="content" {...field} value={field.value ?? ''} autoSize={{ minRows: 10, maxRows: 22 }} maxLength={OPINION_MAX_CHARS} placeholder="一事一报：反映的情况、存在的问题、具体建议。每段一行。" />
            </Form.Item>
          )}
        />
        {countChars(content ?? '') > OPINION_GUIDE_CHARS && <Alert type="warning" showIcon title={`社情民意信息一般不超过${OPINION_GUIDE_CHARS}字，可以保存，但请尽量精简。`} style={{ marginBottom: 12 }} />}
        <Row gutter={16}>
          <Col span={12}>
            <Controller
              control={form.control}
              name="attachments"
              render={({ field }) => (
                <Form.Item label="附件（名称，回车添加）" htmlFor="attachments">
                  <Select id="attachments" aria-label="附件" mode="tags" value={field.value} onChange={field.onChange} open={false} tokenSeparators={['，', ',']} placeholder="如：调研照片.jpg" />
                </Form.Item>
              )}
            />
          </Col>
          <Col span={12}>
            <FormField control={form.control} spec={{ name: 'note', label: '备注', type: 'text', maxLength: 500 }} />
          </Col>
        </Row>
        <Controller
          control={form.control}
          name="sourceProposalId"
          render={({ field }) => (
            <Form.Item label="来源提案（不予立案、转为社情民意的提案）" htmlFor="sourceProposalId">
              <Select
                id="sourceProposalId"
                aria-label="来源提案"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="不是由提案转来的可不选"
                options={proposalOptions}
                value={field.value ?? undefined}
                onChange={(v?: number) => {
                  field.onChange(v ?? null);
                  const picked = proposalOptions.find((o) => o.value === v);
                  if (picked && !form.getValues('title')) form.setValue('title', picked.title.slice(0, 60));
                }}
              />
            </Form.Item>
          )}
        />
      </Form>
    </Modal>
  );
}
