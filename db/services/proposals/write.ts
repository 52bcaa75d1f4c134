import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { ApiError, type Method, type MethodParsedInput } from '../../../shared/contract';
import { coHandlerDueDate, checkExtension, followUpDate, redoDueDate, replyDueDate, signDeadline, maxReplyDueDate } from '../../../shared/domain/proposal/deadlines';
import { nextSerial, renumberByCategory, type NumberSeries } from '../../../shared/domain/proposal/numbering';
import { beforeReviewStatuses, isFiledStatus, type ProposalStatus, type ReplyClass } from '../../../shared/domain/proposal/status';
import { signingUnit, type TransitionPayload } from '../../../shared/domain/proposal/machine';
import { nowSql } from '../../schema/columns';
import { committees, dictItems, meetings, members, parties, proposalCosigners, proposalFollowups, proposalReplies, proposalUnits, proposals, sectors, terms, units } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { insertRecord } from '../records';
import { nowIso, updateProposal } from './store';
import { writeSetting } from '../system';
import {
  addEvent,
  assertVersion,
  codeOf,
  getProposal,
  labelOf,
  loadCalendar,
  loadSettings,
  settingsKey,
  signingUnitsOf,
  step,
  todayIso,
  touch,
  what,
  type ProposalPatch,
  type ProposalRow,
} from './common';
import { proposalDetail } from './read';

type Input<M extends Method> = MethodParsedInput<M>;

const handlingStatuses: ProposalStatus[] = ['已交办', '已签收', '答复退回', '不满意重办', '已答复'];

function refuse(message: string): never {
  throw new ApiError('TRANSITION', message);
}
function invalid(message: string, path?: string): never {
  throw new ApiError('VALIDATION', message, path ? [{ path, message }] : undefined);
}

// ───────────────────────── 登记 / 修改 ─────────────────────────

function currentMember(ctx: ServiceContext, memberId: number, termId: number, label: string) {
  const m = ctx.app.orm.select().from(members).where(eq(members.id, memberId)).get();
  if (!m || m.voidedAt) invalid(`${label}不存在，请重新选择。`, label);
  if (m.termId !== termId) invalid(`${label}“${m.name}”不是本届委员。`, label);
  if (m.status !== '在任') invalid(`${label}“${m.name}”已于${m.leftAt ?? ''}离任，不能作为提案者。`, label);
  return m;
}

function activeName(ctx: ServiceContext, table: typeof parties | typeof sectors | typeof committees, id: number, label: string): string {
  const r = ctx.app.orm.select({ name: table.name, voidedAt: table.voidedAt }).from(table).where(eq(table.id, id)).get();
  if (!r || r.voidedAt) invalid(`所选${label}不存在或已作废。`, label);
  return r.name;
}

