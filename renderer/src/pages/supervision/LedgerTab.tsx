import { Button, Input, Modal, Select, Space, Statistic, Switch, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MethodInput } from '../../../../shared/contract';
import type { LetterRecord } from '../../../../shared/contract/supervision';
import { letterStages } from '../../../../shared/domain/supervision/status';
import { listAll } from '../../lib/api';
import { FileWordOutlined } from '@ant-design/icons';
import { ledgerFileName, supervisionLedgerWorkbook } from '../../../../shared/docs/supervision';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { excelFilter, saveBytes, todayStamp } from '../../lib/files';
import { enumOptions, useOptions } from '../../lib/options';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { ItemStateTag, StageTag, cnDate, todayIso, useTopicOptions } from './common';
import { RemindDialog } from './RemindDialog';

type LedgerInput = MethodInput<'supervision.ledger'>;


const countColor = { 已完成: 'green', 整改中: 'gold', 逾期: 'red', 待反馈: 'blue' } as const;
function CountTag({ state, n }: { state: keyof typeof countColor; n: number }) {
  if (!n) return null;
  return (
    <Tag color={countColor[state]} style={{ marginInlineEnd: 2 }}>
      {state} <b data-count={state}>{n}</b>
    </Tag>
  );
}

/** 民主监督台账: every letter of the year, its stage and how far its items have got. */
export function LedgerTab({ year }: { year: number }) {
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Omit<LedgerInput, 'year'>>({ page: 1, pageSize: 20, overdueOnly: false, includeVoided: false });
  const [creating, setCreating] = useState(false);
  const [doc, setDoc] = useState<DocumentRequest | null>(null);
  const [reminding, setReminding] = useState<LetterRecord | null>(null);
  const office = useApiQuery('settings.getOffice', {});
  const input: LedgerInput = { ...filter, year };
  const ledger = useApiQuery('supervision.ledger', input);
  const units = useOptions('unit');
  const exporter = useExport();
  const set = (patch: Partial<LedgerInput>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const open = (id: number) => navigate(`/supervision?year=${year}&letter=${id}`);
  const totals = ledger.data?.totals;

  const columns: ColumnsType<LetterRecord> = [
    { title: '发文字号', dataIndex: 'docNumber', width: 168, render: (n: string | null) => n ?? <span style={{ color: '#999' }}>未签发</span> },
    {
      title: '建议书',
      dataIndex: 'title',
      render: (t: string, l) => (
        <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} onClick={() => open(l.id)}>
          {t}
        </Button>
      ),
    },
    { title: '被监督单位', dataIndex: 'mainUnitName', width: 150 },
    { title: '阶段', dataIndex: 'stage', width: 84, render: (s: LetterRecord['stage']) => <StageTag stage={s} /> },
    { title: '整改期限', dataIndex: 'feedbackDue', width: 104, render: (d: string | null, l) => (d ? <Tooltip title={`${cnDate(l.servedDate)}送达，签收人${l.receiver ?? ''}`}>{d}</Tooltip> : '') },
    {
      title: '整改情况（条）',
      key: 'items',
      width: 236,
      render: (_, l) =>
        l.servedDate ? (
          <Space size={2} wrap>
            <span style={{ marginRight: 4 }}>共{l.counts.total}</span>
            <CountTag state="已完成" n={l.counts.done} />
            <CountTag state="整改中" n={l.counts.inProgress} />
            <CountTag state="逾期" n={l.counts.overdue} />
            <CountTag state="待反馈" n={l.counts.awaiting} />
          </Space>
        ) : (
          <span style={{ color: '#999' }}>共{l.counts.total}条，未送达</span>
        ),
    },
    {
      title: '评估',
      key: 'eval',
      width: 84,
      render: (_, l) => (l.counts.evaluated ? <Tooltip title="满意 / 基本满意 / 不满意">{`${l.counts.satisfied} / ${l.counts.basicallySatisfied} / ${l.counts.unsatisfied}`}</Tooltip> : ''),
    },
    { title: '回头看', key: 'reviews', width: 70, align: 'center', render: (_, l) => (l.reviewCount ? `${l.reviewCount}次` : '') },
    {
      title: '催办',
      key: 'remind',
      width: 96,
      align: 'center',
      render: (_, l) => (
        <Space size={0} direction="vertical">
          {l.reminderCount ? <Tooltip title={`最近催办：${cnDate(l.lastReminderDate)}`}>{`${l.reminderCount}次`}</Tooltip> : null}
          {l.status === '整改中' && l.counts.overdue > 0 && (
            <Button size="small" danger onClick={() => setReminding(l)} aria-label={`催办${l.docNumber ?? l.title}`}>
              催办
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          起草建议书
        </Button>
        <Select aria-label="阶段" placeholder="阶段" allowClear style={{ width: 120 }} options={enumOptions(letterStages.filter((s) => s !== '已作废'))} value={filter.stage} onChange={(v) => set({ stage: v })} />
        <Select aria-label="被监督单位" placeholder="被监督单位" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 220 }} options={units} value={filter.unitId} onChange={(v) => set({ unitId: v })} />
        <Input.Search aria-label="搜索建议书" placeholder="标题、发文字号、议题、单位" allowClear style={{ width: 240 }} onSearch={(v) => set({ search: v || undefined })} />
        <Space>
          <span>只看逾期</span>
          <Switch size="small" aria-label="只看逾期" checked={filter.overdueOnly} onChange={(v) => set({ overdueOnly: v })} />
        </Space>
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" aria-label="显示已作废" checked={filter.includeVoided} onChange={(v) => set({ includeVoided: v })} />
        </Space>
        <Button
          loading={exporter.busy}
          disabled={!office.data}
          onClick={() =>
            exporter.run(async () => {
              const letters = await listAll('supervision.ledger', input);
              const bytes = await supervisionLedgerWorkbook({ year, today: todayIso(), letters }, office.data!);
              const saved = await saveBytes(ledgerFileName(office.data!, year, 'xlsx').replace(/\.xlsx$/, `-${todayStamp()}.xlsx`), bytes, excelFilter);
              return { ...saved, rows: letters.length };
            })
          }
        >
          导出Excel
        </Button>
        <Button
          icon={<FileWordOutlined />}
          disabled={!office.data}
          onClick={async () => {
            const letters = await listAll('supervision.ledger', input);
            setDoc({ kind: 'supervision.ledger', data: { year, today: todayIso(), letters }, fileName: ledgerFileName(office.data!, year, 'docx'), title: `${year}年度民主监督建议书台账` });
          }}
        >
          打印台账
        </Button>
      </div>
      {totals && (
        <Space size={32} style={{ marginBottom: 12 }} aria-label="台账合计">
          <Statistic title="建议书" value={totals.letters} suffix="份" />
          <Statistic title="问题和建议" value={totals.total} suffix="条" />
          <Statistic title="已完成" value={totals.done} styles={{ content: { color: '#389e0d' } }} />
          <Statistic title="整改中" value={totals.inProgress} styles={{ content: { color: '#d48806' } }} />
          <Statistic title="逾期" value={totals.overdue} styles={{ content: { color: totals.overdue ? '#cf1322' : undefined } }} />
          <Statistic title="待反馈" value={totals.awaiting} />
          <Statistic title="满意（含基本满意）" value={totals.satisfied + totals.basicallySatisfied} suffix={`/ ${totals.evaluated}`} />
        </Space>
      )}
      <Table<LetterRecord>
        rowKey="id"
        size="middle"
        loading={ledger.isFetching}
        columns={columns}
        dataSource={ledger.data?.rows}
        rowClassName={(l) => (l.counts.overdue ? 'row-overdue' : '')}
        expandable={{
          expandedRowRender: (l) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={l.items}
              rowClassName={(i) => (i.state === '逾期' ? 'row-overdue' : '')}
              columns={[
                { title: '序号', dataIndex: 'seq', width: 60 },
                { title: '事项', dataIndex: 'title' },
                { title: '整改情况', key: 'state', width: 110, render: (_, i) => <ItemStateTag state={i.state} days={i.overdueDays} workdays={i.overdueWorkdays} /> },
                { title: '完成时间', dataIndex: 'completionDate', width: 110 },
                { title: '评估', dataIndex: 'evaluation', width: 90 },
                { title: '回头看', key: 'review', width: 150, render: (_, i) => (i.reviewResult ? `${i.reviewResult}（${cnDate(i.reviewDate)}）` : '') },
              ]}
            />
          ),
        }}
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: ledger.data?.total, showSizeChanger: true, showTotal: (n) => `共 ${n} 份建议书（统计至${cnDate(todayIso())}）` }}
        onChange={(p) => setFilter((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
      />
      {doc && <DocumentPreview request={doc} onClose={() => setDoc(null)} />}
      {reminding && (
        <RemindDialog letter={reminding} onClose={() => setReminding(null)} onPrint={setDoc} />
      )}
      {creating && <NewLetterDialog year={year} onClose={() => setCreating(false)} onPick={(topicId) => navigate(`/supervision?year=${year}&letter=new&topic=${topicId}`)} />}
    </>
  );
}

function NewLetterDialog({ year, onClose, onPick }: { year: number; onClose: () => void; onPick: (topicId: number) => void }) {
  const topics = useTopicOptions(year);
  const [topicId, setTopicId] = useState<number>();
  return (
    <Modal open title="起草建议书" okText="开始起草" cancelText="取消" okButtonProps={{ disabled: !topicId }} onOk={() => topicId && onPick(topicId)} onCancel={onClose} destroyOnHidden>
      <p>请选择建议书所属的监督议题（{year}年度）。如没有议题，请先在“监督议题”中新增。</p>
      <Select aria-label="所属监督议题" style={{ width: '100%' }} placeholder="监督议题" options={topics} value={topicId} onChange={setTopicId} showSearch={{ optionFilterProp: 'label' }} />
    </Modal>
  );
}
