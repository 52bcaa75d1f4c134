import { isNull } from 'drizzle-orm';
import type { MethodParsedInput } from '../../../shared/contract';
import { replyDueDate } from '../../../shared/domain/proposal/deadlines';
import { checkAssignment } from '../../../shared/domain/proposal/machine';
import { nextSerial, type NumberSeries } from '../../../shared/domain/proposal/numbering';
import { assignModes, feedbackResults, proposerKinds, replyClasses, type AssignMode, type ProposerKind } from '../../../shared/domain/proposal/status';
import { committees, dictItems, meetings, members, parties, proposalCosigners, proposalEvents, proposalReplies, proposalUnits, proposals, sectors, terms, units } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { codeOf, loadCalendar, loadSettings, todayIso, what } from './common';

const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '11', '第十一届', '十一' → 11; '第三次会议' → 3; undefined when not a number. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.trim().replace(/^第/, '').replace(/(届|次会议|次|号)$/, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (!t || [...t].some((c) => !(c in digits) && c !== '十')) return undefined;
  if (t === '十') return 10;
  const [tens, ones] = t.includes('十') ? t.split('十') : ['', t];
  const n = (tens ? digits[tens] : t.includes('十') ? 1 : 0) * 10 + (ones ? digits[ones] : 0);
  return n > 0 ? n : undefined;
}

/** 2022-01-12, 2022/1/12, 2022.1.12, 2022年1月12日 → ISO; undefined when not a date. */
export function parseDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

const splitNames = (text: string) =>
  text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The three parts when the text has 背景/存在问题/具体建议 headings; otherwise all of it is the 背景. */
export function splitContent(text: string): { background: string; problems: string; suggestions: string } {
  const t = text.trim();
  const heads = [
    { key: 'background', re: /(?:^|\n)\s*(?:[一1][、.．]\s*)?(?:背景|基本情况|现状)[：:]?\s*\n?/ },
    { key: 'problems', re: /(?:^|\n)\s*(?:[二2][、.．]\s*)?(?:存在问题|存在的问题|问题)[：:]?\s*\n?/ },
    { key: 'suggestions', re: /(?:^|\n)\s*(?:[三3][、.．]\s*)?(?:具体建议|建议|对策建议)[：:]?\s*\n?/ },
  ] as const;
  const found = heads.map((h) => ({ key: h.key, m: h.re.exec(t) })).filter((h) => h.m);
  if (found.length < 2) return { background: t, problems: '', suggestions: '' };
  found.sort((a, b) => a.m!.index - b.m!.index);
  const out = { background: '', problems: '', suggestions: '' };
  found.forEach((h, i) => {
    const start = h.m!.index + h.m![0].length;
    const end = i + 1 < found.length ? found[i + 1].m!.index : t.length;
    out[h.key] = t.slice(start, end).trim();
  });
  const before = t.slice(0, found[0].m!.index).trim();
  if (before) out.background = [before, out.background].filter(Boolean).join('\n');
  return out;
}