export function saveProposal(ctx: ServiceContext, input: Input<'proposal.save'>) {
  const { id, version, cosignerIds, ...fields } = input;
  const term = ctx.app.orm.select().from(terms).where(eq(terms.id, fields.termId)).get();
  if (!term || term.voidedAt) invalid('所选届次不存在或已作废。', '届次');
  if (fields.meetingId !== null) {
    const meeting = ctx.app.orm.select().from(meetings).where(eq(meetings.id, fields.meetingId)).get();
    if (!meeting || meeting.voidedAt) invalid('所选会次不存在或已作废。', '会次');
    if (meeting.termId !== fields.termId) invalid(`“${meeting.name}”不属于${term.name}。`, '会次');
  }
  const category = ctx.app.orm.select().from(dictItems).where(eq(dictItems.id, fields.categoryId)).get();
  if (!category || category.voidedAt || category.dict !== 'proposalCategory') invalid('所选提案类别不存在或已作废。', '提案类别');

  let proposerName: string;
  let leadMemberId: number | null = null;
  let sectorId: number | null = null;
  let partyId: number | null = null;
  let committeeId: number | null = null;
  const cosignerMembers: { id: number; name: string }[] = [];
  if (fields.kind === '委员个人' || fields.kind === '委员联名') {
    const lead = currentMember(ctx, fields.leadMemberId!, fields.termId, fields.kind === '委员联名' ? '领衔委员' : '提案委员');
    proposerName = lead.name;
    leadMemberId = lead.id;
    sectorId = lead.sectorId;
    partyId = lead.partyId;
    if (fields.kind === '委员联名') for (const cid of cosignerIds) cosignerMembers.push(currentMember(ctx, cid, fields.termId, '附议委员'));
  } else if (fields.kind === '党派团体') {
    partyId = fields.partyId!;
    proposerName = activeName(ctx, parties, partyId, '党派团体');
    // A party usually has a 界别 of its own name (民盟 → 民盟界); statistics by 界别 count it there.
    sectorId = fields.sectorId ?? ctx.app.orm.select({ id: sectors.id }).from(sectors).where(and(eq(sectors.name, proposerName), isNull(sectors.voidedAt))).get()?.id ?? null;
  } else if (fields.kind === '界别') {
    sectorId = fields.sectorId!;
    proposerName = activeName(ctx, sectors, sectorId, '界别');
  } else {
    committeeId = fields.committeeId!;
    proposerName = activeName(ctx, committees, committeeId, '专委会');
  }
  const values = {
    termId: fields.termId,
    meetingId: fields.meetingId,
    kind: fields.kind,
    leadMemberId,
    sectorId,
    partyId,
    committeeId,
    proposerName,
    cosignerNames: cosignerMembers.map((m) => m.name).join('、'),
    title: fields.title,
    background: fields.background,
    problems: fields.problems,
    suggestions: fields.suggestions,
    categoryId: fields.categoryId,
    suggestedUnits: fields.suggestedUnits,
    isPublic: fields.isPublic,
    contactName: fields.contactName,
    contactPhone: fields.contactPhone,
    contactAddress: fields.contactAddress,
    cosignDeadline: fields.cosignDeadline ?? null,
    note: fields.note,
  };
  const today = todayIso();
  let proposalId: number;
  if (id === undefined) {
    const row = insertRecord<ProposalRow>(ctx, proposals, { ...values, status: '暂存' }, what, values.title);
    proposalId = row.id;
    addEvent(ctx, { proposalId, action: '登记', to: '暂存', date: today, detail: { kind: values.kind, proposer: proposerName } });
  } else {
    const before = getProposal(ctx, id);
    assertVersion(before, version!);
    if (!beforeReviewStatuses.includes(before.status as ProposalStatus)) {
      refuse(`提案当前状态为“${before.status}”，审查决定后不能再修改提案内容。`);
    }
    if (before.voidedAt) refuse('提案已作废，不能修改。');
    updateProposal(ctx, id, version!, values, (r) => `修改提案：${labelOf(r)}`);
    proposalId = id;
    addEvent(ctx, { proposalId, action: '修改', from: before.status, to: before.status, date: today });
  }
  syncCosigners(ctx, proposalId, cosignerMembers);
  return proposalDetail(ctx, proposalId);
}

/** Keeps confirmed/declined states of members who stay; removed members' rows are voided, not deleted. */
function syncCosigners(ctx: ServiceContext, proposalId: number, list: { id: number; name: string }[]) {
  const orm = ctx.app.orm;
  const existing = orm
    .select()
    .from(proposalCosigners)
    .where(and(eq(proposalCosigners.proposalId, proposalId), isNull(proposalCosigners.voidedAt)))
    .all();
  const wanted = new Set(list.map((m) => m.id));
  for (const row of existing) {
    if (row.memberId === null || !wanted.has(row.memberId)) {
      orm
        .update(proposalCosigners)
        .set({ voidedAt: nowSql, voidReason: '移出附议名单', version: sql`${proposalCosigners.version} + 1`, updatedAt: nowSql })
        .where(eq(proposalCosigners.id, row.id))
        .run();
    }
  }
  list.forEach((m, sort) => {
    const row = existing.find((r) => r.memberId === m.id);
    if (row) {
      if (row.sort !== sort) orm.update(proposalCosigners).set({ sort, updatedAt: nowSql }).where(eq(proposalCosigners.id, row.id)).run();
    } else orm.insert(proposalCosigners).values({ proposalId, memberId: m.id, name: m.name, state: '待确认', sort }).run();
  });
}

