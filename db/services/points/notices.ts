import { desc, eq } from 'drizzle-orm';
import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { NoticeRecord } from '../../../shared/contract/points';
import { formatChineseDate } from '../../../shared/domain/chineseDate';
import { assignDocNumber } from '../../../shared/domain/docNumber';
import { pointsNotices } from '../../schema';
import type { ServiceContext } from '../context';
import { usedNumbers } from '../register';
import { insertRecord, voidRecord } from '../records';
import { officeSettings } from '../system';
import { closedYears } from './common';

const what = '年度履职情况通报';
type NoticeRow = typeof pointsNotices.$inferSelect;

/** Newest first; a year's voided 通报 stay listed (their numbers are taken for ever). */
export function listNotices(ctx: ServiceContext, input: MethodParsedInput<'points.notice.list'>): NoticeRecord[] {
  return ctx.app.orm
    .select()
    .from(pointsNotices)
    .where(input.year === undefined ? undefined : eq(pointsNotices.year, input.year))
    .orderBy(desc(pointsNotices.docYear), desc(pointsNotices.serial))
    .all();
}

/**
 * 印发: the 通报 of a closed year gets the next 发文字号 of the office series (设置 → 单位信息 →
 * 办公室综合): the year of the 成文日期, 1 + the largest serial ever given that year — voided 通报
 * included, so a number is never given twice (the same rule as the 民主监督建议书, numbering.ts).
 * Only a closed year: a numbered document prints final figures.
 */
export function issueNotice(ctx: ServiceContext, input: MethodParsedInput<'points.notice.issue'>): NoticeRecord {
  if (!closedYears(ctx).has(input.year)) throw new ApiError('TRANSITION', `${input.year}年度积分尚未结账。请先在“年度结账”中结账，积分固定后再印发通报并编发文字号。`);
  if (input.issueDate <= `${input.year}-12-31`) throw new ApiError('VALIDATION', `成文日期应在${input.year}年度结束以后（${formatChineseDate(`${input.year + 1}-01-01`)}或以后）。`, [{ path: '成文日期', message: '应在该年度结束以后' }]);
  const live = ctx.app.sqlite.prepare('select doc_number docNumber, issue_date issueDate from points_notices where year = ? and voided_at is null').get(input.year) as { docNumber: string; issueDate: string } | undefined;
  if (live) throw new ApiError('TRANSITION', `${input.year}年度履职情况通报已于${formatChineseDate(live.issueDate)}印发（${live.docNumber}）。如需重新印发，请先作废原通报；原文号不再使用。`);
  const number = assignDocNumber(officeSettings(ctx).series.office.prefix, input.issueDate, usedNumbers(ctx, 'office'));
  const row = insertRecord<NoticeRow>(
    ctx,
    pointsNotices,
    { year: input.year, issueDate: input.issueDate, docYear: number.year, serial: number.serial, docNumber: number.docNumber, issuer: input.issuer },
    what,
    `${number.docNumber} 关于${input.year}年度政协委员履职情况的通报`,
  );
  return row;
}

export function voidNotice(ctx: ServiceContext, input: MethodParsedInput<'points.notice.void'>): NoticeRecord {
  return voidRecord<NoticeRow>(ctx, pointsNotices, input, what, (r) => `${r.docNumber}（${r.year}年度）`);
}
