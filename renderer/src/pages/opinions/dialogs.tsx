import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { AvailableActionOut, OpinionDetail } from '../../../../shared/contract/opinions';
import { levelLabels, opinionLevels, upperLevels, upperTargets, type OpinionLevel, type UpperLevel } from '../../../../shared/domain/opinion/status';
import { DiffView } from '../../components/DiffView';
import { submitOnEnter } from '../../components/FormField';
import { getOperator } from '../../lib/api';
import { useOptions } from '../../lib/options';
import { useApiMutation } from '../../lib/query';
import { CharCount } from './OpinionForm';
import { today } from './common';

/** A date field for a step (ISO in, ISO out; not clearable: every step has a date). */
export function StepDate({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <Form.Item label={label} required htmlFor={`date-${label}`}>
      <DatePicker id={`date-${label}`} aria-label={label} allowClear={false} value={dayjs(value)} onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))} style={{ width: 200 }} />
    </Form.Item>
  );
}

function StepModal({ title, okText, danger, busy, disabled, onOk, onCancel, children }: { title: string; okText: string; danger?: boolean; busy: boolean; disabled?: boolean; onOk: () => void; onCancel: () => void; children: ReactNode }) {
  return (
    <Modal open title={title} okText={okText} cancelText="取消" okButtonProps={{ danger, loading: busy, disabled }} onOk={onOk} onCancel={onCancel} maskClosable={false} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(() => !disabled && onOk())}>
        {children}
      </Form>
    </Modal>
  );
}

const irreversible = <Alert type="warning" showIcon title="此步骤确认后不能撤销，请核对后再确认。" style={{ marginBottom: 12 }} />;

/** 报送 / 退回 / 采用 / 不采用 / 留存 / 作废: the date, a reason when the step needs one, and a confirmation. */
export function StepDialog({ report, action, onClose }: { report: OpinionDetail; action: AvailableActionOut; onClose: () => void }) {
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const needsReason = action.needs.includes('reason');
  const run = useApiMutation('opinion.transition', { success: `已${action.action}`, onSuccess: onClose });
  const ok = () => run.mutate({ id: report.id, version: report.version, action: action.action as never, reason: reason.trim(), date });
  return (
    <StepModal title={`${action.action}：${report.title}`} okText={`确认${action.action}`} danger={action.action === '不采用' || action.action === '作废'} busy={run.isPending} disabled={needsReason && !reason.trim()} onOk={ok} onCancel={onClose}>
      <p>{action.description}。</p>
      {action.confirm && irreversible}
      {action.action !== '作废' && <StepDate label={`${action.action}日期`} value={date} onChange={setDate} />}
      {needsReason && (
        <Form.Item label={action.reasonLabel ?? '原因'} required htmlFor="step-reason">
          <Input.TextArea id="step-reason" aria-label={action.reasonLabel ?? '原因'} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} showCount autoFocus />
        </Form.Item>
      )}
    </StepModal>
  );
}

/** 编辑: the original on the left (read only), the edited text on the right, and the diff below. */
export function EditDialog({ report, onClose }: { report: OpinionDetail; onClose: () => void }) {
  const [title, setTitle] = useState(report.editedTitle ?? report.title);
  const [text, setText] = useState(report.editedText ?? report.content);
  const [editor, setEditor] = useState(report.editor ?? getOperator());
  const [date, setDate] = useState(today());
  const [showDiff, setShowDiff] = useState(false);
  const run = useApiMutation('opinion.edit', { success: '编辑稿已保存（原稿保留）', onSuccess: onClose });
  return (
    <Modal
      open
      width={1200}
      title={`编辑：${report.title}`}
      okText="保存编辑稿"
      cancelText="取消"
      okButtonProps={{ loading: run.isPending, disabled: !text.trim() || !title.trim() || !editor.trim() }}
      onOk={() => run.mutate({ id: report.id, version: report.version, editedTitle: title.trim(), editedText: text, editor: editor.trim(), date })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label="编辑后标题" required style={{ flex: 1 }} htmlFor="edited-title">
            <Input id="edited-title" aria-label="编辑后标题" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={60} autoFocus />
          </Form.Item>
          <Form.Item label="编辑" required htmlFor="editor">
            <Input id="editor" aria-label="编辑人" value={editor} onChange={(e) => setEditor(e.target.value)} maxLength={20} style={{ width: 140 }} />
          </Form.Item>
          <StepDate label="编辑日期" value={date} onChange={setDate} />
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item label={`原稿（${report.chars}字，不会改动）`}>
            <Input.TextArea aria-label="原稿" value={report.content} readOnly autoSize={{ minRows: 14, maxRows: 24 }} style={{ background: '#fafafa' }} />
          </Form.Item>
          <Form.Item label="编辑稿" required htmlFor="edited-text" extra={<CharCount text={text} />}>
            <Input.TextArea id="edited-text" aria-label="编辑稿" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 14, maxRows: 24 }} />
          </Form.Item>
        </div>
        <a onClick={() => setShowDiff((v) => !v)}>{showDiff ? '收起对照' : '查看修改对照'}</a>
        {showDiff && (
          <div style={{ marginTop: 8 }}>
            <DiffView original={report.content} edited={text} />
          </div>
        )}
      </Form>
    </Modal>
  );
}

