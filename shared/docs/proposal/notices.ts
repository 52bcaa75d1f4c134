import type { FileChild } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { ProposalBookRow, ProposalRecord } from '../../contract/proposals';
import { formatChineseDate } from '../../domain/chineseDate';
import { attachmentMark, attachments, blankLine, body, heading, headingNumber, mainRecipient, signature, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { letterHead } from '../letter';
import type { SampleDocument } from '../samples';
import { proposalFileName } from './fileNames';
import { table } from '../table';
import { letterVersionNote, versionNote } from '../versionNote';
import { pageBreak, proposalCommittee, proposalDocNumber, sessionTitle, yearOf } from './common';

const cn = (d: string | null | undefined) => (d ? formatChineseDate(d) : '');

/** 不予立案通知书: tells the proposer the decision, the reason and, if so, that it became a 社情民意. */
export function rejectNoticeDocument(p: ProposalRecord, settings: OfficeSettings, options: { date: string }): SampleDocument {
  const docTitle = '提案不予立案通知书';
  const whom = p.kind === '委员个人' || p.kind === '委员联名' ? `${p.proposerName}委员` : p.proposerName;
  const session = sessionTitle(settings, p.termName, p.sessionName);
  const converted =
    p.convertedTo === '社情民意' ? '为使您反映的情况和建议得到重视，该提案已转为社情民意信息，由县政协办公室按社情民意信息报送有关方面。' : p.convertedTo === '委员来信' ? '该提案已转为委员来信，由县政协办公室转有关部门研究处理。' : '';
  const children = [
    title(docTitle),
    blankLine(),
    mainRecipient(whom),
    body(
      `您${p.kind === '委员联名' ? '领衔' : ''}提出的《${p.title}》（${p.number ?? ''}），经${session}提案审查委员会审查，不予立案。理由是：${(p.rejectReason ?? '').replace(/[。；]$/, '')}。${converted}`,
    ),
    body('感谢您对政协提案工作的关心和支持，欢迎今后继续围绕全县中心工作和群众关心的问题提出高质量的提案。'),
    ...signature({ issuer: proposalCommittee(settings), isoDate: options.date }),
  ];
  return {
    fileName: proposalFileName.rejectNotice(p),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: p.title, children }),
  };
}

export interface AssignNoticeData {
  termName: string;
  sessionName: string;
  /** 交办日期 = 成文日期. */
  date: string;
  /** 发文序号 of the 提案 series (the clerk gives it); none = no 发文字号. */
  docSerial?: number | null;
  proposals: readonly ProposalBookRow[];
  /**
   * 'all': one notice to every unit with one list; 'merged': one notice, then a 交办清单 per unit, each
   * on its own page; a unit name: the notice addressed to that unit with its own list.
   */
  layout: 'all' | 'merged' | { unit: string };
}

/** Units of a list in 主办 order of appearance, then 协办-only ones. */
export function unitsOfList(proposals: readonly ProposalBookRow[]): string[] {
  const seen = new Set<string>();
  for (const p of proposals) if (p.mainUnit) seen.add(p.mainUnit);
  for (const p of proposals) for (const u of p.coUnits) seen.add(u);
  return [...seen];
}

/** The proposals a unit handles, with its role (主办 / 协办（会办）…). */
export function proposalsOfUnit(proposals: readonly ProposalBookRow[], unit: string): { p: ProposalBookRow; role: string }[] {
  return proposals.flatMap((p) => (p.mainUnit === unit ? [{ p, role: '主办' }] : p.coUnits.includes(unit) ? [{ p, role: p.mode === '分办' ? '分办' : '协办' }] : []));
}

function unitList(rows: { p: ProposalBookRow; role: string }[]) {
  return table({
    columns: [
      { title: '序号', width: 7, align: 'center' },
      { title: '提案号', width: 15, align: 'center' },
      { title: '案由', width: 36 },
      { title: '提案者', width: 14 },
      { title: '承办', width: 10, align: 'center' },
      { title: '办理期限', width: 18, align: 'center' },
    ],
    rows: rows.map(({ p, role }, i) => [i + 1, p.number ?? '', p.title, p.proposerText, role, p.dueDate ? p.dueDate.replace(/-/g, '.') : '']),
  });
}

function overallList(proposals: readonly ProposalBookRow[]) {
  return table({
    columns: [
      { title: '序号', width: 8, align: 'center' },
      { title: '提案号', width: 15, align: 'center' },
      { title: '案由', width: 29 },
      { title: '提案者', width: 12 },
      { title: '主办单位', width: 15 },
      { title: '协办单位', width: 14 },
      { title: '方式', width: 7, align: 'center' },
    ],
    rows: proposals.map((p, i) => [i + 1, p.number ?? '', p.title, p.proposerText, p.mainUnit ?? '', p.coUnits.join('\n'), p.mode ?? '']),
  });
}

