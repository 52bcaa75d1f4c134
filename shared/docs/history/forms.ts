import type { Document } from 'docx';
import type { ArticleRecord } from '../../contract/history';
import type { OfficeSettings } from '../../contract/officeSettings';
import { formatChineseDate } from '../../domain/chineseDate';
import { formatRate, proofQuality, targetLabel } from '../../domain/history/errorRate';
import { proofRounds, reviewStages } from '../../domain/history/status';
import { blankLine, body, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { documentFileName } from '../samples';
import { table } from '../table';
import { seriesName } from './volume';

/** What the 审稿单 and 校对记录单 print about an article (a subset of history.article.get). */
export type FormArticle = Pick<
  ArticleRecord,
  'title' | 'author' | 'authorThen' | 'authorNow' | 'recorder' | 'sanqin' | 'wordCount' | 'source' | 'receivedDate' | 'callTopic' | 'permission' | 'volumeNumber' | 'volumeTitle' | 'reviews' | 'proofs' | 'reviewRound'
>;

const cn = (iso: string | null | undefined) => (iso ? formatChineseDate(iso.slice(0, 10)) : '');

function infoTable(a: FormArticle, withReview: boolean) {
  const rows: [string, string][] = [
    ['篇\u3000\u3000名', a.title],
    ['作\u3000\u3000者', a.author],
    ...(withReview
      ? ([
          ['作者身份', [a.authorThen && `当时：${a.authorThen}`, a.authorNow && `现在：${a.authorNow}`].filter(Boolean).join('；')],
          ['整\u3000理\u3000人', a.recorder],
          ['三亲类型', a.sanqin],
          ['稿件来源', a.source],
          ['收稿日期', cn(a.receivedDate)],
          ['征\u3000\u3000稿', a.callTopic ?? ''],
          ['授权情况', a.permission],
        ] as [string, string][])
      : []),
    ['字\u3000\u3000数', `${a.wordCount}字`],
    ['所\u3000在\u3000辑', a.volumeNumber ? `第${a.volumeNumber}辑《${a.volumeTitle ?? ''}》` : '（尚未编入）'],
  ];
  return table({ columns: [{ title: '项目', width: 22, align: 'center' }, { title: '内容', width: 78 }], rows, repeatHeader: false });
}

/**
 * 审稿单: the article's facts and its 三审 (初审/复审/终审 with opinion, decision, reviewer, date).
 * Every round is listed; stages not yet reviewed print as empty rows to be filled in by hand.
 */
export function buildReviewForm(a: FormArticle, settings: OfficeSettings): Document {
  const rows: (string | number)[][] = [];
  const rounds = Math.max(1, a.reviewRound, ...a.reviews.map((r) => r.round));
  for (let round = 1; round <= rounds; round++) {
    for (const stage of reviewStages) {
      const r = a.reviews.find((x) => x.round === round && x.stage === stage);
      if (!r && round < rounds) continue;
      const label = rounds > 1 ? `第${round}轮${stage}` : stage;
      rows.push(r ? [label, r.opinion, r.decision, r.reviewer, cn(r.date)] : [label, '', '', '', '']);
    }
  }
  return buildOfficialDocument({
    kind: 'normal',
    settings,
    title: `审稿单：${a.title}`,
    children: [
      title(`《${seriesName(settings)}》审稿单`),
      blankLine(),
      infoTable(a, true),
      blankLine(),
      table({
        columns: [
          { title: '审次', width: 12, align: 'center' },
          { title: '审稿意见', width: 42 },
          { title: '结论', width: 10, align: 'center' },
          { title: '审稿人', width: 12, align: 'center' },
          { title: '日期', width: 24, align: 'center' },
        ],
        rows,
      }),
      blankLine(),
      body('三审由三人分别审稿：初审由责任编辑、复审由编辑部负责人、终审由主编承担；结论为“通过”“退改”或“不用”。'),
    ],
  });
}

/** 校对记录单: 一校/二校/三校 with errors found and fixed, each round's rate, and the article's rate against the target. */
export function buildProofForm(a: FormArticle, settings: OfficeSettings): Document {
  const q = proofQuality(a.proofs);
  const rows = proofRounds.map((round) => {
    const p = q.rounds.find((x) => x.round === round);
    const src = a.proofs.find((x) => x.round === round);
    return p ? [round, src?.proofreader ?? '', cn(src?.date), p.chars, p.errorsFound, p.errorsFixed, p.rate.toFixed(2), src?.note ?? ''] : [round, '', '', '', '', '', '', ''];
  });
  const verdict =
    q.rate === null
      ? `尚未校对。质量目标：差错率${targetLabel}。`
      : `本稿差错率${formatRate(q.rate)}（按${q.rounds[q.rounds.length - 1].round}发现的差错${q.unfixed ? `及未改正的${q.unfixed}处` : ''}计），质量目标${targetLabel}，${q.meetsTarget ? '达标' : '未达标'}${q.complete ? '' : '（三校尚未完成）'}。`;
  return buildOfficialDocument({
    kind: 'normal',
    settings,
    title: `校对记录单：${a.title}`,
    children: [
      title(`《${seriesName(settings)}》校对记录单`),
      blankLine(),
      infoTable(a, false),
      blankLine(),
      table({
        columns: [
          { title: '校次', width: 9, align: 'center' },
          { title: '校对人', width: 12, align: 'center' },
          { title: '日期', width: 25, align: 'center' },
          { title: '字数', width: 9, align: 'right' },
          { title: '发现差错', width: 9, align: 'right' },
          { title: '改正差错', width: 9, align: 'right' },
          { title: '差错率（万分之）', width: 14, align: 'right' },
          { title: '说明', width: 13 },
        ],
        rows,
      }),
      blankLine(),
      body(`差错率＝差错数÷字数×10000。${verdict}`),
    ],
  });
}

export const reviewFormFileName = (a: Pick<FormArticle, 'title'>) => documentFileName(undefined, `审稿单-${a.title}`);
export const proofFormFileName = (a: Pick<FormArticle, 'title'>) => documentFileName(undefined, `校对记录单-${a.title}`);
