import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Spin, Table, Tabs, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AvailableActionOut } from '../../../../shared/contract/opinions';
import { isPrinted, levelLabels, type OpinionLevel } from '../../../../shared/domain/opinion/status';
import { DiffView } from '../../components/DiffView';
import { PageTitle } from '../../components/PageTitle';
import { VoidButton } from '../../components/VoidButton';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { LevelTags, StatusTag } from './common';
import { AdoptionDialog, EditDialog, FeedbackDialog, InstructionDialog, SendUpDialog, StepDialog, TransferDialog } from './dialogs';
import { OpinionForm } from './OpinionForm';
import { useSaveOpinion } from './OpinionListPage';

type Dialog = { kind: 'step'; action: AvailableActionOut } | { kind: '编辑' | '报送上级' | '转办' | '反馈' | '采用' | '批示' | '修改' };

/** The 不予立案 proposal the report came from, with a link to it (提案号 and 案由 when the proposal is found). */
function SourceProposal({ id }: { id: number }) {
  const q = useApiQuery('proposal.get', { id }, { retry: false });
  const label = q.data ? `${q.data.number ?? ''} ${q.data.title}`.trim() : `提案 #${id}`;
  return (
    <Link to={`/proposals/list/${id}`}>
      <Tag color="purple">不予立案转来</Tag>
      {label}
    </Link>
  );
}

const Paragraphs = ({ text }: { text: string }) => (
  <div className="diff-cell" style={{ padding: 0 }}>
    {text}
  </div>
);

const RestoreButton = ({ onClick }: { onClick: () => void }) => (
  <Button type="link" size="small" onClick={onClick}>
    恢复
  </Button>
);

type Entry = { id: number; version: number; voidedAt: string | null; voidReason: string | null };
type EntryMutations = {
  void: { mutateAsync: (input: { id: number; version: number; reason: string }) => Promise<unknown> };
  restore: { mutate: (input: { id: number; version: number }) => void };
};

/** One 报送上级 / 转办 / 反馈 line: 作废 with a reason; a voided one is grey, struck through, with its reason and 恢复. */
function RoutingLine({ entry, tag, what, name, mutations, children }: { entry: Entry; tag: ReactNode; what: string; name: string; mutations: EntryMutations; children: ReactNode }) {
  const voided = !!entry.voidedAt;
  return (
    <div className="routing-line" data-voided={voided || undefined} style={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: 4 }}>
      {voided ? <Tag>已作废</Tag> : tag}
      <span className="routing-text" style={voided ? { color: '#999', textDecoration: 'line-through' } : undefined}>
        {children}
      </span>
      {voided && <Typography.Text type="secondary">（作废原因：{entry.voidReason}）</Typography.Text>}
      {voided ? <RestoreButton onClick={() => mutations.restore.mutate({ id: entry.id, version: entry.version })} /> : <VoidButton what={what} name={name} onConfirm={(reason) => mutations.void.mutateAsync({ id: entry.id, version: entry.version, reason })} />}
    </div>
  );
}

