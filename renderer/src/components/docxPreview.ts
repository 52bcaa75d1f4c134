import { parseAsync, renderDocument, type Options, type WordDocument } from 'docx-preview';
import JSZip from 'jszip';

/**
 * docx-preview with the paragraph borders our documents rely on drawn as Word draws them.
 *
 * docx-preview turns w:pBdr into a CSS border but drops w:space, the distance between the text and
 * the line, and draws every double-line style (thickThinSmallGap, …) as one solid line. The 信函
 * letterhead (shared/docs/letter.ts) is a red double bottom border 11 pt under the 发文机关标志; without
 * the distance, and with docx-preview's tight line height, the line ran through the name. Word and
 * LibreOffice read the same XML correctly, so the file stays as it is and the preview is fixed here.
 */
export async function renderDocx(bytes: Uint8Array, into: HTMLElement, options: Partial<Options>): Promise<void> {
  const doc = await parseAsync(bytes, options);
  await applyBorderSpacing(doc, bytes);
  const nodes = await renderDocument(doc, options);
  into.replaceChildren(...nodes);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const SIDES = ['top', 'left', 'bottom', 'right'] as const;
/** Word's double-line border styles; CSS has one double style for them all. */
const DOUBLE = /^(double|triple|thinThick|thickThin)/;

interface ParsedElement {
  type?: string;
  cssStyle?: Record<string, string>;
  children?: ParsedElement[];
}

/** The paragraphs of a parsed part, in document order (docx-preview makes one per w:p). */
function parsedParagraphs(root: ParsedElement, into: ParsedElement[] = []): ParsedElement[] {
  if (root.type === 'paragraph') into.push(root);
  for (const child of root.children ?? []) parsedParagraphs(child, into);
  return into;
}

/** Copies each paragraph's own border distance (w:pBdr/w:*@w:space, in points) into its CSS as padding. */
export async function applyBorderSpacing(doc: WordDocument, bytes: Uint8Array): Promise<void> {
  const parts = ((doc as { parts?: { path?: string; body?: ParsedElement; rootElement?: ParsedElement }[] }).parts ?? []).filter((p) => p.path && (p.body ?? p.rootElement));
  if (parts.length === 0) return;
  const zip = await JSZip.loadAsync(bytes);
  for (const part of parts) {
    const xml = await zip.file(part.path!.replace(/^\//, ''))?.async('string');
    if (!xml || !xml.includes('w:pBdr')) continue;
    const xmlParagraphs = [...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagNameNS(W, 'p')];
    const parsed = parsedParagraphs((part.body ?? part.rootElement)!);
    // Content docx-preview leaves out (text boxes, fallbacks) would shift the pairs: then leave the part alone.
    if (xmlParagraphs.length !== parsed.length) continue;
    xmlParagraphs.forEach((p, i) => {
      const pBdr = [...p.children].find((c) => c.localName === 'pPr')?.getElementsByTagNameNS(W, 'pBdr')[0];
      const css = parsed[i].cssStyle;
      if (!pBdr || !css) return;
      for (const side of SIDES) {
        const border = pBdr.getElementsByTagNameNS(W, side)[0];
        const drawn = css[`border-${side}`];
        if (!border || !drawn || drawn === 'none') continue;
        const space = Number(border.getAttributeNS(W, 'space') ?? 0);
        if (space > 0) css[`padding-${side}`] = `${space}pt`;
        if (DOUBLE.test(border.getAttributeNS(W, 'val') ?? '')) css[`border-${side}`] = drawn.replace(' solid ', ' double ');
      }
    });
  }
}