/** 历史数据导入: every row is checked first; one bad row and nothing is imported. */
export function importHistory(ctx: ServiceContext, input: MethodParsedInput<'proposal.import'>) {
  const orm = ctx.app.orm;
  const termRows = orm.select().from(terms).where(isNull(terms.voidedAt)).all();
  const meetingRows = orm.select().from(meetings).where(isNull(meetings.voidedAt)).all();
  const byName = <T extends { name: string }>(list: T[]) => new Map(list.map((r) => [r.name, r]));
  const sectorMap = byName(orm.select().from(sectors).where(isNull(sectors.voidedAt)).all());
  const partyMap = byName(orm.select().from(parties).where(isNull(parties.voidedAt)).all());
  const committeeMap = byName(orm.select().from(committees).where(isNull(committees.voidedAt)).all());
  const unitMap = byName(orm.select().from(units).where(isNull(units.voidedAt)).all());
  const categoryMap = new Map(
    orm
      .select()
      .from(dictItems)
      .where(isNull(dictItems.voidedAt))
      .all()
      .filter((d) => d.dict === 'proposalCategory')
      .map((d) => [d.label, d]),
  );
  const memberRows = orm.select().from(members).where(isNull(members.voidedAt)).all();
  const existingCodes = new Set((ctx.app.sqlite.prepare('select code from proposals where code is not null').all() as { code: string }[]).map((r) => r.code));
  const serials = new Map<string, number[]>();
  for (const r of ctx.app.sqlite.prepare('select term_id t, meeting_id m, series s, serial from proposals where serial is not null').all() as { t: number; m: number | null; s: string; serial: number }[]) {
    const key = `${r.t}:${r.m}:${r.s}`;
    serials.set(key, [...(serials.get(key) ?? []), r.serial]);
  }
  const calendar = loadCalendar(ctx);
  const settings = loadSettings(ctx);

  const errors: { row: number; message: string }[] = [];
  type Ready = {
    values: typeof proposals.$inferInsert;
    cosigners: { memberId: number | null; name: string }[];
    units: { unitId: number; role: '主办' | '协办' }[];
    reply: { unitId: number; replyClass: string | null; date: string } | null;
    row: number;
  };
  const ready: Ready[] = [];
  const pendingNumber: { ready: Ready; key: string; termNumber: number; meetingNumber: number | null; series: NumberSeries }[] = [];

  for (const raw of input.rows) {
    const problems: string[] = [];
    const cell = (k: keyof typeof raw) => String(raw[k] ?? '').trim();
    // 届次 / 会次
    const termNo = parseOrdinal(cell('term'));
    const term = termNo ? termRows.find((t) => t.number === termNo) : termRows.find((t) => t.name === cell('term'));
    if (!cell('term')) problems.push('缺少届次');
    else if (!term) problems.push(`届次“${cell('term')}”不存在（请先在基础数据中添加）`);
    const sessionText = cell('session');
    let meeting: (typeof meetingRows)[number] | null = null;
    if (!sessionText) problems.push('缺少会次（大会提案填会次序号，闭会期间提案填“平时”）');
    else if (sessionText !== '平时' && term) {
      const no = parseOrdinal(sessionText);
      meeting = meetingRows.find((m) => m.termId === term.id && (m.number === no || m.name === sessionText)) ?? null;
      if (!meeting) problems.push(`${term.name}没有会次“${sessionText}”（请先在基础数据中添加）`);
    }
    // 案由, 类型, 提案者
    const title = cell('title');
    if (!title) problems.push('缺少案由');
    else if ([...title].length > 50) problems.push(`案由超过50个字（${[...title].length}个字）`);
    const kind = cell('kind') as ProposerKind;
    if (!proposerKinds.includes(kind)) problems.push(cell('kind') ? `提案者类型“${cell('kind')}”应为：${proposerKinds.join('、')}` : '缺少提案者类型');
    const proposer = cell('proposer');
    if (!proposer) problems.push('缺少提案者');
    let leadMemberId: number | null = null;
    let sectorId: number | null = null;
    let partyId: number | null = null;
    let committeeId: number | null = null;
    const lookup = <T extends { id: number }>(map: Map<string, T>, name: string, label: string) => {
      if (!name) return null;
      const hit = map.get(name);
      if (!hit) problems.push(`未知${label}“${name}”（请先在基础数据中添加）`);
      return hit?.id ?? null;
    };
    if (kind === '委员个人' || kind === '委员联名') {
      const candidates = term ? memberRows.filter((m) => m.termId === term.id && m.name === proposer) : [];
      const member = candidates.length === 1 ? candidates[0] : undefined;
      leadMemberId = member?.id ?? null;
      sectorId = lookup(sectorMap, cell('sector'), '界别') ?? member?.sectorId ?? null;
      partyId = lookup(partyMap, cell('party'), '党派') ?? member?.partyId ?? null;
    } else if (kind === '党派团体') {
      partyId = lookup(partyMap, cell('party') || proposer, '党派团体');
      sectorId = lookup(sectorMap, cell('sector'), '界别');
    }
    else if (kind === '界别') sectorId = lookup(sectorMap, cell('sector') || proposer, '界别');
    else if (kind === '专委会') committeeId = lookup(committeeMap, proposer, '专委会');
    const cosignerNames = splitNames(cell('cosigners'));
    if (kind === '委员联名' && !cosignerNames.length) problems.push('委员联名提案缺少附议人');
    if (kind !== '委员联名' && cosignerNames.length) problems.push('只有委员联名提案才有附议人');
    const category = categoryMap.get(cell('category'));
    if (!cell('category')) problems.push('缺少类别');
    else if (!category) problems.push(`类别“${cell('category')}”不在提案类别字典中`);
    // 日期
    const date = (key: keyof typeof raw, label: string) => {
      const text = cell(key);
      if (!text) return null;
      const iso = parseDate(text);
      if (!iso) problems.push(`${label}“${text}”不是有效日期（如2022-01-12）`);
      return iso ?? null;
    };
    const submittedDate = date('submittedDate', '提交日期');
    const assignedDate = date('assignedDate', '交办日期');
    let dueDate = date('dueDate', '办理期限');
    const answeredDate = date('answeredDate', '答复日期');
    // 审查结果
    const result = cell('result') || '立案';
    if (result !== '立案' && result !== '不予立案') problems.push(`审查结果“${result}”应为立案或不予立案`);
    const series = result as NumberSeries;
    // 编号
    let serial: number | null = null;
    if (cell('serial')) {
      const n = parseOrdinal(cell('serial').replace(/^(平时|不予立案)/, ''));
      if (!n) problems.push(`编号“${cell('serial')}”应为正整数`);
      else serial = n;
    }
    // 交办, 答复
    const mainUnit = cell('mainUnit');
    const coUnitNames = splitNames(cell('coUnits'));
    const unitsOut: Ready['units'] = [];
    let mode: AssignMode | null = null;
    if (series === '不予立案' && (mainUnit || coUnitNames.length)) problems.push('不予立案的提案不应有承办单位');
    if (!mainUnit && coUnitNames.length) problems.push('有协办单位时必须填写主办单位');
    if (mainUnit) {
      const modeText = cell('mode') || (coUnitNames.length ? '会办' : '单办');
      if (!(assignModes as readonly string[]).includes(modeText)) problems.push(`交办方式“${modeText}”应为：${assignModes.join('、')}`);
      else {
        mode = modeText as AssignMode;
        const problem = checkAssignment({ mode, mainUnit, coUnits: coUnitNames });
        if (problem) problems.push(problem.replace(/。$/, ''));
      }
      for (const [i, name] of [mainUnit, ...coUnitNames].entries()) {
        const u = unitMap.get(name);
        if (!u) problems.push(`未知承办单位“${name}”（请先在基础数据中添加）`);
        else unitsOut.push({ unitId: u.id, role: i === 0 ? '主办' : '协办' });
      }
      if (!assignedDate) problems.push('有承办单位时请填写交办日期');
    }
    if (assignedDate && !dueDate) dueDate = replyDueDate(assignedDate, calendar, settings);
    const replyClass = cell('replyClass').replace(/类$/, '').toUpperCase();
    if (replyClass && !(replyClasses as readonly string[]).includes(replyClass)) problems.push(`答复类别“${cell('replyClass')}”应为A、B或C`);
    if ((replyClass || answeredDate) && !mainUnit) problems.push('有答复时必须填写主办单位');
    if (replyClass && !answeredDate) problems.push('有答复类别时请填写答复日期');
    const feedback = cell('feedback');
    if (feedback && !(feedbackResults as readonly string[]).includes(feedback)) problems.push(`征询意见“${feedback}”应为：${feedbackResults.join('、')}`);
    if (feedback && !answeredDate) problems.push('有征询意见时请填写答复日期');
    const yes = (key: keyof typeof raw, label: string) => {
      const v = cell(key);
      if (v && v !== '是' && v !== '否') problems.push(`${label}“${v}”应填是或否`);
      return v === '是';
    };
    const isKey = yes('isKey', '重点提案');
    const isExcellent = yes('isExcellent', '优秀提案');
    if (series === '不予立案' && (isKey || isExcellent)) problems.push('不予立案的提案不能是重点提案或优秀提案');

    if (problems.length) {
      errors.push({ row: raw.row, message: problems.join('；') });
      continue;
    }
    const status = series === '不予立案' ? '不予立案' : answeredDate ? '已归档' : mainUnit ? '已交办' : '立案';
    const content = splitContent(cell('content'));
    const item: Ready = {
      row: raw.row,
      values: {
        termId: term!.id,
        meetingId: meeting?.id ?? null,
        kind,
        leadMemberId,
        sectorId,
        partyId,
        committeeId,
        proposerName: proposer,
        cosignerNames: cosignerNames.join('、'),
        title,
        ...content,
        categoryId: category!.id,
        status,
        submittedDate,
        series,
        serial,
        filedDate: series === '立案' ? submittedDate : null,
        rejectReason: series === '不予立案' ? cell('rejectReason') || '（历史数据未记录理由）' : null,
        mode,
        firstAssignedDate: assignedDate,
        assignedDate,
        dueDate,
        signedDate: assignedDate,
        answeredDate,
        replyClass: replyClass || null,
        feedback: feedback || null,
        feedbackDate: feedback ? answeredDate : null,
        closedDate: answeredDate ? answeredDate : null,
        archivedDate: answeredDate ? todayIso() : null,
        isKey,
        isExcellent,
        imported: true,
      },
      cosigners: cosignerNames.map((name) => {
        const candidates = term ? memberRows.filter((m) => m.termId === term.id && m.name === name) : [];
        return { memberId: candidates.length === 1 ? candidates[0].id : null, name };
      }),
      units: unitsOut,
      reply: answeredDate && unitsOut.length ? { unitId: unitsOut[0].unitId, replyClass: replyClass || null, date: answeredDate } : null,
    };
    ready.push(item);
    pendingNumber.push({ ready: item, key: `${term!.id}:${meeting?.id ?? null}:${series}`, termNumber: term!.number, meetingNumber: meeting?.number ?? null, series });
  }

  // Numbers: given serials must be new; rows without one get max + 1 in sheet order.
  const seen = new Map<string, number>();
  for (const p of pendingNumber.filter((x) => x.ready.values.serial)) {
    const code = codeOf(p.termNumber, p.meetingNumber, p.series, p.ready.values.serial!);
    if (existingCodes.has(code)) errors.push({ row: p.ready.row, message: `编号${code}已存在，编号不能重复使用` });
    else if (seen.has(code)) errors.push({ row: p.ready.row, message: `编号${code}与第${seen.get(code)}行重复` });
    seen.set(code, p.ready.row);
    p.ready.values.code = code;
    serials.set(p.key, [...(serials.get(p.key) ?? []), p.ready.values.serial!]);
  }
  if (errors.length) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  for (const p of pendingNumber.filter((x) => !x.ready.values.serial)) {
    const serial = nextSerial(serials.get(p.key) ?? []);
    serials.set(p.key, [...(serials.get(p.key) ?? []), serial]);
    p.ready.values.serial = serial;
    p.ready.values.code = codeOf(p.termNumber, p.meetingNumber, p.series, serial);
  }

  const today = todayIso();
  for (const item of ready) {
    const { id } = orm.insert(proposals).values(item.values).returning({ id: proposals.id }).get();
    if (item.cosigners.length) orm.insert(proposalCosigners).values(item.cosigners.map((c, sort) => ({ proposalId: id, memberId: c.memberId, name: c.name, state: '已确认', sort }))).run();
    if (item.units.length) orm.insert(proposalUnits).values(item.units.map((u, sort) => ({ proposalId: id, unitId: u.unitId, role: u.role, assignedDate: item.values.assignedDate!, signedDate: item.values.assignedDate, sort }))).run();
    if (item.reply) {
      orm
        .insert(proposalReplies)
        .values({ proposalId: id, unitId: item.reply.unitId, role: '主办', round: 1, replyClass: item.reply.replyClass, content: '（历史数据导入，未录入答复全文）', replyDate: item.reply.date, review: '已通过', reviewDate: item.reply.date })
        .run();
    }
    orm.insert(proposalEvents).values({ proposalId: id, action: '历史数据导入', toStatus: item.values.status, date: today, actor: ctx.actor, comment: `导入表第${item.row}行` }).run();
  }
  audit(ctx, { summary: `历史数据导入：${ready.length}件提案`, entity: what, after: { count: ready.length, titles: ready.slice(0, 200).map((r) => r.values.title) } });
  return { imported: ready.length, errors: [] };
}
