import {
  AlignmentType,
  DocumentGridType,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionPropertiesOptions,
} from 'docx';
import { FONT, SIZE, em, mm } from './typography';
import { STYLE } from './styles';

/**
 * The GB/T 9704-2012 page, in twips. Literal values: docx's mm helpers floor, and an office
 * checks these with a ruler (tolerance ±1 mm).
 */
export const PAGE = {
  /** A4 210 mm × 297 mm */
  width: 11906,
  height: 16838,
  margin: {
    /** 天头 37 mm */
    top: 2098,
    /** 35 mm */
    bottom: 1984,
    /** 订口 28 mm */
    left: 1587,
    /** 26 mm */
    right: 1474,
  },
  /** 版心 156 mm wide: tables add up to exactly this. */
  typeAreaWidth: 8844,
  /** 版心 225 mm high */
  typeAreaHeight: 16838 - 2098 - 1984,
  /** 22 lines per page: 12756 / 22 = 579.8, so a pitch of 579 fits 22 lines and not 23. */
  linesPerPage: 22,
  linePitch: 579,
  /** 28 characters per line (3号 with −0.25 pt spacing: 28 × 15.75 pt = 441 pt ≤ 442 pt). */
  charsPerLine: 28,
  /**
   * Footer distance: 19.5 mm from the bottom edge, where page 1 of a 信函 draws its lower red double line
   * (20 mm). The page number stands higher by PAGE_NUMBER_RAISE, so its 一字线 is 7 mm below the type
   * area (measured on the rendered PDF by the render test).
   */
  footer: mm(19.5),
  /** Header distance: the 信函 发文机关标志 starts 30 mm from the top edge of the page. */
  header: mm(30),
} as const;

export interface SectionOptions {
  /** No page number on page 1 (信函格式): a different first-page footer (w:titlePg). */
  titlePage?: boolean;
  /** Restart page numbering at this number. */
  pageNumberStart?: number;
}

/** Page size, margins and the lines-only document grid every section uses. */
export function sectionProperties(options: SectionOptions = {}): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
      ...(options.pageNumberStart ? { pageNumbers: { start: options.pageNumberStart } } : {}),
    },
    grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
    titlePage: options.titlePage ?? false,
  };
}

/** Space under the page-number line that lifts it from the footer distance to 7 mm under the type area. */
export const PAGE_NUMBER_RAISE = 300;

/** “— 1 —” in 4号 宋体, half-width digits, one character (4号) from the edge of the type area. */
function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  const oneChar = em(SIZE.si);
  return new Paragraph({
    style: STYLE.pageNumber,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
    spacing: { after: PAGE_NUMBER_RAISE },
    children: [
      new TextRun({
        children: ['— ', PageNumber.CURRENT, ' —'],
        font: { ascii: FONT.songti, hAnsi: FONT.songti, cs: FONT.songti, eastAsia: FONT.songti },
        size: SIZE.si,
      }),
    ],
  });
}

/**
 * Page-number footers: odd pages at the right, even pages at the left (needs evenAndOddHeaders, which
 * buildOfficialDocument turns on). `first` replaces the footer of page 1 (w:titlePg): the 信函 has no
 * page number there.
 */
export function pageNumberFooters(first?: Footer): { default: Footer; even: Footer; first?: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
    ...(first ? { first } : {}),
  };
}

/** Empty footers (odd and even), so a section without page numbers does not inherit the previous section's. */
export function blankFooters(): { default: Footer; even: Footer } {
  return { default: new Footer({ children: [new Paragraph({ style: STYLE.pageNumber, children: [] })] }), even: new Footer({ children: [new Paragraph({ style: STYLE.pageNumber, children: [] })] }) };
}
