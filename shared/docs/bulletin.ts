import { AlignmentType, BorderStyle, Paragraph, Tab, TabStopType } from 'docx';
import { formatChineseDate } from '../domain/chineseDate';
import { blankLine } from './blocks';
import { PAGE } from './page';
import { STYLE, gwRun } from './styles';
import { RED, textWidthEm } from './typography';

/** The red rule under a 简报 报头: one thick line across the type area (w:sz in eighths of a point). */
export const BULLETIN_RULE = { size: 24, color: RED } as const;

export interface BulletinHeadInput {
  /** 刊物名称, e.g. 社情民意 (from the module's settings). */
  name: string;
  /** 期号 as printed: 第5期. */
  issue: string;
  /** Printed after the 期号, e.g. （总第128期）. */
  issueNote?: string;
  /** 编印单位, e.g. 政协永安县委员会办公室 (设置 → 单位信息 → 印发机关). */
  editor: string;
  /** 编印日期 (ISO). */
  date: string;
}

/** Size (half-points, even) of the 刊物名称: large, at most 48 pt, never wider than 80% of the type area. */
export function bulletinNameSize(name: string): number {
  const widthPt = PAGE.typeAreaWidth / 20;
  const pt = Math.floor((widthPt * 0.8) / Math.max(1, textWidthEm(name)));
  return 2 * Math.max(22, Math.min(48, pt));
}

const centred = { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 } } as const;

/**
 * 简报 报头 (the 《社情民意》 style of internal bulletin): the 刊物名称 in large red 小标宋, the 期号 centred
 * under it, then the 编印单位 at the left and the date at the right on one line over a red rule across
 * the type area, and one empty line before the first article. Uses the GB/T styles only.
 */
export function bulletinHead({ name, issue, issueNote, editor, date }: BulletinHeadInput): Paragraph[] {
  const title = name.trim();
  return [
    new Paragraph({ style: STYLE.letterHead, ...centred, spacing: { before: 0, after: 240 }, children: [gwRun('letterHead', title, { size: bulletinNameSize(title) })] }),
    new Paragraph({ style: STYLE.body, ...centred, children: [gwRun('body', `${issue}${issueNote ?? ''}`)] }),
    new Paragraph({
      style: STYLE.body,
      indent: { firstLine: 0, firstLineChars: 0 },
      tabStops: [{ type: TabStopType.RIGHT, position: PAGE.typeAreaWidth }],
      border: { bottom: { style: BorderStyle.SINGLE, size: BULLETIN_RULE.size, color: BULLETIN_RULE.color, space: 4 } },
      children: [gwRun('body', editor.trim()), gwRun('body', [new Tab(), formatChineseDate(date)])],
    }),
    blankLine(),
  ];
}

/** 作者 line under an article's title in a bulletin: centred, 楷体 (the 二级标题 font), e.g. 政协委员 王建国. */
export function bylineParagraph(text: string): Paragraph {
  return new Paragraph({ style: STYLE.body, ...centred, keepNext: true, children: [gwRun('heading2', text)] });
}
