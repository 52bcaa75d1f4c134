import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { packToBuffer } from '../../../shared/docs';
import { buildProofForm, buildReviewForm } from '../../../shared/docs/history/forms';
import { authorLine, boardNameLines, buildVolumeDocument, seriesName, volumeFileName, volumeToc } from '../../../shared/docs/history/volume';
import { breakLines, countLines, pagesFor } from '../../../shared/docs/history/layout';
import { sampleVolumeData } from '../../fixtures/historyVolume';
import { groupBoard } from '../../../shared/domain/history/board';

/**
 * The whole-volume Word document: 目录 (a TOC field Word updates on open, with correct static page
 * numbers), page numbers from the first article on, 版权页 — read back from the XML, and (where
 * LibreOffice is installed) from the rendered PDF: every 目录 entry's page is the page it prints on.
 */
const settings = defaultOfficeSettings;
// Chinese text only: the render check must not depend on which Latin font the machine substitutes for
// Times New Roman (Latin widths are checked by countLines above)
const data = sampleVolumeData({ latin: false });
const toc = volumeToc(data);
let bytes: Uint8Array;
let documentXml: string;
let zip: JSZip;

beforeAll(async () => {
  bytes = await packToBuffer(buildVolumeDocument(data, settings));
  zip = await JSZip.loadAsync(bytes);
  documentXml = await zip.file('word/document.xml')!.async('string');
});

const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('line and page counting', () => {
  it('counts lines of 28 cells (26 on the first line), Latin by its width, with 禁则', () => {
    expect(countLines('一'.repeat(26))).toBe(1);
    expect(countLines('一'.repeat(27))).toBe(2);
    expect(countLines('一'.repeat(26 + 28))).toBe(2);
    // a closing mark never starts a line: the character before it goes down with it
    expect(breakLines(`${'一'.repeat(26)}。二`)).toEqual(['一'.repeat(25), '一。二']);
    // an opening mark never ends one; —— is never split
    expect(breakLines(`${'一'.repeat(25)}“好`)).toEqual(['一'.repeat(25), '“好']);
    expect(breakLines(`${'一'.repeat(25)}——二`)).toEqual(['一'.repeat(25), '——二']);
    expect(countLines(`${'一'.repeat(23)}UNESCO`)).toBe(2);
    expect(countLines(`${'一'.repeat(23)}1937`)).toBe(1);
  });
  it('moves a photo that does not fit to the next page', () => {
    expect(pagesFor([{ lines: 22, keep: false }])).toBe(1);
    expect(pagesFor([{ lines: 23, keep: false }])).toBe(2);
    expect(pagesFor([{ lines: 15, keep: false }, { lines: 10, keep: true }])).toBe(2);
    expect(pagesFor([{ lines: 12, keep: false }, { lines: 10, keep: true }])).toBe(1);
  });
});

