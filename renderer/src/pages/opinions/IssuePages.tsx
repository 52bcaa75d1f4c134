import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, List, Modal, Row, Select, Space, Spin, Table, Timeline, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AvailableActionOut, OpinionIssueDetail, OpinionIssueRecord } from '../../../../shared/contract/opinions';
import { issueStatuses } from '../../../../shared/domain/opinion/status';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { submitOnEnter } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { getOperator, listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { enumOptions, useOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { IssueStatusTag, LevelTags, StatusTag, thisYear, today, yearOptions } from './common';
import { StepDate } from './dialogs';
import { bulletinRequest } from './documents';

const issueExportColumns = [
  { header: '期次', width: 16, value: (i: OpinionIssueRecord) => i.label },
  { header: '编印日期', width: 12, value: (i: OpinionIssueRecord) => i.issueDate },
  { header: '状态', width: 8, value: (i: OpinionIssueRecord) => i.status },
  { header: '篇数', width: 6, value: (i: OpinionIssueRecord) => i.reportCount },
  { header: '本期信息', width: 60, value: (i: OpinionIssueRecord) => i.reportTitles.join('；') },
  { header: '主送', width: 30, value: (i: OpinionIssueRecord) => i.mainTo.join('、') },
  { header: '抄送', width: 30, value: (i: OpinionIssueRecord) => i.ccTo.join('、') },
  { header: '编辑', width: 8, value: (i: OpinionIssueRecord) => i.editorName },
  { header: '审核', width: 8, value: (i: OpinionIssueRecord) => i.reviewerName },
  { header: '签发', width: 8, value: (i: OpinionIssueRecord) => i.signerName },
  { header: '印发日期', width: 12, value: (i: OpinionIssueRecord) => i.printedAt ?? '' },
];

export function IssuesPage() {
  const navigate = useNavigate();
  const [filter, setFilter] = useState({ page: 1, pageSize: 20, year: thisYear() as number | undefined, status: undefined as (typeof issueStatuses)[number] | undefined });
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('opinionIssue.list', filter);
  const exporter = useExport();
  const columns: ColumnsType<OpinionIssueRecord> = [
    { title: '期次', dataIndex: 'label', width: 150, render: (v: string, i) => <Link to={`/opinions/issues/${i.id}`}>{v}</Link> },
    { title: '编印日期', dataIndex: 'issueDate', width: 110 },
    { title: '状态', dataIndex: 'status', width: 86, render: (s) => <IssueStatusTag status={s} /> },
    { title: '本期信息', key: 'titles', render: (_, i) => (i.reportCount ? i.reportTitles.map((t, k) => <div key={k}>{`${k + 1}. ${t}`}</div>) : <Typography.Text type="secondary">（尚未编入信息）</Typography.Text>) },
    { title: '编辑 / 审核 / 签发', key: 'people', width: 190, render: (_, i) => [i.editorName, i.reviewerName, i.signerName].map((x) => x || '—').join(' / ') },
  ];
  return (
    <>
      <PageTitle title="《社情民意》期刊" />
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          新建一期
        </Button>
        <Button loading={exporter.busy} onClick={() => exporter.run(async () => exportExcel('社情民意期次', issueExportColumns, await listAll('opinionIssue.list', filter)))}>
          导出Excel
        </Button>
        <span className="spacer" />
        <Select aria-label="年度" placeholder="年度" allowClear style={{ width: 100 }} options={yearOptions()} value={filter.year} onChange={(v) => setFilter((f) => ({ ...f, page: 1, year: v }))} />
        <Select aria-label="期次状态" placeholder="状态" allowClear style={{ width: 110 }} options={enumOptions(issueStatuses.filter((s) => s !== '已作废'))} value={filter.status} onChange={(v) => setFilter((f) => ({ ...f, page: 1, status: v }))} />
      </div>
      <Table<OpinionIssueRecord>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total, showTotal: (t) => `共 ${t} 期`, onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })) }}
      />
      {creating && <IssueForm onClose={() => setCreating(false)} onSaved={(i) => navigate(`/opinions/issues/${i.id}`)} />}
    </>
  );
}

