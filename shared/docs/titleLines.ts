import { PAGE } from './page';
import { SIZE, em, textWidthEm } from './typography';

/** Characters of 2号 that fit one line of the type area (8844 / 440 = 20). */
export const TITLE_LINE_EM = Math.floor(PAGE.typeAreaWidth / em(SIZE.er));

const NO_LINE_START = '，。、；：！？）》〕」』”’…—·%';
const NO_LINE_END = '（《〔「『“‘';
/** A break right after one of these keeps words whole (关于…的建议 / 和 / 与 / 及). */
const GOOD_BREAK_AFTER = '的和与及并、，；：）》';

/**
 * Splits a long title into lines of nearly equal length (GB/T 9704 7.3.1: 回行时要做到词意完整，排列对称，
 * 长短适宜), so it wraps as a balanced block instead of a full line and a short tail. A title that fits
 * one line comes back as it is.
 */
export function splitTitle(title: string, maxEm: number = TITLE_LINE_EM): string[] {
  const chars = [...title.trim()];
  const total = textWidthEm(chars.join(''));
  if (total <= maxEm || chars.length < 2) return [chars.join('')];
  const lineCount = Math.ceil(total / maxEm);
  const target = total / lineCount;

  // prefix[i] = width of chars[0..i)
  const prefix = [0];
  for (const ch of chars) prefix.push(prefix[prefix.length - 1] + textWidthEm(ch));

  const breakPenalty = (i: number): number => {
    const before = chars[i - 1];
    const after = chars[i];
    if (NO_LINE_START.includes(after) || NO_LINE_END.includes(before)) return Infinity;
    if (/[0-9A-Za-z.]/.test(before) && /[0-9A-Za-z.]/.test(after)) return Infinity;
    if (before === '关' && after === '于') return Infinity;
    if (after === '的') return 3;
    return GOOD_BREAK_AFTER.includes(before) || (after === '关' && chars[i + 1] === '于') ? 0 : 1.5;
  };

  // Dynamic programming over break positions: cost = squared deviation from the even length + word penalties.
  const n = chars.length;
  const best: number[][] = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0][0] = 0;
  for (let line = 1; line <= lineCount; line++) {
    for (let end = 1; end <= n; end++) {
      const penalty = end === n ? 0 : breakPenalty(end);
      if (line === lineCount && end !== n) continue;
      if (!Number.isFinite(penalty)) continue;
      for (let start = line - 1; start < end; start++) {
        if (!Number.isFinite(best[line - 1][start])) continue;
        const width = prefix[end] - prefix[start];
        if (width > maxEm) continue;
        const cost = best[line - 1][start] + (width - target) ** 2 + penalty;
        if (cost < best[line][end]) {
          best[line][end] = cost;
          from[line][end] = start;
        }
      }
    }
  }
  if (!Number.isFinite(best[lineCount][n])) return [chars.join('')];
  const lines: string[] = [];
  for (let line = lineCount, end = n; line > 0; line--) {
    const start = from[line][end];
    lines.unshift(chars.slice(start, end).join(''));
    end = start;
  }
  return lines;
}
