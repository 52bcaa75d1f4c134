/**
 * Word documents on one GB/T 9704-2012 base. A document kind is a pure function
 * `(data, settings) → Document` that combines these blocks and calls buildOfficialDocument;
 * it never sets page, font or size values of its own.
 */
export { buildOfficialDocument, type DocumentKind, type DocumentSection, type OfficialDocumentOptions } from './document';
export {
  anchorParagraph,
  attachmentMark,
  attachments,
  blankLine,
  body,
  chineseNumeral,
  dateLine,
  docNumberLine,
  heading,
  headingNumber,
  mainRecipient,
  signature,
  title,
  type HeadingLevel,
} from './blocks';
export { table, scaleWidths, type TableColumn, type TableInput, type CellValue, type CellAlign } from './table';
export { versionNote, letterVersionNote, VERSION_NOTE_RULE, type VersionNoteInput } from './versionNote';
export { bulletinHead, bylineParagraph, bulletinNameSize, BULLETIN_RULE, type BulletinHeadInput } from './bulletin';
export { letterHead, letterHeadSize, LETTER_RULE, type LetterHead, type LetterHeadInput } from './letter';
export { PAGE, blankFooters, pageNumberFooters, sectionProperties, type SectionOptions } from './page';
export { STYLE, ELEMENT, gwRun, gbStyles, type GwElement, type ElementFormat } from './styles';
export { splitTitle, TITLE_LINE_EM } from './titleLines';
export { FONT, SIZE, RED, BODY_CHAR_SPACING, mm, textWidthEm, textWidthTwips } from './typography';
export { packToBuffer, packToBlob, DOCX_MIME } from './pack';
export { sampleDocuments, documentFileName, type SampleDocument } from './samples';
export { formTable, type FormCell, type FormRow, type FormTableInput } from './formTable';
