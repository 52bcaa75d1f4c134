import { BorderStyle, Footer, Header, LineRuleType, Paragraph } from 'docx';
import { docNumberLine } from './blocks';
import { PAGE } from './page';
import { STYLE, gwRun } from './styles';
import { RED, mm, textWidthEm } from './typography';

/** 信函格式 red double lines: 170 mm long, centred on the type area. */
export const LETTER_RULE = {
  length: mm(170),
  /** How far the line reaches past each side of the type area. */
  overhang: Math.round((mm(170) - PAGE.typeAreaWidth) / 2),
  /** w:sz of the double line (eighths of a point) */
  size: 18,
} as const;

export interface LetterHeadInput {
  /** 发文机关标志, e.g. 中国人民政治协商会议永安县委员会 (from 设置 → 单位信息). */
  orgName: string;
  /** 发文字号, e.g. 永政协监〔2026〕3号 (formatDocNumber). */
  docNumber?: string;
}

export interface LetterHead {
  /** First-page header: the red 发文机关标志 30 mm from the top edge and the red double line under it. */
  header: Header;
  /** First-page footer: no page number, the lower red double line 20 mm above the bottom edge. */
  footer: Footer;
  /** Paragraphs that open the body: the 发文字号 at the right under the double line. */
  lead: Paragraph[];
}

/** Size (half-points, even) of the 发文机关标志: as large as fits 90% of the type area, at most 30 pt. */
export function letterHeadSize(orgName: string): number {
  const widthPt = PAGE.typeAreaWidth / 20;
  const pt = Math.floor((widthPt * 0.9) / Math.max(1, textWidthEm(orgName)));
  return 2 * Math.max(16, Math.min(30, pt));
}

/** A red double line 170 mm long, centred on the type area, as the bottom border of `paragraph` options. */
function redRule(style: (typeof BorderStyle)[keyof typeof BorderStyle], space: number) {
  return {
    indent: { left: -LETTER_RULE.overhang, right: -LETTER_RULE.overhang, firstLine: 0 },
    border: { bottom: { style, space, color: RED, size: LETTER_RULE.size } },
  };
}

/**
 * 信函格式 (GB/T 9704-2012 10.1): the issuing body's name in red 小标宋 30 mm from the top edge of the page,
 * a red double line (上粗下细) 4 mm under it and another (上细下粗) 20 mm above the bottom edge, both
 * 170 mm long; the 发文字号 at the right under the first line. Only on page 1 (w:titlePg), which also
 * has no page number.
 */
export function letterHead({ orgName, docNumber }: LetterHeadInput): LetterHead {
  const name = orgName.trim();
  const header = new Header({
    children: [
      new Paragraph({
        style: STYLE.letterHead,
        ...redRule(BorderStyle.THICK_THIN_SMALL_GAP, 11),
        children: [gwRun('letterHead', name, { size: letterHeadSize(name) })],
      }),
    ],
  });
  // An empty, nearly zero-high footer paragraph whose bottom border lies on the footer distance (PAGE.footer).
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        ...redRule(BorderStyle.THIN_THICK_SMALL_GAP, 0),
        run: { size: 2 },
        children: [],
      }),
    ],
  });
  return { header, footer, lead: docNumber ? [docNumberLine(docNumber)] : [] };
}
