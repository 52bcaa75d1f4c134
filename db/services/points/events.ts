import { ApiError, conflictMessage, type MethodParsedInput } from '../../../shared/contract';
import type { AttendanceRecord, EventDetail, EventRecord } from '../../../shared/contract/points';
import { rate } from '../../../shared/domain/proposal/statistics';
import type { AttendanceStatus } from '../../../shared/domain/points/kinds';
import { normalizePhone, parseAttendanceStatus, parseYesNo } from '../../../shared/domain/points/signin';
import { pointsEvents } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { closedYears } from './common';
import { getRecord, insertRecord, restoreRecord, updateRecord, voidRecord } from '../records';

const what = '活动会议';

/** Attendance of a closed year is what its frozen points were computed from: it stays as it was. */
function assertOpenYear(ctx: ServiceContext, date: string) {
  const year = Number(date.slice(0, 4));
  if (closedYears(ctx).has(year)) throw new ApiError('TRANSITION', `${year}年度积分已结账，该年度的活动、会议和考勤不能再改动；如确需更正，请先在“年度结账”中撤销该年度结账。`);
}
type EventRow = typeof pointsEvents.$inferSelect;

const eventSelect = `select e.id, e.version, e.created_at createdAt, e.updated_at updatedAt, e.voided_at voidedAt, e.void_reason voidReason, e.kind, e.type, e.title, e.date, e.place,
  e.organizer, e.sector_group_id sectorGroupId, g.name sectorGroupName, e.note,
  (select count(*) from points_attendance a where a.event_id = e.id) expected,
  (select count(*) from points_attendance a where a.event_id = e.id and a.status = '出席') present,
  (select count(*) from points_attendance a where a.event_id = e.id and a.status = '请假') leave,
  (select count(*) from points_attendance a where a.event_id = e.id and a.status = '缺席') absent,
  (select count(*) from points_attendance a where a.event_id = e.id and a.spoke = 1 and a.status = '出席') spoke
  from points_events e left join sector_groups g on g.id = e.sector_group_id`;

type EventQueryRow = Omit<EventRecord, 'counts' | 'attendanceRate'> & { expected: number; present: number; leave: number; absent: number; spoke: number };

function toEvent(r: EventQueryRow): EventRecord {
  const { expected, present, leave, absent, spoke, ...rest } = r;
  return { ...rest, counts: { expected, present, leave, absent, spoke }, attendanceRate: rate(present, expected).text };
}

export function attendanceOf(ctx: ServiceContext, eventId: number): AttendanceRecord[] {
  return (
    ctx.app.sqlite
      .prepare(
        `select a.member_id memberId, m.name, s.name sectorName, g.name groupName, m.phone, a.status, a.spoke, a.note
         from points_attendance a join members m on m.id = a.member_id left join sectors s on s.id = m.sector_id left join sector_groups g on g.id = m.group_id
         where a.event_id = ? order by a.sort, s.sort, m.id`,
      )
      .all(eventId) as (Omit<AttendanceRecord, 'spoke'> & { spoke: number })[]
  ).map((r) => ({ ...r, spoke: !!r.spoke }));
}

export function eventDetail(ctx: ServiceContext, id: number): EventDetail {
  const row = ctx.app.sqlite.prepare(`${eventSelect} where e.id = ?`).get(id) as EventQueryRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `${what}不存在。`);
  return { ...toEvent(row), attendance: attendanceOf(ctx, id) };
}