/** The 交办 requirements: due date, 会办, 签收/申退, what a 答复 must contain. */
function requirements(proposals: readonly ProposalBookRow[], settings: OfficeSettings): FileChild[] {
  const dues = [...new Set(proposals.map((p) => p.dueDate).filter((d): d is string => !!d))].sort();
  const signs = [...new Set(proposals.map((p) => p.signDeadline).filter((d): d is string => !!d))].sort();
  const due = dues.length === 1 ? `请于${cn(dues[0])}前办理完毕` : '请按清单所列办理期限办理完毕';
  const hasJoint = proposals.some((p) => p.mode === '会办');
  return [
    heading(1, `${headingNumber(1, 1)}办理时限`),
    body(`${due}，并书面答复提案者，同时将答复件报送${proposalCommittee(settings)}。${hasJoint ? '会办提案由主办单位牵头办理，会办单位应自交办之日起一个月内将会办意见送主办单位。' : ''}情况复杂、确需延期的，应在办理期限届满前书面说明理由，延期后的办理期限自交办之日起最长不超过六个月。`),
    heading(1, `${headingNumber(1, 2)}签收和申退`),
    body(`${signs.length === 1 ? `请于${cn(signs[0])}前` : '请于交办之日起五个工作日内'}签收。对不属于本单位职责范围的提案，应在签收期限内提出申请退回并说明理由，不得自行转办。`),
    heading(1, `${headingNumber(1, 3)}答复要求`),
    body('答复应逐条回应提案所提建议，明确答复类别（A类为所提问题已经解决或基本解决、建议已采纳；B类为正在解决或已列入计划逐步解决；C类为因条件限制暂时不能解决、留作参考），由单位主要负责同志审签，并注明联系人和联系电话。'),
  ];
}

/**
 * 交办通知 (信函格式) with its 交办清单: to every unit with one list, with a list per unit in one file,
 * or addressed to one unit with only its proposals.
 */
export function assignNoticeDocument(data: AssignNoticeData, settings: OfficeSettings): SampleDocument {
  const session = sessionTitle(settings, data.termName, data.sessionName);
  const docNumber = proposalDocNumber(settings, yearOf(data.date), data.docSerial);
  const docTitle = `关于交办${session}提案的通知`;
  const forUnit = typeof data.layout === 'object' ? data.layout.unit : null;
  const own = forUnit ? proposalsOfUnit(data.proposals, forUnit) : [];
  const list = forUnit ? own.map((x) => x.p) : data.proposals;
  const recipient = forUnit ?? '各承办单位';
  const mainCount = own.filter((x) => x.role === '主办').length;
  const split = [mainCount ? `主办${mainCount}件` : '', own.length - mainCount ? `协办${own.length - mainCount}件` : ''].filter(Boolean).join('、');
  const count = forUnit ? `${own.length}件（${split}）` : `${data.proposals.length}件`;
  const listName = forUnit ? `${forUnit}提案交办清单` : '提案交办清单';
  const units = unitsOfList(data.proposals);
  // One section: the letter, then the 附件 on new pages, the 抄送 line last (版记 after the 附件, GB/T 9704 8).
  const lists: FileChild[] =
    data.layout === 'merged'
      ? units.flatMap((unit, i) => [...(i ? [pageBreak()] : []), ...(i === 0 ? [attachmentMark()] : []), title(`${unit}提案交办清单`), blankLine(), unitList(proposalsOfUnit(data.proposals, unit))])
      : [attachmentMark(), title(listName), blankLine(), forUnit ? unitList(own) : overallList(data.proposals)];
  const children: FileChild[] = [
    title(docTitle),
    blankLine(),
    mainRecipient(recipient),
    body(`经${session}提案审查委员会审查立案，现将${forUnit ? '由你单位承办的' : ''}提案${count}交${forUnit ? '你单位' : '各承办单位'}办理（见附件）。现将有关事项通知如下：`),
    ...requirements(list, settings),
    ...attachments([data.layout === 'merged' ? '各承办单位提案交办清单' : listName]),
    ...signature({ issuer: settings.shortName, isoDate: data.date }),
    pageBreak(),
    ...lists,
    ...letterVersionNote({ cc: settings.series.proposal.cc }),
  ];
  return {
    fileName: proposalFileName.assignNotice(data, settings),
    document: buildOfficialDocument({ kind: 'letter', settings, title: docTitle, subject: docNumber, letterHead: letterHead({ orgName: settings.committeeName, docNumber }), children }),
  };
}

export interface KeyNoticeData {
  termName: string;
  sessionName: string;
  date: string;
  docSerial?: number | null;
  proposals: readonly ProposalBookRow[];
}

