import { LineRuleType, Paragraph } from 'docx';
import { formatChineseDate } from '../domain/chineseDate';
import { FOUR_CHARS, STYLE, TWO_CHARS, gwRun, type GwElement } from './styles';
import { splitTitle } from './titleLines';
import { BODY_CHAR_SPACING, SIZE, textWidthTwips } from './typography';

/** 标题: 2号方正小标宋简体, centred; a long title is split into balanced lines (梯形/菱形). */
export function title(text: string): Paragraph {
  const lines = splitTitle(text);
  return new Paragraph({
    style: STYLE.title,
    children: lines.map((line, i) => gwRun('title', line, i > 0 ? { break: 1 } : {})),
  });
}

/** 主送机关: flush left on the line under the title, ending with a full-width colon. */
export function mainRecipient(text: string): Paragraph {
  const name = text.trim().replace(/[：:]+$/u, '');
  return new Paragraph({ style: STYLE.recipient, children: [gwRun('recipient', `${name}：`)] });
}

/** A stored long text as its paragraphs: one per line, trimmed (full-width spaces too), blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A 正文 paragraph: 3号仿宋_GB2312, first line indented two characters. */
export function body(text: string): Paragraph {
  return new Paragraph({ style: STYLE.body, children: [gwRun('body', text)] });
}

/** The last 正文 paragraph before a signature({ keepWithText }): kept on one page with it (GB/T 9704 7.3.5.1). */
export function bodyBeforeSignature(text: string): Paragraph {
  return new Paragraph({ style: STYLE.body, keepNext: true, children: [gwRun('body', text)] });
}

/** An empty line of the grid (e.g. between the title and 主送机关). */
export function blankLine(): Paragraph {
  return new Paragraph({ style: STYLE.body, children: [] });
}

export type HeadingLevel = 1 | 2 | 3 | 4;

const headingElement: Record<HeadingLevel, GwElement> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };

/**
 * 结构层次序数 一、（一）1.（1）: 黑体, 楷体_GB2312, 仿宋_GB2312, 仿宋_GB2312. `text` carries its own number
 * (use headingNumber). `followText`, if given, runs on in the same paragraph in body type, as in
 * “（一）加强组织领导。各单位要……”.
 */
export function heading(level: HeadingLevel, text: string, followText?: string): Paragraph {
  const element = headingElement[level];
  const children = [gwRun(element, text)];
  if (followText) children.push(gwRun('body', followText));
  return new Paragraph({ style: STYLE[element], children });
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (for 一、 and （一）). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`序数应为1到99的整数：${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The 序数 of heading `level`: 一、 / （一） / 1. / （1）. */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * 附件说明: one line under the body, 左空二字 “附件：”; several attachments are numbered 1. 2. …, a long
 * name wraps under its own first character, and names carry no 书名号 or final punctuation.
 */
export function attachments(names: readonly string[]): Paragraph[] {
  const clean = names.map((n) => n.trim().replace(/^《(.*)》$/u, '$1').replace(/[。，；、.,;]+$/u, '')).filter(Boolean);
  if (clean.length === 0) return [];
  const label = '附件：';
  const labelWidth = textWidthTwips(label, SIZE.san, BODY_CHAR_SPACING);
  const paragraphs = clean.map((name, i) => {
    const number = clean.length > 1 ? `${i + 1}.` : '';
    const numberWidth = textWidthTwips(number, SIZE.san, BODY_CHAR_SPACING);
    const textStart = TWO_CHARS + labelWidth + numberWidth;
    const firstLineStart = i === 0 ? TWO_CHARS : TWO_CHARS + labelWidth;
    return new Paragraph({
      style: STYLE.attachment,
      indent: { left: textStart, hanging: textStart - firstLineStart, firstLineChars: 0 },
      children: [gwRun('attachment', `${i === 0 ? label : ''}${number}${name}`)],
    });
  });
  return [blankLine(), ...paragraphs];
}

/** 成文日期: 2026年3月5日, right-aligned with four characters of space on the right (右空四字). */
export function dateLine(isoDate: string): Paragraph {
  return new Paragraph({ style: STYLE.date, children: [gwRun('date', formatChineseDate(isoDate))] });
}

/**
 * 发文机关署名 and 成文日期 of a sealed document (GB/T 9704 7.3.5.1): the date 右空四字, the issuer centred
 * over the date, `blankLines` empty lines above for the seal. `keepWithText`: the seal room, 署名 and
 * 成文日期 stay on one page with the paragraph before them (make that one bodyBeforeSignature),
 * so they never stand alone on a page.
 */
export function signature({ issuer, isoDate, blankLines = 2, keepWithText = false }: { issuer: string; isoDate: string; blankLines?: number; keepWithText?: boolean }): Paragraph[] {
  const date = formatChineseDate(isoDate);
  const dateWidth = textWidthTwips(date, SIZE.san, BODY_CHAR_SPACING);
  const issuerWidth = textWidthTwips(issuer, SIZE.san, BODY_CHAR_SPACING);
  const right = Math.max(0, Math.round(FOUR_CHARS + (dateWidth - issuerWidth) / 2));
  const keep = keepWithText ? { keepNext: true } : {};
  return [
    ...Array.from({ length: blankLines }, () => new Paragraph({ style: STYLE.body, ...keep, children: [] })),
    new Paragraph({ style: STYLE.signature, indent: { right }, ...keep, children: [gwRun('signature', issuer)] }),
    dateLine(isoDate),
  ];
}

/** 发文字号 at the right edge of the type area (信函格式, under the red double line). */
export function docNumberLine(docNumber: string): Paragraph {
  return new Paragraph({ style: STYLE.docNumber, children: [gwRun('docNumber', docNumber)] });
}

/**
 * A one-twip paragraph: Word needs a paragraph after a table at the end of a section or cell, and a
 * floating table anchors to the paragraph after it. It takes no visible space.
 */
export function anchorParagraph(): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: 0, firstLineChars: 0 },
    run: { size: 2 },
    children: [],
  });
}

/**
 * The mark on the first page of an 附件 (GB/T 9704-2012 8.1): “附件” (and its number when there are
 * several) in 3号黑体, flush left (顶格) on the first line of the page; the attachment's title follows.
 */
export function attachmentMark(index?: number): Paragraph {
  return new Paragraph({ style: STYLE.heading1, indent: { firstLine: 0, firstLineChars: 0 }, children: [gwRun('heading1', index ? `附件${index}` : '附件')] });
}
