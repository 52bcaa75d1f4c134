import { Document, Table, type FileChild, type ISectionOptions } from 'docx';
import type { OfficeSettings } from '../contract/officeSettings';
import { anchorParagraph } from './blocks';
import type { LetterHead } from './letter';
import { blankFooters, pageNumberFooters, sectionProperties } from './page';
import { gbStyles } from './styles';

export type DocumentKind = 'normal' | 'letter';

export interface DocumentSection {
  children: readonly FileChild[];
  /** Restart page numbers at this value (e.g. each part of a 汇编). */
  pageNumberStart?: number;
  /** false: no page number in this section (a book's cover, front matter, 版权页). */
  pageNumbers?: boolean;
}

interface CommonOptions {
  settings: OfficeSettings;
  /** Document title for the file properties (标题 in Word's 属性). */
  title?: string;
  subject?: string;
  /** Either the body of a one-section document … */
  children?: readonly FileChild[];
  /** … or several sections, each starting on a new page. */
  sections?: readonly DocumentSection[];
  /** Ask Word to update every field when the file is opened (a 目录 whose page numbers must be Word's own). */
  updateFields?: boolean;
}

export type OfficialDocumentOptions =
  | (CommonOptions & { kind: 'normal' })
  | (CommonOptions & { kind: 'letter'; letterHead: LetterHead });

/**
 * Every official document is built here, on the one GB/T 9704 base: A4 page, margins, 22-line grid,
 * styles, page numbers (odd right, even left). `letter` adds the 信函 first page: the letterhead in a
 * first-page header, the 发文字号 at the top of the body and no page number on page 1.
 * Pure: runs in the renderer and in Node; pack it with pack.ts.
 */
export function buildOfficialDocument(options: OfficialDocumentOptions): Document {
  const parts: DocumentSection[] = options.sections?.length ? [...options.sections] : [{ children: options.children ?? [] }];
  const sections: ISectionOptions[] = parts.map((part, index) => {
    const isLetterFirst = options.kind === 'letter' && index === 0;
    const children: FileChild[] = [...(isLetterFirst ? options.letterHead.lead : []), ...part.children];
    // Word cannot end a section with a table.
    if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(anchorParagraph());
    return {
      properties: sectionProperties({ titlePage: isLetterFirst, pageNumberStart: part.pageNumberStart }),
      ...(isLetterFirst ? { headers: { first: options.letterHead.header } } : {}),
      footers: part.pageNumbers === false ? blankFooters() : pageNumberFooters(isLetterFirst ? options.letterHead.footer : undefined),
      children,
    };
  });
  return new Document({
    ...gbStyles(),
    evenAndOddHeaderAndFooters: true,
    creator: options.settings.shortName,
    lastModifiedBy: options.settings.shortName,
    title: options.title ?? '',
    subject: options.subject ?? '',
    description: '',
    ...(options.updateFields ? { features: { updateFields: true } } : {}),
    sections,
  });
}
