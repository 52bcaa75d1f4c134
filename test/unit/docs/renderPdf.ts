import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from 'docx';
import { expect } from 'vitest';
import { PAGE, packToBuffer } from '../../../shared/docs';

/**
 * The LibreOffice rendering the render tests measure: .docx → PDF with soffice (fonts from
 * resources/fonts/fonts.conf, free look-alikes of the GB fonts), words and their boxes from
 * poppler's `pdftotext -bbox`, page images in test/artifacts/docs/ for a look by eye.
 */

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
export const fontsConf = fileURLToPath(new URL('../../../resources/fonts/fonts.conf', import.meta.url));
export const artifacts = fileURLToPath(new URL('../../artifacts/docs/', import.meta.url));

export const PT_PER_TWIP = 1 / 20;
/** Points per millimetre. */
export const MM = 72 / 25.4;
/** The type area in points from the page's top left corner. */
export const typeArea = {
  top: PAGE.margin.top * PT_PER_TWIP,
  bottom: (PAGE.height - PAGE.margin.bottom) * PT_PER_TWIP,
  left: PAGE.margin.left * PT_PER_TWIP,
  right: (PAGE.width - PAGE.margin.right) * PT_PER_TWIP,
};
/** One grid line (pt). */
export const linePitch = PAGE.linePitch * PT_PER_TWIP;

/** |actual − expected| < tolerance (pt), with a readable failure. */
export function expectNear(actual: number, expected: number, tolerance: number, label = '') {
  expect(Math.abs(actual - expected), `${label} ${actual.toFixed(1)} vs ${expected.toFixed(1)}`).toBeLessThan(tolerance);
}

export interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface Line {
  y: number;
  xMin: number;
  xMax: number;
  text: string;
}

export interface Rendered {
  pdf: string;
  pages: number;
  words: Word[];
}

/** Words with their boxes (pt, origin top left) from `pdftotext -bbox`. */
export function readWords(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') {
      page++;
      continue;
    }
    words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5].replace(/&amp;/g, '&') });
  }
  return words;
}

/** Words of one page grouped into lines by their top edge. */
export function lines(r: Rendered, page: number, filter: (w: Word) => boolean = () => true): Line[] {
  const byY = new Map<number, Word[]>();
  for (const w of r.words.filter((x) => x.page === page && filter(x))) {
    const key = [...byY.keys()].find((y) => Math.abs(y - w.yMin) < 2) ?? w.yMin;
    byY.set(key, [...(byY.get(key) ?? []), w]);
  }
  return [...byY.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([y, ws]) => {
      ws.sort((a, b) => a.xMin - b.xMin);
      return { y, xMin: ws[0].xMin, xMax: Math.max(...ws.map((w) => w.xMax)), text: ws.map((w) => w.text).join('') };
    });
}

export const inBody = (w: Word) => w.yMax <= typeArea.bottom + 1;
export const inFooter = (w: Word) => w.yMin > typeArea.bottom + 1;

/** The footer of a page as one string without spaces (“—3—”), '' when it has none. */
export const footerText = (r: Rendered, page: number) =>
  lines(r, page, inFooter)
    .map((l) => l.text)
    .join('')
    .replace(/\s/g, '');

/** Red pixels per row of a page rendered at `dpi` (binary PPM from pdftoppm). */
export function redRows(pdf: string, page: number, dpi = 30): { height: number; rows: number[] } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  const rows = new Array<number>(height).fill(0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if (data[i] > 180 && data[i + 1] < 100 && data[i + 2] < 100) rows[y]++;
    }
  }
  return { height, rows };
}

/**
 * Packs each document, converts them all in one soffice run (its own profile in `dir`, so parallel
 * runs do not share one), and measures the PDFs. Pages `png.from`–`png.to` of each (and the last
 * one with `png.last`, where the 版记 is) go to test/artifacts/docs/<prefix><name>-N.png.
 */
export async function renderDocuments(dir: string, documents: Record<string, Document>, png: { prefix?: string; from?: number; to?: number; dpi?: number; last?: boolean } = {}): Promise<Record<string, Rendered>> {
  const docx: string[] = [];
  for (const [name, document] of Object.entries(documents)) {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, await packToBuffer(document));
    docx.push(path);
  }
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...docx], {
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
    timeout: 120_000,
    stdio: 'pipe',
  });
  mkdirSync(artifacts, { recursive: true });
  const out: Record<string, Rendered> = {};
  for (const name of Object.keys(documents)) {
    const pdf = join(dir, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    out[name] = { pdf, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), words: readWords(pdf) };
    const image = (from: number, to: number) => execFileSync('pdftoppm', ['-png', '-r', String(png.dpi ?? 60), '-f', String(from), '-l', String(to), pdf, join(artifacts, `${png.prefix ?? ''}${name}`)]);
    image(png.from ?? 1, png.to ?? 2);
    if (png.last && out[name].pages > (png.to ?? 2)) image(out[name].pages, out[name].pages);
  }
  return out;
}