export function cosign(ctx: ServiceContext, input: Input<'proposal.cosign'>) {
  const row = getProposal(ctx, input.id);
  if (!beforeReviewStatuses.includes(row.status as ProposalStatus)) refuse(`提案当前状态为“${row.status}”，附议确认已经结束。`);
  const signer = ctx.app.orm
    .select()
    .from(proposalCosigners)
    .where(and(eq(proposalCosigners.proposalId, row.id), eq(proposalCosigners.memberId, input.memberId), isNull(proposalCosigners.voidedAt)))
    .get();
  if (!signer) invalid('该委员不在本提案的附议名单中。', '附议委员');
  const date = input.date ?? todayIso();
  assertVersion(row, input.version);
  ctx.app.orm.update(proposalCosigners).set({ state: input.state, stateDate: date, version: sql`${proposalCosigners.version} + 1`, updatedAt: nowSql }).where(eq(proposalCosigners.id, signer.id)).run();
  touch(ctx, row, input.version, input.state === '已确认' ? '附议确认' : '拒绝附议', {}, { date, detail: { member: signer.name } });
  return proposalDetail(ctx, row.id);
}

// ───────────────────────── 编号 ─────────────────────────

function sessionNumbers(ctx: ServiceContext, row: Pick<ProposalRow, 'termId' | 'meetingId'>) {
  const term = ctx.app.orm.select({ number: terms.number }).from(terms).where(eq(terms.id, row.termId)).get()!;
  const meeting = row.meetingId === null ? null : ctx.app.orm.select({ number: meetings.number }).from(meetings).where(eq(meetings.id, row.meetingId)).get()!;
  return { termNumber: term.number, meetingNumber: meeting?.number ?? null };
}

function usedSerials(ctx: ServiceContext, termId: number, meetingId: number | null, series: NumberSeries): number[] {
  return (
    ctx.app.sqlite.prepare('select serial from proposals where term_id = ? and meeting_id is ? and series = ? and serial is not null').all(termId, meetingId, series) as { serial: number }[]
  ).map((r) => r.serial);
}

/** The next number of a series: max + 1 of every serial it ever used (never reused). */
function allocateNumber(ctx: ServiceContext, row: ProposalRow, series: NumberSeries): ProposalPatch {
  const serial = nextSerial(usedSerials(ctx, row.termId, row.meetingId, series));
  const { termNumber, meetingNumber } = sessionNumbers(ctx, row);
  return { series, serial, code: codeOf(termNumber, meetingNumber, series, serial) };
}

export function renumber(ctx: ServiceContext, input: { termId: number; meetingId: number | null }, date = todayIso()) {
  const rows = ctx.app.sqlite
    .prepare(
      `select p.id, p.serial, p.status, p.first_assigned_date assignedAt, c.label category from proposals p join dict_items c on c.id = p.category_id
       where p.term_id = ? and p.meeting_id is ? and p.series = '立案' order by p.serial`,
    )
    .all(input.termId, input.meetingId) as { id: number; serial: number; status: ProposalStatus; assignedAt: string | null; category: string }[];
  const order = ctx.app.orm
    .select({ label: dictItems.label })
    .from(dictItems)
    .where(and(eq(dictItems.dict, 'proposalCategory'), isNull(dictItems.voidedAt)))
    .orderBy(asc(dictItems.sort), asc(dictItems.id))
    .all()
    .map((d) => d.label);
  const result = renumberByCategory(rows, order, { usedSerials: usedSerials(ctx, input.termId, input.meetingId, '立案') });
  if (!result.changes.length) return { changed: 0, skipped: result.skipped.length };
  const { termNumber, meetingNumber } = sessionNumbers(ctx, { termId: input.termId, meetingId: input.meetingId });
  const ids = result.changes.map((c) => Number(c.id));
  ctx.app.orm.update(proposals).set({ code: null }).where(inArray(proposals.id, ids)).run();
  for (const c of result.changes) {
    ctx.app.orm
      .update(proposals)
      .set({ serial: c.to, code: codeOf(termNumber, meetingNumber, '立案', c.to), version: sql`${proposals.version} + 1`, updatedAt: nowSql })
      .where(eq(proposals.id, Number(c.id)))
      .run();
    addEvent(ctx, { proposalId: Number(c.id), action: '编号调整', date, comment: `按类别重排编号：第${String(c.from).padStart(3, '0')}号→第${String(c.to).padStart(3, '0')}号`, detail: { fromSerial: c.from, toSerial: c.to } });
  }
  audit(ctx, { summary: `按类别重排立案编号：${result.changes.length}件（已交办的${result.skipped.length}件不变）`, entity: what, after: result.changes });
  return { changed: result.changes.length, skipped: result.skipped.length };
}

