import { ApiError, conflictMessage, type MethodParsedInput } from '../../../shared/contract';
import type { RuleRecord } from '../../../shared/contract/points';
import { defaultRules } from '../../../shared/domain/points/defaults';
import { factKindKeys, factKinds, isJointKind, type FactKind } from '../../../shared/domain/points/kinds';
import { DEFAULT_SHARE_RATIO } from '../../../shared/domain/points/share';
import { describeRule, inForce, planRuleChange, planRuleStop, ruleProblems, touchesClosedYear, voidRefusal, yearOf } from '../../../shared/domain/points/rules';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { availableKinds } from './facts';
import { closedYears, ruleColumns, todayIso, toPointRule, type RuleRow } from './common';

const what = '积分规则';

type RuleInput = MethodParsedInput<'points.rule.save'>;

function versionsOf(ctx: ServiceContext, ruleKey: number, includeVoided = false): RuleRow[] {
  return ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules where rule_key = ? ${includeVoided ? '' : 'and voided_at is null'} order by seq`).all(ruleKey) as RuleRow[];
}

/** Closed years in which any of the versions was in force (the rule counted there). */
function usedInClosed(versions: readonly RuleRow[], closed: ReadonlySet<number>): number[] {
  return [...closed].filter((y) => versions.some((v) => touchesClosedYear(v.effectiveFrom, v.effectiveTo, new Set([y])))).sort((a, b) => a - b);
}

function toRecord(versions: RuleRow[], asOf: string, closed: ReadonlySet<number>): RuleRecord {
  const latest = versions[versions.length - 1];
  const info = factKinds[latest.kind as FactKind];
  const rules = versions.map(toPointRule);
  const current = rules.find((r) => inForce(r, asOf));
  const state = current ? '生效中' : rules.every((r) => r.effectiveFrom > asOf) ? '未生效' : '已停用';
  return {
    id: latest.id,
    version: latest.version,
    createdAt: versions[0].createdAt,
    updatedAt: latest.updatedAt,
    voidedAt: latest.voidedAt,
    voidReason: latest.voidReason,
    ruleKey: latest.ruleKey,
    seq: latest.seq,
    name: latest.name,
    category: latest.category as RuleRecord['category'],
    kind: latest.kind as FactKind,
    level: latest.level as RuleRecord['level'],
    levelMode: latest.levelMode as RuleRecord['levelMode'],
    tag: latest.tag,
    points: latest.points,
    yearlyCap: latest.yearlyCap,
    shareMode: latest.shareMode as RuleRecord['shareMode'],
    shareRatio: latest.shareRatio,
    effectiveFrom: latest.effectiveFrom,
    effectiveTo: latest.effectiveTo,
    note: latest.note,
    sort: latest.sort,
    kindLabel: info?.label ?? latest.kind,
    module: info?.module ?? '活动会议',
    available: availableKinds.has(latest.kind as FactKind),
    usedInClosedYears: usedInClosed(versions, closed),
    description: describeRule(toPointRule(latest)),
    state,
    versions: versions.map((v) => ({
      id: v.id,
      seq: v.seq,
      name: v.name,
      category: v.category as RuleRecord['category'],
      level: v.level as RuleRecord['level'],
      levelMode: v.levelMode as RuleRecord['levelMode'],
      tag: v.tag,
      points: v.points,
      yearlyCap: v.yearlyCap,
      shareMode: v.shareMode as RuleRecord['shareMode'],
      shareRatio: v.shareRatio,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      description: describeRule(toPointRule(v)),
      createdAt: v.createdAt,
    })),
  };
}

function ruleRecord(ctx: ServiceContext, ruleKey: number): RuleRecord {
  const all = versionsOf(ctx, ruleKey, true);
  if (!all.length) throw new ApiError('NOT_FOUND', `${what}不存在。`);
  const live = all.filter((v) => !v.voidedAt);
  return toRecord(live.length ? live : all, todayIso(), closedYears(ctx));
}

function invalid(problems: string[]): never {
  throw new ApiError('VALIDATION', problems.join(''), problems.map((message) => ({ message })));
}

/**
 * Normalised scoring fields: null for “any”, levelMode only for kinds with levels (default 取最高),
 * shareMode only for 联名 kinds (default 各计全分), shareRatio only for 第一作者全分其余按比例.
 */
function scoring(input: RuleInput) {
  const info = factKinds[input.kind];
  const shareMode = isJointKind(input.kind) ? (input.shareMode ?? '各计全分') : (input.shareMode ?? null);
  return {
    category: input.category,
    kind: input.kind,
    level: input.level ?? null,
    levelMode: info.hasLevel ? (input.levelMode ?? '取最高') : null,
    tag: input.tag ? input.tag : null,
    points: input.points,
    yearlyCap: input.yearlyCap ?? null,
    shareMode,
    shareRatio: shareMode === '第一作者全分其余按比例' ? (input.shareRatio ?? DEFAULT_SHARE_RATIO) : (input.shareRatio ?? null),
  };
}

const scoringKeys = ['category', 'kind', 'level', 'levelMode', 'tag', 'points', 'yearlyCap', 'shareMode', 'shareRatio'] as const;
const scoringLabels: Record<(typeof scoringKeys)[number], string> = {
  category: '类别',
  kind: '计分事项',
  level: '级别',
  levelMode: '多级别计分',
  tag: '细分类型',
  points: '分值',
  yearlyCap: '年度上限',
  shareMode: '联名计分',
  shareRatio: '其他作者计分比例',
};

/** A stored version's value of a scoring key; versions saved before 联名计分 existed mean 各计全分. */
function storedValue(row: RuleRow, key: (typeof scoringKeys)[number]): unknown {
  if (key === 'shareMode' && row.shareMode === null && isJointKind(row.kind as FactKind)) return '各计全分';
  return (row as Record<string, unknown>)[key];
}

/** Inserts a version; a first version gets its own id as rule_key (0 until then, inside the transaction). */
function insertVersion(ctx: ServiceContext, input: Record<string, unknown>): RuleRow {
  const values: Record<string, unknown> = { ruleKey: 0, ...input };
  const cols = Object.keys(values);
  const sqlCols = cols.map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
  const info = ctx.app.sqlite.prepare(`insert into points_rules (${sqlCols.join(', ')}) values (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => values[c] as never));
  const id = Number(info.lastInsertRowid);
  if (input.ruleKey === undefined) ctx.app.sqlite.prepare('update points_rules set rule_key = ? where id = ?').run(id, id);
  return ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules where id = ?`).get(id) as RuleRow;
}

function updateVersion(ctx: ServiceContext, id: number, patch: Record<string, unknown>) {
  const cols = Object.keys(patch);
  const sets = cols.map((c) => `${c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)} = ?`);
  ctx.app.sqlite
    .prepare(`update points_rules set ${[...sets, 'version = version + 1', "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"].join(', ')} where id = ?`)
    .run(...cols.map((c) => patch[c] as never), id);
}

export function listRules(ctx: ServiceContext, input: MethodParsedInput<'points.rule.list'>): RuleRecord[] {
  const rows = ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules order by sort, rule_key, seq`).all() as RuleRow[];
  const byKey = new Map<number, RuleRow[]>();
  for (const r of rows) byKey.set(r.ruleKey, [...(byKey.get(r.ruleKey) ?? []), r]);
  const asOf = input.asOf ?? todayIso();
  const closed = closedYears(ctx);
  const out: RuleRecord[] = [];
  for (const versions of byKey.values()) {
    const live = versions.filter((v) => !v.voidedAt);
    if (live.length) out.push(toRecord(live, asOf, closed));
    else if (input.includeVoided) out.push(toRecord(versions, asOf, closed));
  }
  const kindOrder = (k: string) => factKindKeys.indexOf(k as FactKind);
  return out.sort((a, b) => a.sort - b.sort || kindOrder(a.kind) - kindOrder(b.kind) || a.ruleKey - b.ruleKey);
}