export function OpinionDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useApiQuery('opinion.get', { id: Number(id) });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { save, saving } = useSaveOpinion();
  const voidAdoption = useApiMutation('opinion.voidAdoption', { success: '采用记录已作废' });
  const voidInstruction = useApiMutation('opinion.voidInstruction', { success: '批示记录已作废' });
  const restoreAdoption = useApiMutation('opinion.restoreAdoption', { success: '采用记录已恢复' });
  const restoreInstruction = useApiMutation('opinion.restoreInstruction', { success: '批示记录已恢复' });
  const routing = {
    sendUp: { void: useApiMutation('opinion.voidSendUp', { success: '报送上级记录已作废，不再计入报送上级统计' }), restore: useApiMutation('opinion.restoreSendUp', { success: '报送上级记录已恢复' }) },
    transfer: { void: useApiMutation('opinion.voidTransfer', { success: '转办记录已作废' }), restore: useApiMutation('opinion.restoreTransfer', { success: '转办记录已恢复' }) },
    feedback: { void: useApiMutation('opinion.voidFeedback', { success: '反馈记录已作废' }), restore: useApiMutation('opinion.restoreFeedback', { success: '反馈记录已恢复' }) },
  };
  if (q.isError) return <Alert type="error" showIcon title={q.error.message} />;
  const r = q.data;
  if (!r) return <Spin />;
  const close = () => setDialog(null);
  const printed = isPrinted(r.status);

  const actionButton = (a: AvailableActionOut) => {
    const open = () => setDialog(['编辑', '报送上级', '转办', '反馈'].includes(a.action) ? { kind: a.action as '编辑' } : { kind: 'step', action: a });
    const label = a.action === '编辑' && r.editedText ? '修改编辑稿' : a.action === '反馈' ? '登记反馈' : a.action;
    const button = (
      <Button key={a.action} type={['采用', '报送', '编辑'].includes(a.action) ? 'primary' : 'default'} danger={a.action === '作废'} disabled={!a.allowed} onClick={open}>
        {label}
      </Button>
    );
    return a.allowed ? button : <Tooltip key={a.action} title={a.reason}>{button}</Tooltip>;
  };

  return (
    <>
      <PageTitle
        title={r.editedTitle || r.title}
        extra={
          <Space wrap>
            <Button onClick={() => navigate('/opinions/reports')}>返回列表</Button>
            {r.status === '已保存' && !r.voidedAt && <Button onClick={() => setDialog({ kind: '修改' })}>修改</Button>}
            {r.actions.map(actionButton)}
            {printed && r.sentLevels.length > 0 && <Button onClick={() => setDialog({ kind: '采用' })}>登记采用</Button>}
            {printed && <Button onClick={() => setDialog({ kind: '批示' })}>登记批示</Button>}
          </Space>
        }
      />
      {r.voidedAt && <Alert type="warning" showIcon title={`已作废：${r.voidReason ?? ''}`} style={{ marginBottom: 12 }} />}
      {r.status === '不采用' && <Alert type="info" showIcon title={`不采用理由：${r.decisionReason ?? ''}`} style={{ marginBottom: 12 }} />}
      {r.status === '已保存' && r.decisionReason && <Alert type="warning" showIcon title={`已退回：${r.decisionReason}`} style={{ marginBottom: 12 }} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label="状态">
            <StatusTag status={r.status} />
          </Descriptions.Item>
          <Descriptions.Item label="收稿编号">{r.receiveLabel || '（报送后编号）'}</Descriptions.Item>
          <Descriptions.Item label="报送者">
            {r.authorLabel}（{r.authorKind}）
          </Descriptions.Item>
          <Descriptions.Item label="报送日期">{r.submittedAt ?? ''}</Descriptions.Item>
          <Descriptions.Item label="重点选题">{r.topicTitle ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="字数">
            原稿 {r.chars} 字{r.editedChars !== null ? `，编辑稿 ${r.editedChars} 字` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="期次">{r.issueLabel ? <Link to={`/opinions/issues/${r.issueId}`}>{r.issueLabel}</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label="印发日期">{r.printedAt ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="采用">{r.adoptedLevels.length ? <LevelTags levels={r.adoptedLevels} /> : '—'}</Descriptions.Item>
          <Descriptions.Item label="报送上级">{r.sentLevels.length ? <LevelTags levels={r.sentLevels} /> : '—'}</Descriptions.Item>
          <Descriptions.Item label="批示">{r.instructionCount ? `${r.instructionCount}次（最高${levelLabels[r.topInstruction as OpinionLevel]}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label="编辑 / 审核 / 签发">{[r.editor, r.auditor, r.signer].map((x) => x ?? '—').join(' / ')}</Descriptions.Item>
          {r.sourceProposalId && (
            <Descriptions.Item label="来源提案" span={2}>
              <SourceProposal id={r.sourceProposalId} />
            </Descriptions.Item>
          )}
          {r.attachments.length > 0 && <Descriptions.Item label="附件">{r.attachments.join('、')}</Descriptions.Item>}
          {r.note && <Descriptions.Item label="备注">{r.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={12}>
        <Col span={16}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Tabs
              key={r.editedAt ?? 'original'}
              defaultActiveKey={r.editedText ? 'diff' : 'original'}
              items={[
                { key: 'original', label: '原稿', children: <Paragraphs text={r.content} /> },
                { key: 'edited', label: '编辑稿', disabled: !r.editedText, children: r.editedText ? <Paragraphs text={r.editedText} /> : null },
                { key: 'diff', label: '原稿与编辑稿对照', disabled: !r.editedText, children: r.editedText ? <DiffView original={r.content} edited={r.editedText} /> : null },
              ]}
            />
          </Card>
          <Card size="small" title="采用与批示" style={{ marginBottom: 12 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              locale={{ emptyText: '暂无采用记录' }}
              dataSource={r.adoptions}
              rowClassName={(a) => (a.voidedAt ? 'row-voided' : '')}
              columns={[
                { title: '采用级别', dataIndex: 'level', width: 90, render: (l: OpinionLevel, a) => (a.voidedAt ? <Tag>已作废</Tag> : <LevelTags levels={[l]} />) },
                { title: '日期', dataIndex: 'date', width: 110 },
                { title: '载体', dataIndex: 'channel' },
                {
                  title: '',
                  key: 'op',
                  width: 70,
                  render: (_, a) =>
                    a.level === '县' ? null : a.voidedAt ? (
                      <RestoreButton onClick={() => restoreAdoption.mutate({ id: a.id, version: a.version })} />
                    ) : (
                      <VoidButton what="采用记录" name={`${levelLabels[a.level]}采用`} onConfirm={(reason) => voidAdoption.mutateAsync({ id: a.id, version: a.version, reason })} />
                    ),
                },
              ]}
            />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              style={{ marginTop: 12 }}
              locale={{ emptyText: '暂无批示' }}
              dataSource={r.instructions}
              rowClassName={(x) => (x.voidedAt ? 'row-voided' : '')}
              columns={[
                { title: '批示级别', dataIndex: 'level', width: 90, render: (l: OpinionLevel, x) => (x.voidedAt ? <Tag>已作废</Tag> : <Tag color="red">{levelLabels[l]}</Tag>) },
                { title: '领导', key: 'leader', width: 160, render: (_, x) => `${x.leaderTitle}${x.leader}` },
                { title: '日期', dataIndex: 'date', width: 110 },
                { title: '批示内容', dataIndex: 'text' },
                {
                  title: '',
                  key: 'op',
                  width: 70,
                  render: (_, x) =>
                    x.voidedAt ? (
                      <RestoreButton onClick={() => restoreInstruction.mutate({ id: x.id, version: x.version })} />
                    ) : (
                      <VoidButton what="批示记录" name={`${x.leader}批示`} onConfirm={(reason) => voidInstruction.mutateAsync({ id: x.id, version: x.version, reason })} />
                    ),
                },
              ]}
            />
          </Card>
          <Card size="small" title="报送上级、转办与反馈">
            {r.sendUps.length + r.transfers.length + r.feedbacks.length === 0 ? (
              <Empty description="尚未报送上级或转办" />
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                {r.sendUps.map((s) => (
                  <RoutingLine key={`s${s.id}`} entry={s} tag={<Tag color="cyan">报送{levelLabels[s.level]}</Tag>} what="报送上级记录" name={`报送${s.target}`} mutations={routing.sendUp}>
                    {s.date} 报送{s.target}
                    {s.note ? `（${s.note}）` : ''}
                  </RoutingLine>
                ))}
                {r.transfers.map((t) => (
                  <RoutingLine key={`t${t.id}`} entry={t} tag={<Tag color="orange">转办</Tag>} what="转办记录" name={`转${t.unitName}`} mutations={routing.transfer}>
                    {t.date} 转{t.unitName}：{t.requirement}
                  </RoutingLine>
                ))}
                {r.feedbacks.map((f) => (
                  <RoutingLine key={`f${f.id}`} entry={f} tag={<Tag color="green">反馈</Tag>} what="反馈记录" name={`${f.source}反馈`} mutations={routing.feedback}>
                    {f.date} {f.source}：{f.content}
                  </RoutingLine>
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title="流转记录">
            <Timeline
              items={r.history.map((h) => ({
                children: (
                  <>
                    <Typography.Text>{h.summary}</Typography.Text>
                    <div style={{ fontSize: 12, color: '#888' }}>
                      {h.at.replace('T', ' ').slice(0, 16)} · {h.actor}
                    </div>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {dialog?.kind === 'step' && <StepDialog report={r} action={dialog.action} onClose={close} />}
      {dialog?.kind === '编辑' && <EditDialog report={r} onClose={close} />}
      {dialog?.kind === '报送上级' && <SendUpDialog report={r} onClose={close} />}
      {dialog?.kind === '转办' && <TransferDialog report={r} onClose={close} />}
      {dialog?.kind === '反馈' && <FeedbackDialog report={r} onClose={close} />}
      {dialog?.kind === '采用' && <AdoptionDialog report={r} onClose={close} />}
      {dialog?.kind === '批示' && <InstructionDialog report={r} onClose={close} />}
      {dialog?.kind === '修改' && (
        <OpinionForm
          report={r}
          saving={saving}
          onCancel={close}
          onSave={async (v, submit) => {
            await save(v, submit, r);
            close();
          }}
        />
      )}
    </>
  );
}