/** 报送上级: level (levels already sent are disabled), date, 报送对象. */
export function SendUpDialog({ report, onClose }: { report: OpinionDetail; onClose: () => void }) {
  const free = upperLevels.filter((l) => !report.sentLevels.includes(l));
  const [level, setLevel] = useState<UpperLevel>(free[0] ?? '市');
  const [date, setDate] = useState(today());
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const run = useApiMutation('opinion.sendUp', { success: `已报送${upperTargets[level]}`, onSuccess: onClose });
  return (
    <StepModal title={`报送上级：${report.editedTitle ?? report.title}`} okText="确认报送" busy={run.isPending} disabled={!free.length} onOk={() => run.mutate({ id: report.id, version: report.version, level, date, target: target.trim(), note: note.trim() })} onCancel={onClose}>
      {irreversible}
      <Form.Item label="报送级别" required>
        <Radio.Group aria-label="报送级别" value={level} onChange={(e) => setLevel(e.target.value)} options={upperLevels.map((l) => ({ value: l, label: `${levelLabels[l]}（${upperTargets[l]}）`, disabled: report.sentLevels.includes(l) }))} />
      </Form.Item>
      <StepDate label="报送日期" value={date} onChange={setDate} />
      <Form.Item label="报送对象" htmlFor="sendup-target">
        <Input id="sendup-target" aria-label="报送对象" value={target} placeholder={upperTargets[level]} onChange={(e) => setTarget(e.target.value)} maxLength={60} />
      </Form.Item>
      <Form.Item label="备注" htmlFor="sendup-note">
        <Input id="sendup-note" aria-label="报送备注" value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
      </Form.Item>
    </StepModal>
  );
}

export function TransferDialog({ report, onClose }: { report: OpinionDetail; onClose: () => void }) {
  const units = useOptions('unit');
  const [unitId, setUnitId] = useState<number>();
  const [date, setDate] = useState(today());
  const [requirement, setRequirement] = useState('请研究办理，并于一个月内反馈办理情况。');
  const run = useApiMutation('opinion.transfer', { success: '已转办', onSuccess: onClose });
  return (
    <StepModal title={`转办：${report.editedTitle ?? report.title}`} okText="确认转办" busy={run.isPending} disabled={!unitId} onOk={() => unitId && run.mutate({ id: report.id, version: report.version, unitId, date, requirement: requirement.trim() })} onCancel={onClose}>
      {irreversible}
      <Form.Item label="转办单位" required htmlFor="transfer-unit">
        <Select id="transfer-unit" aria-label="转办单位" options={units} value={unitId} onChange={setUnitId} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择单位" autoFocus />
      </Form.Item>
      <StepDate label="转办日期" value={date} onChange={setDate} />
      <Form.Item label="办理要求" htmlFor="transfer-req">
        <Input.TextArea id="transfer-req" aria-label="办理要求" value={requirement} onChange={(e) => setRequirement(e.target.value)} maxLength={500} />
      </Form.Item>
    </StepModal>
  );
}

export function FeedbackDialog({ report, onClose }: { report: OpinionDetail; onClose: () => void }) {
  const transfers = report.transfers.filter((t) => !t.voidedAt);
  const [transferId, setTransferId] = useState<number | null>(transfers[0]?.id ?? null);
  const [source, setSource] = useState(transfers[0]?.unitName ?? report.sendUps[0]?.target ?? '');
  const [date, setDate] = useState(today());
  const [content, setContent] = useState('');
  const run = useApiMutation('opinion.feedback', { success: '反馈已登记', onSuccess: onClose });
  return (
    <StepModal
      title={`登记反馈：${report.editedTitle ?? report.title}`}
      okText="保存反馈"
      busy={run.isPending}
      disabled={!source.trim() || !content.trim()}
      onOk={() => run.mutate({ id: report.id, version: report.version, transferId, date, source: source.trim(), content: content.trim() })}
      onCancel={onClose}
    >
      <Form.Item label="对应转办" htmlFor="fb-transfer">
        <Select
          id="fb-transfer"
          aria-label="对应转办"
          allowClear
          value={transferId ?? undefined}
          onChange={(v) => {
            setTransferId(v ?? null);
            const t = transfers.find((x) => x.id === v);
            if (t) setSource(t.unitName);
          }}
          options={transfers.map((t) => ({ value: t.id, label: `${t.date} 转${t.unitName}` }))}
          placeholder="上级政协的反馈可不选"
        />
      </Form.Item>
      <Form.Item label="反馈单位" required htmlFor="fb-source">
        <Input id="fb-source" aria-label="反馈单位" value={source} onChange={(e) => setSource(e.target.value)} maxLength={60} />
      </Form.Item>
      <StepDate label="反馈日期" value={date} onChange={setDate} />
      <Form.Item label="反馈内容" required htmlFor="fb-content">
        <Input.TextArea id="fb-content" aria-label="反馈内容" value={content} onChange={(e) => setContent(e.target.value)} maxLength={2000} showCount autoSize={{ minRows: 4 }} />
      </Form.Item>
    </StepModal>
  );
}

