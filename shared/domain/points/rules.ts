/**
 * 积分规则 and their versions.
 *
 * A rule counts one fact kind (optionally one level, optionally one 细分类型) at a number of points
 * per item, optionally capped per member per calendar year. A rule is kept as versions: each
 * version is in force from `effectiveFrom` to `effectiveTo` (inclusive; null = open-ended), and the
 * versions of one rule never overlap. Changing a rule never edits the past:
 * - a change effective from date D ends the current version on D−1 and starts a new one on D;
 * - D may not fall in a closed year (结账), and a closed year is frozen anyway (closing.ts);
 * - the same-day correction of a version (D = its own start) rewrites it only while none of its
 *   days lies in a closed year.
 * 取最高 (levelMode) is for kinds with levels: see compute.ts.
 * Negative points are 扣分 (e.g. 缺席 −2); the yearly cap then limits the deduction.
 */
import { levelModes, type LevelMode } from '../opinion/scoring';
import { isFactKind, isJointKind, factKinds, type Fact, type FactKind, type PointCategory, type PointLevel, pointCategories, pointLevels } from './kinds';
import { describeShare, shareModes, type ShareMode } from './share';

export interface PointRule {
  /** The version's own id. */
  id: number;
  /** The rule's identity across versions (the first version's id). */
  ruleKey: number;
  /** Version number, 1 for the first. */
  seq: number;
  name: string;
  category: PointCategory;
  kind: FactKind;
  /** Only facts of this level (采用/批示 level); null = any level. */
  level?: PointLevel | null;
  /** Only facts of this 细分类型; null = any. */
  tag?: string | null;
  /** Points per item (two decimals; negative = 扣分). */
  points: number;
  /**
   * Kinds with levels: 取最高 = a record counted at several levels in one year scores its highest
   * level only (the higher level earns the difference, 补差); 累计 = every level scores.
   */
  levelMode?: LevelMode | null;
  /** At most this many points (absolute) per member per calendar year; null = no cap. */
  yearlyCap?: number | null;
  /** Kinds with 联名 records: how the authors share the points (share.ts); null = 各计全分. */
  shareMode?: ShareMode | null;
  /** 第一作者全分其余按比例: the percentage (0–100) every other author gets. */
  shareRatio?: number | null;
  /** Inclusive ISO dates. */
  effectiveFrom: string;
  effectiveTo?: string | null;
}

/** Largest points per item and per yearly cap a rule may have. */
export const MAX_RULE_POINTS = 1000;
export const MAX_YEARLY_CAP = 100000;

/** Points are kept in hundredths so sums of 0.5 and 0.1 are exact. */
export const toCents = (points: number) => Math.round(points * 100);
/** `+ 0` turns −0 into 0 (a capped deduction of nothing is 0, not −0). */
export const fromCents = (cents: number) => cents / 100 + 0;
/** Two decimals, no float noise: 0.1 + 0.2 → 0.3. */
export const roundPoints = (points: number) => fromCents(toCents(points));

