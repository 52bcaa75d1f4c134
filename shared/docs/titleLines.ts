import { PAGE } from './page';
import { SIZE, em, textWidthEm } from './typography';

/** Characters of 2号 that fit one line of the type area (8844 / 440 = 20). */
export const TITLE_LINE_EM = Math.floor(PAGE.typeAreaWidth / em(SIZE.er));

const NO_LINE_START = '，。、；：！？）》〕」』”’…—·%';
const NO_LINE_END = '（《〔「『“‘';
/** Words of official titles that a line break should not split (no dictionary: the usual ones). */
const WORDS = [
  '年度', '工作', '委员会', '政协', '建议', '通知', '意见', '办理', '提案', '监督', '民主', '实施', '方案', '报告',
  '规则', '计划', '情况', '管理', '加强', '推进', '进一步', '县委', '政府', '社会', '经济', '发展', '建设', '改革',
  '质量', '实效', '协商', '全面', '提升', '小组', '派驻', '答复', '交办', '会议', '委员', '单位', '部门', '文史', '资料',
  '社情民意', '信息', '重点', '县级', '新时代', '督办', '乡村', '农村', '城区', '改造', '治理', '服务', '规范', '完善', '促进',
];

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

  // Inside 《…》 a break splits a name; next to a number it splits 2026年 or 第3次.
  const depth: number[] = [];
  let open = 0;
  for (const ch of chars) {
    if (ch === '《') open++;
    if (ch === '》') open = Math.max(0, open - 1);
    depth.push(open);
  }
  const splitsWord = new Array<boolean>(chars.length + 1).fill(false);
  const joined = chars.join('');
  for (const word of WORDS) {
    for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
      // positions are in UTF-16 units; titles are BMP-only, so they equal character indexes
      for (let k = at + 1; k < at + word.length; k++) splitsWord[k] = true;
    }
  }
  const breakPenalty = (i: number): number => {
    const before = chars[i - 1];
    const after = chars[i];
    if (NO_LINE_START.includes(after) || NO_LINE_END.includes(before)) return Infinity;
    if (/[0-9A-Za-z.]/.test(before) && /[0-9A-Za-z.]/.test(after)) return Infinity;
    if (before === '关' && after === '于') return Infinity;
    if (/[0-9]/.test(before) || /[0-9]/.test(after)) return 8;
    if (after === '的') return 3;
    if (splitsWord[i]) return 4;
    if (GOOD_BREAK_AFTER.includes(before) || after === '《' || (after === '关' && chars[i + 1] === '于')) return 0;
    return depth[i - 1] > 0 && before !== '》' ? 3 : 1.5;
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