// ───────────────────────── 办理步骤 ─────────────────────────

function activeUnits(ctx: ServiceContext, proposalId: number) {
  return ctx.app.orm
    .select({ id: proposalUnits.id, unitId: proposalUnits.unitId, role: proposalUnits.role, name: units.name })
    .from(proposalUnits)
    .innerJoin(units, eq(units.id, proposalUnits.unitId))
    .where(and(eq(proposalUnits.proposalId, proposalId), isNull(proposalUnits.endedDate), isNull(proposalUnits.voidedAt)))
    .orderBy(asc(proposalUnits.sort))
    .all();
}

function pendingMainReply(ctx: ServiceContext, row: ProposalRow) {
  const reply = ctx.app.orm
    .select()
    .from(proposalReplies)
    .where(and(eq(proposalReplies.proposalId, row.id), eq(proposalReplies.role, '主办'), eq(proposalReplies.review, '待审核'), isNull(proposalReplies.voidedAt)))
    .orderBy(sql`${proposalReplies.id} desc`)
    .get();
  if (!reply) invalid('没有待审核的主办单位答复。');
  return reply;
}

export function transitionProposal(ctx: ServiceContext, input: Input<'proposal.transition'>) {
  const row = getProposal(ctx, input.id);
  const date = input.date ?? todayIso();
  const reason = input.reason?.trim() ?? '';
  const comment = input.comment ?? '';
  const payload: TransitionPayload = { reason: reason || undefined, comment, mergeInto: input.mergeInto, result: input.result, newDueDate: input.newDueDate };
  const action = input.action as Parameters<typeof step>[3];
  const go = (options: Partial<Parameters<typeof step>[5]> = {}) =>
    step(ctx, row, input.version, action, payload, { date, comment: [reason, comment].filter(Boolean).join('；'), ...options });
  const calendar = () => loadCalendar(ctx);
  const settings = () => loadSettings(ctx);

  switch (input.action) {
    case '提交':
      go({ patch: () => ({ submittedDate: row.submittedDate ?? date }) });
      break;
    case '立案':
      go({ patch: () => ({ ...allocateNumber(ctx, row, '立案'), filedDate: date }) });
      break;
    case '不予立案':
      go({ patch: () => ({ ...allocateNumber(ctx, row, '不予立案'), rejectReason: reason }), detail: { reason } });
      break;
    case '并案': {
      const main = input.mergeInto ? getProposal(ctx, input.mergeInto) : undefined;
      if (main) {
        if (main.id === row.id) invalid('不能并入提案本身。', '主提案');
        if (main.voidedAt || main.status === '已并案' || main.status === '不予立案') invalid(`主提案“${main.title}”的状态为“${main.status}”，不能作为并案的主提案。`, '主提案');
        if (main.termId !== row.termId) invalid('只能并入同一届的提案。', '主提案');
      }
      go({ patch: () => ({ mergedIntoId: main?.id ?? null }), detail: main ? { mainId: main.id, mainTitle: main.title } : undefined });
      if (main) addEvent(ctx, { proposalId: main.id, action: '并入提案', from: main.status, to: main.status, date, comment: `并入：${row.proposerName}“${row.title}”`, detail: { mergedId: row.id } });
      break;
    }
    case '转为社情民意':
      go({ patch: () => ({ convertedTo: '社情民意', convertedOpinionId: input.opinionId ?? null, convertedNote: comment || null }), detail: { opinionId: input.opinionId ?? null } });
      break;
    case '转为委员来信':
      go({ patch: () => ({ convertedTo: '委员来信', convertedNote: comment || null }) });
      break;
    case '签收':
    case '申退':
    case '同意申退':
    case '驳回申退':
      signingStep(ctx, row, input, { date, reason, comment });
      break;
    case '延期': {
      const current = row.redoDueDate ?? row.dueDate;
      let due = input.newDueDate ?? '';
      if (row.assignedDate && current && input.newDueDate) {
        const check = checkExtension(row.assignedDate, current, input.newDueDate, calendar(), settings());
        if (!check.ok) invalid(check.message, '延期后的办理期限');
        due = check.dueDate;
      }
      go({ patch: () => (row.redoDueDate ? { redoDueDate: due } : { dueDate: due }), detail: { from: current, to: due } });
      break;
    }
    case '答复审核通过': {
      const reply = row.status === '已答复' ? pendingMainReply(ctx, row) : undefined;
      const cls = (reply?.replyClass ?? null) as ReplyClass | null;
      go({
        patch: () => ({
          answeredDate: row.answeredDate ?? reply!.replyDate,
          replyClass: cls,
          followUpDate: reply ? followUpDate({ replyClass: cls, answeredDate: reply.replyDate, plannedDate: reply.plannedDate }, calendar(), settings()) : null,
          followUpDoneDate: null,
          redoDueDate: null,
        }),
        detail: reply ? { replyClass: cls, replyDate: reply.replyDate } : undefined,
      });
      if (reply) ctx.app.orm.update(proposalReplies).set({ review: '已通过', reviewComment: comment, reviewDate: date, updatedAt: nowSql }).where(eq(proposalReplies.id, reply.id)).run();
      break;
    }
    case '答复退回': {
      const reply = row.status === '已答复' ? pendingMainReply(ctx, row) : undefined;
      go({ patch: () => ({ redoDueDate: redoDueDate(date, calendar(), settings()) }) });
      if (reply) ctx.app.orm.update(proposalReplies).set({ review: '已退回', reviewComment: reason, reviewDate: date, updatedAt: nowSql }).where(eq(proposalReplies.id, reply.id)).run();
      break;
    }
    case '征询意见':
      go({
        eventAction: input.result ? `征询意见（${input.result}）` : '征询意见',
        patch: (to) => ({
          feedback: input.result,
          feedbackDate: date,
          ...(to === '不满意重办' ? { round: row.round + 1, redoDueDate: redoDueDate(date, calendar(), settings()) } : {}),
        }),
        detail: { result: input.result, round: row.round },
      });
      break;
    case '办结':
      go({ patch: () => ({ closedDate: date }) });
      break;
    case '归档':
      go({ patch: () => ({ archivedDate: date }) });
      break;
    case '作废':
      go({ patch: () => ({ voidedAt: nowIso(), voidReason: reason }) });
      break;
    default:
      go();
  }
  return proposalDetail(ctx, row.id);
}

