import JSZip from 'jszip';

/**
 * The plain text of a manuscript file (收稿登记 “从文件读取” and 历史文史资料入库): .docx through its
 * word/document.xml (paragraphs, tabs and line breaks kept; deleted revisions, field codes and
 * drawings skipped), .txt in UTF-8, UTF-16 (with BOM) or GB18030 (GBK) — what Chinese Windows
 * Notepad writes. Runs in the renderer, the worker and Node alike.
 */
export async function manuscriptText(fileName: string, bytes: Uint8Array): Promise<string> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.docx')) return docxText(bytes);
  if (lower.endsWith('.txt')) return normalizeText(decodeText(bytes));
  if (lower.endsWith('.doc')) throw new Error(`“${fileName}”是旧版Word（.doc）文件，请用Word或WPS另存为 .docx 后再导入。`);
  throw new Error(`“${fileName}”不是 .docx 或 .txt 文件。`);
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    throw new Error('无法读取该Word文件（文件可能已损坏，或不是 .docx 格式）。');
  }
  if (xml === undefined) throw new Error('该文件不是Word文档（缺少正文部分）。');
  return normalizeText(documentXmlText(xml));
}

const piece = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\s*\/>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g;

/** Paragraph texts of a WordprocessingML body, one line each. */
export function documentXmlText(xml: string): string {
  const body = xml.replace(/<w:instrText[\s\S]*?<\/w:instrText>/g, '').replace(/<w:delText[\s\S]*?<\/w:delText>/g, '');
  const paragraphs: string[] = [];
  for (const p of body.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const m of p[0].matchAll(piece)) {
      if (m[1] !== undefined) text += decodeEntities(m[1]);
      else if (m[0] === '<w:tab/>') text += '\t';
      else if (m[0].startsWith('<w:br') || m[0] === '<w:cr/>') text += '\n';
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Unix line ends, no trailing spaces, at most one empty line in a row, no leading/trailing blank lines. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