describe('整辑 Word document', () => {
  it('is named 第N辑-书名.docx and titled in its properties', async () => {
    expect(volumeFileName(data)).toBe('第35辑-永安老字号.docx');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>永安文史资料第三十五辑《永安老字号》</dc:title>');
    expect(seriesName(settings)).toBe('永安文史资料');
  });

  it('has a cover, 编委会, 序 and 目录 before the articles, 编后记 and 版权页 after', () => {
    const all = text(documentXml);
    const order = ['永安文史资料', '第三十五辑', '永安老字号', '《永安文史资料》编委会', '主　任：', '副主任：', '序', '目　　录', data.sections[0].title, data.sections[0].articles[0].title, '编后记', '准印证号'];
    let at = -1;
    for (const part of order) {
      const next = all.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
  });

  it('prints the 编委会 page one line per 职务 group, in the order the clerk arranged the people', async () => {
    const people = [
      { role: '主任', name: '张明华' },
      { role: '副主任', name: '程国庆' },
      { role: '副主任', name: '应立新' },
      { role: '主编', name: '陈志远' },
      { role: '副主编', name: '李建华' },
      { role: '编委', name: '王晓燕' },
      { role: '编委', name: '胡春' },
      { role: '编委', name: '卢慧' },
    ];
    const board = groupBoard(people);
    const xml = await (await JSZip.loadAsync(await packToBuffer(buildVolumeDocument({ ...data, volume: { ...data.volume, board } }, settings)))).file('word/document.xml')!.async('string');
    const page = xml.slice(xml.indexOf('编委会'), xml.indexOf('目　　录'));
    const lines = [...page.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => text(p[0])).filter((l) => l.includes('：'));
    expect(lines).toEqual(['主　任：张明华', '副主任：程国庆　应立新', '主　编：陈志远', '副主编：李建华', '编　委：王晓燕　胡　春　卢　慧']);
  });

  it('breaks a long 编委会 line between names, never inside one, two-character names spaced to three cells', () => {
    const names = ['王晓燕', '胡春', '卢慧', '施德林', '周敏', '吴丽', '欧阳文华', '楼德林'];
    const lines = boardNameLines(names, 22);
    expect(lines).toEqual(['王晓燕　胡　春　卢　慧　施德林　周　敏', '吴　丽　欧阳文华　楼德林']);
    expect(lines.every((l) => [...l].length <= 22)).toBe(true);
    expect(boardNameLines(['张明华'], 22)).toEqual(['张明华']);
  });

  it('目录 is a TOC field marked dirty (Word updates it on open) with the counted page numbers as its result', async () => {
    expect(documentXml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/);
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:updateFields/>');
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\o &quot;1-2&quot; \\u<\/w:instrText>/);
    const field = documentXml.slice(documentXml.indexOf('fldCharType="separate"'), documentXml.indexOf('fldCharType="end"'));
    const entries = [...field.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((p) => text(p[0]));
    expect(entries.filter(Boolean)).toEqual(toc.map((e) => `${e.text}\t${e.page}`));
    expect(toc[0]).toEqual({ level: 1, text: '工商经济', page: 1 });
    expect(toc.at(-1)!.text).toBe('编后记');
    // every entry is a heading Word's TOC field collects: 栏目/编后记 at outline level 1, articles at 2
    for (const e of toc) expect(documentXml).toMatch(new RegExp(`<w:outlineLvl w:val="${e.level - 1}"/>[\\s\\S]{0,1500}?${e.text.slice(0, 6).replace(/[()]/g, '.')}`));
  });

  it('numbers pages from 1 at the first article; cover, front matter and 版权页 have none', async () => {
    const sects = [...documentXml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects).toHaveLength(3);
    expect(sects[1]).toMatch(/<w:pgNumType w:start="1"\/>/);
    const footerText = async (sect: string) => {
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      const ids = [...sect.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)];
      const out: Record<string, string> = {};
      for (const [, type, id] of ids) {
        const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
        out[type] = await zip.file(`word/${target}`)!.async('string');
      }
      return out;
    };
    for (const i of [0, 2]) for (const xml of Object.values(await footerText(sects[i]))) expect(xml).not.toContain('PAGE');
    const numbered = await footerText(sects[1]);
    expect(Object.keys(numbered).sort()).toEqual(['default', 'even']);
    for (const xml of Object.values(numbered)) expect(xml).toContain('PAGE');
  });

  it('prints each article with its author line and its photos with captions', () => {
    const all = text(documentXml);
    for (const s of data.sections) for (const a of s.articles) expect(all).toContain(authorLine(a));
    const photos = data.sections.flatMap((s) => s.articles.flatMap((a) => a.photos));
    expect((documentXml.match(/<pic:pic /g) ?? []).length).toBe(photos.length);
    for (const p of photos) expect(all).toContain(p.caption);
    expect(authorLine({ author: '楼德林', recorder: '周文' })).toBe('楼德林 口述　周文 整理');
  });

  it('版权页 carries 准印证号, 内部资料 免费交流, 印数, 印刷单位, 日期 and 字数', () => {
    const last = documentXml.slice(documentXml.lastIndexOf('<w:sectPr', documentXml.lastIndexOf('<w:sectPr') - 1));
    const page = text(last);
    for (const part of ['永安文史资料　第三十五辑', '《永安老字号》', '编　　印：政协永安县委员会文化文史和学习委员会', '准印证号：浙内准字（2026）第035号', '印　　刷：永安县印刷有限公司', '印　　数：2000册', '印刷日期：2026年12月', '内部资料 免费交流'])
      expect(page).toContain(part);
    expect(page).toMatch(/字\u3000\u3000数：\d+千字/);
  });
});

