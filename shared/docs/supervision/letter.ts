import type { Document, FileChild, Paragraph } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import { attachments, blankLine, body, heading, headingNumber, mainRecipient, paragraphsOf, signature, title } from '../blocks';
import { buildOfficialDocument } from '../document';
import { letterHead } from '../letter';
import { documentFileName } from '../samples';
import { letterVersionNote } from '../versionNote';

/** What the 民主监督建议书 documents print; a LetterRecord from the API fits it. */
export interface SupervisionLetterData {
  title: string;
  docNumber: string | null;
  mainUnitName: string;
  intro: string;
  closing: string;
  cc: readonly string[];
  /** 成文日期 (ISO); null before 签发. */
  issueDate: string | null;
  items: readonly { seq: number; title: string; problem: string; suggestion: string }[];
}

export const FEEDBACK_FORM_TITLE = '整改情况反馈表';

/** Text as typed: one 正文 paragraph per line, blank lines dropped. */
/**
 * A （一） heading on its own line, then the text as 正文 paragraphs. (A run-on heading would carry
 * the heading's keep-with-next onto long text, and a chain of them would push a whole letter onto
 * one page.)
 */
function headed(label: string, text: string): Paragraph[] {
  return [heading(2, label), ...paragraphsOf(text).map(body)];
}

/**
 * 《民主监督建议书》 in 信函格式: the red 发文机关标志 and double lines, 发文字号 at the right, title,
 * 主送 (the supervised unit), 导语, the items numbered 一、二、… each with （一）存在问题 and
 * （二）意见建议 as headings over 正文 paragraphs, 结束语, 附件说明 (the 整改情况反馈表), 署名 and 成文日期, 抄送 at the foot of the
 * last page. Before 签发 the letter prints without a 发文字号 and dated `draftDate`.
 */
export function supervisionLetterDocument(letter: SupervisionLetterData, settings: OfficeSettings, options: { draftDate?: string; withAttachment?: boolean } = {}): Document {
  const date = letter.issueDate ?? options.draftDate;
  if (!date) throw new RangeError('建议书尚未签发，打印草稿需要指定日期。');
  const children: FileChild[] = [
    blankLine(),
    title(letter.title),
    blankLine(),
    mainRecipient(letter.mainUnitName),
    ...paragraphsOf(letter.intro).map(body),
    ...letter.items.flatMap((item) => [
      heading(1, `${headingNumber(1, item.seq)}${item.title}`),
      ...headed(`${headingNumber(2, 1)}存在问题`, item.problem),
      ...headed(`${headingNumber(2, 2)}意见建议`, item.suggestion),
    ]),
    ...paragraphsOf(letter.closing).map(body),
    ...(options.withAttachment === false ? [] : attachments([FEEDBACK_FORM_TITLE])),
    ...signature({ issuer: settings.shortName, isoDate: date }),
    ...letterVersionNote({ cc: letter.cc }),
  ];
  return buildOfficialDocument({
    kind: 'letter',
    settings,
    title: letter.title,
    subject: letter.docNumber ?? '',
    letterHead: letterHead({ orgName: settings.committeeName, docNumber: letter.docNumber ?? undefined }),
    children,
  });
}

/** 永政协监〔2026〕3号-关于…的民主监督建议书.docx; a draft is named 草稿-… */
export function supervisionFileName(letter: Pick<SupervisionLetterData, 'docNumber' | 'title'>, suffix = ''): string {
  return documentFileName(letter.docNumber ?? '草稿', `${letter.title}${suffix}`);
}
