import { Alert, AutoComplete, DatePicker, Descriptions, Form, Input, Modal, Radio, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import type { AvailableActionRecord, ProposalRecord } from '../../../../shared/contract/proposals';
import { formatChineseDate } from '../../../../shared/domain/chineseDate';
import { assignModes, feedbackResults, filedStatuses, replyClasses, replyClassMeanings, type AssignMode } from '../../../../shared/domain/proposal/status';
import { useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useDict } from './common';

const today = () => dayjs().format('YYYY-MM-DD');

function DateField({ label, value, onChange, id, max }: { label: string; value: string | null; onChange: (v: string | null) => void; id: string; max?: string | null }) {
  return (
    <Form.Item label={label} htmlFor={id} required extra={max ? `最迟可延至${formatChineseDate(max)}` : undefined}>
      <DatePicker id={id} allowClear={false} value={value ? dayjs(value) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)} disabledDate={max ? (d) => d.format('YYYY-MM-DD') > max : undefined} />
    </Form.Item>
  );
}

/** Steps that cannot be undone get a red OK button and a warning line. */
const irreversible = new Set(['立案', '不予立案', '并案', '办结', '归档', '作废', '转为社情民意', '转为委员来信', '同意申退']);

/** Steps of one unit: 签收/申退 of a unit that has not signed, the office's decision on a unit's 申退. */
export const unitSteps = new Set(['签收', '申退', '同意申退', '驳回申退']);
/** The units a unit step can be taken for. */
export function unitsForStep(proposal: ProposalRecord, action: string) {
  const state = action === '签收' || action === '申退' ? '待签收' : '申退中';
  return proposal.units.filter((u) => u.active && u.state === state);
}

