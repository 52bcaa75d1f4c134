import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../../shared/contract/officeSettings';
import { packToBuffer } from '../../../shared/docs';
import { assignNoticeDocument, bookDocument, bookToc, type BookData } from '../../../shared/docs/proposal';
import { bookRows92 } from '../../fixtures/proposalDocs';

/**
 * The 提案汇编 and a 交办通知 as LibreOffice prints them: the 目录's counted page numbers are the pages the
 * proposals actually start on, pages are numbered — n — from 1 (none on the cover), and the 交办通知's
 * 抄送 line ends the last page after the 附件.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
const fontsConf = fileURLToPath(new URL('../../../resources/fonts/fonts.conf', import.meta.url));
const artifacts = fileURLToPath(new URL('../../artifacts/docs/', import.meta.url));

// 24 proposals over every category, some with long texts so chapters run over several pages
const rows = bookRows92()
  .filter((_, i) => i % 4 === 0)
  .map((p, i) => (i % 5 === 2 ? { ...p, suggestions: `${p.suggestions}\n${'一是进一步明确目标任务，细化工作措施，落实责任分工，确保各项工作有序推进。'.repeat(12)}` } : p));
const data: BookData = { termName: '第十一届', sessionName: '第三次会议', date: '2026-04-10', proposals: rows, categoryOrder: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明', '其他'] };

function render(dir: string, name: string, bytes: Uint8Array): string[] {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, docx], {
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
    timeout: 180_000,
    stdio: 'pipe',
  });
  const pdf = join(dir, `${name}.pdf`);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  mkdirSync(artifacts, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '4', pdf, join(artifacts, name)]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
}

describe.skipIf(!hasSoffice)('提案文书 rendered with LibreOffice', () => {
  const dir = hasSoffice ? mkdtempSync(join(tmpdir(), 'proposal-render-')) : '';
  let book: string[] = [];
  let notice: string[] = [];
  beforeAll(async () => {
    book = render(dir, 'proposal-book', await packToBuffer(bookDocument(data, defaultOfficeSettings).document));
    notice = render(dir, 'proposal-assign', await packToBuffer(assignNoticeDocument({ ...data, date: '2026-04-10', docSerial: 5, proposals: rows, layout: { unit: rows[0].mainUnit! } }, defaultOfficeSettings).document));
  }, 240_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  const squash = (s: string) => s.replace(/\s+/g, '');

  it('starts every proposal on the page the 目录 gives', () => {
    const toc = bookToc(data);
    const chaptersStart = book.findIndex((p) => squash(p).startsWith(squash(toc[0].text)));
    expect(chaptersStart).toBeGreaterThan(1);
    const found = toc
      .filter((e) => e.level === 2)
      .map((e) => {
        const number = e.text.split('　')[0];
        const at = book.findIndex((p, i) => i >= chaptersStart && squash(p).slice(0, 40).includes(number));
        return { number, page: at - chaptersStart + 1 };
      });
    expect(found).toEqual(toc.filter((e) => e.level === 2).map((e) => ({ number: e.text.split('　')[0], page: e.page })));
    expect(Math.max(...found.map((f) => f.page))).toBeGreaterThan(rows.length);
  });

  it('numbers the 目录 and the proposals from 1, and not the cover', () => {
    expect(book[0]).not.toMatch(/—\s*\d+\s*—/);
    expect(book[1]).toMatch(/—\s*1\s*—/);
    const chaptersStart = book.findIndex((p, i) => i > 1 && /^\s*一、/.test(p));
    book.slice(chaptersStart).forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
  });

  it('prints the 交办通知 letter, then the 附件 list, with the 抄送 line at the foot of the last page', () => {
    expect(squash(notice[0])).toContain(squash(defaultOfficeSettings.committeeName));
    expect(squash(notice[0])).toContain('永政协提〔2026〕5号');
    const listPage = notice.findIndex((p) => /^\s*附件/.test(p));
    expect(listPage).toBeGreaterThan(0);
    const last = notice.at(-1)!;
    const lines = last.split('\n').filter((l) => l.trim());
    expect(lines.findIndex((l) => l.includes('抄送'))).toBeGreaterThan(lines.findIndex((l) => l.includes(rows[0].title.slice(0, 6))));
  });
});