export function saveRule(ctx: ServiceContext, input: RuleInput): RuleRecord {
  const values = scoring(input);
  const problems = ruleProblems({ name: input.name, ...values, effectiveFrom: input.effectiveFrom });
  if (problems.length) invalid(problems);
  const closed = closedYears(ctx);
  const cosmetic = { name: input.name, note: input.note, sort: input.sort };

  if (input.id === undefined) {
    if (closed.has(yearOf(input.effectiveFrom))) invalid([`${yearOf(input.effectiveFrom)}年度积分已结账，新规则只能从${yearOf(input.effectiveFrom) + 1}年1月1日或以后生效。`]);
    const row = insertVersion(ctx, { seq: 1, ...values, ...cosmetic, effectiveFrom: input.effectiveFrom });
    audit(ctx, { summary: `新增${what}：${input.name}（${describeRule(values)}，${input.effectiveFrom}起生效）`, entity: what, entityId: row.id, after: row });
    return ruleRecord(ctx, row.id);
  }

  const target = ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules where id = ?`).get(input.id) as RuleRow | undefined;
  if (!target || target.voidedAt) throw new ApiError('NOT_FOUND', `${what}不存在或已作废。`);
  const versions = versionsOf(ctx, target.ruleKey);
  const latest = versions[versions.length - 1];
  if (latest.id !== target.id || input.version === undefined || latest.version !== input.version) throw new ApiError('CONFLICT', conflictMessage);

  const changed = scoringKeys.filter((k) => values[k] !== storedValue(latest, k));
  const before = { ...latest };
  if (values.kind !== latest.kind) {
    // What a rule counts is its identity: closed years' lines, caps and the 年度通报 name it.
    const used = usedInClosed(versions, closed);
    const from = factKinds[latest.kind as FactKind]?.label ?? latest.kind;
    const to = factKinds[values.kind].label;
    if (used.length)
      invalid([`该规则已用于已结账的${used.join('、')}年度，不能把计分事项从“${from}”改为“${to}”（已结账年度的积分按原事项计算）。如需对“${to}”计分，请新增一条规则；本规则不再使用的，可设置停用日期。`]);
  }
  if (changed.length === 0 && input.effectiveFrom === latest.effectiveFrom) {
    // Name, note, order: wording only, the points do not change; closed years keep their own copy.
    updateVersion(ctx, latest.id, cosmetic);
    audit(ctx, { summary: `修改${what}说明：${latest.name}${latest.name !== input.name ? ` → ${input.name}` : ''}`, entity: what, entityId: latest.id, before, after: cosmetic });
    return ruleRecord(ctx, latest.ruleKey);
  }
  if (changed.length === 0) {
    // Only the start date moved: a correction of a rule that has no history yet.
    if (versions.length > 1) invalid(['该规则已有多个版本，不能只修改生效日期；请修改分值等内容并指定新的生效日期，或停用本规则。']);
    for (const y of closed) {
      if (touchesClosedYear(latest.effectiveFrom, latest.effectiveTo, new Set([y])) || touchesClosedYear(input.effectiveFrom, latest.effectiveTo, new Set([y])))
        invalid([`${y}年度积分已结账，不能改动该年度适用的规则的生效日期。`]);
    }
    if (latest.effectiveTo && input.effectiveFrom > latest.effectiveTo) invalid(['生效日期不能晚于停用日期。']);
    updateVersion(ctx, latest.id, { ...cosmetic, effectiveFrom: input.effectiveFrom });
    audit(ctx, { summary: `修改${what}生效日期：${latest.name}（${latest.effectiveFrom} → ${input.effectiveFrom}）`, entity: what, entityId: latest.id, before, after: { effectiveFrom: input.effectiveFrom } });
    return ruleRecord(ctx, latest.ruleKey);
  }

  const plan = planRuleChange(versions.map(toPointRule), input.effectiveFrom, closed);
  if (!plan.ok) invalid([plan.message]);
  const change = changed.map((k) => scoringLabels[k]).join('、');
  if (plan.plan.mode === 'correct') {
    updateVersion(ctx, latest.id, { ...values, ...cosmetic });
    audit(ctx, { summary: `更正${what}：${input.name}（${change}；${describeRule(values)}，自${latest.effectiveFrom}起）`, entity: what, entityId: latest.id, before, after: { ...values, ...cosmetic } });
    return ruleRecord(ctx, latest.ruleKey);
  }
  if (values.kind !== latest.kind) invalid(['规则已生效计分，不能改变计分事项；请停用本规则并新增一条规则。']);
  const p = plan.plan;
  if (p.endVersionId !== null) updateVersion(ctx, p.endVersionId, { effectiveTo: p.endOn });
  const row = insertVersion(ctx, { ruleKey: latest.ruleKey, seq: p.seq, ...values, ...cosmetic, effectiveFrom: p.newFrom, effectiveTo: p.newTo });
  audit(ctx, {
    summary: `修改${what}：${input.name}（${change}；自${p.newFrom}起${describeRule(values)}，此前按原规则计分）`,
    entity: what,
    entityId: row.id,
    before,
    after: row,
  });
  return ruleRecord(ctx, latest.ruleKey);
}

function latestChecked(ctx: ServiceContext, id: number, version: number, includeVoided = false) {
  const target = ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules where id = ?`).get(id) as RuleRow | undefined;
  if (!target) throw new ApiError('NOT_FOUND', `${what}不存在。`);
  const versions = versionsOf(ctx, target.ruleKey, includeVoided);
  const latest = versions[versions.length - 1];
  if (!latest || latest.id !== target.id || latest.version !== version) throw new ApiError('CONFLICT', conflictMessage);
  return { latest, versions };
}

