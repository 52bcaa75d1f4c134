import type { OfficeSettings } from '../../contract/officeSettings';
import type { ProposalRecord } from '../../contract/proposals';
import { formatChineseDate } from '../../domain/chineseDate';
import { replyClassMeanings } from '../../domain/proposal/status';
import { blankLine, body, heading, headingNumber, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { formTable, type FormRow } from '../formTable';
import type { SampleDocument } from '../samples';
import { proposalFileName } from './fileNames';
import { bodyText, proposalCommittee, sessionTitle } from './common';

const cn = (d: string | null | undefined) => (d ? formatChineseDate(d) : '');

/** 提案者 as the form prints it: the name, and for 联名 the 附议 members below. */
function proposerCell(p: ProposalRecord): string {
  return p.kind === '委员联名' ? `${p.proposerName}（领衔）` : p.proposerName;
}

function decision(p: ProposalRecord): string {
  if (p.status === '不予立案') return `不予立案（${p.rejectReason ?? ''}）${p.convertedTo ? `，已转为${p.convertedTo}` : ''}`;
  if (p.status === '已并案') return `并案办理${p.mergedInto ? `（并入${p.mergedInto.number ?? ''}《${p.mergedInto.title}》）` : ''}`;
  if (p.filedDate) return `立案（${cn(p.filedDate)}）`;
  return '';
}

/** 提案表: the proposal as filed — a form of its particulars, then 背景, 存在问题 and 具体建议. */
export function proposalFormDocument(p: ProposalRecord, settings: OfficeSettings): SampleDocument {
  const session = sessionTitle(settings, p.termName, p.sessionName);
  const docTitle = `${session}提案`;
  const units = p.units.filter((u) => u.active);
  const rows: FormRow[] = [
    { cells: [{ text: '提案号', label: true }, { text: p.number ?? '' }, { text: '类别', label: true }, { text: p.categoryName }] },
    { cells: [{ text: '案由', label: true }, { text: p.title, span: 3 }] },
    { cells: [{ text: '提案者', label: true }, { text: proposerCell(p) }, { text: '提案者类型', label: true }, { text: p.kind }] },
    ...(p.kind === '委员联名' ? [{ cells: [{ text: '附议人', label: true }, { text: p.cosignerNames, span: 3 }] }] : []),
    { cells: [{ text: '界别', label: true }, { text: p.sectorName ?? '' }, { text: '党派', label: true }, { text: p.partyName ?? '' }] },
    { cells: [{ text: '联系人', label: true }, { text: p.contactName }, { text: '联系电话', label: true }, { text: p.contactPhone }] },
    ...(p.contactAddress ? [{ cells: [{ text: '通讯地址', label: true }, { text: p.contactAddress, span: 3 }] }] : []),
    { cells: [{ text: '建议承办单位', label: true }, { text: p.suggestedUnits, span: 3 }] },
    { cells: [{ text: '是否同意公开', label: true }, { text: p.isPublic ? '同意' : '不同意' }, { text: '提交日期', label: true }, { text: cn(p.submittedDate) }] },
    { cells: [{ text: '审查意见', label: true }, { text: decision(p), span: 3 }] },
    ...(units.length
      ? [
          {
            cells: [
              { text: '承办单位', label: true },
              { text: [`主办：${units.filter((u) => u.role === '主办').map((u) => u.unitName).join('、')}`, ...(units.some((u) => u.role === '协办') ? [`协办：${units.filter((u) => u.role === '协办').map((u) => u.unitName).join('、')}（${p.mode ?? ''}）`] : [])].join('\n'), span: 3 },
            ],
          },
        ]
      : []),
  ];
  const parts: [string, string][] = [
    ['背景', p.background],
    ['存在问题', p.problems],
    ['具体建议', p.suggestions],
  ];
  const children = [
    title(docTitle),
    blankLine(),
    formTable({ columns: [20, 30, 19, 31], rows }),
    blankLine(),
    title(p.title),
    blankLine(),
    ...parts.filter(([, text]) => text.trim()).flatMap(([name, text], i) => [heading(1, `${headingNumber(1, i + 1)}${name}`), ...bodyText(text)]),
  ];
  return {
    fileName: proposalFileName.form(p),
    document: buildOfficialDocument({ kind: 'normal', settings, title: p.title, subject: docTitle, children }),
  };
}

/** 征询意见表: the proposer marks the unit's attitude and the result, with room for comments. */
export function feedbackFormDocument(p: ProposalRecord, settings: OfficeSettings): SampleDocument {
  const docTitle = '政协提案办理情况征询意见表';
  const main = p.units.find((u) => u.active && u.role === '主办');
  const co = p.units.filter((u) => u.active && u.role === '协办').map((u) => u.unitName);
  const answer = [...p.replies].reverse().find((r) => r.role === '主办' && r.review !== '已退回');
  const boxes = '□满意　　□基本满意　　□不满意';
  const rows: FormRow[] = [
    { cells: [{ text: '提案号', label: true }, { text: p.number ?? '' }, { text: '提案者', label: true }, { text: p.kind === '委员联名' ? p.proposerText : p.proposerName }] },
    { cells: [{ text: '案由', label: true }, { text: p.title, span: 3 }] },
    { cells: [{ text: '主办单位', label: true }, { text: main?.unitName ?? '' }, { text: '协办单位', label: true }, { text: co.join('、') }] },
    {
      cells: [
        { text: '答复日期', label: true },
        { text: cn(answer?.replyDate) },
        { text: '答复类别', label: true },
        { text: answer?.replyClass ? `${answer.replyClass}类（${replyClassMeanings[answer.replyClass]}）` : '' },
      ],
    },
    { cells: [{ text: '对办理工作的意见', label: true }, { text: `沟通联系：${boxes}\n办理态度：${boxes}`, span: 3 }] },
    { cells: [{ text: '对办理结果的意见', label: true }, { text: boxes, span: 3 }] },
    { minLines: 6, cells: [{ text: '意见和建议', label: true }, { text: '', span: 3 }] },
    { cells: [{ text: '提案者（签名）', label: true }, { text: '' }, { text: '填表日期', label: true }, { text: '　　年　　月　　日', align: 'center' }] },
  ];
  const children = [
    title(docTitle),
    blankLine(),
    formTable({ columns: [18, 32, 16, 34], rows }),
    blankLine(),
    body(`请于收到答复之日起十五日内填写本表，送（寄）${proposalCommittee(settings)}。对答复不满意的，请写明具体意见，承办单位将重新办理。`),
  ];
  return {
    fileName: proposalFileName.feedbackForm(p),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: p.title, children }),
  };
}