/** 登记采用 at 市/省/全国 (县 is recorded by 审查). */
export function AdoptionDialog({ report, onClose }: { report: OpinionDetail; onClose: () => void }) {
  const taken = report.adoptedLevels;
  const choices = opinionLevels.filter((l) => l !== '县');
  const [level, setLevel] = useState<OpinionLevel>(choices.find((l) => !taken.includes(l)) ?? '市');
  const [date, setDate] = useState(today());
  const [channel, setChannel] = useState('');
  const run = useApiMutation('opinion.recordAdoption', { success: `已登记${levelLabels[level]}采用`, onSuccess: onClose });
  return (
    <StepModal title={`登记采用：${report.editedTitle ?? report.title}`} okText="保存" busy={run.isPending} onOk={() => run.mutate({ reportId: report.id, level, date, channel: channel.trim() })} onCancel={onClose}>
      <Form.Item label="采用级别" required>
        <Radio.Group aria-label="采用级别" value={level} onChange={(e) => setLevel(e.target.value)} options={choices.map((l) => ({ value: l, label: levelLabels[l], disabled: taken.includes(l) }))} />
      </Form.Item>
      <StepDate label="采用日期" value={date} onChange={setDate} />
      <Form.Item label="采用载体" htmlFor="adopt-channel">
        <Input id="adopt-channel" aria-label="采用载体" value={channel} onChange={(e) => setChannel(e.target.value)} maxLength={100} placeholder="如：省政协《社情民意》第12期" />
      </Form.Item>
    </StepModal>
  );
}

/** 登记批示: leader, title, level, date and the 批示 text. */
export function InstructionDialog({ report, onClose }: { report: OpinionDetail; onClose: () => void }) {
  const [leader, setLeader] = useState('');
  const [leaderTitle, setLeaderTitle] = useState('');
  const [level, setLevel] = useState<OpinionLevel>('县');
  const [date, setDate] = useState(today());
  const [text, setText] = useState('');
  const run = useApiMutation('opinion.recordInstruction', { success: `已登记${levelLabels[level]}批示`, onSuccess: onClose });
  return (
    <StepModal
      title={`登记批示：${report.editedTitle ?? report.title}`}
      okText="保存批示"
      busy={run.isPending}
      disabled={!leader.trim()}
      onOk={() => run.mutate({ reportId: report.id, leader: leader.trim(), leaderTitle: leaderTitle.trim(), level, date, text: text.trim() })}
      onCancel={onClose}
    >
      <Form.Item label="批示级别" required>
        <Radio.Group aria-label="批示级别" value={level} onChange={(e) => setLevel(e.target.value)} options={opinionLevels.map((l) => ({ value: l, label: levelLabels[l] }))} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item label="批示领导" required htmlFor="inst-leader" style={{ flex: 1 }}>
          <Input id="inst-leader" aria-label="批示领导" value={leader} onChange={(e) => setLeader(e.target.value)} maxLength={20} autoFocus />
        </Form.Item>
        <Form.Item label="领导职务" htmlFor="inst-title" style={{ flex: 1 }}>
          <Input id="inst-title" aria-label="领导职务" value={leaderTitle} onChange={(e) => setLeaderTitle(e.target.value)} maxLength={60} placeholder="如：副省长" />
        </Form.Item>
      </div>
      <StepDate label="批示日期" value={date} onChange={setDate} />
      <Form.Item label="批示内容" htmlFor="inst-text">
        <Input.TextArea id="inst-text" aria-label="批示内容" value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} autoSize={{ minRows: 3 }} />
      </Form.Item>
    </StepModal>
  );
}

/** 印发年度通报: the date and the 签发人; the 发文字号 is the next of the 社情民意 series for the date's year. */
export function NoticeIssueDialog({ year, prefix, onClose }: { year: number; prefix: string; onClose: () => void }) {
  const [date, setDate] = useState(today());
  const [signer, setSigner] = useState('');
  const run = useApiMutation('opinionNotice.issue', { success: (n) => `已印发，发文字号 ${n.docNumber}`, onSuccess: onClose });
  return (
    <StepModal title={`印发${year}年度社情民意信息工作情况通报`} okText="确认印发" busy={run.isPending} disabled={!signer.trim()} onOk={() => run.mutate({ year, date, signer: signer.trim() })} onCancel={onClose}>
      <p>
        印发时按“{prefix}〔年份〕N号”编发文字号（印发日期所在年度的下一个序号，号码不再重复使用），并印在通报上。
      </p>
      {irreversible}
      <StepDate label="印发日期" value={date} onChange={setDate} />
      <Form.Item label="签发人" required htmlFor="notice-signer">
        <Input id="notice-signer" aria-label="签发人" value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={20} autoFocus />
      </Form.Item>
    </StepModal>
  );
}
