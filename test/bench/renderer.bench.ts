import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BenchRow } from './harness';

const root = join(import.meta.dirname, '..', '..');
/** The window's first load: a third of the single 4.5 MB chunk the renderer was before routes were split. */
const FIRST_LOAD_BUDGET = 1.5 * 1024 * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * The renderer's chunks, built afresh into a temp folder: what the window loads before the 工作台 shows
 * (the entry script and its modulepreload links in index.html), and the largest lazy chunks.
 */
export default async function rendererBench(): Promise<BenchRow[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'zx-bench-renderer-'));
  try {
    await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => readFileSync(join(outDir, m[1])));
    const raw = first.reduce((n, b) => n + b.length, 0);
    const gzip = first.reduce((n, b) => n + gzipSync(b).length, 0);
    const chunks = readdirSync(join(outDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ name: f.replace(/-[\w-]{8}\.js$/, ''), size: statSync(join(outDir, 'assets', f)).size }))
      .sort((a, b) => b.size - a.size);
    return [
      { area: '界面', case: `首次加载脚本（${first.length}个文件，gzip ${mb(gzip)}）`, target: `< ${mb(FIRST_LOAD_BUDGET)}`, measured: mb(raw), ok: raw < FIRST_LOAD_BUDGET },
      { area: '界面', case: `最大分块：${chunks.slice(0, 3).map((c) => `${c.name} ${mb(c.size)}`).join('，')}`, target: '', measured: `${chunks.length}个分块`, ok: null },
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