/**
 * 签收 / 申退 of one unit, and the office's decision on one unit's 申退. The machine decides from
 * the units' states (it names the unit in its refusals); the unit's row keeps who, when and why.
 * Granting the 主办's 申退 ends the whole 交办 (back to 立案, re-assign); granting a 协办's ends that
 * unit only and may 改交 the share to another unit (which gets its own 签收 window).
 */
function signingStep(ctx: ServiceContext, row: ProposalRow, input: Input<'proposal.transition'>, o: { date: string; reason: string; comment: string }) {
  const action = input.action as '签收' | '申退' | '同意申退' | '驳回申退';
  const current = signingUnitsOf(ctx, row.id);
  const named = input.unitId === undefined ? undefined : current.find((u) => u.unitId === input.unitId);
  if (input.unitId !== undefined && !named) invalid('该单位不是本提案当前的承办单位。', '承办单位');
  let replacement: { id: number; name: string } | undefined;
  if (input.replacementUnitId !== undefined) {
    const r = ctx.app.orm.select({ id: units.id, name: units.name, voidedAt: units.voidedAt }).from(units).where(eq(units.id, input.replacementUnitId)).get();
    if (!r || r.voidedAt) invalid('所选改交单位不存在或已作废。', '改交单位');
    replacement = r;
  }
  const payload: TransitionPayload = { reason: o.reason || undefined, comment: o.comment, unit: named?.unit, replacementUnit: replacement?.name };
  const unit = signingUnit(action, current, named?.unit);
  const detail: Record<string, unknown> = { unit: unit?.unit, role: unit?.role };
  if (action === '签收' && input.signer) detail.signer = input.signer;
  if (action === '申退' || action === '驳回申退') detail.reason = o.reason;
  if (replacement) detail.replacement = replacement.name;
  const settings = loadSettings(ctx);
  const remainingCo = current.filter((u) => u.role === '协办' && u !== unit).length + (replacement ? 1 : 0);
  step(ctx, row, input.version, action, payload, {
    date: o.date,
    comment: [o.reason, o.comment].filter(Boolean).join('；'),
    detail,
    patch: (to) => {
      if (to === '立案') return { mode: null, assignedDate: null, dueDate: null, coDueDate: null, signDeadline: null, signedDate: null, redoDueDate: null };
      if (action === '签收' && unit?.role === '主办') return { signedDate: o.date };
      if (action === '同意申退' && remainingCo === 0) return { mode: '单办', coDueDate: null };
      return {};
    },
  });
  // the step succeeded, so the machine found the unit
  const u = unit!;
  const set = (values: Partial<typeof proposalUnits.$inferInsert>, where = eq(proposalUnits.id, u.id)) =>
    ctx.app.orm.update(proposalUnits).set({ ...values, version: sql`${proposalUnits.version} + 1`, updatedAt: nowSql }).where(where).run();
  switch (action) {
    case '签收':
      set({ signedDate: o.date, signedBy: input.signer ?? '' });
      break;
    case '申退':
      set({ returnDate: o.date, returnReason: o.reason });
      break;
    case '驳回申退':
      set({ returnDate: null, returnReason: null });
      break;
    case '同意申退':
      if (u.role === '主办') set({ endedDate: o.date }, and(eq(proposalUnits.proposalId, row.id), isNull(proposalUnits.endedDate)));
      else {
        set({ endedDate: o.date });
        if (replacement) {
          const sort = (ctx.app.sqlite.prepare('select coalesce(max(sort), 0) + 1 n from proposal_units where proposal_id = ?').get(row.id) as { n: number }).n;
          ctx.app.orm
            .insert(proposalUnits)
            .values({ proposalId: row.id, unitId: replacement.id, role: '协办', assignedDate: o.date, signDeadline: signDeadline(o.date, loadCalendar(ctx), settings), sort })
            .run();
        }
      }
      break;
  }
}

