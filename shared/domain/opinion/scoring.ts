/**
 * 社情民意 scoring (设置 → 社情民意计分): points per report received, per 采用 level and per
 * 批示 level, feeding the member / 界别 / 党派 rankings.
 *
 * - 采用: a report adopted at several levels scores either its highest level only (取最高, the
 *   usual rule "同一篇信息被多级采用的，按最高级别计分") or every level (累计).
 * - 批示: likewise, the highest 批示 level only or every 批示 (累计; two 省级 批示 count twice).
 * - Only records dated inside the period count, so a report adopted by the county in December and
 *   by the province in January scores in both years.
 * - Several authors (委员联名): each gets the full points (各计全分) or an equal share (均分).
 *   A 界别 or 党派 is credited once per report, however many of its members signed it.
 */
import { opinionLevels, levelRank, type OpinionLevel } from './status';

export const levelModes = ['取最高', '累计'] as const;
export type LevelMode = (typeof levelModes)[number];
export const coAuthorModes = ['各计全分', '均分'] as const;
export type CoAuthorMode = (typeof coAuthorModes)[number];

export interface OpinionScoring {
  /** Points for each report received (报送 and accepted for 审查). */
  submitted: number;
  adoption: Record<OpinionLevel, number>;
  instruction: Record<OpinionLevel, number>;
  adoptionMode: LevelMode;
  instructionMode: LevelMode;
  coAuthorMode: CoAuthorMode;
}

export const defaultOpinionScoring: OpinionScoring = {
  submitted: 1,
  adoption: { 县: 2, 市: 5, 省: 10, 全国: 20 },
  instruction: { 县: 3, 市: 6, 省: 12, 全国: 20 },
  adoptionMode: '取最高',
  instructionMode: '取最高',
  coAuthorMode: '各计全分',
};

export interface ReportScoreFacts {
  /** True when the report was received (报送) inside the period. */
  submitted: boolean;
  /** Levels of the 采用 records dated inside the period (one per level). */
  adoptionLevels: readonly OpinionLevel[];
  /** Levels of the 批示 records dated inside the period (one entry per 批示). */
  instructionLevels: readonly OpinionLevel[];
}

export interface ReportPoints {
  submitted: number;
  adoption: number;
  instruction: number;
  total: number;
}

function levelPoints(levels: readonly OpinionLevel[], table: Record<OpinionLevel, number>, mode: LevelMode): number {
  if (levels.length === 0) return 0;
  if (mode === '累计') return levels.reduce((sum, l) => sum + table[l], 0);
  const top = levels.reduce((a, b) => (levelRank(b) > levelRank(a) ? b : a));
  return table[top];
}

/** The points one report earns in a period, before it is shared among its authors. */
export function reportPoints(facts: ReportScoreFacts, rules: OpinionScoring): ReportPoints {
  const adoptionLevels = [...new Set(facts.adoptionLevels)];
  const submitted = facts.submitted ? rules.submitted : 0;
  const adoption = levelPoints(adoptionLevels, rules.adoption, rules.adoptionMode);
  const instruction = levelPoints(facts.instructionLevels, rules.instruction, rules.instructionMode);
  return { submitted, adoption, instruction, total: submitted + adoption + instruction };
}

/** The share of a report's points each of its `authors` member authors gets. */
export function memberShare(authors: number, rules: Pick<OpinionScoring, 'coAuthorMode'>): number {
  if (!Number.isInteger(authors) || authors < 1) throw new RangeError(`作者人数应为正整数：${authors}`);
  return rules.coAuthorMode === '均分' ? 1 / authors : 1;
}

/** A one-paragraph description of the rules, for the settings page and the 年度通报. */
export function describeScoring(rules: OpinionScoring): string {
  const list = (t: Record<OpinionLevel, number>) => opinionLevels.map((l) => `${l === '全国' ? '全国' : `${l}级`}${t[l]}分`).join('、');
  return [
    rules.submitted ? `报送信息每篇${rules.submitted}分` : '',
    `被采用：${list(rules.adoption)}（${rules.adoptionMode === '取最高' ? '多级采用按最高级别计分' : '各级采用分别计分'}）`,
    `获批示：${list(rules.instruction)}（${rules.instructionMode === '取最高' ? '多次批示按最高级别计分' : '每次批示分别计分'}）`,
    `联名信息${rules.coAuthorMode === '均分' ? '由作者均分' : '每位作者各计全分'}`,
  ]
    .filter(Boolean)
    .join('；') + '。';
}
