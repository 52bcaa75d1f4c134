import { Alert, App, Button, DatePicker, Form, Input, Modal, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ClosureRecord, NoticeRecord } from '../../../../shared/contract/points';
import { formatChineseDate } from '../../../../shared/domain/chineseDate';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { VoidButton } from '../../components/VoidButton';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { todayIso } from './common';
import { annualNoticeRequest } from './documents';

type YearRow = { year: number; closure: ClosureRecord | null };

/** 年度结账: a closed year's points are fixed for ever (snapshot); 撤销结账 needs a reason. */
export function YearsTab() {
  const years = useApiQuery('points.year.list', {});
  const [closing, setClosing] = useState<number | null>(null);
  const [reopening, setReopening] = useState<number | null>(null);
  const [issuing, setIssuing] = useState<number | null>(null);
  const notices = useApiQuery('points.notice.list', {});
  const voidNotice = useApiMutation('points.notice.void', { success: '通报已作废，原文号不再使用' });
  const liveNotice = (year: number) => notices.data?.find((n) => n.year === year && !n.voidedAt);
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  const { message } = App.useApp();
  const openWord = (year: number) => annualNoticeRequest(year).then(setRequest, (e: Error) => void message.error(e.message, 6));
  const thisYear = Number(todayIso().slice(0, 4));
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="年度结束、积分经审定后进行结账：结账时保存该年度每名委员的每一条计分记录和当时的界别、活动组。此后修改积分规则或各模块的记录，都不会改变已结账年度的积分和排名；该年度的会议活动考勤也不能再修改。确需更正时可撤销结账（须说明原因），更正后重新结账。"
      />
      <Table<YearRow>
        rowKey="year"
        size="middle"
        loading={years.isFetching}
        dataSource={years.data}
        pagination={false}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80, render: (y: number) => `${y}年` },
          { title: '状态', key: 'state', width: 84, render: (_, r) => (r.closure ? <Tag color="green">已结账</Tag> : r.year >= thisYear ? <Tag color="blue">进行中</Tag> : <Tag color="orange">未结账</Tag>) },
          { title: '结账时间', key: 'at', width: 150, render: (_, r) => (r.closure ? dayjs(r.closure.createdAt).format('YYYY-MM-DD HH:mm') : '') },
          { title: '结账人', key: 'by', width: 110, render: (_, r) => r.closure?.closedBy ?? '' },
          { title: '委员', key: 'members', width: 64, align: 'right', render: (_, r) => r.closure?.memberCount ?? '' },
          { title: '计分记录', key: 'lines', width: 86, align: 'right', render: (_, r) => r.closure?.lineCount ?? '' },
          { title: '积分合计', key: 'total', width: 90, align: 'right', render: (_, r) => r.closure?.total ?? '' },
          { title: '说明', key: 'note', ellipsis: true, render: (_, r) => r.closure?.note ?? '' },
          {
            title: '年度通报',
            key: 'notice',
            width: 250,
            render: (_, r) => {
              const n = liveNotice(r.year);
              if (n)
                return (
                  <Space size={0}>
                    <span title={`成文日期：${formatChineseDate(n.issueDate)}`}>{n.docNumber}</span>
                    <Button type="link" size="small" onClick={() => openWord(r.year)}>
                      Word
                    </Button>
                    <VoidButton what="通报" name={n.docNumber} onConfirm={(reason) => voidNotice.mutateAsync({ id: n.id, version: n.version, reason })} />
                  </Space>
                );
              return r.closure ? (
                <Button type="link" size="small" onClick={() => setIssuing(r.year)}>
                  印发通报（编发文字号）
                </Button>
              ) : (
                <span style={{ color: '#999' }}>结账后印发</span>
              );
            },
          },
          {
            title: '操作',
            key: 'actions',
            width: 96,
            render: (_, r) =>
              r.closure ? (
                <Button type="link" size="small" danger onClick={() => setReopening(r.year)}>
                  撤销结账
                </Button>
              ) : (
                r.year < thisYear && (
                  <Button type="link" size="small" onClick={() => setClosing(r.year)}>
                    结账
                  </Button>
                )
              ),
          },
        ]}
      />
      {closing && <CloseDialog year={closing} onClose={() => setClosing(null)} />}
      {reopening && <ReopenDialog year={reopening} onClose={() => setReopening(null)} />}
      {issuing && <IssueDialog year={issuing} onClose={() => setIssuing(null)} onIssued={() => void openWord(issuing)} />}
      {request && <DocumentPreview request={request} onClose={() => setRequest(null)} />}
    </>
  );
}

function CloseDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const [note, setNote] = useState(`${year}年度履职积分`);
  const close = useApiMutation('points.year.close', { success: `${year}年度已结账`, onSuccess: onClose });
  return (
    <Modal open title={`${year}年度结账`} okText="确认结账" cancelText="取消" confirmLoading={close.isPending} onOk={() => close.mutate({ year, note })} onCancel={onClose}>
      <p>结账后，{year}年度的积分和排名将固定下来，不再随规则或记录的修改而变化。请确认该年度的会议活动考勤、提案、社情民意等记录均已登记完整。</p>
      <Form layout="vertical" component="div">
        <Form.Item label="结账说明" htmlFor="closeNote">
          <Input id="closeNote" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReopenDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const reopen = useApiMutation('points.year.reopen', { success: `已撤销${year}年度结账`, onSuccess: onClose });
  return (
    <Modal open title={`撤销${year}年度结账`} okText="确认撤销" okButtonProps={{ danger: true, disabled: !reason.trim() }} cancelText="取消" confirmLoading={reopen.isPending} onOk={() => reopen.mutate({ year, reason: reason.trim() })} onCancel={onClose}>
      <p>撤销后，{year}年度的积分按当前的规则和记录重新计算；原结账数据保留在操作日志中。更正完成后请重新结账。</p>
      <Input.TextArea aria-label="撤销原因" placeholder="请填写撤销原因" value={reason} maxLength={500} showCount autoFocus onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}

/** 印发: the 通报 of a closed year gets the next 发文字号 of the office series; the number is never given again. */
function IssueDialog({ year, onClose, onIssued }: { year: number; onClose: () => void; onIssued: () => void }) {
  const [date, setDate] = useState(() => (todayIso() > `${year}-12-31` ? todayIso() : `${year + 1}-01-01`));
  const [issuer, setIssuer] = useState('');
  const office = useApiQuery('settings.getOffice', {});
  const issue = useApiMutation('points.notice.issue', {
    success: (n: NoticeRecord) => `已印发：${n.docNumber}`,
    onSuccess: () => {
      onClose();
      onIssued();
    },
  });
  const prefix = office.data?.series.office.prefix ?? '';
  return (
    <Modal open title={`印发${year}年度履职情况通报`} okText="确认印发" cancelText="取消" confirmLoading={issue.isPending} onOk={() => issue.mutate({ year, issueDate: date, issuer: issuer.trim() })} onCancel={onClose}>
      <p>
        印发时按办公室发文序列（{prefix}〔{date.slice(0, 4)}〕N号）自动编发文字号，每年从1号起，文号不重复使用；作废后重新印发将取新的文号。
      </p>
      <Form layout="vertical" component="div">
        <Form.Item label="成文日期" htmlFor="noticeDate">
          <DatePicker id="noticeDate" allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        </Form.Item>
        <Form.Item label="签发人" htmlFor="noticeIssuer">
          <Input id="noticeIssuer" value={issuer} maxLength={20} onChange={(e) => setIssuer(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