describe('审稿单 and 校对记录单', () => {
  const article = {
    title: '永安打铁铺的百年兴衰',
    author: '楼德林',
    authorThen: '铁匠',
    authorNow: '退休工人',
    recorder: '周文',
    sanqin: '亲历' as const,
    wordCount: 4210,
    source: '口述整理',
    receivedDate: '2026-03-12',
    callTopic: '永安老字号',
    permission: '已授权' as const,
    volumeNumber: 35,
    volumeTitle: '永安老字号',
    reviewRound: 1,
    reviews: [
      { id: 1, version: 1, createdAt: '', updatedAt: '', voidedAt: null, voidReason: null, articleId: 1, round: 1, stage: '初审', reviewer: '王晓燕', date: '2026-07-10', opinion: '史实清楚，建议采用。', decision: '通过' },
      { id: 2, version: 1, createdAt: '', updatedAt: '', voidedAt: null, voidReason: null, articleId: 1, round: 1, stage: '复审', reviewer: '李建华', date: '2026-07-20', opinion: '同意。', decision: '通过' },
    ],
    proofs: [
      { id: 1, version: 1, createdAt: '', updatedAt: '', voidedAt: null, voidReason: null, articleId: 1, round: '一校', proofreader: '周敏', date: '2026-08-10', chars: 4210, errorsFound: 12, errorsFixed: 12, note: '', rate: 28.5, meetsTarget: false },
      { id: 2, version: 1, createdAt: '', updatedAt: '', voidedAt: null, voidReason: null, articleId: 1, round: '二校', proofreader: '吴丽', date: '2026-08-17', chars: 4210, errorsFound: 2, errorsFixed: 2, note: '', rate: 4.75, meetsTarget: false },
      { id: 3, version: 1, createdAt: '', updatedAt: '', voidedAt: null, voidReason: null, articleId: 1, round: '三校', proofreader: '郑红', date: '2026-08-24', chars: 4210, errorsFound: 0.5, errorsFixed: 0.5, note: '标点1处', rate: 1.19, meetsTarget: false },
    ],
  };

  it('审稿单 lists the facts and each 审次, with an empty row for 终审 still to come', async () => {
    const xml = await (await JSZip.loadAsync(await packToBuffer(buildReviewForm(article, settings)))).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])));
    expect(text(xml)).toContain('《永安文史资料》审稿单');
    expect(rows).toContainEqual(['作者身份', '当时：铁匠；现在：退休工人']);
    expect(rows).toContainEqual(['初审', '史实清楚，建议采用。', '通过', '王晓燕', '2026年7月10日']);
    expect(rows).toContainEqual(['终审', '', '', '', '']);
  });

  it('校对记录单 gives each 校次 its rate and judges the article against ≤ 1/10,000', async () => {
    const xml = await (await JSZip.loadAsync(await packToBuffer(buildProofForm(article, settings)))).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])));
    expect(rows).toContainEqual(['一校', '周敏', '2026年8月10日', '4210', '12', '12', '28.50', '']);
    expect(rows).toContainEqual(['三校', '郑红', '2026年8月24日', '4210', '0.5', '0.5', '1.19', '标点1处']);
    expect(text(xml)).toContain('本稿差错率万分之1.19（按三校发现的差错计），质量目标≤万分之1，未达标。');
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
const fontsConf = fileURLToPath(new URL('../../../resources/fonts/fonts.conf', import.meta.url));
const artifacts = fileURLToPath(new URL('../../artifacts/docs/', import.meta.url));

describe.skipIf(!hasSoffice)('整辑 rendered with LibreOffice', () => {
  const dir = hasSoffice ? mkdtempSync(join(tmpdir(), 'history-render-')) : '';
  let pages: string[] = [];
  beforeAll(async () => {
    const docx = join(dir, 'volume.docx');
    writeFileSync(docx, bytes ?? (await packToBuffer(buildVolumeDocument(data, settings))));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, docx], {
      env: { ...process.env, FONTCONFIG_FILE: fontsConf },
      timeout: 180_000,
      stdio: 'pipe',
    });
    const pdf = join(dir, 'volume.pdf');
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
    mkdirSync(artifacts, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '6', pdf, join(artifacts, 'history-volume')]);
  }, 200_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const squash = (s: string) => s.replace(/\s+/g, '');

  it('prints every 目录 entry on the page the 目录 gives', () => {
    const first = pages.findIndex((p) => /—\s*1\s*—/.test(p));
    expect(first).toBeGreaterThan(2);
    // an entry's heading stands at the top of its page (栏目 name, then the article title)
    const found = toc.map((e) => {
      const at = pages.findIndex((p, i) => i >= first && squash(p).slice(0, 60).includes(squash(e.text).slice(0, 8)));
      return { text: e.text, page: at - first + 1 };
    });
    expect(found).toEqual(toc.map((e) => ({ text: e.text, page: e.page })));
  });

  it('shows — n — on every numbered page and none on the cover, front matter or 版权页', () => {
    const first = pages.findIndex((p) => /—\s*1\s*—/.test(p));
    pages.slice(0, first).forEach((p) => expect(p).not.toMatch(/—\s*\d+\s*—/));
    const body = pages.slice(first, -1);
    body.forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
    expect(pages.at(-1)).not.toMatch(/—\s*\d+\s*—/);
    expect(squash(pages.at(-1)!)).toContain('准印证号');
  });
});
