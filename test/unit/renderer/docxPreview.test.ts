import { parseAsync } from 'docx-preview';
import { describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { LETTER_RULE, packToBuffer, sampleDocuments } from '../../../shared/docs';
import { applyBorderSpacing } from '../../../renderer/src/components/docxPreview';

interface Parsed {
  type?: string;
  cssStyle?: Record<string, string>;
  children?: Parsed[];
}
const paragraphs = (e: Parsed): Parsed[] => [...(e.type === 'paragraph' ? [e] : []), ...(e.children ?? []).flatMap(paragraphs)];

describe('Word preview (docx-preview) of the 信函 letterhead', () => {
  it('draws the red double line under the 发文机关标志 at the distance Word uses, not through it', async () => {
    const bytes = await packToBuffer(sampleDocuments(defaultOfficeSettings)[1].document);
    const doc = await parseAsync(bytes);
    const headers = (doc.parts as { path: string; rootElement?: Parsed }[]).filter((p) => /header\d*\.xml$/.test(p.path)).flatMap((p) => paragraphs(p.rootElement!));
    const name = headers.find((p) => p.cssStyle?.['border-bottom']?.includes('#FF0000'))!;
    expect(name).toBeDefined();
    // docx-preview alone: a solid line straight under the text box (w:space dropped)
    expect(name.cssStyle!['border-bottom']).toMatch(/solid/);
    expect(name.cssStyle!['padding-bottom']).toBeUndefined();

    await applyBorderSpacing(doc, bytes);
    expect(name.cssStyle!['padding-bottom']).toBe('11pt');
    expect(name.cssStyle!['border-bottom']).toBe(`${LETTER_RULE.size / 8}pt double #FF0000`);
    // the lower line in the first-page footer (w:space 0): double, no padding
    const footer = (doc.parts as { path: string; rootElement?: Parsed }[]).filter((p) => /footer\d*\.xml$/.test(p.path)).flatMap((p) => paragraphs(p.rootElement!));
    const rule = footer.find((p) => p.cssStyle?.['border-bottom'])!;
    expect(rule.cssStyle!['border-bottom']).toMatch(/ double /);
    expect(rule.cssStyle!['padding-bottom']).toBeUndefined();
    // body paragraphs without borders are left alone
    expect(paragraphs(doc.documentPart.body).filter((p) => p.cssStyle?.['padding-bottom'])).toEqual([]);
  });
});