/** One machine step (提交, 预审, 立案, 不予立案, 并案, 签收, 申退, 审核, 征询, 办结, 归档 …) with its small form. */
export function StepDialog({ proposal, action, unitId: presetUnit, onClose }: { proposal: ProposalRecord; action: AvailableActionRecord; unitId?: number; onClose: () => void }) {
  const name = action.action;
  const [date, setDate] = useState<string | null>(today());
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<string | undefined>();
  const [newDueDate, setNewDueDate] = useState<string | null>(null);
  const [mergeInto, setMergeInto] = useState<number | undefined>();
  const [mergeSearch, setMergeSearch] = useState('');
  const forUnit = unitSteps.has(name);
  const eligible = forUnit ? unitsForStep(proposal, name) : [];
  const [unitId, setUnitId] = useState<number | undefined>(presetUnit ?? (eligible.find((u) => u.role === '主办') ?? eligible[0])?.unitId);
  const unit = eligible.find((u) => u.unitId === unitId);
  const [signer, setSigner] = useState('');
  const [replacementUnitId, setReplacement] = useState<number | undefined>();
  const allUnits = useOptions('unit');
  const rejectReasons = useDict('rejectReason');
  const run = useApiMutation('proposal.transition', { success: `已${name}`, onSuccess: onClose });
  const candidates = useApiQuery(
    'proposal.list',
    { termId: proposal.termId, statuses: ['待审查', ...filedStatuses], search: mergeSearch || undefined, page: 1, pageSize: 30, sortBy: 'number', sortOrder: 'asc', includeVoided: false },
    { enabled: name === '并案' },
  );
  const needs = action.needs;
  const ok = () =>
    run.mutate({
      id: proposal.id,
      version: proposal.version,
      action: name as never,
      date: date ?? undefined,
      comment,
      reason,
      ...(result ? { result: result as never } : {}),
      ...(newDueDate ? { newDueDate } : {}),
      ...(mergeInto ? { mergeInto } : {}),
      ...(forUnit && unitId ? { unitId } : {}),
      ...(name === '签收' && signer.trim() ? { signer: signer.trim() } : {}),
      ...(name === '同意申退' && unit?.role === '协办' && replacementUnitId ? { replacementUnitId } : {}),
      ...(name === '转为社情民意' ? { opinionId: null } : {}),
    });
  const missing = (forUnit && !unit) || (needs.includes('reason') && !reason.trim()) || (needs.includes('result') && !result) || (needs.includes('newDueDate') && !newDueDate) || (needs.includes('mergeInto') && !mergeInto) || !date;
  return (
    <Modal
      open
      title={`${name}：${proposal.number ?? ''} ${proposal.title}`}
      okText={`确认${name}`}
      cancelText="取消"
      okButtonProps={{ danger: irreversible.has(name), disabled: missing, loading: run.isPending }}
      onOk={ok}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{action.description}。</p>
      {irreversible.has(name) && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="此操作确认后不能撤销，请核对无误。" />}
      <Form layout="vertical" component="div">
        <DateField id="stepDate" label="日期" value={date} onChange={setDate} />
        {forUnit && (
          <Form.Item label="承办单位" htmlFor="stepUnit" required extra={unit?.signDeadline ? `签收/申退期限：${formatChineseDate(unit.signDeadline)}${unit.signOverdue ? '（已逾期，不能再申退）' : ''}` : undefined}>
            <Select
              id="stepUnit"
              value={unitId}
              onChange={setUnitId}
              options={eligible.map((u) => ({ value: u.unitId, label: `${u.unitName}（${u.role}${u.state === '申退中' ? `，申退理由：${u.returnReason ?? ''}` : ''}）` }))}
            />
          </Form.Item>
        )}
        {name === '签收' && (
          <Form.Item label="签收人" htmlFor="stepSigner">
            <Input id="stepSigner" value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={20} placeholder="承办单位经办人（可不填）" />
          </Form.Item>
        )}
        {name === '同意申退' && unit?.role === '主办' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="同意主办单位申退后，本次交办的全部承办单位结束，提案退回“立案”状态，请重新交办。" />}
        {name === '同意申退' && unit?.role === '协办' && (
          <Form.Item label="改交单位（可不选）" htmlFor="stepReplacement" extra="不选则仅移除该协办单位；改交的单位自今日起计算签收期限。">
            <Select
              id="stepReplacement"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={replacementUnitId}
              onChange={setReplacement}
              options={allUnits.filter((o) => !proposal.units.some((u) => u.active && u.unitId === o.value))}
              placeholder="选择改交的协办单位"
            />
          </Form.Item>
        )}
        {needs.includes('reason') && (
          <Form.Item label={action.reasonLabel ?? '原因'} htmlFor="stepReason" required>
            {name === '不予立案' ? (
              <AutoComplete id="stepReason" options={rejectReasons.map((r) => ({ value: r.label }))} value={reason} onChange={setReason} placeholder="从字典选择或直接填写" />
            ) : (
              <Input.TextArea id="stepReason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
            )}
          </Form.Item>
        )}
        {needs.includes('result') && (
          <Form.Item label="征询意见" required>
            <Radio.Group aria-label="征询意见" value={result} onChange={(e) => setResult(e.target.value)} options={feedbackResults.map((r) => ({ value: r, label: r }))} />
            {result === '不满意' && proposal.round < 2 && <Typography.Paragraph type="danger" style={{ margin: '8px 0 0' }}>不满意将退回承办单位重新办理（第二轮）。</Typography.Paragraph>}
          </Form.Item>
        )}
        {needs.includes('newDueDate') && <DateField id="stepDue" label="延期后的办理期限" value={newDueDate} onChange={setNewDueDate} max={proposal.maxDueDate} />}
        {needs.includes('mergeInto') && (
          <Form.Item label="并入的主提案" htmlFor="stepMerge" required>
            <Select
              id="stepMerge"
              showSearch={{ filterOption: false, onSearch: setMergeSearch }}
              value={mergeInto}
              onChange={setMergeInto}
              placeholder="输入案由中的词查找"
              options={(candidates.data?.rows ?? []).filter((r) => r.id !== proposal.id).map((r) => ({ value: r.id, label: `${r.number ?? '（待审查）'} ${r.title} — ${r.proposerText}` }))}
            />
          </Form.Item>
        )}
        {name === '转为社情民意' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="转办后提案与社情民意信息双向关联；信息科在“社情民意”中登记后即可看到来源提案。" />}
        <Form.Item label={needs.includes('result') ? '提案者意见' : '意见/备注'} htmlFor="stepComment">
          <Input.TextArea id="stepComment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} autoFocus={!needs.length} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Unit ids whose names appear in the proposer's 建议承办单位. */
export function suggested(units: { value: number; label: string }[], text: string): number[] {
  return units
    .filter((u) => text.includes(u.label))
    .sort((a, b) => text.indexOf(a.label) - text.indexOf(b.label))
    .map((u) => u.value);
}

/** 交办: 主办 + 协办, 单办/分办/会办, with the due date the holiday table gives. */
export function AssignDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const units = useOptions('unit');
  const hint = useMemo(() => suggested(units, proposal.suggestedUnits), [units, proposal.suggestedUnits]);
  const [mainUnitId, setMain] = useState<number | undefined>(hint[0]);
  const [coUnitIds, setCo] = useState<number[]>(hint.slice(1));
  const [mode, setMode] = useState<AssignMode>(hint.length > 1 ? '会办' : '单办');
  const [date, setDate] = useState<string | null>(today());
  const [comment, setComment] = useState('');
  const preview = useApiQuery('proposal.dueDatePreview', { date: date ?? today(), mode }, { enabled: !!date });
  const run = useApiMutation('proposal.assign', { success: '已交办', onSuccess: onClose });
  return (
    <Modal
      open
      width={720}
      title={`交办：${proposal.number ?? ''} ${proposal.title}`}
      okText="确认交办"
      cancelText="取消"
      okButtonProps={{ disabled: !mainUnitId || !date || (mode !== '单办' && !coUnitIds.length), loading: run.isPending }}
      onOk={() => run.mutate({ id: proposal.id, version: proposal.version, mode, mainUnitId: mainUnitId!, coUnitIds: mode === '单办' ? [] : coUnitIds, date: date!, comment })}
      onCancel={onClose}
      destroyOnHidden
    >
      {proposal.suggestedUnits && <p>建议承办单位：{proposal.suggestedUnits}</p>}
      <Form layout="vertical" component="div">
        <Form.Item label="交办方式" required>
          <Radio.Group aria-label="交办方式" optionType="button" value={mode} onChange={(e) => setMode(e.target.value)} options={assignModes.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        <Form.Item label="主办单位" htmlFor="mainUnit" required>
          <Select
            id="mainUnit"
            showSearch={{ optionFilterProp: 'label' }}
            options={units}
            value={mainUnitId}
            onChange={(v: number) => {
              // Swapping 主办 and a 协办 keeps both: the old 主办 takes the 协办's place.
              setCo((co) => (co.includes(v) ? co.map((c) => (c === v ? mainUnitId : c)).filter((c): c is number => c !== undefined) : co));
              setMain(v);
            }}
            placeholder="选择主办单位"
          />
        </Form.Item>
        {mode !== '单办' && (
          <Form.Item label="协办单位" htmlFor="coUnits" required>
            <Select id="coUnits" mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={units.filter((u) => u.value !== mainUnitId)} value={coUnitIds} onChange={setCo} placeholder="选择协办单位" />
          </Form.Item>
        )}
        <DateField id="assignDate" label="交办日期" value={date} onChange={setDate} />
        {preview.data && (
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label="办理期限">{formatChineseDate(preview.data.dueDate)}（遇节假日顺延）</Descriptions.Item>
            <Descriptions.Item label="签收/申退截止">{formatChineseDate(preview.data.signDeadline)}</Descriptions.Item>
            {preview.data.coDueDate && <Descriptions.Item label="会办单位向主办单位答复">{formatChineseDate(preview.data.coDueDate)}前</Descriptions.Item>}
            <Descriptions.Item label="延期最长至">{formatChineseDate(preview.data.maxDueDate)}</Descriptions.Item>
          </Descriptions>
        )}
        <Form.Item label="交办意见" htmlFor="assignComment">
          <Input.TextArea id="assignComment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 办理答复 of the 主办 (答复类别 required) or a 协办 unit's opinion. */
export function ReplyDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const active = proposal.units.filter((u) => u.active);
  const mainUnit = active.find((u) => u.role === '主办');
  const canMain = proposal.actions.some((a) => a.action === '答复' && a.allowed);
  const [unitId, setUnitId] = useState<number | undefined>(canMain ? mainUnit?.unitId : active.find((u) => u.role === '协办')?.unitId);
  const unit = active.find((u) => u.unitId === unitId);
  const [replyClass, setClass] = useState<'A' | 'B' | 'C' | undefined>();
  const [content, setContent] = useState('');
  const [signer, setSigner] = useState('');
  const [contactName, setContactName] = useState(unit?.contact ?? '');
  const [contactPhone, setContactPhone] = useState(unit?.phone ?? '');
  const [replyDate, setReplyDate] = useState<string | null>(today());
  const [plannedDate, setPlanned] = useState<string | null>(null);
  const isMain = unit?.role === '主办';
  const run = useApiMutation('proposal.reply', { success: isMain ? '答复已登记，待提案委审核' : '协办意见已登记', onSuccess: onClose });
  return (
    <Modal
      open
      width={760}
      title={`登记答复：${proposal.number ?? ''} ${proposal.title}`}
      okText="保存答复"
      cancelText="取消"
      okButtonProps={{ disabled: !unitId || !content.trim() || !replyDate || (isMain && !replyClass), loading: run.isPending }}
      onOk={() =>
        run.mutate({ id: proposal.id, version: proposal.version, unitId: unitId!, replyClass: replyClass ?? null, content, signer, contactName, contactPhone, replyDate: replyDate!, plannedDate: replyClass === 'B' && isMain ? plannedDate : null })
      }
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label="承办单位" htmlFor="replyUnit" required>
          <Select
            id="replyUnit"
            value={unitId}
            onChange={(v: number) => {
              setUnitId(v);
              const u = active.find((x) => x.unitId === v);
              setContactName(u?.contact ?? '');
              setContactPhone(u?.phone ?? '');
            }}
            options={active.map((u) => ({ value: u.unitId, label: `${u.unitName}（${u.role}）`, disabled: u.role === '主办' && !canMain }))}
          />
        </Form.Item>
        {(isMain || proposal.mode === '分办') && (
          <Form.Item label="答复类别" required={isMain}>
            <Radio.Group aria-label="答复类别" value={replyClass} onChange={(e) => setClass(e.target.value)} options={replyClasses.map((c) => ({ value: c, label: `${c}类（${replyClassMeanings[c]}）` }))} />
          </Form.Item>
        )}
        <Form.Item label={isMain ? '答复内容' : '协办意见'} htmlFor="replyContent" required>
          <Input.TextArea id="replyContent" value={content} onChange={(e) => setContent(e.target.value)} maxLength={20000} autoSize={{ minRows: 5, maxRows: 14 }} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label="签发人" htmlFor="replySigner" style={{ flex: 1 }}>
            <Input id="replySigner" value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={20} />
          </Form.Item>
          <Form.Item label="联系人" htmlFor="replyContact" style={{ flex: 1 }}>
            <Input id="replyContact" value={contactName} onChange={(e) => setContactName(e.target.value)} maxLength={20} />
          </Form.Item>
          <Form.Item label="联系电话" htmlFor="replyPhone" style={{ flex: 1 }}>
            <Input id="replyPhone" value={contactPhone} onChange={(e) => setContactPhone(e.target.value)} maxLength={20} />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 12 }}>
          <DateField id="replyDate" label="答复日期" value={replyDate} onChange={setReplyDate} />
          {isMain && replyClass === 'B' && (
            <Form.Item label="计划完成日期（回头看）" htmlFor="plannedDate">
              <DatePicker id="plannedDate" value={plannedDate ? dayjs(plannedDate) : null} onChange={(d) => setPlanned(d ? d.format('YYYY-MM-DD') : null)} />
            </Form.Item>
          )}
        </div>
      </Form>
    </Modal>
  );
}

function SmallDialog({ title, okText, disabled, loading, onOk, onClose, children }: { title: string; okText: string; disabled?: boolean; loading: boolean; onOk: () => void; onClose: () => void; children: ReactNode }) {
  return (
    <Modal open title={title} okText={okText} cancelText="取消" okButtonProps={{ disabled, loading }} onOk={onOk} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical" component="div">
        {children}
      </Form>
    </Modal>
  );
}

/** 重点提案 with its 督办领导 (or taking the mark away). */
export function KeyDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const [isKey, setKey] = useState(true);
  const [leader, setLeader] = useState(proposal.keyLeader);
  const run = useApiMutation('proposal.setKey', { success: isKey ? '已确定为重点提案' : '已取消重点提案', onSuccess: onClose });
  return (
    <SmallDialog title={`重点提案：${proposal.title}`} okText="保存" disabled={isKey && !leader.trim()} loading={run.isPending} onOk={() => run.mutate({ id: proposal.id, version: proposal.version, isKey, keyLeader: leader })} onClose={onClose}>
      <Form.Item label="重点提案">
        <Switch aria-label="重点提案" checked={isKey} onChange={setKey} checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      {isKey && (
        <Form.Item label="督办领导" htmlFor="keyLeader" required>
          <Input id="keyLeader" value={leader} onChange={(e) => setLeader(e.target.value)} maxLength={100} placeholder="如：县政协副主席 周建华" autoFocus />
        </Form.Item>
      )}
    </SmallDialog>
  );
}

