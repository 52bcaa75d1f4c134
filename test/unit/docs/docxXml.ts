import JSZip from 'jszip';
import type { Document } from 'docx';
import { packToBuffer } from '../../../shared/docs';

/** The parts of a packed .docx the conformance tests read, as XML strings. */
export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  /** Footers and headers by their type in the (first) section: default / even / first. */
  footers: Record<string, string>;
  headers: Record<string, string>;
}

export async function unpack(doc: Document): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(await packToBuffer(doc));
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the package`);
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const target = (id: string) => {
    const m = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels);
    const t = m && /Target="([^"]+)"/.exec(m[0]);
    if (!t) throw new Error(`relationship ${id} not found`);
    return `word/${t[1]}`;
  };
  const sectPr = firstMatch(document, /<w:sectPr>[\s\S]*?<\/w:sectPr>/);
  const refs = async (kind: 'footer' | 'header') => {
    const out: Record<string, string> = {};
    for (const m of sectPr.matchAll(new RegExp(`<w:${kind}Reference w:type="(\\w+)" r:id="(\\w+)"/>`, 'g'))) {
      out[m[1]] = await read(target(m[2]));
    }
    return out;
  };
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    footers: await refs('footer'),
    headers: await refs('header'),
  };
}

export function firstMatch(xml: string, re: RegExp): string {
  const m = re.exec(xml);
  if (!m) throw new Error(`no match for ${re}`);
  return m[0];
}

/** Attribute `name` of the first `<tag …>` in xml. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const el = new RegExp(`<${tag}(?:\\s[^>]*)?/?>`).exec(xml);
  if (!el) return undefined;
  return new RegExp(`\\s${name}="([^"]*)"`).exec(el[0])?.[1];
}

export function sectionProperties(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

/** Top-level and in-table paragraphs (w:p never nests in these documents). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

export function paragraphStyle(p: string): string | undefined {
  return attr(p, 'w:pStyle', 'w:val');
}

export function runs(p: string): string[] {
  return [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
}

/** The text of a paragraph or run: w:t contents, w:tab as a tab, w:br as a newline. */
export function text(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    out += m[1] !== undefined ? m[1] : m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

/** The w:style element with `styleId`. */
export function style(stylesXml: string, styleId: string): string {
  return firstMatch(stylesXml, new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`));
}

export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

export function rows(tbl: string): string[] {
  return [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}