export function listEvents(ctx: ServiceContext, input: MethodParsedInput<'points.event.list'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeVoided) where.push('e.voided_at is null');
  if (input.year) {
    where.push('e.date between ? and ?');
    params.push(`${input.year}-01-01`, `${input.year}-12-31`);
  }
  if (input.from) {
    where.push('e.date >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('e.date <= ?');
    params.push(input.to);
  }
  if (input.kind) {
    where.push('e.kind = ?');
    params.push(input.kind);
  }
  if (input.type) {
    where.push('e.type = ?');
    params.push(input.type);
  }
  if (input.memberId) {
    where.push('exists (select 1 from points_attendance a where a.event_id = e.id and a.member_id = ?)');
    params.push(input.memberId);
  }
  if (input.search) {
    const term = `%${input.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push("(e.title like ? escape '\\' or e.place like ? escape '\\' or e.organizer like ? escape '\\')");
    params.push(term, term, term);
  }
  const cond = where.length ? `where ${where.join(' and ')}` : '';
  const total = (ctx.app.sqlite.prepare(`select count(*) n from points_events e ${cond}`).get(...params) as { n: number }).n;
  const rows = ctx.app.sqlite
    .prepare(`${eventSelect} ${cond} order by e.date desc, e.id desc limit ? offset ?`)
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as EventQueryRow[];
  return { rows: rows.map(toEvent), total };
}

type AttendanceInput = { memberId: number; status: AttendanceStatus; spoke: boolean; note: string };

function writeAttendance(ctx: ServiceContext, eventId: number, rows: readonly AttendanceInput[]) {
  ctx.app.sqlite.prepare('delete from points_attendance where event_id = ?').run(eventId);
  const insert = ctx.app.sqlite.prepare('insert into points_attendance (event_id, member_id, status, spoke, note, sort) values (?, ?, ?, ?, ?, ?)');
  // 发言 counts only for a member who was there (出席); a 请假/缺席 row never stores it.
  rows.forEach((r, i) => insert.run(eventId, r.memberId, r.status, r.status === '出席' && r.spoke ? 1 : 0, r.note, i));
}

function assertMembers(ctx: ServiceContext, ids: readonly number[]) {
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) throw new ApiError('VALIDATION', '考勤名单中有重复的委员。');
    seen.add(id);
  }
  if (!ids.length) return;
  const found = ctx.app.sqlite.prepare(`select count(*) n from members where voided_at is null and id in (${ids.map(() => '?').join(',')})`).get(...ids) as { n: number };
  if (found.n !== ids.length) throw new ApiError('VALIDATION', '考勤名单中有委员不存在或已作废，请刷新后重试。');
}

const countsText = (rows: readonly { status: AttendanceStatus }[]) => {
  const n = (s: AttendanceStatus) => rows.filter((r) => r.status === s).length;
  return `应到${rows.length}人，出席${n('出席')}、请假${n('请假')}、缺席${n('缺席')}`;
};

export function saveEvent(ctx: ServiceContext, input: MethodParsedInput<'points.event.save'>): EventDetail {
  const { id, version, memberIds, ...values } = input;
  assertOpenYear(ctx, values.date);
  if (id === undefined) {
    const row = insertRecord<EventRow>(ctx, pointsEvents, values, what, `${values.date} ${values.title}`);
    if (memberIds?.length) {
      assertMembers(ctx, memberIds);
      writeAttendance(ctx, row.id, memberIds.map((memberId) => ({ memberId, status: '出席', spoke: false, note: '' })));
    }
    return eventDetail(ctx, row.id);
  }
  if (memberIds !== undefined) throw new ApiError('VALIDATION', '修改活动或会议时请通过“登记考勤”修改名单。');
  assertOpenYear(ctx, getRecord<EventRow>(ctx, pointsEvents, id, what).date);
  updateRecord<EventRow>(ctx, pointsEvents, id, version, values, what, (r) => `修改${what}：${r.date} ${r.title}`);
  return eventDetail(ctx, id);
}

function liveEvent(ctx: ServiceContext, id: number, version: number): EventRow {
  const row = getRecord<EventRow>(ctx, pointsEvents, id, what);
  if (row.voidedAt) throw new ApiError('TRANSITION', `该${what}已作废，不能登记考勤。`);
  if (row.version !== version) throw new ApiError('CONFLICT', conflictMessage);
  assertOpenYear(ctx, row.date);
  return row;
}

export function setAttendance(ctx: ServiceContext, input: MethodParsedInput<'points.event.setAttendance'>): EventDetail {
  const row = liveEvent(ctx, input.id, input.version);
  assertMembers(
    ctx,
    input.rows.map((r) => r.memberId),
  );
  const before = attendanceOf(ctx, row.id);
  writeAttendance(ctx, row.id, input.rows);
  updateRecord<EventRow>(ctx, pointsEvents, row.id, input.version, {}, what, () => `登记考勤：${row.date} ${row.title}（${countsText(input.rows)}）`);
  audit(ctx, { summary: `考勤名单：${row.title}`, entity: '考勤', entityId: row.id, before, after: input.rows });
  return eventDetail(ctx, row.id);
}

/**
 * 签到表 import, all or nothing. Each row names a member by 姓名 (with 手机号 when two members in
 * office share the name); the member must be in office on the event's date. 出席情况: 出席/请假/缺席
 * and the usual words (blank = 缺席). 合并 sets the sheet's members and keeps the rest of the list;
 * 替换 makes the list exactly the sheet.
 */
export function importAttendance(ctx: ServiceContext, input: MethodParsedInput<'points.event.importAttendance'>) {
  const row = liveEvent(ctx, input.id, input.version);
  const candidates = ctx.app.sqlite
    .prepare(
      `select m.id, m.name, m.phone from members m join terms t on t.id = m.term_id
       where m.voided_at is null and t.start_date <= ? and (t.end_date is null or t.end_date >= ?) and (m.status = '在任' or m.left_at >= ?)`,
    )
    .all(row.date, row.date, row.date) as { id: number; name: string; phone: string }[];
  const byName = new Map<string, { id: number; name: string; phone: string }[]>();
  for (const c of candidates) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);

  const errors: { row: number; message: string }[] = [];
  const parsed: (AttendanceInput & { row: number })[] = [];
  const seen = new Map<number, number>();
  for (const raw of input.rows) {
    const problems: string[] = [];
    const name = raw.name.replace(/\s+/g, '');
    const phone = normalizePhone(raw.phone);
    let memberId: number | null = null;
    if (!name) problems.push('缺少姓名');
    else {
      const same = byName.get(name) ?? [];
      const hits = phone ? same.filter((m) => m.phone === phone) : same;
      if (same.length === 0) problems.push(`“${name}”不是${row.date}在任的委员`);
      else if (hits.length === 0) problems.push(`“${name}”的手机号不是${raw.phone.trim()}`);
      else if (hits.length > 1) problems.push(`有${hits.length}名委员叫“${name}”，请填写手机号区分`);
      else memberId = hits[0].id;
    }
    const status = parseAttendanceStatus(raw.status);
    if (status === null) problems.push(`出席情况“${raw.status.trim()}”应为出席、请假或缺席`);
    const spoke = parseYesNo(raw.spoke);
    if (spoke === null) problems.push(`发言“${raw.spoke.trim()}”应填是或否`);
    else if (spoke && status !== '出席' && status !== null) problems.push('未出席的委员不能登记发言');
    if (memberId !== null && seen.has(memberId)) problems.push(`与第${seen.get(memberId)}行是同一名委员`);
    if (raw.note.length > 200) problems.push('备注超过200个字');
    if (problems.length) {
      errors.push({ row: raw.row, message: problems.join('；') });
      continue;
    }
    seen.set(memberId!, raw.row);
    parsed.push({ row: raw.row, memberId: memberId!, status: status!, spoke: spoke!, note: raw.note.trim() });
  }
  if (errors.length) return { imported: 0, errors, event: null };

  const before = attendanceOf(ctx, row.id);
  const fromSheet = new Map(parsed.map((p) => [p.memberId, p]));
  const kept: AttendanceInput[] = input.mode === '替换' ? [] : before.filter((b) => !fromSheet.has(b.memberId)).map((b) => ({ memberId: b.memberId, status: b.status, spoke: b.spoke, note: b.note }));
  // Existing members keep their place in the list; new ones follow in sheet order.
  const order = new Map(before.map((b, i) => [b.memberId, i]));
  const merged = [...kept, ...parsed.map(({ row: _row, ...p }) => p)].sort((a, b) => (order.get(a.memberId) ?? 1e9) - (order.get(b.memberId) ?? 1e9));
  writeAttendance(ctx, row.id, merged);
  updateRecord<EventRow>(ctx, pointsEvents, row.id, input.version, {}, what, () => `导入签到表：${row.date} ${row.title}（${parsed.length}行，${input.mode}；${countsText(merged)}）`);
  audit(ctx, { summary: `考勤名单（签到表导入）：${row.title}`, entity: '考勤', entityId: row.id, before, after: merged });
  return { imported: parsed.length, errors: [], event: eventDetail(ctx, row.id) };
}

export function voidEvent(ctx: ServiceContext, input: MethodParsedInput<'points.event.void'>): EventDetail {
  assertOpenYear(ctx, getRecord<EventRow>(ctx, pointsEvents, input.id, what).date);
  voidRecord<EventRow>(ctx, pointsEvents, input, what, (r) => `${r.date} ${r.title}`);
  return eventDetail(ctx, input.id);
}

export function restoreEvent(ctx: ServiceContext, input: MethodParsedInput<'points.event.restore'>): EventDetail {
  assertOpenYear(ctx, getRecord<EventRow>(ctx, pointsEvents, input.id, what).date);
  restoreRecord<EventRow>(ctx, pointsEvents, input, what, (r) => `${r.date} ${r.title}`);
  return eventDetail(ctx, input.id);
}
