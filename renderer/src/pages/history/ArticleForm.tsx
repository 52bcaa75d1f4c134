import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, Form, Input, Modal, Radio, Row, Select, Space, Upload } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useForm, useWatch, Controller, type FieldValues } from 'react-hook-form';
import { articleFields, type ArticleRecord } from '../../../../shared/contract/history';
import { manuscriptText } from '../../../../shared/docs/history/manuscriptText';
import { permissionStates, sanqinTypes } from '../../../../shared/domain/history/status';
import { countWords, lengthAdvice } from '../../../../shared/domain/history/wordCount';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { readFileBytes } from '../../lib/files';
import { enumOptions } from '../../lib/options';
import { useApiMutation } from '../../lib/query';
import { todayIso, useAuthorMemberOptions, useCallOptions } from './common';

type Values = FieldValues;

/** 收稿登记 (and 修改稿件): the manuscript's facts, its text typed, pasted or read from a .docx/.txt, 字数 counted as you type. */
export function ArticleForm({ article, onClose, onSaved }: { article?: ArticleRecord; onClose: () => void; onSaved?: (a: ArticleRecord) => void }) {
  const { message } = App.useApp();
  const calls = useCallOptions();
  const save = useApiMutation('history.article.save', { success: article ? '稿件已保存' : '收稿登记完成' });
  const form = useForm<Values>({
    resolver: zodResolver(articleFields as never) as never,
    defaultValues: article
      ? { ...article }
      : { callId: null, authorMemberId: null, sanqin: '亲历', permission: '待授权', receivedDate: todayIso(), body: '', authorThen: '', authorNow: '', recorder: '', source: '来稿', permissionNote: '', note: '' },
  });
  const body = (useWatch({ control: form.control, name: 'body' }) as string | undefined) ?? '';
  const [authorKind, setAuthorKind] = useState<'委员' | '非委员'>(article?.authorMemberId ? '委员' : '非委员');
  const memberOptions = useAuthorMemberOptions(article?.authorMemberId);
  const typedAuthor = ((useWatch({ control: form.control, name: 'author' }) as string | undefined) ?? '').trim();
  const sameName = authorKind === '非委员' && typedAuthor ? memberOptions.filter((m) => m.name === typedAuthor) : [];
  const switchKind = (kind: '委员' | '非委员') => {
    setAuthorKind(kind);
    form.setValue('authorMemberId', null);
    form.setValue('author', '');
  };
  const counts = countWords(body);
  const advice = lengthAdvice(counts.total);

  const row = (...specs: FieldSpec<Values>[]) => (
    <Row gutter={16}>
      {specs.map((f) => (
        <Col span={24 / specs.length} key={f.name}>
          <FormField control={form.control} spec={f} />
        </Col>
      ))}
    </Row>
  );

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync((article ? { ...values, id: article.id, version: article.version } : values) as never);
      onClose();
      onSaved?.(saved);
    } catch {
      /* shown by the mutation */
    }
  });

  async function readFile(file: File) {
    try {
      const text = await manuscriptText(file.name, await readFileBytes(file));
      form.setValue('body', text, { shouldDirty: true, shouldValidate: true });
      if (!form.getValues('title')) form.setValue('title', file.name.replace(/\.(docx|txt)$/i, ''));
      void message.success(`已读取“${file.name}”，${countWords(text).total}字`);
    } catch (e) {
      void message.error((e as Error).message, 6);
    }
    return false;
  }

  return (
    <Modal open width={900} title={article ? `修改稿件：《${article.title}》` : '收稿登记'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        {row({ name: 'title', label: '篇名', type: 'text', required: true, maxLength: 100, autoFocus: true }, { name: 'callId', label: '征稿', type: 'select', options: calls, placeholder: '不属于某次征稿可不选' })}
        <Row gutter={16}>
          <Col span={5}>
            <Form.Item label="作者类型" required>
              <Radio.Group aria-label="作者类型" optionType="button" value={authorKind} onChange={(e) => switchKind(e.target.value as '委员' | '非委员')} options={['委员', '非委员']} />
            </Form.Item>
          </Col>
          <Col span={7}>
            {authorKind === '委员' ? (
              <Controller
                control={form.control}
                name="authorMemberId"
                render={({ field }) => (
                  <Form.Item label="作者" required validateStatus={form.formState.errors.author ? 'error' : undefined} help={form.formState.errors.author ? '请从委员名单中选择作者' : undefined} htmlFor="authorMemberId">
                    <Select
                      id="authorMemberId"
                      value={field.value ?? undefined}
                      onChange={(v: number | undefined) => {
                        field.onChange(v ?? null);
                        form.setValue('author', memberOptions.find((m) => m.value === v)?.name ?? '', { shouldValidate: !!v });
                      }}
                      options={memberOptions}
                      showSearch={{ optionFilterProp: 'label' }}
                      popupMatchSelectWidth={false}
                      allowClear
                      placeholder="输入姓名查找委员"
                    />
                  </Form.Item>
                )}
              />
            ) : (
              <FormField control={form.control} spec={{ name: 'author', label: '作者', type: 'text', required: true, maxLength: 50, placeholder: '非委员作者的姓名' }} />
            )}
          </Col>
          <Col span={6}>
            <FormField control={form.control} spec={{ name: 'authorThen', label: '作者当时身份', type: 'text', maxLength: 100, placeholder: '事件发生时的身份，如：城关镇供销社职工' }} />
          </Col>
          <Col span={6}>
            <FormField control={form.control} spec={{ name: 'authorNow', label: '作者现在身份', type: 'text', maxLength: 100, placeholder: '如：退休教师' }} />
          </Col>
        </Row>
        {sameName.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="same-name-member"
            title={`委员中有同名者：${sameName.map((m) => m.label).join('、')}。如作者就是这位委员，请在“作者类型”中选“委员”再选人，稿件采用后才计入其履职积分。`}
          />
        )}
        {row({ name: 'recorder', label: '整理人', type: 'text', maxLength: 50, placeholder: '口述整理稿填写' }, { name: 'sanqin', label: '三亲类型', type: 'select', options: enumOptions(sanqinTypes), required: true }, { name: 'source', label: '稿件来源', type: 'text', maxLength: 100, placeholder: '来稿、约稿、口述整理、征集…' })}
        {row({ name: 'receivedDate', label: '收稿日期', type: 'date', required: true }, { name: 'permission', label: '授权情况', type: 'select', options: enumOptions(permissionStates), required: true }, { name: 'permissionNote', label: '授权说明', type: 'text', maxLength: 300, placeholder: '如：作者签署授权书；照片由某某提供' })}
        <Controller
          control={form.control}
          name="body"
          render={({ field, fieldState }) => (
            <Form.Item
              label={
                <Space>
                  <span>正文</span>
                  <Upload accept=".docx,.txt" showUploadList={false} beforeUpload={readFile}>
                    <Button size="small" icon={<FileTextOutlined />}>
                      从文件读取（.docx / .txt）
                    </Button>
                  </Upload>
                </Space>
              }
              validateStatus={fieldState.error ? 'error' : undefined}
              help={fieldState.error?.message}
              htmlFor="body"
            >
              <Input.TextArea id="body" {...field} value={field.value ?? ''} autoSize={{ minRows: 8, maxRows: 18 }} placeholder="粘贴或录入稿件正文；也可从 Word 或文本文件读取" />
            </Form.Item>
          )}
        />
        <Alert
          type={advice ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span data-testid="word-count">
              字数 <b>{counts.total}</b>（汉字{counts.hanzi}，标点{counts.punctuation}，外文词{counts.words}，数字{counts.numbers}）{advice ? `\u3000${advice}` : ''}
            </span>
          }
        />
        {row({ name: 'note', label: '备注', type: 'text', maxLength: 500 })}
      </Form>
    </Modal>
  );
}
