import { and, asc, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { ApiError, type MethodParsedInput } from '../../shared/contract';
import { mobilePattern } from '../../shared/contract/fields';
import type { MemberRecord } from '../../shared/contract/members';
import { committees, members, parties, sectorGroups, sectors } from '../schema';
import { audit } from './audit';
import type { ServiceContext } from './context';
import { getRecord, insertRecord, restoreRecord, updateRecord } from './records';

const what = '委员';

function selectMembers(ctx: ServiceContext) {
  return ctx.app.orm
    .select({
      member: members,
      sectorName: sectors.name,
      partyName: parties.name,
      committeeName: committees.name,
      groupName: sectorGroups.name,
    })
    .from(members)
    .innerJoin(sectors, eq(members.sectorId, sectors.id))
    .leftJoin(parties, eq(members.partyId, parties.id))
    .leftJoin(committees, eq(members.committeeId, committees.id))
    .leftJoin(sectorGroups, eq(members.groupId, sectorGroups.id));
}

type Joined = { member: typeof members.$inferSelect; sectorName: string; partyName: string | null; committeeName: string | null; groupName: string | null };
const toRecord = (r: Joined): MemberRecord => ({ ...r.member, status: r.member.status as MemberRecord['status'], gender: r.member.gender as MemberRecord['gender'], sectorName: r.sectorName, partyName: r.partyName, committeeName: r.committeeName, groupName: r.groupName });

function memberById(ctx: ServiceContext, id: number): MemberRecord {
  const row = selectMembers(ctx).where(eq(members.id, id)).get();
  if (!row) throw new ApiError('NOT_FOUND', `${what}不存在。`);
  return toRecord(row);
}

function assertPhoneFree(ctx: ServiceContext, termId: number, phone: string, exceptId?: number) {
  const clash = ctx.app.orm
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.termId, termId), eq(members.phone, phone), eq(members.status, '在任'), isNull(members.voidedAt), exceptId ? ne(members.id, exceptId) : undefined))
    .get();
  if (clash) throw new ApiError('DUPLICATE', `手机号${phone}已被本届委员“${clash.name}”使用。`, [{ path: '手机号', message: `手机号已被“${clash.name}”使用` }]);
}

