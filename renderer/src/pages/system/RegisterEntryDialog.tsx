import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useForm, useWatch } from 'react-hook-form';
import { contract, type MethodInput } from '../../../../shared/contract';
import { docSeriesKeys, docSeriesLabels } from '../../../../shared/contract/officeSettings';
import { FormField, submitOnEnter } from '../../components/FormField';
import { useFirstFieldFocus } from '../../components/useFirstFieldFocus';
import { useApiMutation, useApiQuery } from '../../lib/query';

type Entry = MethodInput<'docRegister.add'>;

/**
 * 登记发文: takes a 发文字号 for a document the app does not number itself. Left blank, the serial is
 * the next free one (shown); a typed serial fills a gap, and a number in use is refused by name.
 */
export function RegisterEntryDialog({ onClose }: { onClose: () => void }) {
  const form = useForm<Entry>({
    resolver: zodResolver(contract['docRegister.add'].input as never) as never,
    defaultValues: { series: 'office', date: dayjs().format('YYYY-MM-DD'), title: '', issuer: '', note: '' },
  });
  const [series, date] = useWatch({ control: form.control, name: ['series', 'date'] });
  const next = useApiQuery('docRegister.next', { series: series ?? 'office', date: date || dayjs().format('YYYY-MM-DD') }, { enabled: !!series && /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') });
  const add = useApiMutation('docRegister.add', { success: (r) => `已登记 ${r.docNumber}`, onSuccess: onClose });
  const focus = useFirstFieldFocus();
  const submit = form.handleSubmit((values) => add.mutate(values));
  return (
    <Modal open title="登记发文" okText="登记" cancelText="取消" onOk={submit} confirmLoading={add.isPending} onCancel={onClose} destroyOnHidden maskClosable={false} afterOpenChange={focus.afterOpenChange}>
      <div ref={focus.ref}>
        <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
          <FormField control={form.control} spec={{ name: 'title', label: '文件标题', type: 'text', required: true, maxLength: 200, autoFocus: true }} />
          <FormField control={form.control} spec={{ name: 'series', label: '发文序列', type: 'select', required: true, options: docSeriesKeys.map((k) => ({ value: k, label: docSeriesLabels[k] })) }} />
          <FormField control={form.control} spec={{ name: 'date', label: '成文日期', type: 'date', required: true }} />
          <FormField control={form.control} spec={{ name: 'serial', label: '发文序号（不填则取下一个文号）', type: 'number' }} />
          {next.data && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`下一个可用文号：${next.data.docNumber}`} />}
          <FormField control={form.control} spec={{ name: 'issuer', label: '签发人', type: 'text', maxLength: 30 }} />
          <FormField control={form.control} spec={{ name: 'note', label: '备注', type: 'textarea', maxLength: 500 }} />
        </Form>
      </div>
    </Modal>
  );
}