/** 督办 record of a 重点提案. */
export function SuperviseDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const [date, setDate] = useState<string | null>(today());
  const [person, setPerson] = useState(proposal.keyLeader);
  const [method, setMethod] = useState('督办协商会');
  const [place, setPlace] = useState('');
  const [content, setContent] = useState('');
  const run = useApiMutation('proposal.supervise', { success: '督办情况已登记', onSuccess: onClose });
  return (
    <SmallDialog title={`登记督办：${proposal.title}`} okText="保存" disabled={!content.trim() || !date} loading={run.isPending} onOk={() => run.mutate({ id: proposal.id, version: proposal.version, date: date!, person, method, place, content })} onClose={onClose}>
      <DateField id="supDate" label="督办日期" value={date} onChange={setDate} />
      <Form.Item label="督办领导" htmlFor="supPerson">
        <Input id="supPerson" value={person} onChange={(e) => setPerson(e.target.value)} maxLength={100} />
      </Form.Item>
      <Form.Item label="督办方式" htmlFor="supMethod">
        <AutoComplete id="supMethod" value={method} onChange={setMethod} options={['督办协商会', '实地督办', '座谈督办', '书面督办'].map((v) => ({ value: v }))} />
      </Form.Item>
      <Form.Item label="地点" htmlFor="supPlace">
        <Input id="supPlace" value={place} onChange={(e) => setPlace(e.target.value)} maxLength={100} />
      </Form.Item>
      <Form.Item label="督办情况" htmlFor="supContent" required>
        <Input.TextArea id="supContent" value={content} onChange={(e) => setContent(e.target.value)} maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </SmallDialog>
  );
}