/** 组期: 期号 (next of the year unless typed), 编印日期, 主送/抄送, 编辑, and the edited reports in order. */
export function IssueForm({ issue, onClose, onSaved }: { issue?: OpinionIssueDetail; onClose: () => void; onSaved?: (i: OpinionIssueRecord) => void }) {
  const settings = useApiQuery('opinion.getSettings', {});
  const office = useApiQuery('settings.getOffice', {});
  const terms = useOptions('term');
  const [year, setYear] = useState(issue?.year ?? thisYear());
  const [termId, setTermId] = useState<number | null>(issue?.termId ?? terms[terms.length - 1]?.value ?? null);
  const [number, setNumber] = useState<number | null>(issue?.number ?? null);
  const [issueDate, setIssueDate] = useState(issue?.issueDate ?? today());
  const [mainTo, setMainTo] = useState<string[]>(issue?.mainTo ?? []);
  const [ccTo, setCcTo] = useState<string[]>(issue?.ccTo ?? []);
  const [editorName, setEditorName] = useState(issue?.editorName ?? getOperator());
  const [reportIds, setReportIds] = useState<number[]>(issue?.reports.map((r) => r.id) ?? []);
  const perTerm = settings.data?.issueNumbering === '每届';
  const next = useApiQuery('opinionIssue.nextNumber', { year, termId: perTerm ? termId : undefined }, { enabled: !issue && !!settings.data && (!perTerm || !!termId) });
  const candidates = useApiQuery('opinion.list', { status: '已编辑', pageSize: 500, sortBy: 'receiveNo', sortOrder: 'asc' });
  useEffect(() => {
    if (issue || !settings.data || !office.data) return;
    setMainTo(settings.data.mainTo);
    setCcTo(office.data.series.opinion.cc);
  }, [issue, settings.data, office.data]);
  const options = [...(issue?.reports ?? []), ...(candidates.data?.rows ?? []).filter((r) => !r.issueId || r.issueId === issue?.id)]
    .filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)
    .map((r) => ({ value: r.id, label: `${r.receiveLabel} ${r.editedTitle || r.title}（${r.authorLabel}）`, title: r.editedTitle || r.title }));
  const titleOf = (rid: number) => options.find((o) => o.value === rid)?.label ?? `信息${rid}`;
  const move = (k: number, d: -1 | 1) =>
    setReportIds((ids) => {
      const out = [...ids];
      [out[k], out[k + d]] = [out[k + d], out[k]];
      return out;
    });
  const save = useApiMutation('opinionIssue.save', {
    success: (i) => `已保存${i.label}`,
    onSuccess: (i) => {
      onClose();
      onSaved?.(i);
    },
  });
  const submit = () =>
    save.mutate({
      ...(issue ? { id: issue.id, version: issue.version } : {}),
      year,
      termId: perTerm ? termId : null,
      ...(number ? { number } : {}),
      issueDate,
      mainTo,
      ccTo,
      editorName: editorName.trim(),
      reportIds,
    });
  return (
    <Modal open width={860} title={issue ? `修改${issue.label}` : '新建一期《社情民意》'} okText="保存" cancelText="取消" onOk={submit} okButtonProps={{ loading: save.isPending }} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        <Row gutter={12}>
          <Col span={5}>
            <Form.Item label="年度" required htmlFor="issue-year">
              <Select id="issue-year" aria-label="年度" value={year} onChange={setYear} options={yearOptions()} />
            </Form.Item>
          </Col>
          {perTerm && (
            <Col span={5}>
              <Form.Item label="届次" required htmlFor="issue-term">
                <Select id="issue-term" aria-label="届次" value={termId ?? undefined} onChange={setTermId} options={terms} />
              </Form.Item>
            </Col>
          )}
          <Col span={5}>
            <Form.Item label="期号" htmlFor="issue-number" extra={!issue && next.data ? `下一期：第${next.data.number}期` : undefined}>
              <InputNumber id="issue-number" aria-label="期号" min={1} value={number} onChange={(v) => setNumber(v ?? null)} placeholder={next.data ? String(next.data.number) : '自动'} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="编印日期" required htmlFor="issue-date">
              <DatePicker id="issue-date" aria-label="编印日期" allowClear={false} value={dayjs(issueDate)} onChange={(d) => d && setIssueDate(d.format('YYYY-MM-DD'))} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={perTerm ? 3 : 8}>
            <Form.Item label="编辑" htmlFor="issue-editor">
              <Input id="issue-editor" aria-label="编辑" value={editorName} onChange={(e) => setEditorName(e.target.value)} maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="主送" htmlFor="issue-main">
          <Select id="issue-main" aria-label="主送" mode="tags" value={mainTo} onChange={setMainTo} tokenSeparators={['，', ',', '、']} open={false} />
        </Form.Item>
        <Form.Item label="抄送" htmlFor="issue-cc">
          <Select id="issue-cc" aria-label="抄送" mode="tags" value={ccTo} onChange={setCcTo} tokenSeparators={['，', ',', '、']} open={false} />
        </Form.Item>
        <Form.Item label="本期信息（编辑完成的信息，按顺序编排）" htmlFor="issue-reports">
          <Select
            id="issue-reports"
            aria-label="本期信息"
            mode="multiple"
            value={reportIds}
            onChange={setReportIds}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={options.length ? '选择要编入本期的信息' : '没有编辑完成、待组期的信息'}
            maxTagCount={0}
            maxTagPlaceholder={(v) => `已选 ${v.length} 篇`}
          />
        </Form.Item>
        <List
          size="small"
          bordered
          locale={{ emptyText: '尚未选择信息' }}
          dataSource={reportIds}
          renderItem={(rid, k) => (
            <List.Item
              actions={[
                <Button key="up" size="small" type="text" aria-label="上移" icon={<ArrowUpOutlined />} disabled={k === 0} onClick={() => move(k, -1)} />,
                <Button key="down" size="small" type="text" aria-label="下移" icon={<ArrowDownOutlined />} disabled={k === reportIds.length - 1} onClick={() => move(k, 1)} />,
                <Button key="del" size="small" type="text" aria-label="移出本期" icon={<DeleteOutlined />} onClick={() => setReportIds((ids) => ids.filter((x) => x !== rid))} />,
              ]}
            >
              {k + 1}. {titleOf(rid)}
            </List.Item>
          )}
        />
      </Form>
    </Modal>
  );
}

