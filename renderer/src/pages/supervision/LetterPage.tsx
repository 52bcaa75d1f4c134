import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Form, Input, Select, Space, Spin, Steps, Table, Tag, Timeline, Tooltip, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { contract } from '../../../../shared/contract';
import type { z } from '../../../../shared/contract/zod';
import type { ItemRecord, LetterDetail } from '../../../../shared/contract/supervision';
import { chineseNumeral } from '../../../../shared/docs/blocks';
import { evaluationResults, progressValues, reviewForms, reviewResults, type LetterStage } from '../../../../shared/domain/supervision/status';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { VoidButton } from '../../components/VoidButton';
import { call } from '../../lib/api';
import { enumOptions } from '../../lib/options';
import { queryClient, useApiMutation, useApiQuery } from '../../lib/query';
import { Attachments } from './ActivitiesTab';
import { ItemStateTag, StageTag, StepDialog, cnDate, fileToBase64, todayIso } from './common';
import { LetterEditor } from './LetterEditor';
import { letterDocuments, reminderDocument } from './documents';
import { RemindDialog } from './RemindDialog';

const road: { title: string; stages: LetterStage[] }[] = [
  { title: '起草', stages: ['起草'] },
  { title: '审核', stages: ['待审核'] },
  { title: '签发', stages: ['待签发'] },
  { title: '送达', stages: ['已签发'] },
  { title: '整改反馈', stages: ['整改中'] },
  { title: '评估', stages: ['待评估'] },
  { title: '回头看', stages: ['待回头看'] },
  { title: '结项', stages: ['待结项', '已结项'] },
];

/** A step's input schema without the record key (id/version), for the step's dialog. */
const omitKey = (schema: unknown, ...keys: string[]) => (schema as z.ZodObject).omit(Object.fromEntries(keys.map((k) => [k, true])) as never) as z.ZodObject;

/** One 建议书: drafting, the workflow steps, item-by-item 整改, 回头看 and the timeline. */
export function LetterPage({ id, year, topicId }: { id: number | 'new'; year: number; topicId?: number }) {
  const navigate = useNavigate();
  const back = () => navigate(`/supervision?year=${year}`);
  const open = (letterId: number) => navigate(`/supervision?year=${year}&letter=${letterId}`, { replace: true });
  if (id === 'new') {
    return (
      <>
        <Header onBack={back} title="起草建议书" />
        <LetterEditor year={year} topicId={topicId} onSaved={(l) => open(l.id)} />
      </>
    );
  }
  return <ExistingLetter id={id} year={year} onBack={back} />;
}

function Header({ onBack, title, extra }: { onBack: () => void; title: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16, flexWrap: 'wrap' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
        返回台账
      </Button>
      <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
        {title}
      </Typography.Title>
      {extra}
    </div>
  );
}

type Dialog = '审核通过' | '退回修改' | '签发' | '送达' | '催办' | '回头看' | '结项' | { feedback: ItemRecord } | { evaluate: ItemRecord } | null;

