import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AvailableActionRecord, EventRecord, ProposalRecord } from '../../../../shared/contract/proposals';
import { formatChineseDate } from '../../../../shared/domain/chineseDate';
import { beforeReviewStatuses, isFiledStatus, replyClassMeanings, type ProposalStatus } from '../../../../shared/domain/proposal/status';
import { useApiQuery } from '../../lib/query';
import { AssignDialog, CosignDialog, ExcellentDialog, FollowUpDialog, KeyDialog, ReplyDialog, StepDialog, SuperviseDialog, unitSteps } from './ActionDialogs';
import { StatusTag } from './common';
import { ProposalForm } from './ProposalForm';
import { DetailDocuments } from './ProposalDocuments';

type Dialog =
  | { kind: 'step'; action: AvailableActionRecord; unitId?: number }
  | { kind: 'assign' | 'reply' | 'key' | 'supervise' | 'followUp' | 'excellent' | 'cosign' | 'edit' };

const cn = (d: string | null | undefined) => (d ? formatChineseDate(d) : '');
const handling: ProposalStatus[] = ['已交办', '已签收', '答复退回', '不满意重办', '已答复'];

/** One proposal: its text, the units and answers, the allowed next steps as buttons, and the timeline. */
export function ProposalDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useApiQuery('proposal.get', { id: Number(id) });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const p = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!p) return null;

  const close = () => setDialog(null);
  // a unit step that no unit can take now (all signed, no 申退 waiting) is left out rather than shown disabled
  const machineButtons = p.actions.filter((a) => a.action !== '催办' && !(unitSteps.has(a.action) && !a.allowed));
  const unitAction = (name: string) => p.actions.find((a) => a.action === name && a.allowed);
  const status = p.status;
  const extra: { key: string; label: string; onClick: () => void; show: boolean }[] = [
    { key: 'edit', label: '修改', onClick: () => setDialog({ kind: 'edit' }), show: beforeReviewStatuses.includes(status) && !p.voidedAt },
    { key: 'cosign', label: '附议确认', onClick: () => setDialog({ kind: 'cosign' }), show: p.kind === '委员联名' && beforeReviewStatuses.includes(status) && p.cosigners.length > 0 },
    { key: 'coReply', label: p.mode === '分办' ? '分办单位答复' : '协办意见', onClick: () => setDialog({ kind: 'reply' }), show: handling.includes(status) && p.units.some((u) => u.active && u.role === '协办') },
    { key: 'key', label: p.isKey ? '修改督办领导' : '设为重点提案', onClick: () => setDialog({ kind: 'key' }), show: isFiledStatus(status) },
    { key: 'supervise', label: '登记督办', onClick: () => setDialog({ kind: 'supervise' }), show: p.isKey && isFiledStatus(status) },
    { key: 'followUp', label: '回头看', onClick: () => setDialog({ kind: 'followUp' }), show: p.replyClass === 'B' && !!p.answeredDate },
    { key: 'excellent', label: p.isExcellent ? '取消优秀提案' : '评为优秀提案', onClick: () => setDialog({ kind: 'excellent' }), show: isFiledStatus(status) },
  ];
  const remind = p.actions.find((a) => a.action === '催办');

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/proposals/list')}>
          返回列表
        </Button>
      </Space>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {p.number && <span style={{ marginRight: 12 }}>{p.number}</span>}
        {p.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag status={p.status} />
        {p.isKey && <Tag color="red">重点提案 · {p.keyLeader}督办</Tag>}
        {p.isExcellent && <Tag color="gold">优秀提案{p.excellentNote ? ` · ${p.excellentNote}` : ''}</Tag>}
        {p.overdue && <Tag color="red">已逾期</Tag>}
        {p.unsignedUnits.length > 0 && <Tag color={p.signOverdue ? 'red' : 'orange'}>{p.signOverdue ? '逾期未签收' : '待签收'}：{p.unsignedUnits.join('、')}</Tag>}
        {p.round > 1 && <Tag color="orange">第{p.round}轮办理</Tag>}
        {p.convertedTo && <Tag>已转为{p.convertedTo}</Tag>}
        {p.imported && <Tag>历史数据</Tag>}
        {p.voidedAt && <Tag>已作废：{p.voidReason}</Tag>}
      </Space>
      <div className="page-toolbar" aria-label="可执行的操作">
        {machineButtons.map((a) => (
          <Tooltip key={a.action} title={a.allowed ? a.description : a.reason}>
            <Button type={primary(a.action) ? 'primary' : 'default'} danger={a.action === '作废' || a.action === '不予立案'} disabled={!a.allowed} onClick={() => setDialog(a.action === '交办' ? { kind: 'assign' } : a.action === '答复' ? { kind: 'reply' } : { kind: 'step', action: a })}>
              {a.action}
            </Button>
          </Tooltip>
        ))}
        {remind && (
          <Button danger={p.overdue} onClick={() => setDialog({ kind: 'step', action: remind })}>
            催办
          </Button>
        )}
        {extra
          .filter((e) => e.show)
          .map((e) => (
            <Button key={e.key} onClick={e.onClick}>
              {e.label}
            </Button>
          ))}
        <span className="spacer" />
        <DetailDocuments proposal={p} />
      </div>
      {machineButtons.length === 0 && !remind && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`当前状态为“${p.status}”，办理流程已结束。`} />}

      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)', gap: 16 }}>
        <div>
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="届次/会次">
              {p.termName}
              {p.sessionName}
            </Descriptions.Item>
            <Descriptions.Item label="提案类别">{p.categoryName}</Descriptions.Item>
            <Descriptions.Item label="提案者类型">{p.kind}</Descriptions.Item>
            <Descriptions.Item label={p.kind === '委员联名' ? '领衔委员' : '提案者'}>{p.proposerName}</Descriptions.Item>
            {p.kind === '委员联名' && (
              <Descriptions.Item label="附议委员" span={2}>
                <Space wrap>
                  {p.cosigners.map((c) => (
                    <Tag key={c.id} color={c.state === '已确认' ? 'green' : c.state === '已拒绝' ? 'red' : 'default'}>
                      {c.name}（{c.state}）
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
            <Descriptions.Item label="界别">{p.sectorName}</Descriptions.Item>
            <Descriptions.Item label="党派">{p.partyName}</Descriptions.Item>
            <Descriptions.Item label="联系人">{[p.contactName, p.contactPhone].filter(Boolean).join(' ')}</Descriptions.Item>
            <Descriptions.Item label="是否同意公开">{p.isPublic ? '同意' : '不同意'}</Descriptions.Item>
            <Descriptions.Item label="建议承办单位" span={2}>
              {p.suggestedUnits}
            </Descriptions.Item>
            <Descriptions.Item label="提交日期">{cn(p.submittedDate)}</Descriptions.Item>
            <Descriptions.Item label="立案日期">{cn(p.filedDate)}</Descriptions.Item>
            {p.rejectReason && (
              <Descriptions.Item label="不予立案理由" span={2}>
                {p.rejectReason}
              </Descriptions.Item>
            )}
            {p.mergedInto && (
              <Descriptions.Item label="并入" span={2}>
                <Link to={`/proposals/list/${p.mergedInto.id}`}>
                  {p.mergedInto.number} {p.mergedInto.title}
                </Link>
              </Descriptions.Item>
            )}
            {p.merged.length > 0 && (
              <Descriptions.Item label="并入本案的提案" span={2}>
                {p.merged.map((m) => (
                  <div key={m.id}>
                    <Link to={`/proposals/list/${m.id}`}>{m.title}</Link>（{m.proposerText}）
                  </div>
                ))}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Card size="small" title="提案内容" style={{ marginBottom: 16 }}>
            <Part title="背景" text={p.background} />
            <Part title="存在问题" text={p.problems} />
            <Part title="具体建议" text={p.suggestions} />
          </Card>
          {(p.units.length > 0 || p.assignedDate) && (
            <Card size="small" title={`承办单位${p.mode ? `（${p.mode}）` : ''}`} style={{ marginBottom: 16 }}>
              <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
                <Descriptions.Item label="交办日期">{cn(p.assignedDate)}</Descriptions.Item>
                <Descriptions.Item label="办理期限">
                  <Typography.Text type={p.overdue ? 'danger' : undefined}>{cn(p.dueDate)}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="签收截止">{cn(p.signDeadline)}</Descriptions.Item>
                {p.coDueDate && <Descriptions.Item label="会办答复主办">{cn(p.coDueDate)}前</Descriptions.Item>}
                {p.followUpDate && <Descriptions.Item label="回头看">{cn(p.followUpDate)}{p.followUpDoneDate ? '（已完成）' : ''}</Descriptions.Item>}
              </Descriptions>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={p.units}
                aria-label="承办单位签收情况"
                columns={[
                  {
                    title: '单位',
                    dataIndex: 'unitName',
                    render: (n: string, u) => (
                      <>
                        <div>{n}</div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {[u.contact, u.phone].filter(Boolean).join(' ')}
                        </Typography.Text>
                      </>
                    ),
                  },
                  { title: '承办', dataIndex: 'role', width: 56 },
                  { title: '签收期限', dataIndex: 'signDeadline', width: 100, render: (d: string | null, u) => <Typography.Text type={u.signOverdue ? 'danger' : undefined}>{d ?? ''}</Typography.Text> },
                  { title: '签收', width: 110, render: (_, u) => (u.signedDate ? `${u.signedDate}${u.signedBy ? ` ${u.signedBy}` : ''}` : '') },
                  { title: '状态', width: 140, render: (_, u) => <UnitStateTag unit={u} /> },
                  {
                    title: '操作',
                    width: 110,
                    render: (_, u) => {
                      const steps = !u.active ? [] : u.state === '待签收' ? ['签收', '申退'] : u.state === '申退中' ? ['同意申退', '驳回申退'] : [];
                      return steps
                        .map((name) => unitAction(name))
                        .filter((a): a is AvailableActionRecord => !!a)
                        .map((a) => (
                          <Button key={a.action} type="link" size="small" danger={a.action === '申退'} aria-label={`${u.unitName}${a.action}`} onClick={() => setDialog({ kind: 'step', action: a, unitId: u.unitId })}>
                            {a.action}
                          </Button>
                        ));
                    },
                  },
                ]}
              />
            </Card>
          )}
          {p.replies.length > 0 && (
            <Card size="small" title="办理答复" style={{ marginBottom: 16 }}>
              {p.replies.map((r) => (
                <div key={r.id} style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 0' }}>
                  <Space wrap>
                    <Typography.Text strong>{r.unitName}</Typography.Text>
                    <Tag>{r.role === '主办' ? '主办答复' : p.mode === '分办' ? '分办答复' : '协办意见'}</Tag>
                    {r.replyClass && <Tag color="blue" title={replyClassMeanings[r.replyClass]}>{r.replyClass}类</Tag>}
                    <Tag>第{r.round}轮</Tag>
                    <Tag color={r.review === '已通过' ? 'green' : r.review === '已退回' ? 'red' : r.review === '待审核' ? 'gold' : 'default'}>{r.review}</Tag>
                    <span>{cn(r.replyDate)}</span>
                    {r.signer && <span>签发人：{r.signer}</span>}
                    {r.contactName && <span>联系人：{[r.contactName, r.contactPhone].filter(Boolean).join(' ')}</span>}
                  </Space>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0 0' }}>{r.content}</Typography.Paragraph>
                  {r.reviewComment && <Typography.Paragraph type="secondary">审核意见：{r.reviewComment}</Typography.Paragraph>}
                </div>
              ))}
            </Card>
          )}
          {p.followups.length > 0 && (
            <Card size="small" title="督办、催办与回头看" style={{ marginBottom: 16 }}>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={p.followups}
                columns={[
                  { title: '类型', dataIndex: 'kind', width: 70 },
                  { title: '日期', dataIndex: 'date', width: 110 },
                  { title: '人员', dataIndex: 'person', width: 120 },
                  { title: '方式', dataIndex: 'method', width: 110 },
                  { title: '情况', dataIndex: 'content' },
                ]}
              />
            </Card>
          )}
        </div>
        <Card size="small" title="办理过程" aria-label="办理过程">
          {p.events.length ? <Timeline items={p.events.map((e) => ({ color: eventColor(e), content: <EventLine e={e} /> }))} /> : <Empty />}
        </Card>
      </div>

      {dialog?.kind === 'step' && <StepDialog proposal={p} action={dialog.action} unitId={dialog.unitId} onClose={close} />}
      {dialog?.kind === 'assign' && <AssignDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'reply' && <ReplyDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'key' && <KeyDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'supervise' && <SuperviseDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'followUp' && <FollowUpDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'excellent' && <ExcellentDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'cosign' && <CosignDialog proposal={p} onClose={close} />}
      {dialog?.kind === 'edit' && <ProposalForm proposal={p} onClose={close} />}
    </>
  );
}

const primary = (a: string) => ['提交', '预审通过', '立案', '交办', '签收', '答复', '答复审核通过', '征询意见', '办结', '归档'].includes(a);

function Part({ title, text }: { title: string; text: string }): ReactNode {
  if (!text) return null;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>
    </>
  );
}

function eventColor(e: EventRecord) {
  if (/退回|不予|不满意|作废|申退|催办/.test(e.action)) return '#cf1322';
  if (/办结|归档|审核通过|满意/.test(e.action)) return '#389e0d';
  return '#1677ff';
}

/** 待签收 (red once past the deadline), 已签收, 申退中 with the reason, 已退回. */
function UnitStateTag({ unit: u }: { unit: ProposalRecord['units'][number] }) {
  switch (u.state) {
    case '已退回':
      return <Tag style={{ whiteSpace: 'normal' }}>已退回{u.returnReason ? `（${u.returnReason}）` : ''}</Tag>;
    case '申退中':
      return <Tag color="orange" style={{ whiteSpace: 'normal' }}>申退中：{u.returnReason}</Tag>;
    case '已签收':
      return <Tag color="green">已签收</Tag>;
    default:
      return <Tag color={u.signOverdue ? 'red' : 'default'}>{u.signOverdue ? '逾期未签收' : '待签收'}</Tag>;
  }
}

const detailLabels: Record<string, string> = { signer: '签收人', replacement: '改交', unit: '单位', mode: '交办方式', mainUnit: '主办', coUnits: '协办', dueDate: '办理期限', replyClass: '答复类别', reason: '原因', result: '征询意见', leader: '督办领导', from: '原期限', to: '新期限', method: '方式' };

function EventLine({ e }: { e: EventRecord }) {
  const detail = Object.entries(e.detail ?? {})
    .filter(([k, v]) => detailLabels[k] && v !== null && v !== '' && !(Array.isArray(v) && !v.length) && !(k === 'reason' && e.comment.includes(String(v))))
    .map(([k, v]) => `${detailLabels[k]}：${Array.isArray(v) ? v.join('、') : String(v)}`);
  return (
    <div>
      <Space size={6} wrap>
        <Typography.Text strong>{e.action}</Typography.Text>
        {e.toStatus && e.toStatus !== e.fromStatus && <Tag>{e.toStatus}</Tag>}
      </Space>
      <div style={{ color: '#666', fontSize: 12 }}>
        {formatChineseDate(e.date)} · {e.actor}
        <span> · 录入于{dayjs(e.at).format('YYYY-MM-DD HH:mm')}</span>
      </div>
      {detail.length > 0 && <div style={{ fontSize: 13 }}>{detail.join('；')}</div>}
      {e.comment && <div style={{ fontSize: 13 }}>{e.comment}</div>}
    </div>
  );
}