export function stopRule(ctx: ServiceContext, input: MethodParsedInput<'points.rule.stop'>): RuleRecord {
  const { latest, versions } = latestChecked(ctx, input.id, input.version);
  if (latest.voidedAt) throw new ApiError('TRANSITION', `该${what}已作废。`);
  const plan = planRuleStop(versions.map(toPointRule), input.stopFrom, closedYears(ctx));
  if (!plan.ok) throw new ApiError('TRANSITION', plan.message);
  updateVersion(ctx, plan.versionId, { effectiveTo: plan.endOn });
  audit(ctx, { summary: `停用${what}：${latest.name}（自${input.stopFrom}起不再计分）`, entity: what, entityId: latest.id, before: latest, after: { effectiveTo: plan.endOn } });
  return ruleRecord(ctx, latest.ruleKey);
}

export function voidRule(ctx: ServiceContext, input: MethodParsedInput<'points.rule.void'>): RuleRecord {
  const { latest, versions } = latestChecked(ctx, input.id, input.version);
  if (latest.voidedAt) throw new ApiError('TRANSITION', `该${what}已作废，无需重复作废。`);
  const refused = voidRefusal(versions.map(toPointRule), closedYears(ctx));
  if (refused) throw new ApiError('TRANSITION', refused);
  ctx.app.sqlite
    .prepare(`update points_rules set voided_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), void_reason = ?, version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where rule_key = ? and voided_at is null`)
    .run(input.reason, latest.ruleKey);
  audit(ctx, { summary: `作废${what}：${latest.name}（原因：${input.reason}）`, entity: what, entityId: latest.id, before: latest });
  return ruleRecord(ctx, latest.ruleKey);
}

