import { Checkbox, Form, Switch } from 'antd';
import { useEffect } from 'react';
import { Controller, useWatch, type Control, type FieldValues } from 'react-hook-form';
import { contract } from '../../../../shared/contract';
import type { z } from '../../../../shared/contract/zod';
import type { LetterRecord } from '../../../../shared/contract/supervision';
import { reminderReplyBy, reminderWays } from '../../../../shared/domain/supervision/reminders';
import type { HolidayKind } from '../../../../shared/domain/workdays';
import { enumOptions, useReference } from '../../lib/options';
import { useApiMutation } from '../../lib/query';
import type { DocumentRequest } from '../../components/DocumentPreview';
import { StepDialog, cnDate, todayIso } from './common';
import { reminderDocument } from './documents';

const schema = (contract['supervision.letter.remind'].input as z.ZodObject).omit({ id: true, version: true });

/**
 * 催办 a letter's overdue items (from the 台账 or the letter): date, 电话/函件/现场, who, the new date
 * asked for; a 函件 takes a 发文字号 of the 监 series unless the clerk turns it off, and its 催办函 is
 * handed to `onPrint` to preview and save.
 */
export function RemindDialog({ letter, onClose, onPrint }: { letter: LetterRecord; onClose: () => void; onPrint: (doc: DocumentRequest) => void }) {
  const holidays = useReference('holiday');
  const remind = useApiMutation('supervision.letter.remind', { success: (l) => `已催办：${l.reminders.at(-1)?.docNumber ?? l.mainUnitName}` });
  const overdue = letter.items.filter((i) => i.state === '逾期');
  const calendar = holidays.map((h) => ({ date: h.date, kind: h.kind as HolidayKind }));
  return (
    <StepDialog
      title={`催办：${letter.mainUnitName}`}
      width={680}
      schema={schema}
      fields={[
        { name: 'date', label: '催办日期', type: 'date', required: true },
        { name: 'way', label: '催办方式', type: 'select', options: enumOptions(reminderWays), required: true },
        { name: 'person', label: '催办人', type: 'text', required: true, placeholder: '姓名（科室）' },
        { name: 'replyBy', label: '要求反馈日期', type: 'date', required: true },
        { name: 'note', label: '催办说明', type: 'textarea', maxLength: 1000, placeholder: '如：电话联系了谁、对方答复的情况' },
      ]}
      defaults={{ date: todayIso(), way: '函件', person: '', note: '', replyBy: reminderReplyBy(todayIso(), calendar), itemIds: overdue.map((i) => i.id), numbered: true }}
      okText="登记催办"
      note={`${letter.docNumber ?? ''}《${letter.title}》：逾期${overdue.length}条。函件催办可编发文字号并打印催办函，抄送督查室。`}
      extra={(control) => <RemindExtra control={control} letter={letter} />}
      busy={remind.isPending}
      onSubmit={async (v) => {
        const after = await remind.mutateAsync({ id: letter.id, version: letter.version, ...(v as object) } as never);
        const made = after.reminders.at(-1);
        if (made?.way === '函件') onPrint(reminderDocument(after, made));
      }}
      onClose={onClose}
    />
  );
}

/** The overdue items to name, and the 发文字号 switch (函件 only). */
function RemindExtra({ control, letter }: { control: Control<FieldValues>; letter: LetterRecord }) {
  const way = useWatch({ control, name: 'way' }) as string | undefined;
  const overdue = letter.items.filter((i) => i.state === '逾期');
  return (
    <>
      <Controller
        control={control}
        name="itemIds"
        render={({ field, fieldState }) => (
          <Form.Item label="催办条目（逾期）" required validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
            <Checkbox.Group value={field.value as number[]} onChange={field.onChange} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {overdue.map((i) => (
                <Checkbox key={i.id} value={i.id} aria-label={`催办第${i.seq}条`}>
                  第{i.seq}条 {i.title}（逾期{i.overdueWorkdays}个工作日{i.reminderCount ? `，已催办${i.reminderCount}次，最近${cnDate(i.lastReminderDate)}` : ''}）
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        )}
      />
      <Controller
        control={control}
        name="numbered"
        render={({ field }) => <NumberedSwitch value={!!field.value} onChange={field.onChange} letterByPost={way === '函件'} />}
      />
    </>
  );
}

function NumberedSwitch({ value, onChange, letterByPost }: { value: boolean; onChange: (v: boolean) => void; letterByPost: boolean }) {
  // 电话/现场 催办 send no document, so they take no number.
  useEffect(() => {
    if (!letterByPost && value) onChange(false);
  }, [letterByPost, value, onChange]);
  return (
    <Form.Item label="催办函编发文字号" htmlFor="numbered" extra={letterByPost ? '按成文日期所在年度编下一个民主监督发文字号（与建议书同一序列，编号后不再改变）。' : '电话、现场催办不发文，不编号。'}>
      <Switch id="numbered" checked={value} disabled={!letterByPost} onChange={onChange} checkedChildren="是" unCheckedChildren="否" />
    </Form.Item>
  );
}