/** 审核 / 退回 / 签发 / 印发 / 作废 for an issue, with the name, reason or date the step needs. */
function IssueStepDialog({ issue, action, onClose }: { issue: OpinionIssueDetail; action: AvailableActionOut; onClose: () => void }) {
  const [person, setPerson] = useState(action.action === '审核' ? issue.reviewerName || getOperator() : action.action === '签发' ? issue.signerName : '');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const run = useApiMutation('opinionIssue.transition', { success: `${issue.label}已${action.action}`, onSuccess: onClose });
  const needsPerson = action.needs.includes('person');
  const needsReason = action.needs.includes('reason');
  const disabled = (needsPerson && !person.trim()) || (needsReason && !reason.trim());
  const ok = () => !disabled && run.mutate({ id: issue.id, version: issue.version, action: action.action as never, person: person.trim(), reason: reason.trim(), date });
  return (
    <Modal open title={`${action.action}：${issue.label}`} okText={`确认${action.action}`} cancelText="取消" okButtonProps={{ loading: run.isPending, disabled, danger: action.action === '作废' }} onOk={ok} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(ok)}>
        <p>
          {action.description}。本期共 {issue.reportCount} 篇信息。
        </p>
        {action.confirm && <Alert type="warning" showIcon title="此步骤确认后不能撤销，请核对后再确认。" style={{ marginBottom: 12 }} />}
        {needsPerson && (
          <Form.Item label={`${action.personLabel}人`} required htmlFor="issue-person">
            <Input id="issue-person" aria-label={`${action.personLabel}人`} value={person} onChange={(e) => setPerson(e.target.value)} maxLength={20} autoFocus />
          </Form.Item>
        )}
        {needsReason && (
          <Form.Item label={action.reasonLabel} required htmlFor="issue-reason">
            <Input.TextArea id="issue-reason" aria-label={action.reasonLabel} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus />
          </Form.Item>
        )}
        {action.action !== '作废' && <StepDate label={`${action.action}日期`} value={date} onChange={setDate} />}
      </Form>
    </Modal>
  );
}

