import type { ProposalRecord } from '../../shared/contract/proposals';
import { addDays, nextWorkday, type HolidayCalendar } from '../../shared/domain/workdays';
import type { AppDatabase } from '../app';
import { createDispatcher } from '../services/dispatch';
import { proposalText, proposalTitle, proposalTopics, rejectedTopics, replyTexts } from './proposalData';
import { rng } from './generate';

type Id = { id: number };
type Ref = Id & { name: string };

/**
 * The demo county's proposals, entered through the services like a clerk would:
 * - 第三次会议 (2025): a finished 会次, every proposal 已归档 (numbers, units, answers, 征询);
 * - 第四次会议 (2026): a 会次 in progress with proposals in every state of the lifecycle
 *   (暂存 … 已归档, 不予立案 with 转为社情民意, 并案, 申退, 答复退回, 不满意重办, 作废), 重点提案 with
 *   督办, 催办 of overdue ones, B-class 回头看, 优秀提案;
 * - a few 平时提案.
 */
export function generateProposalDemo(app: AppDatabase, options: { termId: number; perSession?: number }) {
  const dispatch = createDispatcher(app);
  const call = <T = Id>(method: string, input: unknown, actor = '提案委 王秘书'): T => {
    const r = dispatch(method, input, actor);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as T;
  };
  const rand = rng(20260226);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const termId = options.termId;

  const members = call<{ rows: (Ref & { sectorId: number })[] }>('member.list', { termId, status: '在任', pageSize: 1000 }).rows;
  const parties = call<(Ref & { kind: string })[]>('party.list', {}).filter((p) => p.kind !== '无党派');
  const sectors = call<Ref[]>('sector.list', {});
  const committees = call<Ref[]>('committee.list', {}).filter((c) => c.name !== '提案委员会');
  const unitByName = new Map(call<Ref[]>('unit.list', {}).map((u) => [u.name, u.id]));
  const dicts = call<{ id: number; dict: string; label: string }[]>('dictItem.list', {});
  const categoryId = new Map(dicts.filter((d) => d.dict === 'proposalCategory').map((d) => [d.label, d.id]));
  const calendar = call<{ date: string; kind: '放假' | '调休上班' }[]>('holiday.list', {}) as HolidayCalendar;
  const meetings = call<(Ref & { termId: number; number: number })[]>('meeting.list', {}).filter((m) => m.termId === termId);
  const m3 = meetings.find((m) => m.number === 3)!;
  const m4 = meetings.find((m) => m.number === 4) ?? call<Ref & { number: number }>('meeting.save', { termId, number: 4, name: '第四次会议', startDate: '2026-02-26' });
  const workday = (d: string) => nextWorkday(d, calendar);

  // The latest record each call returned, so the generator does not re-read a proposal for its version.
  const last = new Map<number, ProposalRecord>();
  const get = (id: number) => last.get(id) ?? keep(call<ProposalRecord>('proposal.get', { id }));
  const keep = (p: ProposalRecord) => (last.set(p.id, p), p);
  const forget = (ids: number[]) => ids.forEach((id) => last.delete(id));
  const act = (id: number, action: string, extra: Record<string, unknown> = {}, actor?: string) => keep(call<ProposalRecord>('proposal.transition', { id, version: get(id).version, action, ...extra }, actor));
  /** Each unit of the 交办 that has not yet signed 签收 on its own (主办 first), recorded under its name. */
  const signAll = (id: number, date: string) => {
    for (const u of get(id).units.filter((x) => x.active && x.state === '待签收')) act(id, '签收', { date, unitId: u.unitId }, u.unitName);
  };

  const topics = Object.entries(proposalTopics).flatMap(([category, list]) => list.map((t) => ({ category, ...t })));
  let variant = 0;

  /** One new proposal (暂存) by a realistic proposer. */
  function create(meetingId: number | null, index: number, topicOverride?: { title: string; category: string; units: string[] }) {
    const topic = topics[(index * 7 + variant) % topics.length];
    const title = topicOverride?.title ?? proposalTitle(topic.topic, Math.floor((index * 7 + variant) / topics.length));
    const category = topicOverride?.category ?? topic.category;
    const r = rand();
    const lead = members[(index * 13 + variant * 5) % members.length];
    const base = {
      termId,
      meetingId,
      categoryId: categoryId.get(category),
      ...proposalText(topicOverride ? title.replace(/^关于|的建议$/g, '') : topic.topic),
      title,
      suggestedUnits: (topicOverride?.units ?? topic.units).join('、'),
      isPublic: r > 0.1,
      contactName: '',
      contactPhone: '',
    };
    let input: Record<string, unknown>;
    if (r < 0.58) input = { ...base, kind: '委员个人', leadMemberId: lead.id, contactName: lead.name };
    else if (r < 0.76) {
      const cosigners = [1, 2, 3].slice(0, 1 + Math.floor(rand() * 3)).map((k) => members[(index * 13 + variant * 5 + k * 17) % members.length].id);
      input = { ...base, kind: '委员联名', leadMemberId: lead.id, cosignerIds: [...new Set(cosigners)].filter((c) => c !== lead.id), contactName: lead.name };
    } else if (r < 0.88) input = { ...base, kind: '党派团体', partyId: pick(parties).id };
    else if (r < 0.95) input = { ...base, kind: '界别', sectorId: pick(sectors).id };
    else input = { ...base, kind: '专委会', committeeId: pick(committees).id };
    if (input.kind === '委员联名' && !(input.cosignerIds as number[]).length) input = { ...input, kind: '委员个人', cosignerIds: [] };
    const p = keep(call<ProposalRecord>('proposal.save', input, '提案委 王秘书'));
    return { p, units: topicOverride?.units ?? topic.units };
  }

  function submit(id: number, date: string) {
    const p = get(id);
    for (const c of p.cosigners) keep(call<ProposalRecord>('proposal.cosign', { id, version: get(id).version, memberId: c.memberId, state: '已确认', date: addDays(date, -2) }, c.name));
    act(id, '提交', { date }, p.proposerName);
  }

  function assign(id: number, unitNames: string[], date: string, modeRoll = rand()) {
    const [main, ...co] = unitNames.map((n) => unitByName.get(n)).filter((u): u is number => !!u);
    const coUnits = co.slice(0, 2);
    const mode = coUnits.length === 0 ? '单办' : modeRoll < 0.7 ? '会办' : '分办';
    return keep(call<ProposalRecord>('proposal.assign', { id, version: get(id).version, mode, mainUnitId: main, coUnitIds: coUnits, date }));
  }

  function answer(id: number, cls: 'A' | 'B' | 'C', date: string, plannedDate?: string) {
    const p = get(id);
    const main = p.units.find((u) => u.role === '主办' && u.active)!;
    for (const co of p.units.filter((u) => u.role === '协办' && u.active)) {
      if (p.round === 1 && !p.replies.some((r) => r.unitId === co.unitId)) {
        keep(call<ProposalRecord>('proposal.reply', { id, version: get(id).version, unitId: co.unitId, replyClass: p.mode === '分办' ? cls : null, content: `${co.unitName}协办意见：同意主办单位意见，将积极配合做好相关工作。`, signer: '', contactName: co.contact, contactPhone: co.phone || '', replyDate: addDays(date, -5) }, co.unitName));
      }
    }
    keep(call<ProposalRecord>('proposal.reply', { id, version: get(id).version, unitId: main.unitId, replyClass: cls, content: replyTexts[cls], signer: `${main.unitName.replace(/^县|^市/, '').slice(0, 2)}局长`, contactName: main.contact, contactPhone: main.phone || '', replyDate: date, plannedDate: cls === 'B' ? plannedDate ?? null : null }, main.unitName));
  }

  const classRoll = (): 'A' | 'B' | 'C' => {
    const r = rand();
    return r < 0.27 ? 'A' : r < 0.95 ? 'B' : 'C';
  };

  // ── 第三次会议 (2025): finished ─────────────────────────────────────────
  variant = 1;
  const n3 = Math.round((options.perSession ?? 84) * 0.6);
  const done3: number[] = [];
  const unitsOf = new Map<number, string[]>();
  for (let i = 0; i < n3; i++) {
    const { p, units } = create(m3.id, i);
    submit(p.id, workday(addDays('2025-01-06', i % 6)));
    act(p.id, '预审通过', { date: '2025-01-14' });
    done3.push(p.id);
    unitsOf.set(p.id, units);
  }
  const rejected3 = done3.splice(n3 - 2, 2);
  call('proposal.batchFile', { items: done3.map((id) => ({ id, version: get(id).version })), date: '2025-01-20', renumber: true });
  forget(done3);
  rejected3.forEach((id, k) => act(id, '不予立案', { date: '2025-01-20', reason: rejectedTopics[k].reason }));
  for (const id of done3) assign(id, unitsOf.get(id)!, '2025-02-10');
  done3.forEach((id, k) => {
    if (k % 12 === 0) keep(call<ProposalRecord>('proposal.setKey', { id, version: get(id).version, isKey: true, keyLeader: pick(['县政协主席 陈国平', '县政协副主席 周建华', '县政协副主席 林秀英']), date: '2025-02-20' }));
  });
  done3.forEach((id, k) => {
    signAll(id, '2025-02-12');
    const p = get(id);
    if (p.isKey) keep(call<ProposalRecord>('proposal.supervise', { id, version: p.version, date: '2025-04-15', person: p.keyLeader.split(' ').pop(), method: '督办协商会', place: '县政协三楼会议室', content: '听取承办单位办理情况汇报，实地察看，协商推进落实。' }));
    const cls = classRoll();
    const replyDate = workday(addDays('2025-03-20', (k * 3) % 55));
    answer(id, cls, replyDate, '2025-12-31');
    act(id, '答复审核通过', { date: workday(addDays(replyDate, 2)) });
    const fb = rand();
    if (fb < 0.03) {
      act(id, '征询意见', { date: workday(addDays(replyDate, 12)), result: '不满意', comment: '答复未针对具体建议' }, p.proposerName);
      answer(id, 'A', workday(addDays(replyDate, 30)));
      act(id, '答复审核通过', { date: workday(addDays(replyDate, 32)) });
      act(id, '征询意见', { date: workday(addDays(replyDate, 40)), result: '满意' }, p.proposerName);
    } else act(id, '征询意见', { date: workday(addDays(replyDate, 12)), result: fb < 0.86 ? '满意' : '基本满意' }, p.proposerName);
    act(id, '办结', { date: '2025-08-29' });
    if (get(id).replyClass === 'B' && k % 3 === 0) keep(call<ProposalRecord>('proposal.followUp', { id, version: get(id).version, date: '2026-01-15', person: '提案委', content: '实地察看，计划事项已基本完成。', done: true }));
    act(id, '归档', { date: '2025-12-19' });
    if (k % 10 === 3) keep(call<ProposalRecord>('proposal.setExcellent', { id, version: get(id).version, isExcellent: true, note: '2025年度优秀提案', date: '2026-01-20' }));
  });

  // ── 第四次会议 (2026): in progress, every state ─────────────────────────
  variant = 2;
  const n4 = options.perSession ?? 84;
  const all4: { id: number; units: string[] }[] = [];
  for (let i = 0; i < n4; i++) {
    const { p, units } = create(m4.id, i);
    all4.push({ id: p.id, units });
  }
  const take = (n: number) => all4.splice(0, n);
  take(2); // 暂存
  const voided = take(1);
  act(voided[0].id, '作废', { reason: '与另一件提案重复录入' });
  const pending = take(2); // 待预审
  pending.forEach((x, k) => submit(x.id, workday(addDays('2026-02-24', k))));
  const returned = take(1);
  submit(returned[0].id, '2026-02-24');
  act(returned[0].id, '退回修改', { date: '2026-02-26', reason: '存在问题部分缺少具体数据，请补充后重新提交' });
  const waiting = take(2); // 待审查
  waiting.forEach((x) => {
    submit(x.id, '2026-02-25');
    act(x.id, '预审通过', { date: '2026-02-27' });
  });
  const rest = all4.splice(0);
  rest.forEach((x, k) => {
    submit(x.id, workday(addDays('2026-02-24', k % 5)));
    act(x.id, '预审通过', { date: '2026-03-02' });
  });
  // 不予立案 (one 转为社情民意) and 并案
  const rejectedRows = rejectedTopics.map((t, k) => {
    const { p } = create(m4.id, 200 + k, { title: t.title, category: '社会建设', units: [] });
    submit(p.id, '2026-02-25');
    act(p.id, '预审通过', { date: '2026-03-02' });
    act(p.id, '不予立案', { date: '2026-03-10', reason: t.reason, comment: '已告知提案者' });
    if (t.convert) act(p.id, '转为社情民意', { opinionId: null, comment: '转信息科按社情民意信息处理' });
    return p.id;
  });
  void rejectedRows;
  const mergeMain = rest[0];
  const merged = create(m4.id, 300, { title: '关于规划建设城区公共停车场的建议', category: '经济建设', units: ['县住房和城乡建设局'] }).p;
  submit(merged.id, '2026-02-25');
  act(merged.id, '预审通过', { date: '2026-03-02' });
  // 立案 in one batch, numbers re-sorted by category
  call('proposal.batchFile', { items: rest.map((x) => ({ id: x.id, version: get(x.id).version })), date: '2026-03-10', renumber: true });
  forget(rest.map((x) => x.id));
  act(merged.id, '并案', { date: '2026-03-10', mergeInto: mergeMain.id, comment: '内容相近，并入办理' });

  const notAssigned = rest.splice(rest.length - 2, 2); // 立案, waiting for 交办
  void notAssigned;
  call('proposal.batchAssign', {
    items: rest.map((x) => {
      const [main, ...co] = x.units.map((n) => unitByName.get(n)).filter((u): u is number => !!u);
      const coUnitIds = co.slice(0, 2);
      return { id: x.id, version: get(x.id).version, mode: coUnitIds.length ? (rand() < 0.7 ? '会办' : '分办') : '单办', mainUnitId: main, coUnitIds };
    }),
    date: '2026-03-20',
  });
  forget(rest.map((x) => x.id));
  rest.forEach((x, k) => {
    if (k % 9 === 1) keep(call<ProposalRecord>('proposal.setKey', { id: x.id, version: get(x.id).version, isKey: true, keyLeader: pick(['县政协主席 陈国平', '县政协副主席 周建华', '县政协副主席 林秀英']), date: '2026-03-25' }));
  });
  const stage = (n: number) => rest.splice(0, n);
  // 已交办, not signed (one is 申请退回)
  const unsigned = stage(2);
  const refund = stage(1);
  act(refund[0].id, '申退', { date: '2026-03-24', reason: '该事项不属于本单位职责范围，建议交县住房和城乡建设局办理' }, get(refund[0].id).mainUnit ?? undefined);
  rest.forEach((x) => signAll(x.id, '2026-03-23'));
  // one of the unsigned ones: a 协办 has signed, the 主办 has not yet
  const partly = get(unsigned[0].id).units.find((u) => u.role === '协办');
  if (partly) act(unsigned[0].id, '签收', { date: '2026-03-23', unitId: partly.unitId }, partly.unitName);
  const signed = stage(4); // 已签收, overdue → 催办
  const answeredWaiting = stage(3); // 已答复
  const redo = stage(1); // 答复退回
  const toFeedback = stage(5); // 待征询
  const unhappy = stage(2); // 不满意重办
  const toClose = stage(4); // 待办结
  const archived = stage(2); // 已归档
  const closed = rest.splice(0); // 已办结
  for (const x of [...rest, ...signed, ...answeredWaiting, ...redo, ...toFeedback, ...unhappy, ...toClose, ...archived, ...closed]) {
    const p = get(x.id);
    if (p.isKey) keep(call<ProposalRecord>('proposal.supervise', { id: x.id, version: p.version, date: '2026-05-12', person: p.keyLeader.split(' ').pop(), method: '督办协商会', place: '县政协三楼会议室', content: '听取办理进展汇报，协商解决办理中的困难和问题。' }));
  }
  let k = 0;
  const replyOn = () => workday(addDays('2026-05-06', (k++ * 3) % 45));
  for (const x of answeredWaiting) answer(x.id, classRoll(), replyOn());
  for (const x of redo) {
    const d = replyOn();
    answer(x.id, 'C', d);
    act(x.id, '答复退回', { date: workday(addDays(d, 3)), reason: '答复未逐条回应提案建议，请重新办理' });
  }
  const accepted = (list: { id: number }[], cls?: 'A' | 'B' | 'C') =>
    list.map((x) => {
      const d = replyOn();
      answer(x.id, cls ?? classRoll(), d, '2026-12-31');
      act(x.id, '答复审核通过', { date: workday(addDays(d, 2)) });
      return { ...x, date: d };
    });
  accepted(toFeedback);
  for (const x of accepted(unhappy, 'C')) act(x.id, '征询意见', { date: workday(addDays(x.date, 10)), result: '不满意', comment: '建议未被采纳，希望再研究' }, get(x.id).proposerName);
  for (const x of accepted([...toClose, ...archived, ...closed])) {
    act(x.id, '征询意见', { date: workday(addDays(x.date, 10)), result: rand() < 0.85 ? '满意' : '基本满意' }, get(x.id).proposerName);
  }
  for (const x of [...archived, ...closed]) act(x.id, '办结', { date: '2026-08-28' });
  for (const x of archived) act(x.id, '归档', { date: '2026-11-20' });
  closed.forEach((x, n) => {
    const p = get(x.id);
    if (p.replyClass === 'B' && n % 4 === 0) keep(call<ProposalRecord>('proposal.followUp', { id: x.id, version: p.version, date: '2026-11-10', person: '提案委', content: '回头看：计划事项正在推进，年内可完成。', done: false }));
    if (n % 11 === 5) keep(call<ProposalRecord>('proposal.setExcellent', { id: x.id, version: get(x.id).version, isExcellent: true, note: '2026年度优秀提案' }));
  });
  // 延期 one, 催办 the overdue ones
  if (signed[0]) act(signed[0].id, '延期', { newDueDate: '2026-08-31', reason: '涉及年度预算调整，申请延期' });
  call('proposal.remind', { items: [...unsigned, ...signed.slice(1)].map((x) => ({ id: x.id, version: get(x.id).version })), date: '2026-07-06', method: '函件催办', person: '提案委 王秘书', content: '请抓紧办理并于7月20日前书面答复。' });
  forget([...unsigned, ...signed].map((x) => x.id));

  // ── 平时提案 ─────────────────────────────────────────────────────────────
  variant = 3;
  const ordinary = [0, 1, 2, 3].map((i) => create(null, 400 + i));
  ordinary.forEach(({ p }, i) => {
    submit(p.id, workday(addDays('2026-06-01', i * 20)));
    if (i === 3) return;
    act(p.id, '预审通过', { date: workday(addDays('2026-06-03', i * 20)) });
    act(p.id, '立案', { date: workday(addDays('2026-06-05', i * 20)) });
    if (i === 2) return;
    assign(p.id, ordinary[i].units, workday(addDays('2026-06-10', i * 20)));
    signAll(p.id, workday(addDays('2026-06-12', i * 20)));
    if (i === 0) {
      answer(p.id, 'A', '2026-08-10');
      act(p.id, '答复审核通过', { date: '2026-08-12' });
    }
  });
  return { meetingIds: [m3.id, m4.id] };
}
