// `npm run bench [-- name]`: runs every test/bench/*.bench.ts and prints one table.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench, BenchRow } from './harness';

const filter = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((n) => f.includes(n)))
  .sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(join(import.meta.dirname, file))) as { default: Bench };
  console.error(`运行 ${file} …`);
  rows.push(...(await mod.default()));
}
const headers = ['area', 'case', 'target', 'measured', 'ok'];
const cells = rows.map((r) => [r.area, r.case, r.target, r.measured, r.ok === null ? '' : r.ok ? 'yes' : 'NO']);
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
const line = (c: string[]) => `| ${c.map((s, i) => s + ' '.repeat(widths[i] - width(s))).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const c of cells) console.log(line(c));
process.exit(rows.some((r) => r.ok === false) ? 1 : 0);
