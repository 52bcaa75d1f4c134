import type { FileChild } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import type { ProposalBookRow, ProposalStatistics } from '../../contract/proposals';
import { formatChineseDate } from '../../domain/chineseDate';
import { blankLine, body, heading, headingNumber, mainRecipient, signature, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import type { SampleDocument } from '../samples';
import { proposalFileName } from './fileNames';
import { table } from '../table';
import { versionNote } from '../versionNote';
import { proposalDocNumber, yearOf } from './common';

export interface ProgressReportData {
  /** 政协永安县第十一届委员会第四次会议 (sessionTitle). */
  session: string;
  date: string;
  docSerial?: number | null;
  statistics: ProposalStatistics;
  /** 立案 proposals not yet answered (with their 主办单位 and 办理期限). */
  unanswered: readonly ProposalBookRow[];
}

/**
 * The 通报's sentence naming the 优秀承办单位 of the 会次 (none: no sentence). Units named twice
 * (several records) are named once, in the order the office named them.
 */
export function excellentUnitsSentence(session: string, excellent: ProposalStatistics['excellentUnits']): string | null {
  const names = [...new Set(excellent.map((x) => x.unitName))];
  if (!names.length) return null;
  const who = names.length > 1 ? `${names.join('、')}等${names.length}个单位` : names[0];
  return `经研究，${who}高度重视提案办理工作，答复及时、办理认真，提案者满意，被评为${session}提案办理工作优秀承办单位，予以通报表扬。`;
}

/** 办理情况通报: the figures, every 主办单位's record, the 优秀承办单位, what is still open, and what comes next. */
export function progressReportDocument(data: ProgressReportData, settings: OfficeSettings): SampleDocument {
  const docNumber = proposalDocNumber(settings, yearOf(data.date), data.docSerial);
  const docTitle = `关于${data.session}提案办理情况的通报`;
  const s = data.statistics;
  const mains = s.units.filter((u) => u.main > 0);
  const overdue = data.unanswered.filter((p) => p.overdue);
  const excellent = excellentUnitsSentence(data.session, s.excellentUnits);
  const children: FileChild[] = [
    title(docTitle),
    blankLine(),
    mainRecipient('各提案承办单位'),
    body(`为进一步推动提案办理工作，提高办理质量，现将${data.session}提案办理情况通报如下。`),
    heading(1, `${headingNumber(1, 1)}总体情况`),
    body(s.paragraph),
    heading(1, `${headingNumber(1, 2)}各承办单位办理情况`),
    table({
      columns: [
        // the two rate columns wide enough for “100.00%” on one line
        { title: '序号', width: 6, align: 'center' },
        { title: '承办单位', width: 28 },
        { title: '主办', width: 8, align: 'center' },
        { title: '已答复', width: 9, align: 'center' },
        { title: '按期答复', width: 9, align: 'center' },
        { title: '协办', width: 8, align: 'center' },
        { title: '办复率', width: 15, align: 'center' },
        { title: '按期办复率', width: 17, align: 'center' },
      ],
      rows: mains.map((u, i) => [i + 1, u.unit, u.main, u.mainAnswered, u.mainOnTime, u.co, u.answerRate.text, u.mainOnTimeRate.text]),
    }),
    ...(excellent ? [body(excellent)] : []),
    heading(1, `${headingNumber(1, 3)}尚未办复的提案`),
    ...(data.unanswered.length
      ? [
          body(`截至${formatChineseDate(data.date)}，尚有${data.unanswered.length}件提案未办复${overdue.length ? `，其中${overdue.length}件已超过办理期限` : ''}，请有关单位抓紧办理。`),
          table({
            columns: [
              { title: '提案号', width: 16, align: 'center' },
              { title: '案由', width: 36 },
              { title: '主办单位', width: 22 },
              { title: '办理期限', width: 26, align: 'center' },
            ],
            rows: data.unanswered.map((p) => [p.number ?? '', p.title, p.mainUnit ?? '（待交办）', p.dueDate ? `${formatChineseDate(p.dueDate)}${p.overdue ? '（已逾期）' : ''}` : '']),
          }),
        ]
      : [body('立案提案均已办复。')]),
    heading(1, `${headingNumber(1, 4)}下一步工作要求`),
    body('各承办单位要对照办理期限，抓紧办理尚未答复的提案；对已答复的提案，要加强与提案者的沟通，认真落实答复中承诺的事项，对列入计划解决的B类提案做好跟踪落实，接受“回头看”。'),
    ...signature({ issuer: settings.shortName, isoDate: data.date }),
    ...versionNote({ cc: settings.series.proposal.cc, issuer: settings.issuingOffice, issueDate: data.date }),
  ];
  return {
    fileName: proposalFileName.progressReport(data, settings),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, subject: docNumber, children }),
  };
}

/** The statistics part of the 提案工作报告: the paragraph the report quotes and its tables. */
export function reportSectionDocument(data: { session: string; statistics: ProposalStatistics }, settings: OfficeSettings): SampleDocument {
  const s = data.statistics;
  const docTitle = `${data.session}提案工作情况（统计部分）`;
  const filing = (first: string, rows: ProposalStatistics['byKind']) =>
    table({
      columns: [
        { title: first, width: 28 },
        { title: '收到', width: 12, align: 'center' },
        { title: '立案', width: 12, align: 'center' },
        { title: '立案率', width: 16, align: 'center' },
        { title: '已答复', width: 14, align: 'center' },
        { title: '办复率', width: 18, align: 'center' },
      ],
      rows: rows.map((r) => [r.key, r.received, r.filed, r.filingRate.text, r.answered, r.answerRate.text]),
    });
  const children: FileChild[] = [
    title(docTitle),
    blankLine(),
    body(s.paragraph),
    heading(1, `${headingNumber(1, 1)}立案情况（按提案者类型）`),
    filing('提案者类型', s.byKind),
    heading(1, `${headingNumber(1, 2)}立案情况（按类别）`),
    filing('类别', s.byCategory),
    heading(1, `${headingNumber(1, 3)}答复类别`),
    table({
      columns: [
        { title: '答复类别', width: 40 },
        { title: '件数', width: 30, align: 'center' },
        { title: '占已答复的比例', width: 30, align: 'center' },
      ],
      rows: (['A', 'B', 'C'] as const).map((c) => [`${c}类`, s.summary.replyClasses[c].count, s.summary.replyClasses[c].share.text]),
    }),
    heading(1, `${headingNumber(1, 4)}征询意见`),
    body(
      s.summary.feedback.returned
        ? `收回征询意见表${s.summary.feedback.returned}份，满意${s.summary.feedback.满意}件、基本满意${s.summary.feedback.基本满意}件、不满意${s.summary.feedback.不满意}件，满意率（含基本满意）${s.summary.feedback.satisfactionRate.text}，其中满意${s.summary.feedback.satisfiedRate.text}。`
        : '尚未收回征询意见表。',
    ),
  ];
  return {
    fileName: proposalFileName.reportSection(data),
    document: buildOfficialDocument({ kind: 'normal', settings, title: docTitle, children }),
  };
}