export const memberHandlers = {
  'member.list': (input: MethodParsedInput<'member.list'>, ctx: ServiceContext) => {
    const where: (SQL | undefined)[] = [isNull(members.voidedAt)];
    if (input.termId) where.push(eq(members.termId, input.termId));
    if (input.sectorId) where.push(eq(members.sectorId, input.sectorId));
    if (input.partyId) where.push(eq(members.partyId, input.partyId));
    if (input.committeeId) where.push(eq(members.committeeId, input.committeeId));
    if (input.status) where.push(eq(members.status, input.status));
    if (input.isStanding !== undefined) where.push(eq(members.isStanding, input.isStanding));
    if (input.search) {
      const term = `%${input.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      where.push(or(sql`${members.name} like ${term} escape '\\'`, sql`${members.phone} like ${term} escape '\\'`, sql`${members.workUnit} like ${term} escape '\\'`));
    }
    const dir = input.sortOrder === 'desc' ? desc : asc;
    const sortColumn = { name: members.name, sector: sectors.sort, party: parties.sort, createdAt: members.id }[input.sortBy];
    const condition = and(...where);
    const total = ctx.app.orm
      .select({ n: sql<number>`count(*)` })
      .from(members)
      .innerJoin(sectors, eq(members.sectorId, sectors.id))
      .where(condition)
      .get()!.n;
    const rows = selectMembers(ctx)
      .where(condition)
      .orderBy(dir(sortColumn), asc(members.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all()
      .map(toRecord);
    return { rows, total };
  },

  'member.get': (input: { id: number }, ctx: ServiceContext) => memberById(ctx, input.id),

  'member.save': (input: MethodParsedInput<'member.save'>, ctx: ServiceContext) => {
    const { id, version, ...values } = input;
    assertPhoneFree(ctx, values.termId, values.phone, id);
    if (values.groupId == null) {
      values.groupId = ctx.app.orm.select({ g: sectors.groupId }).from(sectors).where(eq(sectors.id, values.sectorId)).get()?.g ?? null;
    }
    if (id === undefined) {
      const row = insertRecord<typeof members.$inferSelect>(ctx, members, values, what, values.name);
      return memberById(ctx, row.id);
    }
    updateRecord(ctx, members, id, version, values, what, (r) => `修改委员：${String(r.name)}`);
    return memberById(ctx, id);
  },

  'member.leave': (input: MethodParsedInput<'member.leave'>, ctx: ServiceContext) => {
    const before = getRecord<typeof members.$inferSelect>(ctx, members, input.id, what);
    if (before.status === '离任') throw new ApiError('TRANSITION', `委员“${before.name}”已于${before.leftAt}离任。`);
    updateRecord(ctx, members, input.id, input.version, { status: '离任', leftAt: input.date, leftReason: input.reason }, what, (r) => `委员离任：${String(r.name)}（${input.reason}）`);
    return memberById(ctx, input.id);
  },

  'member.reinstate': (input: { id: number; version: number }, ctx: ServiceContext) => {
    const before = getRecord<typeof members.$inferSelect>(ctx, members, input.id, what);
    if (before.voidedAt) {
      restoreRecord(ctx, members, input, what, (r) => String(r.name));
      return memberById(ctx, input.id);
    }
    if (before.status !== '离任') throw new ApiError('TRANSITION', `委员“${before.name}”目前在任，无需撤销离任。`);
    assertPhoneFree(ctx, before.termId, before.phone, before.id);
    updateRecord(ctx, members, input.id, input.version, { status: '在任', leftAt: null, leftReason: null }, what, (r) => `撤销委员离任：${String(r.name)}`);
    return memberById(ctx, input.id);
  },

  'member.import': (input: MethodParsedInput<'member.import'>, ctx: ServiceContext) => {
    const byName = <T extends { id: number; name: string }>(rows: T[]) => new Map(rows.map((r) => [r.name, r]));
    const orm = ctx.app.orm;
    const sectorMap = byName(orm.select({ id: sectors.id, name: sectors.name, groupId: sectors.groupId }).from(sectors).where(isNull(sectors.voidedAt)).all());
    const partyMap = byName(orm.select({ id: parties.id, name: parties.name }).from(parties).where(isNull(parties.voidedAt)).all());
    const committeeMap = byName(orm.select({ id: committees.id, name: committees.name }).from(committees).where(isNull(committees.voidedAt)).all());
    const groupMap = byName(orm.select({ id: sectorGroups.id, name: sectorGroups.name }).from(sectorGroups).where(isNull(sectorGroups.voidedAt)).all());
    const existingPhones = new Map(
      orm
        .select({ phone: members.phone, name: members.name })
        .from(members)
        .where(and(eq(members.termId, input.termId), eq(members.status, '在任'), isNull(members.voidedAt)))
        .all()
        .map((m) => [m.phone, m.name]),
    );
    const seenPhones = new Map<string, number>();
    const errors: { row: number; message: string }[] = [];
    const values: (typeof members.$inferInsert)[] = [];

    for (const raw of input.rows) {
      const problems: string[] = [];
      const name = raw.name.trim();
      const phone = raw.phone.replace(/\s|-/g, '');
      if (!name) problems.push('缺少姓名');
      else if (name.length > 20) problems.push('姓名超过20个字');
      const gender = raw.gender.trim();
      if (gender !== '男' && gender !== '女') problems.push(gender ? `性别“${gender}”应为男或女` : '缺少性别');
      const sector = sectorMap.get(raw.sector.trim());
      if (!raw.sector.trim()) problems.push('缺少界别');
      else if (!sector) problems.push(`未知界别“${raw.sector.trim()}”（请先在基础数据中添加）`);
      const lookup = (value: string, map: Map<string, { id: number }>, label: string) => {
        const v = value.trim();
        if (!v) return null;
        const hit = map.get(v);
        if (!hit) problems.push(`未知${label}“${v}”`);
        return hit?.id ?? null;
      };
      const partyId = lookup(raw.party, partyMap, '党派');
      const committeeId = lookup(raw.committee, committeeMap, '专委会');
      const groupId = lookup(raw.group, groupMap, '活动组') ?? sector?.groupId ?? null;
      if (!phone) problems.push('缺少手机号');
      else if (!mobilePattern.test(phone)) problems.push(`手机号“${raw.phone.trim()}”应为以1开头的11位数字`);
      else if (existingPhones.has(phone)) problems.push(`手机号${phone}已被本届委员“${existingPhones.get(phone)}”使用`);
      else if (seenPhones.has(phone)) problems.push(`手机号${phone}与第${seenPhones.get(phone)}行重复`);
      else seenPhones.set(phone, raw.row);
      const standing = raw.isStanding.trim();
      if (standing && !['是', '否'].includes(standing)) problems.push(`是否常委“${standing}”应填是或否`);
      if (raw.workUnit.length > 100) problems.push('工作单位及职务超过100个字');
      if (problems.length) {
        errors.push({ row: raw.row, message: problems.join('；') });
        continue;
      }
      values.push({ termId: input.termId, name, gender, sectorId: sector!.id, partyId, committeeId, groupId, workUnit: raw.workUnit.trim(), phone, isStanding: standing === '是', note: raw.note.trim() });
    }
    if (errors.length) return { imported: 0, errors };
    for (const chunk of chunks(values, 200)) orm.insert(members).values(chunk).run();
    audit(ctx, { summary: `导入委员花名册：${values.length}人`, entity: what, after: { count: values.length, names: values.map((v) => v.name) } });
    return { imported: values.length, errors: [] };
  },
};

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