export const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** The day before / after an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What is wrong with a rule version, as sentences a clerk can act on (empty = fine). */
export function ruleProblems(rule: Omit<PointRule, 'id' | 'ruleKey' | 'seq'>): string[] {
  const problems: string[] = [];
  if (!rule.name.trim()) problems.push('请填写规则名称。');
  if (!pointCategories.includes(rule.category)) problems.push(`积分类别应为：${pointCategories.join('、')}。`);
  if (!isFactKind(rule.kind)) {
    problems.push(`未知的计分事项“${String(rule.kind)}”。`);
    return problems;
  }
  const info = factKinds[rule.kind];
  if (rule.level != null) {
    if (!info.hasLevel) problems.push(`“${info.label}”不分级别，不能按级别计分。`);
    else if (!pointLevels.includes(rule.level)) problems.push(`级别应为：${pointLevels.join('、')}。`);
  }
  if (rule.levelMode != null && !info.hasLevel) problems.push(`“${info.label}”不分级别，不需要选择多级别计分方式。`);
  else if (rule.levelMode != null && !levelModes.includes(rule.levelMode)) problems.push(`多级别计分方式应为：${levelModes.join('、')}。`);
  if (rule.tag != null && rule.tag !== '') {
    const tags: readonly string[] = 'tags' in info ? info.tags : [];
    if (!tags.includes(rule.tag)) problems.push(tags.length ? `${'tagLabel' in info ? info.tagLabel : '细分类型'}应为：${tags.join('、')}。` : `“${info.label}”没有细分类型。`);
  }
  if (rule.shareMode != null) {
    if (!isJointKind(rule.kind)) problems.push(`“${info.label}”每条记录只计一名委员，不需要选择联名计分方式。`);
    else if (!shareModes.includes(rule.shareMode)) problems.push(`联名计分方式应为：${shareModes.join('、')}。`);
  }
  if (rule.shareRatio != null) {
    if (rule.shareMode !== '第一作者全分其余按比例') problems.push('只有“第一作者全分其余按比例”需要填写其他作者的计分比例。');
    else if (!Number.isInteger(rule.shareRatio) || rule.shareRatio < 0 || rule.shareRatio > 100) problems.push('其他作者的计分比例应为0到100之间的整数（百分比）。');
  }
  if (!Number.isFinite(rule.points) || Math.abs(rule.points) > MAX_RULE_POINTS) problems.push(`每项分值应在−${MAX_RULE_POINTS}到${MAX_RULE_POINTS}之间。`);
  else if (Math.abs(rule.points * 100 - toCents(rule.points)) > 1e-6) problems.push('每项分值最多保留两位小数。');
  if (rule.points === 0 && rule.yearlyCap != null) problems.push('分值为0的规则不需要年度上限。');
  if (rule.yearlyCap != null) {
    if (!Number.isFinite(rule.yearlyCap) || rule.yearlyCap <= 0 || rule.yearlyCap > MAX_YEARLY_CAP) problems.push(`年度上限应大于0且不超过${MAX_YEARLY_CAP}分（不设上限请留空）。`);
    else if (Math.abs(rule.yearlyCap * 100 - toCents(rule.yearlyCap)) > 1e-6) problems.push('年度上限最多保留两位小数。');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(rule.effectiveFrom)) problems.push('请填写生效日期。');
  if (rule.effectiveTo != null && rule.effectiveTo < rule.effectiveFrom) problems.push('停用日期不能早于生效日期。');
  return problems;
}

/** True when the version is in force on the date. */
export function inForce(rule: Pick<PointRule, 'effectiveFrom' | 'effectiveTo'>, isoDate: string): boolean {
  return rule.effectiveFrom <= isoDate && (rule.effectiveTo == null || isoDate <= rule.effectiveTo);
}

/** True when the rule counts this fact (kind, level, 细分类型) on the fact's date. */
export function ruleMatches(rule: PointRule, fact: Fact): boolean {
  if (rule.kind !== fact.kind || !inForce(rule, fact.date)) return false;
  if (rule.level != null && rule.level !== fact.level) return false;
  if (rule.tag != null && rule.tag !== '' && rule.tag !== fact.tag) return false;
  return true;
}

/** Versions of one rule overlapping in time (each pair once), for validation. */
export function overlappingVersions(versions: readonly PointRule[]): [PointRule, PointRule][] {
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.seq - b.seq));
  const out: [PointRule, PointRule][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i];
      const b = sorted[j];
      if (a.effectiveTo == null || b.effectiveFrom <= a.effectiveTo) out.push([a, b]);
    }
  return out;
}

/** True when any day of [from, to] (to null = open-ended) lies in one of the closed years. */
export function touchesClosedYear(from: string, to: string | null | undefined, closedYears: ReadonlySet<number>): boolean {
  const last = to == null ? Infinity : yearOf(to);
  for (const y of closedYears) if (y >= yearOf(from) && y <= last) return true;
  return false;
}

const closedMessage = (year: number) => `${year}年度积分已结账，不能改动该年度适用的规则；修改请从${year + 1}年1月1日或以后生效。`;

export type RuleChangePlan =
  /** Rewrite the latest version in place (same effective date, no closed day touched). */
  | { mode: 'correct'; versionId: number }
  /** End the latest version on the day before and add a new version. */
  | { mode: 'newVersion'; endVersionId: number | null; endOn: string | null; newFrom: string; newTo: string | null; seq: number };

/**
 * How a rule change effective from `effectiveFrom` is stored, or a Chinese refusal.
 * `versions` are the rule's existing versions (not voided).
 */