export function restoreRule(ctx: ServiceContext, input: MethodParsedInput<'points.rule.restore'>): RuleRecord {
  const target = ctx.app.sqlite.prepare(`select ${ruleColumns} from points_rules where id = ?`).get(input.id) as RuleRow | undefined;
  if (!target) throw new ApiError('NOT_FOUND', `${what}不存在。`);
  if (!target.voidedAt) throw new ApiError('TRANSITION', `该${what}未作废，无需恢复。`);
  if (target.version !== input.version) throw new ApiError('CONFLICT', conflictMessage);
  const voidedAt = target.voidedAt;
  ctx.app.sqlite
    .prepare(`update points_rules set voided_at = null, void_reason = null, version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where rule_key = ? and voided_at = ?`)
    .run(target.ruleKey, voidedAt);
  audit(ctx, { summary: `恢复${what}：${target.name}`, entity: what, entityId: target.id });
  return ruleRecord(ctx, target.ruleKey);
}

export function loadDefaultRules(ctx: ServiceContext, input: MethodParsedInput<'points.rule.loadDefaults'>) {
  const { n } = ctx.app.sqlite.prepare('select count(*) n from points_rules where voided_at is null').get() as { n: number };
  if (n > 0) throw new ApiError('TRANSITION', `已有${n}条积分规则，不能再载入常用规则（以免重复计分）；请逐条新增或修改。`);
  const year = yearOf(input.effectiveFrom);
  if (closedYears(ctx).has(year)) invalid([`${year}年度积分已结账，规则只能从${year + 1}年1月1日或以后生效。`]);
  defaultRules.forEach((r, i) =>
    insertVersion(ctx, {
      seq: 1,
      name: r.name,
      category: r.category,
      kind: r.kind,
      level: r.level ?? null,
      levelMode: r.levelMode ?? null,
      tag: r.tag ?? null,
      points: r.points,
      yearlyCap: r.yearlyCap ?? null,
      shareMode: isJointKind(r.kind) ? '各计全分' : null,
      effectiveFrom: input.effectiveFrom,
      note: '',
      sort: i + 1,
    }),
  );
  audit(ctx, { summary: `载入常用积分规则：${defaultRules.length}条，${input.effectiveFrom}起生效`, entity: what, after: defaultRules });
  return { created: defaultRules.length };
}