/** 重点提案督办通知: the 重点提案, their 督办领导 and 承办单位, and how the 督办 works. */
export function keyNoticeDocument(data: KeyNoticeData, settings: OfficeSettings): SampleDocument {
  const session = sessionTitle(settings, data.termName, data.sessionName);
  const docNumber = proposalDocNumber(settings, yearOf(data.date), data.docSerial);
  const docTitle = `关于做好${session}重点提案督办工作的通知`;
  const leaders = [...new Set(data.proposals.map((p) => p.keyLeader).filter(Boolean))];
  const children: FileChild[] = [
    title(docTitle),
    blankLine(),
    mainRecipient('各有关承办单位'),
    body(`经研究，确定${session}重点提案${data.proposals.length}件，由${leaders.length ? `${leaders.join('、')}等` : '县政协主席会议成员'}领衔督办。现将有关事项通知如下：`),
    heading(1, `${headingNumber(1, 1)}督办方式`),
    body('重点提案采取“主席会议成员领衔督办、提案委员会具体协调、承办单位牵头办理”的方式，通过督办协商会、实地视察、跟踪督办等形式推进落实。'),
    heading(1, `${headingNumber(1, 2)}工作要求`),
    body('各承办单位要把重点提案办理作为重要工作，主要负责同志亲自研究部署，制定办理方案，加强与提案者和督办领导的沟通，及时报告办理进展，确保办理质量和实效。'),
    heading(1, `${headingNumber(1, 3)}重点提案及督办领导`),
    table({
      columns: [
        { title: '序号', width: 8, align: 'center' },
        { title: '提案号', width: 15, align: 'center' },
        { title: '案由', width: 30 },
        { title: '提案者', width: 12 },
        { title: '督办领导', width: 15 },
        { title: '主办单位', width: 20 },
      ],
      rows: data.proposals.map((p, i) => [i + 1, p.number ?? '', p.title, p.proposerText, p.keyLeader, [p.mainUnit ?? '', ...p.coUnits.map((u) => `${u}（协办）`)].join('\n')]),
    }),
    ...signature({ issuer: settings.shortName, isoDate: data.date }),
    ...versionNote({ cc: settings.series.proposal.cc, issuer: settings.issuingOffice, issueDate: data.date }),
  ];
  return {
    fileName: proposalFileName.keyNotice(data, settings),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: docNumber, children }),
  };
}

export interface ReminderData {
  /** The unit reminded; one letter per unit. */
  unit: string;
  date: string;
  /** The date the answer is now asked for. */
  replyBy: string;
  docSerial?: number | null;
  proposals: readonly ProposalBookRow[];
}

/** 催办函 (信函格式) to one unit, listing its overdue proposals. */
export function reminderLetterDocument(data: ReminderData, settings: OfficeSettings): SampleDocument {
  const docNumber = proposalDocNumber(settings, yearOf(data.date), data.docSerial);
  const docTitle = '关于催办政协提案的函';
  const children: FileChild[] = [
    title(docTitle),
    blankLine(),
    mainRecipient(data.unit),
    body(`交由你单位主办的下列${data.proposals.length}件政协提案，已超过办理期限，至今尚未书面答复提案者。请你单位高度重视，抓紧办理，于${cn(data.replyBy)}前将答复件送达提案者，并报送${proposalCommittee(settings)}。确有特殊情况不能按期答复的，请书面说明理由。`),
    table({
      columns: [
        { title: '序号', width: 8, align: 'center' },
        { title: '提案号', width: 15, align: 'center' },
        { title: '案由', width: 39 },
        { title: '提案者', width: 14 },
        { title: '办理期限', width: 24, align: 'center' },
      ],
      rows: data.proposals.map((p, i) => [i + 1, p.number ?? '', p.title, p.proposerText, p.dueDate ? formatChineseDate(p.dueDate) : '']),
    }),
    ...signature({ issuer: `${settings.shortName}办公室`, isoDate: data.date }),
    ...letterVersionNote({ cc: settings.series.proposal.cc }),
  ];
  return {
    fileName: proposalFileName.reminder(data, settings),
    document: buildOfficialDocument({ kind: 'letter', settings, title: docTitle, subject: data.unit, letterHead: letterHead({ orgName: settings.committeeName, docNumber }), children }),
  };
}

/** The overdue proposals of a list, grouped by their 主办单位. */
export function overdueByUnit(proposals: readonly ProposalBookRow[]): Map<string, ProposalBookRow[]> {
  const out = new Map<string, ProposalBookRow[]>();
  for (const p of proposals) {
    if (!p.overdue || !p.mainUnit) continue;
    out.set(p.mainUnit, [...(out.get(p.mainUnit) ?? []), p]);
  }
  return out;
}
