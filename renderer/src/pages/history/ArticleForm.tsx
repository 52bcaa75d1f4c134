import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, Form, Input, Modal, Row, Space, Upload } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useForm, useWatch, Controller, type FieldValues } from 'react-hook-form';
import { articleFields, type ArticleRecord } from '../../../../shared/contract/history';
import { manuscriptText } from '../../../../shared/docs/history/manuscriptText';
import { permissionStates, sanqinTypes } from '../../../../shared/domain/history/status';
import { countWords, lengthAdvice } from '../../../../shared/domain/history/wordCount';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { readFileBytes } from '../../lib/files';
import { enumOptions } from '../../lib/options';
import { useApiMutation } from '../../lib/query';
import { todayIso, useCallOptions } from './common';

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
      : { callId: null, sanqin: '亲历', permission: '待授权', receivedDate: todayIso(), body: '', authorThen: '', authorNow: '', recorder: '', source: '来稿', permissionNote: '', note: '' },
  });
  const body = (useWatch({ control: form.control, name: 'body' }) as string | undefined) ?? '';
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
        {row({ name: 'author', label: '作者', type: 'text', required: true, maxLength: 50 }, { name: 'authorThen', label: '作者当时身份', type: 'text', maxLength: 100, placeholder: '事件发生时的身份，如：城关镇供销社职工' }, { name: 'authorNow', label: '作者现在身份', type: 'text', maxLength: 100, placeholder: '如：退休教师' })}
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
