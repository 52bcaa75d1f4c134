import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { body, buildOfficialDocument, packToBuffer, title } from '../../../shared/docs';
import { decodeText, documentXmlText, manuscriptText, normalizeText } from '../../../shared/docs/history/manuscriptText';

describe('manuscript text from .docx and .txt (收稿登记, 历史资料入库)', () => {
  it('reads a Word document paragraph by paragraph, with tabs, line breaks and escaped characters', async () => {
    const doc = buildOfficialDocument({
      kind: 'normal',
      settings: defaultOfficeSettings,
      children: [
        title('回忆永康老街'),
        body('　　一九五六年春，我随父亲到城关镇学手艺。'),
        new Paragraph({ children: [new TextRun('师傅说：'), new TextRun({ text: '“A&B<C>”', break: 0 }), new TextRun({ text: '第二行', break: 1 }), new TextRun({ children: ['\t', '缩进'] })] }),
        body(''),
        body(''),
        body('完。'),
      ],
    });
    const text = await manuscriptText('回忆.docx', await packToBuffer(doc));
    expect(text).toBe('回忆永康老街\n　　一九五六年春，我随父亲到城关镇学手艺。\n师傅说：“A&B<C>”\n第二行\t缩进\n\n完。');
  });

  it('leaves out deleted revisions and field codes', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>留下</w:t></w:r><w:del><w:r><w:delText>删掉</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space="preserve"> 的字</w:t></w:r></w:p><w:p/></w:body>';
    expect(documentXmlText(xml)).toBe('留下 的字\n');
  });

  it('reads text files in UTF-8, UTF-16 and GB18030 (Notepad on Chinese Windows)', async () => {
    const gbk = new Uint8Array([0xd3, 0xc0, 0xbf, 0xb5, 0xa3, 0xac, 0x31, 0x39, 0x33, 0x37]); // 永康，1937 in GBK
    expect(decodeText(gbk)).toBe('永康，1937');
    expect(decodeText(new TextEncoder().encode('永康'))).toBe('永康');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x38, 0x6c, 0xb7, 0x5e]))).toBe('永康');
    expect(await manuscriptText('a.TXT', new TextEncoder().encode('第一段  \r\n\r\n\r\n\r\n第二段\r\n'))).toBe('第一段\n\n第二段');
  });

  it('refuses old .doc and other files with a Chinese message', async () => {
    await expect(manuscriptText('旧稿.doc', new Uint8Array([1, 2]))).rejects.toThrow('请用Word或WPS另存为 .docx');
    await expect(manuscriptText('图.pdf', new Uint8Array([1, 2]))).rejects.toThrow('不是 .docx 或 .txt 文件');
    await expect(manuscriptText('坏.docx', new Uint8Array([1, 2, 3]))).rejects.toThrow('无法读取该Word文件');
    expect(normalizeText('\n\n甲\u00a0 \n')).toBe('甲');
  });
});
