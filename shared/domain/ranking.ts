/**
 * Rankings with ties (并列), as the office prints them in a 年度通报: entries with equal scores
 * share a rank and the next rank skips (1, 2, 2, 4 — "standard competition ranking").
 * Keys are compared in order, larger first; only entries equal on every key are tied.
 * Within a tie the order is by name (汉语拼音 order), so the printed list is stable.
 */
export interface Ranked<T> {
  item: T;
  rank: number;
  /** True when another entry has the same rank (printed as 并列). */
  tied: boolean;
}

/** Scores are compared at two decimals, so 1/3 + 1/3 + 1/3 ties with 1. */
const norm = (v: number) => Math.round(v * 100) / 100;

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export function rankWithTies<T>(items: readonly T[], keys: readonly ((item: T) => number)[], nameOf: (item: T) => string = () => ''): Ranked<T>[] {
  if (keys.length === 0) throw new RangeError('排名至少需要一个比较项。');
  const compareKeys = (a: T, b: T) => {
    for (const key of keys) {
      const d = norm(key(b)) - norm(key(a));
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = [...items].sort((a, b) => compareKeys(a, b) || collator.compare(nameOf(a), nameOf(b)));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const rank = prev && compareKeys(prev.item, item) === 0 ? prev.rank : i + 1;
    out.push({ item, rank, tied: false });
  });
  for (let i = 0; i < out.length; i++) {
    out[i].tied = (i > 0 && out[i - 1].rank === out[i].rank) || (i + 1 < out.length && out[i + 1].rank === out[i].rank);
  }
  return out;
}

/** 第3名 / 并列第3名. */
export function rankLabel(r: Pick<Ranked<unknown>, 'rank' | 'tied'>): string {
  return `${r.tied ? '并列' : ''}第${r.rank}名`;
}

/** The rows a 通报 names from a ranking: the first `top` places, plus everyone tied with the last of them. */
export function topWithTies<T extends { rank: number }>(rows: readonly T[], top: number): T[] {
  if (rows.length <= top) return [...rows];
  const cut = rows[top - 1].rank;
  return rows.filter((r, i) => i < top || r.rank === cut);
}