/** 回头看 of a B-class answer. */
export function FollowUpDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const [date, setDate] = useState<string | null>(today());
  const [person, setPerson] = useState('');
  const [content, setContent] = useState('');
  const [done, setDone] = useState(true);
  const run = useApiMutation('proposal.followUp', { success: '回头看情况已登记', onSuccess: onClose });
  return (
    <SmallDialog title={`回头看：${proposal.title}`} okText="保存" disabled={!content.trim() || !date} loading={run.isPending} onOk={() => run.mutate({ id: proposal.id, version: proposal.version, date: date!, person, content, done })} onClose={onClose}>
      {proposal.followUpDate && <p>计划回头看日期：{formatChineseDate(proposal.followUpDate)}</p>}
      <DateField id="fuDate" label="回头看日期" value={date} onChange={setDate} />
      <Form.Item label="参加人员" htmlFor="fuPerson">
        <Input id="fuPerson" value={person} onChange={(e) => setPerson(e.target.value)} maxLength={100} />
      </Form.Item>
      <Form.Item label="回头看情况" htmlFor="fuContent" required>
        <Input.TextArea id="fuContent" value={content} onChange={(e) => setContent(e.target.value)} maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="承诺事项已落实">
        <Switch aria-label="承诺事项已落实" checked={done} onChange={setDone} checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    </SmallDialog>
  );
}