// ───────────────────────── 交办 ─────────────────────────

function assignOne(ctx: ServiceContext, input: { id: number; version: number; mode: string; mainUnitId: number; coUnitIds: number[] }, date: string, comment: string) {
  const row = getProposal(ctx, input.id);
  const ids = [input.mainUnitId, ...input.coUnitIds];
  const found = ctx.app.orm.select({ id: units.id, name: units.name, voidedAt: units.voidedAt }).from(units).where(inArray(units.id, ids)).all();
  const name = (uid: number) => {
    const u = found.find((f) => f.id === uid);
    if (!u || u.voidedAt) invalid('所选承办单位不存在或已作废。', '承办单位');
    return u.name;
  };
  const mainUnit = name(input.mainUnitId);
  const coUnits = input.coUnitIds.map(name);
  const calendar = loadCalendar(ctx);
  const settings = loadSettings(ctx);
  const due = replyDueDate(date, calendar, settings);
  const signBy = signDeadline(date, calendar, settings);
  const after = step(
    ctx,
    row,
    input.version,
    '交办',
    { assignment: { mode: input.mode as '单办', mainUnit, coUnits } },
    {
      date,
      comment,
      patch: () => ({
        mode: input.mode,
        assignedDate: date,
        firstAssignedDate: row.firstAssignedDate ?? date,
        dueDate: due,
        coDueDate: input.mode === '会办' ? coHandlerDueDate(date, calendar, settings) : null,
        signDeadline: signBy,
        signedDate: null,
        redoDueDate: null,
      }),
      detail: { mode: input.mode, mainUnit, coUnits, dueDate: due },
    },
  );
  ctx.app.orm
    .insert(proposalUnits)
    .values(ids.map((unitId, sort) => ({ proposalId: row.id, unitId, role: sort === 0 ? '主办' : '协办', assignedDate: date, signDeadline: signBy, sort })))
    .run();
  return after;
}

export function assign(ctx: ServiceContext, input: Input<'proposal.assign'>) {
  assignOne(ctx, input, input.date ?? todayIso(), input.comment);
  return proposalDetail(ctx, input.id);
}

/** Runs fn for every item in the caller's one transaction; the first refusal names the proposal and rolls all back. */
function eachItem<T extends { id: number }>(ctx: ServiceContext, items: T[], fn: (item: T) => void) {
  for (const item of items) {
    try {
      fn(item);
    } catch (error) {
      if (error instanceof ApiError && error.code !== 'INTERNAL') {
        const row = ctx.app.orm.select({ title: proposals.title, series: proposals.series, serial: proposals.serial, meetingId: proposals.meetingId, code: proposals.code }).from(proposals).where(eq(proposals.id, item.id)).get();
        const label = row ? labelOf(row) : `提案${item.id}`;
        throw new ApiError(error.code, `${label}：${error.message}（本批次全部未执行）`, error.details);
      }
      throw error;
    }
  }
}

