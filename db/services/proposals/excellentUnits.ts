import { ApiError, type MethodParsedInput } from '../../../shared/contract';
import type { ExcellentUnitRecord } from '../../../shared/contract/proposals';
import { proposalExcellentUnits } from '../../schema';
import type { ServiceContext } from '../context';
import { getRecord, insertRecord, restoreRecord, voidRecord } from '../records';
import { stmt } from './store';

/**
 * 优秀承办单位: named by the office for a 届 and a 会次 (or the 平时 proposals), with the date, a
 * note and who recorded it; withdrawn by 作废 with a reason (never deleted), and restorable.
 */
const what = '优秀承办单位';

const selectSql = `select x.id, x.version, x.term_id termId, t.name termName, x.meeting_id meetingId, coalesce(m.name, '平时') sessionName,
    x.unit_id unitId, u.name unitName, x.date, x.note, x.actor, x.created_at createdAt, x.voided_at voidedAt, x.void_reason voidReason
  from proposal_excellent_units x join terms t on t.id = x.term_id left join meetings m on m.id = x.meeting_id join units u on u.id = x.unit_id`;
const orderSql = 'order by t.number desc, x.meeting_id is null, m.number desc, x.date, u.sort, u.name, x.id';

type Filter = Omit<MethodParsedInput<'proposal.excellentUnits'>, 'page' | 'pageSize'>;

function filterSql(input: Filter): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeVoided) where.push('x.voided_at is null');
  if (input.termId) {
    where.push('x.term_id = ?');
    params.push(input.termId);
  }
  if (input.meetingId === null) where.push('x.meeting_id is null');
  else if (input.meetingId !== undefined) {
    where.push('x.meeting_id = ?');
    params.push(input.meetingId);
  }
  if (input.year) {
    where.push('substr(x.date, 1, 4) = ?');
    params.push(String(input.year));
  }
  if (input.unitId) {
    where.push('x.unit_id = ?');
    params.push(input.unitId);
  }
  return { where: where.length ? `where ${where.join(' and ')}` : '', params };
}

export function excellentUnitRows(ctx: ServiceContext, input: Filter, page?: { page: number; pageSize: number }): ExcellentUnitRecord[] {
  const { where, params } = filterSql(input);
  const limit = page ? ` limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : '';
  return stmt(ctx, `${selectSql} ${where} ${orderSql}${limit}`).all(...params) as ExcellentUnitRecord[];
}

export function listExcellentUnits(ctx: ServiceContext, input: MethodParsedInput<'proposal.excellentUnits'>) {
  const { where, params } = filterSql(input);
  const total = (stmt(ctx, `select count(*) n from proposal_excellent_units x ${where}`).get(...params) as { n: number }).n;
  return { rows: excellentUnitRows(ctx, input, input), total };
}

function recordOf(ctx: ServiceContext, id: number): ExcellentUnitRecord {
  return stmt(ctx, `${selectSql} where x.id = ?`).get(id) as ExcellentUnitRecord;
}

const labelOf = (ctx: ServiceContext) => (r: { id: number }) => {
  const x = recordOf(ctx, r.id);
  return `${x.unitName}（${x.termName}${x.sessionName}）`;
};

/** One active record per unit and 会次: a second one is refused, naming the first. */
function assertNotNamed(ctx: ServiceContext, termId: number, meetingId: number | null, unitId: number, except?: number) {
  const other = stmt(ctx, `${selectSql} where x.term_id = ? and x.meeting_id is ? and x.unit_id = ? and x.voided_at is null and x.id is not ?`).get(termId, meetingId, unitId, except ?? null) as
    | ExcellentUnitRecord
    | undefined;
  if (other) throw new ApiError('TRANSITION', `${other.unitName}已于${other.date}评为${other.termName}${other.sessionName === '平时' ? '平时提案' : other.sessionName}优秀承办单位，不能重复评定。`);
}

export function markExcellentUnit(ctx: ServiceContext, input: MethodParsedInput<'proposal.markExcellentUnit'>): ExcellentUnitRecord {
  const term = stmt(ctx, 'select id from terms where id = ? and voided_at is null').get(input.termId);
  if (!term) throw new ApiError('VALIDATION', '所选届次不存在或已作废。', [{ path: '届次', message: '所选届次不存在或已作废。' }]);
  if (input.meetingId !== null) {
    const meeting = stmt(ctx, 'select id from meetings where id = ? and term_id = ? and voided_at is null').get(input.meetingId, input.termId);
    if (!meeting) throw new ApiError('VALIDATION', '所选会次不存在或不属于该届次。', [{ path: '会次', message: '所选会次不存在或不属于该届次。' }]);
  }
  const unit = stmt(ctx, 'select name from units where id = ? and voided_at is null').get(input.unitId) as { name: string } | undefined;
  if (!unit) throw new ApiError('VALIDATION', '所选承办单位不存在或已作废。', [{ path: '承办单位', message: '所选承办单位不存在或已作废。' }]);
  assertNotNamed(ctx, input.termId, input.meetingId, input.unitId);
  const row = insertRecord<{ id: number; version: number; voidedAt: string | null }>(
    ctx,
    proposalExcellentUnits,
    { termId: input.termId, meetingId: input.meetingId, unitId: input.unitId, date: input.date, note: input.note, actor: ctx.actor },
    what,
    unit.name,
  );
  return recordOf(ctx, row.id);
}

export function voidExcellentUnit(ctx: ServiceContext, input: MethodParsedInput<'proposal.voidExcellentUnit'>): ExcellentUnitRecord {
  const row = voidRecord(ctx, proposalExcellentUnits, input, what, labelOf(ctx));
  return recordOf(ctx, row.id);
}

export function restoreExcellentUnit(ctx: ServiceContext, input: MethodParsedInput<'proposal.restoreExcellentUnit'>): ExcellentUnitRecord {
  const before = getRecord<{ id: number; version: number; voidedAt: string | null; termId: number; meetingId: number | null; unitId: number }>(ctx, proposalExcellentUnits, input.id, what);
  if (before.voidedAt) assertNotNamed(ctx, before.termId, before.meetingId, before.unitId, before.id);
  const row = restoreRecord(ctx, proposalExcellentUnits, input, what, labelOf(ctx));
  return recordOf(ctx, row.id);
}