/** 优秀提案 mark. */
export function ExcellentDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const [isExcellent, setExcellent] = useState(!proposal.isExcellent);
  const [note, setNote] = useState(proposal.excellentNote || `${dayjs().year()}年度优秀提案`);
  const run = useApiMutation('proposal.setExcellent', { success: isExcellent ? '已评为优秀提案' : '已取消优秀提案', onSuccess: onClose });
  return (
    <SmallDialog title={`优秀提案：${proposal.title}`} okText="保存" loading={run.isPending} onOk={() => run.mutate({ id: proposal.id, version: proposal.version, isExcellent, note })} onClose={onClose}>
      <Form.Item label="优秀提案">
        <Switch aria-label="优秀提案" checked={isExcellent} onChange={setExcellent} checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      {isExcellent && (
        <Form.Item label="说明" htmlFor="excNote">
          <Input id="excNote" value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
        </Form.Item>
      )}
    </SmallDialog>
  );
}

/** 附议确认 of one co-signer. */
export function CosignDialog({ proposal, onClose }: { proposal: ProposalRecord; onClose: () => void }) {
  const pending = proposal.cosigners.filter((c) => c.state === '待确认');
  const [memberId, setMember] = useState<number | undefined>(pending[0]?.memberId ?? undefined);
  const [state, setState] = useState<'已确认' | '已拒绝'>('已确认');
  const [date, setDate] = useState<string | null>(today());
  const run = useApiMutation('proposal.cosign', { success: `已登记${state === '已确认' ? '附议确认' : '拒绝附议'}`, onSuccess: onClose });
  return (
    <SmallDialog title="登记附议确认" okText="保存" disabled={!memberId || !date} loading={run.isPending} onOk={() => run.mutate({ id: proposal.id, version: proposal.version, memberId: memberId!, state, date: date! })} onClose={onClose}>
      <Form.Item label="附议委员" htmlFor="cosignMember" required>
        <Select id="cosignMember" value={memberId} onChange={setMember} options={proposal.cosigners.filter((c) => c.memberId).map((c) => ({ value: c.memberId!, label: `${c.name}（${c.state}）` }))} />
      </Form.Item>
      <Form.Item label="附议意见" required>
        <Radio.Group aria-label="附议意见" value={state} onChange={(e) => setState(e.target.value)} options={[{ value: '已确认', label: '确认附议' }, { value: '已拒绝', label: '拒绝附议' }]} />
      </Form.Item>
      <DateField id="cosignDate" label="日期" value={date} onChange={setDate} />
    </SmallDialog>
  );
}