function ExistingLetter({ id, year, onBack }: { id: number; year: number; onBack: () => void }) {
  const { modal } = App.useApp();
  const q = useApiQuery('supervision.letter.get', { id });
  const rules = useApiQuery('supervision.rules.get', {});
  const office = useApiQuery('settings.getOffice', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [doc, setDoc] = useState<DocumentRequest | null>(null);
  const submit = useApiMutation('supervision.letter.submit', { success: '已提交审核' });
  const approve = useApiMutation('supervision.letter.approve', { success: '审核通过' });
  const ret = useApiMutation('supervision.letter.return', { success: '已退回修改' });
  const issue = useApiMutation('supervision.letter.issue', { onSuccess: (l) => modal.success({ title: '建议书已签发', content: `发文字号：${l.docNumber}`, okText: '知道了' }) });
  const serve = useApiMutation('supervision.letter.serve', { success: (l) => `已送达，整改反馈期限：${cnDate(l.feedbackDue)}` });
  const close = useApiMutation('supervision.letter.close', { success: '建议书已结项' });
  const voidIt = useApiMutation('supervision.letter.void', { success: '建议书已作废' });
  const l = q.data;
  if (!l) return q.isError ? <Empty description={q.error?.message} /> : <Spin />;
  const key = { id: l.id, version: l.version };
  const action = (name: string) => l.actions.find((a) => a.action === name);
  const current = road.findIndex((r) => r.stages.includes(l.stage));

  const button = (name: string, onClick: () => void, primary = false) => {
    const a = action(name);
    if (!a) return null;
    const b = (
      <Button key={name} type={primary ? 'primary' : 'default'} disabled={!a.allowed} onClick={onClick}>
        {name}
      </Button>
    );
    return a.allowed ? b : <Tooltip key={name} title={a.reason}>{b}</Tooltip>;
  };

  const docs = letterDocuments(l);

  return (
    <>
      <Header
        onBack={onBack}
        title={
          <Space wrap>
            <span>{l.title}</span>
            <StageTag stage={l.stage} />
            {l.docNumber && <Tag color="red" data-testid="doc-number">{l.docNumber}</Tag>}
          </Space>
        }
      />
      {l.status !== '已作废' && (
        <Steps size="small" current={current} status={l.status === '已结项' ? 'finish' : 'process'} items={road.map((r) => ({ title: r.title }))} style={{ marginBottom: 16 }} />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        {l.status === '起草' ? null : button('提交审核', () => submit.mutate(key), true)}
        {button('审核通过', () => setDialog('审核通过'), true)}
        {button('退回修改', () => setDialog('退回修改'))}
        {button('签发', () => setDialog('签发'), true)}
        {button('送达', () => setDialog('送达'), true)}
        {button('催办', () => setDialog('催办'))}
        {button('回头看', () => setDialog('回头看'))}
        {button('结项', () => setDialog('结项'), true)}
        {action('作废') && <VoidButton what="建议书" name={l.title} onConfirm={(reason) => voidIt.mutateAsync({ ...key, reason })} />}
        {docs.map((d) => (
          <Tooltip key={d.label} title={d.enabled ? undefined : d.hint}>
            <Button icon={<FileWordOutlined />} disabled={!d.enabled} onClick={() => setDoc(d.request)}>
              {d.label}
            </Button>
          </Tooltip>
        ))}
      </Space>

      {l.status === '起草' ? (
        <LetterEditor letter={l} year={year} onSaved={() => undefined} />
      ) : (
        <>
          <LetterFacts letter={l} />
          {l.servedDate ? <ItemsPanel letter={l} onFeedback={(item) => setDialog({ feedback: item })} onEvaluate={(item) => setDialog({ evaluate: item })} /> : <LetterText letter={l} />}
          {l.reminders.length > 0 && <Reminders letter={l} onPrint={setDoc} />}
          {l.reviews.length > 0 && <Reviews letter={l} />}
          <Card size="small" title="办理过程" style={{ marginTop: 16 }}>
            <Timeline
              items={l.events.map((e) => ({
                color: e.action === '退回修改' || e.toStatus === '重新整改' ? 'red' : 'blue',
                content: (
                  <span>
                    {e.date ? cnDate(e.date) : e.at.slice(0, 10)} <b>{e.action}</b>
                    {e.itemSeq ? `（第${e.itemSeq}条）` : ''}
                    {e.comment ? `：${e.comment}` : ''} <span style={{ color: '#999' }}>— {e.actor}</span>
                  </span>
                ),
              }))}
            />
          </Card>
        </>
      )}

      {dialog === '审核通过' && (
        <StepDialog
          title="审核通过"
          schema={omitKey(contract['supervision.letter.approve'].input, 'id', 'version')}
          fields={[
            { name: 'reviewer', label: '审核人', type: 'text', required: true },
            { name: 'date', label: '审核日期', type: 'date', required: true },
            { name: 'comment', label: '审核意见', type: 'textarea', maxLength: 1000 },
          ]}
          defaults={{ date: todayIso(), comment: '' }}
          okText="审核通过"
          busy={approve.isPending}
          onSubmit={(v) => approve.mutateAsync({ ...key, ...(v as object) } as never)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === '退回修改' && (
        <StepDialog
          title="退回修改"
          schema={omitKey(contract['supervision.letter.return'].input, 'id', 'version')}
          fields={[{ name: 'reason', label: '退回意见', type: 'textarea', required: true, maxLength: 1000 }]}
          defaults={{}}
          okText="退回"
          busy={ret.isPending}
          onSubmit={(v) => ret.mutateAsync({ ...key, ...(v as object) } as never)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === '签发' && (
        <StepDialog
          title="签发建议书"
          schema={omitKey(contract['supervision.letter.issue'].input, 'id', 'version')}
          fields={[
            { name: 'issuer', label: '签发人', type: 'text', required: true },
            { name: 'date', label: '成文日期', type: 'date', required: true },
          ]}
          defaults={{ date: todayIso() }}
          okText="确认签发"
          danger
          note={`签发后按成文日期所在年度编发文字号（${office.data?.series.supervision.prefix ?? ''}〔年份〕序号号），编号不再改变；建议书内容不能再修改，也不能作废。`}
          busy={issue.isPending}
          onSubmit={(v) => issue.mutateAsync({ ...key, ...(v as object) } as never)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === '送达' && (
        <StepDialog
          title={`送达：${l.mainUnitName}`}
          schema={omitKey(contract['supervision.letter.serve'].input, 'id', 'version')}
          fields={[
            { name: 'date', label: '送达日期', type: 'date', required: true },
            { name: 'receiver', label: '签收人', type: 'text', required: true, placeholder: '被监督单位签收人姓名（职务）' },
          ]}
          defaults={{ date: todayIso() }}
          okText="确认送达"
          note={`送达后开始计算整改反馈期限（${rules.data?.feedbackWorkdays ?? 30}个工作日）。抄送：${l.cc.join('、') || '无'}。`}
          busy={serve.isPending}
          onSubmit={(v) => serve.mutateAsync({ ...key, ...(v as object) } as never)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === '结项' && (
        <StepDialog
          title="建议书结项"
          schema={omitKey(contract['supervision.letter.close'].input, 'id', 'version')}
          fields={[
            { name: 'date', label: '结项日期', type: 'date', required: true },
            { name: 'comment', label: '结项意见', type: 'textarea', maxLength: 2000 },
          ]}
          defaults={{ date: todayIso(), comment: '' }}
          okText="确认结项"
          danger
          note="结项后不能再登记整改反馈、评估和回头看。"
          busy={close.isPending}
          onSubmit={(v) => close.mutateAsync({ ...key, ...(v as object) } as never)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === '回头看' && <ReviewDialog letter={l} onClose={() => setDialog(null)} />}
      {dialog === '催办' && (
        <RemindDialog letter={l} onClose={() => setDialog(null)} onPrint={setDoc} />
      )}
      {dialog && typeof dialog === 'object' && 'feedback' in dialog && <FeedbackDialog item={dialog.feedback} onClose={() => setDialog(null)} />}
      {dialog && typeof dialog === 'object' && 'evaluate' in dialog && <EvaluateDialog item={dialog.evaluate} evaluator={l.leaderName ?? ''} onClose={() => setDialog(null)} />}
      {doc && <DocumentPreview request={doc} onClose={() => setDoc(null)} />}
    </>
  );
}

function LetterFacts({ letter: l }: { letter: LetterDetail }) {
  return (
    <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
      <Descriptions.Item label="监督议题">{l.topicTitle}</Descriptions.Item>
      <Descriptions.Item label="主送单位">{l.mainUnitName}</Descriptions.Item>
      <Descriptions.Item label="监督小组">{l.groupName ? `${l.groupName}（组长${l.leaderName}）` : ''}</Descriptions.Item>
      <Descriptions.Item label="审核">{l.reviewer ? `${l.reviewer} ${cnDate(l.reviewDate)}` : ''}</Descriptions.Item>
      <Descriptions.Item label="签发">{l.issuer ? `${l.issuer} ${cnDate(l.issueDate)}` : ''}</Descriptions.Item>
      <Descriptions.Item label="发文字号">{l.docNumber ?? ''}</Descriptions.Item>
      <Descriptions.Item label="送达">{l.servedDate ? `${cnDate(l.servedDate)}，签收人${l.receiver}` : ''}</Descriptions.Item>
      <Descriptions.Item label="整改反馈期限">{cnDate(l.feedbackDue)}</Descriptions.Item>
      <Descriptions.Item label="抄送">{l.cc.join('、')}</Descriptions.Item>
      {l.closedDate && <Descriptions.Item label="结项">{`${cnDate(l.closedDate)} ${l.closeComment ?? ''}`}</Descriptions.Item>}
      {l.voidedAt && <Descriptions.Item label="作废原因">{l.voidReason}</Descriptions.Item>}
    </Descriptions>
  );
}

/** The letter as it reads, before 送达 (after 送达 the items panel shows the same text per item). */
function LetterText({ letter: l }: { letter: LetterDetail }) {
  const p = { fontSize: 16, lineHeight: 1.9, textIndent: '2em', margin: '4px 0', whiteSpace: 'pre-wrap' as const };
  return (
    <Card size="small" style={{ maxWidth: 900 }}>
      <div style={{ fontSize: 20, fontWeight: 600, textAlign: 'center', margin: '12px 0' }}>{l.title}</div>
      <div style={{ fontSize: 16 }}>{l.mainUnitName}：</div>
      {l.intro && <p style={p}>{l.intro}</p>}
      {l.items.map((i) => (
        <div key={i.id}>
          <p style={{ ...p, fontWeight: 600 }}>
            {chineseNumeral(i.seq)}、{i.title}
          </p>
          <p style={{ ...p, fontFamily: 'KaiTi, STKaiti, serif' }}>（一）存在问题</p>
          <p style={p}>{i.problem}</p>
          <p style={{ ...p, fontFamily: 'KaiTi, STKaiti, serif' }}>（二）意见建议</p>
          <p style={p}>{i.suggestion}</p>
        </div>
      ))}
      {l.closing && <p style={p}>{l.closing}</p>}
    </Card>
  );
}

function ItemsPanel({ letter: l, onFeedback, onEvaluate }: { letter: LetterDetail; onFeedback: (i: ItemRecord) => void; onEvaluate: (i: ItemRecord) => void }) {
  const columns: ColumnsType<ItemRecord> = [
    { title: '序号', dataIndex: 'seq', width: 60, align: 'center' },
    { title: '事项', dataIndex: 'title' },
    { title: '整改期限', key: 'due', width: 120, render: (_, i) => (i.round > 1 ? <Tooltip title={`第${i.round}轮整改`}>{i.feedbackDue}</Tooltip> : i.feedbackDue) },
    { title: '整改情况', key: 'state', width: 110, render: (_, i) => <ItemStateTag state={i.state} days={i.overdueDays} workdays={i.overdueWorkdays} /> },
    { title: '完成时间', key: 'completion', width: 140, render: (_, i) => (i.completionDate ? `${i.completionDate}${i.progress === '整改中' ? '（计划）' : ''}` : '') },
    { title: '评估', dataIndex: 'evaluation', width: 90, render: (v: string | null) => (v ? <Tag color={v === '不满意' ? 'red' : 'green'}>{v}</Tag> : '') },
    { title: '回头看', key: 'review', width: 110, render: (_, i) => (i.reviewResult ? <Tooltip title={cnDate(i.reviewDate)}>{i.reviewResult}</Tooltip> : '') },
    { title: '催办', key: 'reminders', width: 80, render: (_, i) => (i.reminderCount ? <Tooltip title={`最近催办：${cnDate(i.lastReminderDate)}`}>{`${i.reminderCount}次`}</Tooltip> : '') },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, i) => {
        const a = (name: string) => i.actions.find((x) => x.action === name);
        return (
          <Space size={0}>
            {a('整改反馈') && (
              <Button type="link" size="small" disabled={!a('整改反馈')!.allowed} onClick={() => onFeedback(i)} aria-label={`第${i.seq}条整改反馈`}>
                整改反馈
              </Button>
            )}
            {a('评估') && (
              <Button type="link" size="small" disabled={!a('评估')!.allowed} onClick={() => onEvaluate(i)} aria-label={`第${i.seq}条评估`}>
                评估
              </Button>
            )}
          </Space>
        );
      },
    },
  ];
  return (
    <Card size="small" title={`逐条整改（${l.items.length}条：已完成${l.counts.done}、整改中${l.counts.inProgress}、逾期${l.counts.overdue}、待反馈${l.counts.awaiting}）`}>
      <Table<ItemRecord>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={l.items}
        rowClassName={(i) => (i.state === '逾期' ? 'row-overdue' : '')}
        expandable={{ expandedRowRender: (i) => <ItemDetail letter={l} item={i} /> }}
      />
    </Card>
  );
}

function ItemDetail({ letter, item }: { letter: LetterDetail; item: ItemRecord }) {
  const feedback = letter.feedback.filter((f) => f.itemId === item.id);
  const text = { whiteSpace: 'pre-wrap' as const, lineHeight: 1.8 };
  return (
    <div style={{ maxWidth: 1000 }}>
      <p style={text}>
        <b>存在问题：</b>
        {item.problem}
      </p>
      <p style={text}>
        <b>意见建议：</b>
        {item.suggestion}
      </p>
      {feedback.map((f) => (
        <Card key={f.id} size="small" style={{ marginBottom: 8 }} title={`${cnDate(f.date)} 整改反馈（第${f.round}轮）：${f.progress}${f.completionDate ? `，${f.progress === '已完成' ? '完成时间' : '计划完成'}${cnDate(f.completionDate)}` : ''}`}>
          <p style={text}>{f.measures}</p>
          {f.evidence && <p style={text}>证明材料：{f.evidence}</p>}
          <Attachments ownerKind="feedback" ownerId={f.id} files={f.attachments} label="证明材料" editable={letter.status === '整改中'} />
        </Card>
      ))}
      {item.evaluation && (
        <p>
          <b>评估：</b>
          {item.evaluation}（{item.evaluator}，{cnDate(item.evaluationDate)}）{item.evaluationComment}
        </p>
      )}
    </div>
  );
}

/** 催办 records: when, how, who, which items and the new date; a 函件 prints its 催办函. */
function Reminders({ letter: l, onPrint }: { letter: LetterDetail; onPrint: (doc: DocumentRequest) => void }) {
  const voidIt = useApiMutation('supervision.reminder.void', { success: '催办记录已作废' });
  return (
    <Card size="small" title={`催办（${l.reminders.length}次）`} style={{ marginTop: 16 }}>
      {l.reminders.map((r) => (
        <div key={r.id} style={{ marginBottom: 8 }} data-testid="reminder">
          <b>
            {cnDate(r.date)} {r.way}催办
          </b>
          {r.docNumber && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {r.docNumber}
            </Tag>
          )}
          ：{r.items.map((i) => `第${i.seq}条（逾期${i.overdueWorkdays}个工作日）`).join('、')}，要求{cnDate(r.replyBy)}前反馈；催办人{r.person}
          {r.note ? `；${r.note}` : ''}
          {r.way === '函件' && (
            <Button type="link" size="small" icon={<FileWordOutlined />} onClick={() => onPrint(reminderDocument(l, r))}>
              打印催办函
            </Button>
          )}
          {l.status === '整改中' && (
            <VoidButton what="催办记录" name={`${cnDate(r.date)}${r.way}催办${r.docNumber ? `（${r.docNumber}，文号不再使用）` : ''}`} onConfirm={(reason) => voidIt.mutateAsync({ id: r.id, version: r.version, reason })} />
          )}
        </div>
      ))}
    </Card>
  );
}

function Reviews({ letter: l }: { letter: LetterDetail }) {
  return (
    <Card size="small" title={`回头看（${l.reviews.length}次）`} style={{ marginTop: 16 }}>
      {l.reviews.map((r) => (
        <div key={r.id} style={{ marginBottom: 12 }}>
          <b>
            {cnDate(r.date)} {r.form}
          </b>
          {r.participants && <span>，参加人员：{r.participants}</span>}
          <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{r.summary}</div>
          {r.findings.map((f) => (
            <div key={f.itemId}>
              第{f.seq}条：<Tag color={f.result === '未落实' ? 'red' : f.result === '已落实' ? 'green' : 'gold'}>{f.result}</Tag>
              {f.note}
            </div>
          ))}
        </div>
      ))}
    </Card>
  );
}

function FeedbackDialog({ item, onClose }: { item: ItemRecord; onClose: () => void }) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<File[]>([]);
  const feedback = useApiMutation('supervision.item.feedback', { success: `第${item.seq}条整改反馈已登记` });
  return (
    <StepDialog
      title={`整改反馈：第${item.seq}条 ${item.title}`}
      width={760}
      schema={omitKey(contract['supervision.item.feedback'].input, 'itemId', 'version')}
      fields={[
        { name: 'date', label: '反馈日期', type: 'date', required: true },
        { name: 'progress', label: '整改进度', type: 'select', options: enumOptions(progressValues), required: true },
        { name: 'completionDate', label: '完成时间', type: 'date', placeholder: '已完成填实际完成时间；整改中填计划完成时间' },
        { name: 'measures', label: '整改措施', type: 'textarea', required: true, maxLength: 10000 },
        { name: 'evidence', label: '证明材料', type: 'text', maxLength: 2000, placeholder: '如：会议纪要、现场照片、制度文件' },
      ]}
      defaults={{ date: todayIso(), progress: item.progress ?? undefined, measures: item.measures ?? '', completionDate: null, evidence: '' }}
      okText="登记"
      note={item.feedbackDue ? `整改反馈期限：${cnDate(item.feedbackDue)}` : undefined}
      extra={() => (
        <Form.Item label="上传证明材料（照片、扫描件）">
          <Upload multiple beforeUpload={(f) => (setFiles((l) => [...l, f]), false)} onRemove={(f) => setFiles((l) => l.filter((x) => x.name !== f.name))} fileList={files.map((f, i) => ({ uid: String(i), name: f.name }))}>
            <Button size="small">选择文件</Button>
          </Upload>
        </Form.Item>
      )}
      busy={feedback.isPending}
      onSubmit={async (v) => {
        const saved = await feedback.mutateAsync({ itemId: item.id, version: item.version, ...(v as object) } as never);
        for (const f of files) {
          try {
            await call('supervision.attachment.add', { ownerKind: 'feedback', ownerId: saved.id, fileName: f.name, mime: f.type || 'application/octet-stream', caption: '', base64: await fileToBase64(f) });
          } catch (e) {
            void message.error(`${f.name}：${(e as Error).message}`, 6);
          }
        }
        if (files.length) await queryClient.invalidateQueries();
      }}
      onClose={onClose}
    />
  );
}

function EvaluateDialog({ item, evaluator, onClose }: { item: ItemRecord; evaluator: string; onClose: () => void }) {
  const evaluate = useApiMutation('supervision.item.evaluate', { success: (i) => (i.status === '重新整改' ? `第${i.seq}条评估为不满意，已退回重新整改（期限${cnDate(i.feedbackDue)}）` : `第${i.seq}条评估已登记`) });
  return (
    <StepDialog
      title={`评估：第${item.seq}条 ${item.title}`}
      schema={omitKey(contract['supervision.item.evaluate'].input, 'itemId', 'version')}
      fields={[
        { name: 'result', label: '评估结果', type: 'select', options: enumOptions(evaluationResults), required: true },
        { name: 'date', label: '评估日期', type: 'date', required: true },
        { name: 'evaluator', label: '评估人', type: 'text', required: true },
        { name: 'comment', label: '评估意见', type: 'textarea', maxLength: 2000 },
      ]}
      defaults={{ date: todayIso(), evaluator, comment: '' }}
      okText="登记评估"
      note="评估为“不满意”的，该条退回被监督单位重新整改。"
      busy={evaluate.isPending}
      onSubmit={(v) => evaluate.mutateAsync({ itemId: item.id, version: item.version, ...(v as object) } as never)}
      onClose={onClose}
    />
  );
}

function ReviewDialog({ letter: l, onClose }: { letter: LetterDetail; onClose: () => void }) {
  const save = useApiMutation('supervision.review.save', { success: '回头看已登记' });
  const schema = omitKey(contract['supervision.review.save'].input, 'id', 'version');
  return (
    <StepDialog
      title="登记回头看"
      width={820}
      schema={schema}
      fields={[
        { name: 'date', label: '回头看日期', type: 'date', required: true },
        { name: 'form', label: '回头看形式', type: 'select', options: enumOptions(reviewForms), required: true },
        { name: 'participants', label: '参加人员', type: 'text', maxLength: 500 },
        { name: 'summary', label: '回头看情况', type: 'textarea', required: true, maxLength: 10000 },
      ]}
      defaults={{ date: todayIso(), form: '再调研', participants: '', findings: [] }}
      okText="登记"
      note="逐条记录落实情况（未回访的条目可不填）。"
      extra={(control) => <FindingsField control={control} items={l.items} />}
      busy={save.isPending}
      onSubmit={(v) => save.mutateAsync({ id: l.id, version: l.version, ...(v as object) } as never)}
      onClose={onClose}
    />
  );
}

type Finding = { itemId: number; result: string; note: string };

function FindingsField({ control, items }: { control: Control<FieldValues>; items: ItemRecord[] }) {
  return (
    <Controller
      control={control}
      name="findings"
      render={({ field, fieldState }) => {
        const list = (field.value ?? []) as Finding[];
        const set = (itemId: number, patch: Partial<Finding> | null) => {
          const rest = list.filter((f) => f.itemId !== itemId);
          const old = list.find((f) => f.itemId === itemId) ?? { itemId, result: '', note: '' };
          field.onChange(patch === null ? rest : [...rest, { ...old, ...patch }].sort((a, b) => a.itemId - b.itemId));
        };
        return (
          <Form.Item label="各条落实情况" validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error ? '请为所填条目选择落实情况' : undefined}>
            {items.map((i) => {
              const f = list.find((x) => x.itemId === i.id);
              return (
                <Space key={i.id} style={{ display: 'flex', marginBottom: 6 }}>
                  <span style={{ width: 260, display: 'inline-block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={i.title}>
                    第{i.seq}条 {i.title}
                  </span>
                  <Select
                    aria-label={`第${i.seq}条落实情况`}
                    placeholder="落实情况"
                    allowClear
                    style={{ width: 130 }}
                    options={enumOptions(reviewResults)}
                    value={f?.result || undefined}
                    onChange={(v) => set(i.id, v ? { result: v } : null)}
                  />
                  <Input aria-label={`第${i.seq}条说明`} placeholder="说明" style={{ width: 280 }} value={f?.note ?? ''} disabled={!f} onChange={(e) => set(i.id, { note: e.target.value })} />
                </Space>
              );
            })}
          </Form.Item>
        );
      }}
    />
  );
}
