import { Alert, Button, Card, Descriptions, Form, InputNumber, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useWatch, type Control, type FieldValues } from 'react-hook-form';
import { proofInput, reviewInput, type ArticleRecord, type ProofRecord, type ReviewRecord } from '../../../../shared/contract/history';
import { errorRate, formatRate, targetLabel } from '../../../../shared/domain/history/errorRate';
import type { ArticleAction } from '../../../../shared/domain/history/machine';
import { articleEditable, reviewDecisions, type ProofRound, type ReviewStage } from '../../../../shared/domain/history/status';
import { findHits, splitQuery } from '../../../../shared/domain/history/textSearch';
import { VoidButton } from '../../components/VoidButton';
import { enumOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { StepDialog } from '../supervision/common';
import { ArticleForm } from './ArticleForm';
import { RejectDialog } from './ArticlesTab';
import { ArticleStatusTag, RateTag, cnDate, todayIso, useHistoryNav, volumeText } from './common';
import { Photos } from './photos';
import { FormsButtons } from './forms';

/** One article: its facts, text (opened at a search hit when coming from 文史检索), photos, 选稿/三审/三校 records and the next steps. */
export function ArticlePage({ id, at, query, back }: { id: number; at?: number; query: string; back: string }) {
  const q = useApiQuery('history.article.get', { id });
  const nav = useHistoryNav();
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<ArticleAction | null>(null);
  const select = useApiMutation('history.article.select', { success: (a) => `《${a.title}》：${a.status}` });
  const reconsider = useApiMutation('history.article.reconsider', { success: '已撤销“不用”，重新选稿' });
  const resubmit = useApiMutation('history.article.resubmit', { success: '已送初审' });
  const voidIt = useApiMutation('history.article.void', { success: '稿件已作废' });
  const restore = useApiMutation('history.article.restore', { success: '稿件已恢复' });
  const a = q.data;
  if (!a) return <Card loading />;
  const editable = articleEditable(a);
  const goBack = () => (back === 'search' ? window.history.back() : nav({ tab: back }));

  function act(action: ArticleAction) {
    if (!a) return;
    if (action === '采用' || action === '待用') select.mutate({ id: a.id, version: a.version, decision: action, date: todayIso() });
    else if (action === '重新选稿') reconsider.mutate({ id: a.id, version: a.version });
    else if (action === '修改后重审') resubmit.mutate({ id: a.id, version: a.version });
    else setStep(action);
  }

  return (
    <>
      <div className="page-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={goBack}>
          返回
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          《{a.title}》
        </Typography.Title>
        {a.voidedAt ? <Tag>已作废：{a.voidReason}</Tag> : <ArticleStatusTag status={a.status} />}
        <span className="spacer" />
        {a.actions.map((action) => (
          <Button key={action} type={['采用', '初审', '复审', '终审', '一校', '二校', '三校'].includes(action) ? 'primary' : 'default'} danger={action === '不用'} onClick={() => act(action)}>
            {action === '初审' || action === '复审' || action === '终审' ? `登记${action}` : action === '一校' || action === '二校' || action === '三校' ? `登记${action}` : action}
          </Button>
        ))}
        {!a.imported && <FormsButtons article={a} />}
        {editable && <Button onClick={() => setEditing(true)}>修改</Button>}
        {a.voidedAt ? (
          <Button onClick={() => restore.mutate({ id: a.id, version: a.version })}>恢复</Button>
        ) : (
          a.status !== '已刊用' && <VoidButton what="稿件" name={a.title} onConfirm={(reason) => voidIt.mutateAsync({ id: a.id, version: a.version, reason })} />
        )}
      </div>
      {a.lengthAdvice && !a.voidedAt && <Alert type="warning" showIcon title={a.lengthAdvice} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="作者">
          <span data-testid="article-author">
            {a.author}
            {a.authorMember ? (
              <Tag color="blue" style={{ marginInlineStart: 6 }}>
                委员 · {a.authorMember.sectorName} · {a.authorMember.termName}
                {a.authorMember.status === '在任' ? '' : ' · 已离任'}
              </Tag>
            ) : (
              !a.imported && <Tag style={{ marginInlineStart: 6 }}>非委员</Tag>
            )}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="作者当时身份">{a.authorThen}</Descriptions.Item>
        <Descriptions.Item label="作者现在身份">{a.authorNow}</Descriptions.Item>
        <Descriptions.Item label="整理人">{a.recorder}</Descriptions.Item>
        <Descriptions.Item label="三亲类型">{a.sanqin}</Descriptions.Item>
        <Descriptions.Item label="字数">
          <span data-testid="article-word-count">{a.wordCount}</span>
        </Descriptions.Item>
        <Descriptions.Item label="收稿日期">{cnDate(a.receivedDate)}</Descriptions.Item>
        <Descriptions.Item label="稿件来源">{a.source}</Descriptions.Item>
        <Descriptions.Item label="授权情况">
          {a.permission}
          {a.permissionNote ? `（${a.permissionNote}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="征稿">{a.callTopic ?? ''}</Descriptions.Item>
        <Descriptions.Item label="编入">
          {a.volumeId ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => nav({ volume: a.volumeId! })}>
              {volumeText(a)}
              {a.sectionTitle ? ` · ${a.sectionTitle}` : ''}
            </Button>
          ) : (
            ''
          )}
        </Descriptions.Item>
        <Descriptions.Item label="差错率">
          {a.quality.rate === null ? '未校对' : <RateTag rate={a.quality.rate} neutral={!a.quality.complete} />}
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        defaultActiveKey="body"
        items={[
          { key: 'body', label: '正文', children: <ArticleBody body={a.body} at={at} query={query} /> },
          { key: 'photos', label: `图片（${a.photos.length}）`, children: <Photos articleId={a.id} photos={a.photos} editable={editable} /> },
          { key: 'reviews', label: `选稿与三审（${a.selections.length + a.reviews.length}）`, children: <ReviewRecords article={a} /> },
          { key: 'proofs', label: `三校（${a.proofs.length}）`, children: <ProofRecords article={a} /> },
        ]}
      />
      {editing && <ArticleForm article={a} onClose={() => setEditing(false)} />}
      {step === '不用' && <RejectDialog article={a} onClose={() => setStep(null)} />}
      {(step === '初审' || step === '复审' || step === '终审') && <ReviewDialog article={a} stage={step} onClose={() => setStep(null)} />}
      {(step === '一校' || step === '二校' || step === '三校') && <ProofDialog article={a} round={step} onClose={() => setStep(null)} />}
    </>
  );
}

/** The text with every hit of the search terms marked; the hit at `at` is scrolled into view. */
function ArticleBody({ body, at, query }: { body: string; at?: number; query: string }) {
  const current = useRef<HTMLElement>(null);
  const parts = useMemo(() => {
    const terms = splitQuery(query);
    if (!terms.length) return [{ text: body, hit: false, start: 0 }];
    const out: { text: string; hit: boolean; start: number }[] = [];
    let pos = 0;
    for (const h of findHits(body, terms)) {
      if (h.start > pos) out.push({ text: body.slice(pos, h.start), hit: false, start: pos });
      out.push({ text: body.slice(h.start, h.end), hit: true, start: h.start });
      pos = h.end;
    }
    if (pos < body.length) out.push({ text: body.slice(pos), hit: false, start: pos });
    return out;
  }, [body, query]);
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'center' });
  }, [parts, at]);
  const hits = parts.filter((p) => p.hit).length;
  return (
    <Card size="small" title={query ? `检索“${query}”：本文命中${hits}处` : undefined}>
      <div className="history-body" data-testid="article-body">
        {body
          ? parts.map((p) =>
              p.hit ? (
                <mark key={p.start} ref={p.start === at ? current : undefined} className={p.start === at ? 'hit-current' : undefined}>
                  {p.text}
                </mark>
              ) : (
                <span key={p.start}>{p.text}</span>
              ),
            )
          : '（正文未录入）'}
      </div>
    </Card>
  );
}

function ReviewRecords({ article }: { article: ArticleRecord }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        title={() => '选稿'}
        dataSource={article.selections}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '选稿意见', dataIndex: 'decision', width: 90 },
          { title: '原因', dataIndex: 'reason' },
          { title: '选稿人', dataIndex: 'decidedBy', width: 100 },
        ]}
      />
      <Table<ReviewRecord>
        size="small"
        rowKey="id"
        pagination={false}
        title={() => '三审'}
        dataSource={article.reviews}
        columns={[
          { title: '轮次', dataIndex: 'round', width: 60, render: (r: number) => `第${r}轮` },
          { title: '审次', dataIndex: 'stage', width: 70 },
          { title: '审稿人', dataIndex: 'reviewer', width: 100 },
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '审稿意见', dataIndex: 'opinion' },
          { title: '结论', dataIndex: 'decision', width: 80, render: (d: string) => <Tag color={d === '通过' ? 'green' : d === '退改' ? 'orange' : 'red'}>{d}</Tag> },
        ]}
      />
    </Space>
  );
}

function ProofRecords({ article }: { article: ArticleRecord }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={article.quality.rate === null ? 'info' : article.quality.meetsTarget ? 'success' : 'error'}
        showIcon
        title={
          article.quality.rate === null ? (
            `差错率目标${targetLabel}。尚未登记校对。`
          ) : (
            <span data-testid="quality">
              本稿差错率 {formatRate(article.quality.rate)}（按最后一次校对发现的差错{article.quality.unfixed ? `及未改正的${article.quality.unfixed}处` : ''}计），目标{targetLabel}：{article.quality.meetsTarget ? '达标' : '未达标'}
              {article.quality.complete ? '' : '（三校尚未完成）'}
            </span>
          )
        }
      />
      <Table<ProofRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={article.proofs}
        columns={[
          { title: '校次', dataIndex: 'round', width: 70 },
          { title: '校对人', dataIndex: 'proofreader', width: 100 },
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '字数', dataIndex: 'chars', width: 80, align: 'right' },
          { title: '发现差错', dataIndex: 'errorsFound', width: 90, align: 'right' },
          { title: '改正差错', dataIndex: 'errorsFixed', width: 90, align: 'right' },
          { title: '本次差错率', key: 'rate', width: 190, render: (_, p) => <RateTag rate={p.rate} neutral={p.round !== '三校'} /> },
          { title: '说明', dataIndex: 'note' },
        ]}
      />
    </Space>
  );
}

function ReviewDialog({ article, stage, onClose }: { article: ArticleRecord; stage: ReviewStage; onClose: () => void }) {
  const review = useApiMutation('history.article.review', { success: (a) => `${stage}已登记：${a.status}` });
  const earlier = article.reviews.filter((r) => r.round === article.reviewRound).map((r) => `${r.stage}：${r.reviewer}`);
  return (
    <StepDialog
      title={`登记${stage}：《${article.title}》`}
      schema={reviewInput.omit({ id: true, version: true, stage: true })}
      fields={[
        { name: 'reviewer', label: `${stage}人`, type: 'text', required: true, maxLength: 30 },
        { name: 'date', label: '审稿日期', type: 'date', required: true },
        { name: 'decision', label: '审稿结论', type: 'select', options: enumOptions(reviewDecisions), required: true },
        { name: 'opinion', label: '审稿意见', type: 'textarea', maxLength: 2000, required: true },
      ]}
      defaults={{ date: todayIso(), decision: '通过', opinion: '' }}
      note={`三审须由三人分别审稿。${earlier.length ? `本轮已审：${earlier.join('，')}。` : ''}结论“退改”退回修改后从初审重新审，“不用”即不采用。`}
      okText={`登记${stage}`}
      busy={review.isPending}
      onSubmit={(v) => review.mutateAsync({ ...v, id: article.id, version: article.version, stage })}
      onClose={onClose}
    />
  );
}

function ProofDialog({ article, round, onClose }: { article: ArticleRecord; round: ProofRound; onClose: () => void }) {
  const proof = useApiMutation('history.article.proof', { success: `${round}已登记` });
  return (
    <StepDialog
      title={`登记${round}：《${article.title}》`}
      schema={proofInput.omit({ id: true, version: true, round: true })}
      fields={[
        { name: 'proofreader', label: '校对人', type: 'text', required: true, maxLength: 30 },
        { name: 'date', label: '校对日期', type: 'date', required: true },
        { name: 'note', label: '校对说明', type: 'text', maxLength: 1000 },
      ]}
      defaults={{ date: todayIso(), chars: article.wordCount || undefined, errorsFound: 0, errorsFixed: 0, note: '' }}
      note={`差错率 = 发现差错数 ÷ 字数 × 10000，目标${targetLabel}。标点等差错可按规定计0.5或0.1个。`}
      extra={(control) => <CountFields control={control} final={round === '三校'} />}
      okText={`登记${round}`}
      busy={proof.isPending}
      onSubmit={(v) => proof.mutateAsync({ ...v, id: article.id, version: article.version, round })}
      onClose={onClose}
    />
  );
}

/** 字数 / 发现差错 / 改正差错 (steps of 0.5; 0.1 may be typed) and the error rate as they are typed, against the target. */
function CountFields({ control, final }: { control: Control<FieldValues>; final: boolean }) {
  const chars = Number(useWatch({ control, name: 'chars' }) ?? 0);
  const found = Number(useWatch({ control, name: 'errorsFound' }) ?? 0);
  const rate = errorRate(found, chars);
  const number = (name: string, label: string, step: number) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item label={label} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message} htmlFor={name} style={{ flex: 1 }}>
          <InputNumber id={name} value={field.value} min={0} step={step} onChange={(v) => field.onChange(v ?? undefined)} onBlur={field.onBlur} style={{ width: '100%' }} />
        </Form.Item>
      )}
    />
  );
  return (
    <>
      <div style={{ display: 'flex', gap: 12 }}>
        {number('chars', '校对字数', 1)}
        {number('errorsFound', '发现差错数', 0.5)}
        {number('errorsFixed', '改正差错数', 0.5)}
      </div>
      <Alert
        type={!final ? 'info' : rate <= 1 ? 'success' : 'warning'}
        showIcon
        title={
          <span data-testid="proof-rate">
            本次差错率 {formatRate(rate)}
            {final ? `，目标${targetLabel}：${rate <= 1 ? '达标' : '超标'}` : `（目标${targetLabel}按三校判定）`}
          </span>
        }
      />
    </>
  );
}
