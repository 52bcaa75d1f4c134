import { Alert, App, Button, DatePicker, Dropdown, Form, InputNumber, Modal, Progress } from 'antd';
import { DownOutlined, FileWordOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import JSZip from 'jszip';
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { ProposalBookRow, ProposalRecord, ProposalStatistics } from '../../../../shared/contract/proposals';
import type { OfficeSettings } from '../../../../shared/contract/officeSettings';
import { overdueByUnit, proposalFileName, sessionTitle, unitsOfList } from '../../../../shared/docs/proposal';
import { filedStatuses } from '../../../../shared/domain/proposal/status';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { generateDocx } from '../../docs/generate';
import type { DocumentKindName } from '../../docs/registry';
import { call } from '../../lib/api';
import { saveBytes, todayStamp } from '../../lib/files';
import { useApiQuery } from '../../lib/query';

const today = () => dayjs().format('YYYY-MM-DD');
const zipFilter = [{ name: 'ZIP 压缩包', extensions: ['zip'] }];

function useOffice(): OfficeSettings | undefined {
  return useApiQuery('settings.getOffice', {}, { staleTime: 60_000 }).data;
}

const answeredStatuses = ['待征询', '不满意重办', '待办结', '已办结', '已归档'];

/** 生成文书 on the detail page: the documents this proposal has reached. */
export function DetailDocuments({ proposal: p }: { proposal: ProposalRecord }) {
  const settings = useOffice();
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  if (!settings) return null;
  const main = p.units.find((u) => u.active && u.role === '主办');
  const session = { termName: p.termName, sessionName: p.sessionName };
  const items: { key: string; label: string; request: () => DocumentRequest }[] = [
    { key: 'form', label: '提案表', request: () => ({ kind: 'proposal.form', data: p, fileName: proposalFileName.form(p), title: '提案表' }) },
    ...(p.status === '不予立案'
      ? [{ key: 'reject', label: '不予立案通知书', request: () => ({ kind: 'proposal.rejectNotice', data: { proposal: p, date: today() }, fileName: proposalFileName.rejectNotice(p), title: '不予立案通知书' }) }]
      : []),
    ...(main
      ? [
          {
            key: 'assign',
            label: '交办通知',
            request: () => {
              const data = { ...session, date: p.assignedDate ?? today(), proposals: [p as ProposalBookRow], layout: 'all' as const };
              return { kind: 'proposal.assignNotice', data, fileName: proposalFileName.assignNotice(data, settings), title: '交办通知' };
            },
          },
        ]
      : []),
    ...(main && p.overdue
      ? [
          {
            key: 'remind',
            label: '催办函',
            request: () => {
              const data = { unit: main.unitName, date: today(), replyBy: dayjs().add(10, 'day').format('YYYY-MM-DD'), proposals: [p as ProposalBookRow] };
              return { kind: 'proposal.reminder', data, fileName: proposalFileName.reminder(data, settings), title: '催办函' };
            },
          },
        ]
      : []),
    ...(answeredStatuses.includes(p.status) ? [{ key: 'feedback', label: '征询意见表', request: () => ({ kind: 'proposal.feedbackForm', data: p, fileName: proposalFileName.feedbackForm(p), title: '征询意见表' }) }] : []),
  ];
  return (
    <>
      <Dropdown menu={{ items: items.map((i) => ({ key: i.key, label: i.label })), onClick: ({ key }) => setRequest(items.find((i) => i.key === key)!.request()) }}>
        <Button icon={<FileWordOutlined />}>
          生成文书 <DownOutlined />
        </Button>
      </Dropdown>
      {request && <DocumentPreview request={request} onClose={() => setRequest(null)} />}
    </>
  );
}

type ListKind = 'assignAll' | 'assignMerged' | 'assignZip' | 'keyNotice' | 'reminderZip' | 'catalog' | 'book' | 'progress';
const listKinds: { key: ListKind; label: string; docNumber: boolean }[] = [
  { key: 'assignAll', label: '交办通知（附总清单）', docNumber: true },
  { key: 'assignMerged', label: '交办通知（附各单位清单，一个文件）', docNumber: true },
  { key: 'assignZip', label: '交办通知（每个单位一个文件，打包）', docNumber: true },
  { key: 'keyNotice', label: '重点提案督办通知', docNumber: true },
  { key: 'reminderZip', label: '催办函（逾期提案，每个单位一份，打包）', docNumber: true },
  { key: 'catalog', label: '提案目录', docNumber: false },
  { key: 'book', label: '提案汇编', docNumber: false },
  { key: 'progress', label: '办理情况通报', docNumber: true },
];

/** 生成文书 on the list: documents of the selected 会次 (交办通知, 督办通知, 催办函, 目录, 汇编, 通报). */
export function ListDocuments({ filter, scopeName }: { filter: MethodInput<'proposal.list'>; scopeName: string }) {
  const settings = useOffice();
  const [kind, setKind] = useState<(typeof listKinds)[number] | null>(null);
  const { message } = App.useApp();
  const ready = !!filter.termId && filter.meetingId !== undefined;
  return (
    <>
      <Dropdown
        menu={{
          items: listKinds.map((k) => ({ key: k.key, label: k.label })),
          onClick: ({ key }) => {
            if (!ready) {
              void message.warning('请先在左上角选择届次和会次（或平时提案），文书按一个会次生成。');
              return;
            }
            setKind(listKinds.find((k) => k.key === key)!);
          },
        }}
      >
        <Button icon={<FileWordOutlined />}>
          生成文书 <DownOutlined />
        </Button>
      </Dropdown>
      {kind && settings && <ListDocumentDialog kind={kind} filter={filter} scopeName={scopeName} settings={settings} onClose={() => setKind(null)} />}
    </>
  );
}

function ListDocumentDialog({ kind, filter, settings, onClose }: { kind: (typeof listKinds)[number]; filter: MethodInput<'proposal.list'>; scopeName: string; settings: OfficeSettings; onClose: () => void }) {
  const [date, setDate] = useState(today());
  const [docSerial, setSerial] = useState<number | null>(null);
  const [busy, setBusy] = useState<{ fraction: number; note: string } | null>(null);
  const [error, setError] = useState('');
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  const [done, setDone] = useState('');

  async function rows(input: Partial<MethodInput<'proposal.book'>> = {}): Promise<ProposalBookRow[]> {
    const { page: _p, pageSize: _s, sortBy: _b, sortOrder: _o, ...rest } = filter;
    return (await call('proposal.book', { ...rest, ...input, limit: 100_000 })).rows;
  }

  async function zip(files: { kind: DocumentKindName; data: unknown; fileName: string }[], zipName: string) {
    const archive = new JSZip();
    for (const [i, f] of files.entries()) {
      setBusy({ fraction: i / files.length, note: `正在生成第${i + 1}份，共${files.length}份：${f.fileName}` });
      archive.file(f.fileName, await generateDocx(f.kind, f.data, undefined, settings));
    }
    setBusy({ fraction: 1, note: '正在打包…' });
    const bytes = await archive.generateAsync({ type: 'uint8array' });
    const saved = await saveBytes(zipName, bytes, zipFilter);
    setBusy(null);
    if (saved.saved) setDone(`已生成${files.length}份文书并打包：${'path' in saved && saved.path ? saved.path : zipName}`);
  }

  async function generate() {
    setError('');
    setDone('');
    try {
      const all = await rows();
      const first = all[0];
      if (!first) throw new Error('当前筛选条件下没有提案。');
      const session = { termName: first.termName, sessionName: first.sessionName };
      const title = sessionTitle(settings, session.termName, session.sessionName);
      const base = { ...session, date, docSerial };
      const assigned = all.filter((p) => p.mainUnit);
      const need = (list: unknown[], what: string) => {
        if (!list.length) throw new Error(`当前筛选的提案中没有${what}。`);
      };
      switch (kind.key) {
        case 'assignAll':
        case 'assignMerged': {
          need(assigned, '已交办的提案');
          const data = { ...base, proposals: assigned, layout: kind.key === 'assignAll' ? ('all' as const) : ('merged' as const) };
          setRequest({ kind: 'proposal.assignNotice', data, fileName: proposalFileName.assignNotice(data, settings), title: kind.label });
          break;
        }
        case 'assignZip': {
          need(assigned, '已交办的提案');
          await zip(
            unitsOfList(assigned).map((unit) => {
              const data = { ...base, proposals: assigned, layout: { unit } };
              return { kind: 'proposal.assignNotice', data, fileName: proposalFileName.assignNotice(data, settings) };
            }),
            `交办通知（各单位）-${title}-${todayStamp()}.zip`,
          );
          break;
        }
        case 'keyNotice': {
          const key = all.filter((p) => p.isKey);
          need(key, '重点提案');
          const data = { ...base, proposals: key };
          setRequest({ kind: 'proposal.keyNotice', data, fileName: proposalFileName.keyNotice(data, settings), title: kind.label });
          break;
        }
        case 'reminderZip': {
          const overdue = overdueByUnit(await rows({ overdue: true, today: date }));
          need([...overdue.keys()], '逾期未答复的提案');
          const replyBy = dayjs(date).add(10, 'day').format('YYYY-MM-DD');
          await zip(
            [...overdue.entries()].map(([unit, proposals], i) => {
              const data = { unit, date, replyBy, docSerial: docSerial ? docSerial + i : null, proposals };
              return { kind: 'proposal.reminder', data, fileName: proposalFileName.reminder(data, settings) };
            }),
            `催办函-${title}-${todayStamp()}.zip`,
          );
          break;
        }
        case 'catalog':
        case 'book': {
          const filed = await rows({ statuses: [...filedStatuses] });
          need(filed, '立案提案');
          const categoryOrder = (await call('dictItem.list', {})).filter((d) => d.dict === 'proposalCategory').sort((a, b) => a.sort - b.sort).map((d) => d.label);
          const data = { ...session, date, proposals: filed, categoryOrder };
          setRequest({ kind: kind.key === 'book' ? 'proposal.book' : 'proposal.catalog', data, fileName: kind.key === 'book' ? proposalFileName.book(data, settings) : proposalFileName.catalog(data, settings), title: kind.label });
          break;
        }
        case 'progress': {
          const statistics = await call('proposal.statistics', { termId: filter.termId!, meetingId: filter.meetingId, asOf: date });
          const unanswered = (await rows({ statuses: [...filedStatuses], today: date })).filter((p) => !p.answeredDate);
          const data = { session: title, date, docSerial, statistics, unanswered };
          setRequest({ kind: 'proposal.progressReport', data, fileName: proposalFileName.progressReport(data, settings), title: kind.label });
          break;
        }
      }
    } catch (e) {
      setBusy(null);
      setError((e as Error).message);
    }
  }

  if (request) return <DocumentPreview request={request} onClose={onClose} />;
  return (
    <Modal open title={`生成${kind.label}`} okText="生成" cancelText="关闭" onOk={generate} okButtonProps={{ loading: !!busy }} onCancel={onClose} destroyOnHidden>
      <p>按当前列表的届次、会次和筛选条件生成。</p>
      <Form layout="vertical" component="div">
        <Form.Item label={kind.key === 'book' || kind.key === 'catalog' ? '编印日期' : '成文日期'} htmlFor="docDate" required>
          <DatePicker id="docDate" allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        </Form.Item>
        {kind.docNumber && (
          <Form.Item label={`发文序号（${settings.series.proposal.prefix}〔${date.slice(0, 4)}〕N号，可不填）`} htmlFor="docSerial">
            <InputNumber id="docSerial" min={1} max={9999} value={docSerial} onChange={(v) => setSerial(v ?? null)} />
          </Form.Item>
        )}
      </Form>
      {busy && <Progress percent={Math.round(busy.fraction * 100)} status="active" />}
      {busy && <div>{busy.note}</div>}
      {error && <Alert type="error" showIcon title={error} />}
      {done && <Alert type="success" showIcon title={done} />}
    </Modal>
  );
}

/** The statistics part of the 提案工作报告 as Word. */
export function ReportDocumentButton({ statistics }: { statistics: ProposalStatistics }) {
  const settings = useOffice();
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  if (!settings) return null;
  const session = sessionTitle(settings, statistics.termName, statistics.sessionName);
  return (
    <>
      <Button icon={<FileWordOutlined />} onClick={() => setRequest({ kind: 'proposal.reportSection', data: { session, statistics }, fileName: proposalFileName.reportSection({ session }), title: '提案工作报告（统计部分）' })}>
        生成Word（报告统计部分）
      </Button>
      {request && <DocumentPreview request={request} onClose={() => setRequest(null)} />}
    </>
  );
}