export function batchAssign(ctx: ServiceContext, input: Input<'proposal.batchAssign'>) {
  const date = input.date ?? todayIso();
  eachItem(ctx, input.items, (item) => assignOne(ctx, item, date, input.comment));
  audit(ctx, { summary: `批量交办：${input.items.length}件`, entity: what, after: input.items });
  return { assigned: input.items.length };
}

export function batchFile(ctx: ServiceContext, input: Input<'proposal.batchFile'>) {
  const date = input.date ?? todayIso();
  const rows = input.items.map((i) => ({ item: i, row: getProposal(ctx, i.id) }));
  rows.sort((a, b) => (a.row.submittedDate ?? '').localeCompare(b.row.submittedDate ?? '') || a.row.id - b.row.id);
  eachItem(
    ctx,
    rows.map((r) => r.item),
    (item) => {
      const row = getProposal(ctx, item.id);
      step(ctx, row, item.version, '立案', {}, { date, comment: input.comment, patch: () => ({ ...allocateNumber(ctx, row, '立案'), filedDate: date }) });
    },
  );
  if (input.renumber) {
    const sessions = new Map(rows.map((r) => [`${r.row.termId}:${r.row.meetingId}`, { termId: r.row.termId, meetingId: r.row.meetingId }]));
    for (const s of sessions.values()) renumber(ctx, s, date);
  }
  audit(ctx, { summary: `批量立案：${rows.length}件${input.renumber ? '（按类别重排编号）' : ''}`, entity: what, after: input.items });
  const numbers = rows.map((r) => {
    const p = getProposal(ctx, r.row.id);
    return { id: p.id, number: p.code ?? '' };
  });
  return { filed: rows.length, numbers };
}

// ───────────────────────── 答复 / 催办 ─────────────────────────

export function reply(ctx: ServiceContext, input: Input<'proposal.reply'>) {
  const row = getProposal(ctx, input.id);
  const unit = activeUnits(ctx, row.id).find((u) => u.unitId === input.unitId);
  if (!unit) invalid('该单位不是本提案当前的承办单位。', '承办单位');
  const values = {
    proposalId: row.id,
    unitId: unit.unitId,
    role: unit.role,
    round: row.round,
    replyClass: input.replyClass ?? null,
    content: input.content,
    signer: input.signer,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    replyDate: input.replyDate,
    plannedDate: input.plannedDate ?? null,
  };
  if (unit.role === '主办') {
    if (input.plannedDate && input.replyClass !== 'B') invalid('只有B类答复需要填写计划完成日期。', '计划完成日期');
    step(ctx, row, input.version, '答复', { replyClass: input.replyClass ?? undefined }, {
      date: input.replyDate,
      comment: input.comment,
      eventAction: '答复',
      detail: { unit: unit.name, replyClass: input.replyClass, signer: input.signer, round: row.round },
    });
    ctx.app.orm.insert(proposalReplies).values({ ...values, review: '待审核' }).run();
  } else {
    if (!handlingStatuses.includes(row.status as ProposalStatus)) refuse(`当前状态为“${row.status}”，不能登记协办单位意见。`);
    const action = row.mode === '分办' ? '分办答复' : '协办意见';
    touch(ctx, row, input.version, action, {}, { date: input.replyDate, comment: input.comment, detail: { unit: unit.name, replyClass: input.replyClass ?? null } });
    ctx.app.orm.insert(proposalReplies).values({ ...values, review: '已收到' }).run();
  }
  return proposalDetail(ctx, row.id);
}

export function remind(ctx: ServiceContext, input: Input<'proposal.remind'>) {
  const date = input.date ?? todayIso();
  eachItem(ctx, input.items, (item) => {
    const row = getProposal(ctx, item.id);
    const main = activeUnits(ctx, row.id).find((u) => u.role === '主办');
    step(ctx, row, item.version, '催办', {}, {
      date,
      comment: input.content,
      patch: () => ({ lastRemindedDate: date }),
      detail: { unit: main?.name, method: input.method, dueDate: row.redoDueDate ?? row.dueDate },
    });
    ctx.app.orm
      .insert(proposalFollowups)
      .values({ proposalId: row.id, kind: '催办', date, unitId: main?.unitId ?? null, person: input.person, method: input.method, content: input.content })
      .run();
  });
  return { reminded: input.items.length };
}