export function planRuleChange(versions: readonly PointRule[], effectiveFrom: string, closedYears: ReadonlySet<number>): { ok: true; plan: RuleChangePlan } | { ok: false; message: string } {
  if (versions.length === 0) return { ok: false, message: '该规则没有任何版本。' };
  const latest = [...versions].sort((a, b) => b.seq - a.seq)[0];
  if (closedYears.has(yearOf(effectiveFrom))) return { ok: false, message: closedMessage(yearOf(effectiveFrom)) };
  if (effectiveFrom < latest.effectiveFrom) return { ok: false, message: `生效日期不能早于当前版本的生效日期（${latest.effectiveFrom}）；规则修改只对生效日期以后的记录计分。` };
  if (effectiveFrom === latest.effectiveFrom) {
    if (touchesClosedYear(latest.effectiveFrom, latest.effectiveTo, closedYears)) {
      const year = [...closedYears].filter((y) => y >= yearOf(latest.effectiveFrom)).sort()[0];
      return { ok: false, message: closedMessage(year) };
    }
    return { ok: true, plan: { mode: 'correct', versionId: latest.id } };
  }
  const stillRunning = latest.effectiveTo == null || latest.effectiveTo >= effectiveFrom;
  return {
    ok: true,
    plan: {
      mode: 'newVersion',
      endVersionId: stillRunning ? latest.id : null,
      endOn: stillRunning ? addDays(effectiveFrom, -1) : null,
      newFrom: effectiveFrom,
      newTo: stillRunning ? (latest.effectiveTo ?? null) : null,
      seq: latest.seq + 1,
    },
  };
}

/** 停用 from a date on: the latest version ends the day before `stopFrom`. */
export function planRuleStop(versions: readonly PointRule[], stopFrom: string, closedYears: ReadonlySet<number>): { ok: true; versionId: number; endOn: string } | { ok: false; message: string } {
  if (versions.length === 0) return { ok: false, message: '该规则没有任何版本。' };
  const latest = [...versions].sort((a, b) => b.seq - a.seq)[0];
  if (closedYears.has(yearOf(stopFrom))) return { ok: false, message: closedMessage(yearOf(stopFrom)) };
  if (latest.effectiveTo != null && latest.effectiveTo < stopFrom) return { ok: false, message: `该规则已于${latest.effectiveTo}停用。` };
  if (stopFrom <= latest.effectiveFrom) return { ok: false, message: `停用日期应晚于生效日期（${latest.effectiveFrom}）；从未生效的规则请作废。` };
  return { ok: true, versionId: latest.id, endOn: addDays(stopFrom, -1) };
}

/** A rule may be voided (作废, a mistake) only if none of its versions applied to a closed year. */
export function voidRefusal(versions: readonly PointRule[], closedYears: ReadonlySet<number>): string | undefined {
  const hit = versions.find((v) => touchesClosedYear(v.effectiveFrom, v.effectiveTo, closedYears));
  if (!hit) return undefined;
  return '该规则已用于已结账的年度，不能作废；如不再使用，请设置停用日期。';
}

type Describable = Pick<PointRule, 'kind' | 'level' | 'tag' | 'points' | 'yearlyCap' | 'levelMode' | 'shareMode' | 'shareRatio'>;

/** What a rule counts: “立案提案（附议）”, “社情民意被采用（省级）”, “出席会议（全体会议）”. */
export function describeWhat(rule: Pick<PointRule, 'kind' | 'level' | 'tag'>): string {
  const info = factKinds[rule.kind];
  return `${info.label}${rule.level ? `（${rule.level === '全国' ? '全国' : `${rule.level}级`}）` : ''}${rule.tag ? `（${rule.tag}）` : ''}`;
}

/** How much it counts: “每件2分，年度最多计10分”, “每次扣3分，年度最多扣15分”. */
export function describePoints(rule: Describable): string {
  const info = factKinds[rule.kind];
  const per = rule.points < 0 ? `每${info.unit}扣${fmt(-rule.points)}分` : `每${info.unit}${fmt(rule.points)}分`;
  const mode = rule.levelMode === '取最高' && !rule.level ? '（多级别按最高级别计）' : '';
  const cap = rule.yearlyCap != null ? `，年度最多${rule.points < 0 ? '扣' : '计'}${fmt(rule.yearlyCap)}分` : '';
  return `${per}${mode}${describeShare(rule.shareMode, rule.shareRatio)}${cap}`;
}

/** One line describing a rule version, for lists: “立案提案（附议）每件2分，年度最多计10分”. */
export function describeRule(rule: Describable): string {
  return `${describeWhat(rule)}${describePoints(rule)}`;
}

/** 2 → '2', 0.5 → '0.5', 1.25 → '1.25'. */
export function fmt(points: number): string {
  return String(roundPoints(points));
}