export function IssueDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useApiQuery('opinionIssue.get', { id: Number(id) });
  const settings = useApiQuery('opinion.getSettings', {});
  const [step, setStep] = useState<AvailableActionOut | null>(null);
  const [editing, setEditing] = useState(false);
  const [doc, setDoc] = useState<DocumentRequest | null>(null);
  if (q.isError) return <Alert type="error" showIcon title={q.error.message} />;
  const issue = q.data;
  if (!issue || !settings.data) return <Spin />;
  return (
    <>
      <PageTitle
        title={`《${settings.data.bulletinTitle}》${issue.label}`}
        extra={
          <Space wrap>
            <Button onClick={() => navigate('/opinions/issues')}>返回期刊</Button>
            {issue.status === '编辑中' && !issue.voidedAt && <Button onClick={() => setEditing(true)}>组期/修改</Button>}
            {issue.actions.map((a) => {
              const b = (
                <Button key={a.action} type={a.action === '签发' || a.action === '印发' ? 'primary' : 'default'} danger={a.action === '作废'} disabled={!a.allowed} onClick={() => setStep(a)}>
                  {a.action}
                </Button>
              );
              return a.allowed ? b : <Tooltip key={a.action} title={a.reason}>{b}</Tooltip>;
            })}
            <Button icon={<FileWordOutlined />} disabled={!issue.reportCount} onClick={() => setDoc(bulletinRequest(issue, settings.data))}>
              生成Word
            </Button>
          </Space>
        }
      />
      {issue.voidedAt && <Alert type="warning" showIcon title={`已作废：${issue.voidReason ?? ''}`} style={{ marginBottom: 12 }} />}
      {issue.returnReason && issue.status === '编辑中' && <Alert type="warning" showIcon title={`审核退回：${issue.returnReason}`} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        <Col span={16}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={3}>
              <Descriptions.Item label="状态">
                <IssueStatusTag status={issue.status} />
              </Descriptions.Item>
              <Descriptions.Item label="编印日期">{issue.issueDate}</Descriptions.Item>
              <Descriptions.Item label="印发日期">{issue.printedAt ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="编辑">{issue.editorName || '—'}</Descriptions.Item>
              <Descriptions.Item label="审核">{issue.reviewerName || '—'}</Descriptions.Item>
              <Descriptions.Item label="签发">{issue.signerName || '—'}</Descriptions.Item>
              <Descriptions.Item label="主送" span={3}>
                {issue.mainTo.join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="抄送" span={3}>
                {issue.ccTo.join('、') || '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={`本期信息（${issue.reportCount}篇）`}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={issue.reports}
              locale={{ emptyText: '尚未编入信息，请点“组期/修改”选择编辑完成的信息' }}
              columns={[
                { title: '序', key: 'n', width: 40, render: (_, __, k) => k + 1 },
                { title: '标题', key: 'title', render: (_, r) => <Link to={`/opinions/reports/${r.id}`}>{r.editedTitle || r.title}</Link> },
                { title: '报送者', dataIndex: 'authorLabel', width: 160, ellipsis: true },
                { title: '字数', dataIndex: 'editedChars', width: 60 },
                { title: '状态', dataIndex: 'status', width: 86, render: (s) => <StatusTag status={s} /> },
                { title: '采用', key: 'lv', width: 120, render: (_, r) => <LevelTags levels={r.adoptedLevels} /> },
              ]}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title="流转记录">
            <Timeline items={issue.history.map((h) => ({ children: <><Typography.Text>{h.summary}</Typography.Text><div style={{ fontSize: 12, color: '#888' }}>{h.at.replace('T', ' ').slice(0, 16)} · {h.actor}</div></> }))} />
          </Card>
        </Col>
      </Row>
      {step && <IssueStepDialog issue={issue} action={step} onClose={() => setStep(null)} />}
      {editing && <IssueForm issue={issue} onClose={() => setEditing(false)} />}
      {doc && <DocumentPreview request={doc} onClose={() => setDoc(null)} />}
    </>
  );
}