// ───────────────────────── 标记 ─────────────────────────

function requireFiled(row: ProposalRow, what: string) {
  if (row.voidedAt || !isFiledStatus(row.status as ProposalStatus)) refuse(`提案当前状态为“${row.status}”，只有立案的提案才能${what}。`);
}

export function setKey(ctx: ServiceContext, input: Input<'proposal.setKey'>) {
  const row = getProposal(ctx, input.id);
  requireFiled(row, input.isKey ? '确定为重点提案' : '取消重点提案');
  if (input.isKey && !input.keyLeader.trim()) invalid('请填写督办领导。', '督办领导');
  touch(ctx, row, input.version, input.isKey ? (row.isKey ? '修改督办领导' : '确定为重点提案') : '取消重点提案', { isKey: input.isKey, keyLeader: input.isKey ? input.keyLeader : '' }, {
    date: input.date ?? todayIso(),
    comment: input.comment,
    detail: input.isKey ? { leader: input.keyLeader } : undefined,
  });
  return proposalDetail(ctx, row.id);
}

export function supervise(ctx: ServiceContext, input: Input<'proposal.supervise'>) {
  const row = getProposal(ctx, input.id);
  requireFiled(row, '登记督办');
  const main = activeUnits(ctx, row.id).find((u) => u.role === '主办');
  touch(ctx, row, input.version, '督办', {}, { date: input.date, comment: input.content, detail: { leader: input.person, method: input.method, place: input.place } });
  ctx.app.orm
    .insert(proposalFollowups)
    .values({ proposalId: row.id, kind: '督办', date: input.date, unitId: main?.unitId ?? null, person: input.person || row.keyLeader, method: input.method, place: input.place, content: input.content })
    .run();
  return proposalDetail(ctx, row.id);
}

export function followUp(ctx: ServiceContext, input: Input<'proposal.followUp'>) {
  const row = getProposal(ctx, input.id);
  if (row.replyClass !== 'B' || !row.answeredDate) refuse('只有答复类别为B类（正在解决或列入计划）的提案需要回头看。');
  const main = activeUnits(ctx, row.id).find((u) => u.role === '主办');
  touch(ctx, row, input.version, '回头看', { followUpDoneDate: input.done ? input.date : null }, { date: input.date, comment: input.content, detail: { done: input.done } });
  ctx.app.orm.insert(proposalFollowups).values({ proposalId: row.id, kind: '回头看', date: input.date, unitId: main?.unitId ?? null, person: input.person, content: input.content }).run();
  return proposalDetail(ctx, row.id);
}

export function setExcellent(ctx: ServiceContext, input: Input<'proposal.setExcellent'>) {
  const row = getProposal(ctx, input.id);
  requireFiled(row, input.isExcellent ? '评为优秀提案' : '取消优秀提案');
  touch(ctx, row, input.version, input.isExcellent ? '评为优秀提案' : '取消优秀提案', { isExcellent: input.isExcellent, excellentNote: input.isExcellent ? input.note : '' }, {
    date: input.date ?? todayIso(),
    comment: input.note,
  });
  return proposalDetail(ctx, row.id);
}

// ───────────────────────── 设置 ─────────────────────────

export function saveSettings(ctx: ServiceContext, input: Input<'proposal.saveSettings'>) {
  if (input.maxReplyMonths < input.replyMonths) invalid('延期后的最长办理期限不能短于办理期限。', '延期后最长办理期限（月）');
  writeSetting(ctx, settingsKey, input, '保存提案工作设置');
  return loadSettings(ctx);
}

export function dueDatePreview(ctx: ServiceContext, input: Input<'proposal.dueDatePreview'>) {
  const calendar = loadCalendar(ctx);
  const settings = loadSettings(ctx);
  return {
    dueDate: replyDueDate(input.date, calendar, settings),
    maxDueDate: maxReplyDueDate(input.date, calendar, settings),
    signDeadline: signDeadline(input.date, calendar, settings),
    coDueDate: input.mode === '会办' ? coHandlerDueDate(input.date, calendar, settings) : null,
  };
}
