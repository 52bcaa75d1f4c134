// `npm test`: typecheck, lint, migrations in sync, vitest (shared, db, renderer), build, Playwright e2e.
// Ends with one line "N passed, N failed" adding up every runner; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'test', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function step(label, cmd, args) {
  const r = run(label, cmd, args);
  if (r.ok) passed++;
  else failed++;
  summary.push(`${r.ok ? '✓' : '✗'} ${label} (${r.seconds}s)`);
}

function counted(label, cmd, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const r = run(label, cmd, args);
  let p = 0;
  let f = 0;
  let note = '';
  if (existsSync(reportFile)) [p, f, note = ''] = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  if (!r.ok && f === 0) f = 1; // the runner itself failed (crash, no report)
  passed += p;
  failed += f;
  summary.push(`${f ? '✗' : '✓'} ${label}: ${p} passed, ${f} failed (${r.seconds}s)${note}`);
}

/** Titles of the Playwright tests whose first run failed and whose retry passed. */
function flakyTitles(report) {
  const titles = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) if (spec.tests?.some((t) => t.status === 'flaky')) titles.push(spec.title);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return titles;
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

if (want('typecheck')) step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (want('lint')) step('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
if (want('migrations')) step('migrations embedded and in sync', bin('tsx'), ['scripts/gen-migrations.ts', '--check']);
if (want('unit')) {
  const report = join(artifacts, 'vitest-results.json');
  counted('vitest (shared, db, renderer)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], report, (j) => [j.numPassedTests, j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0)]);
}
if (want('e2e')) {
  const b = run('build', process.execPath, [join(root, 'scripts/build.mjs')]);
  if (!b.ok) {
    failed++;
    summary.push('✗ build');
  } else {
    const report = join(artifacts, 'playwright-results.json');
    counted('playwright e2e (Debian Chromium)', bin('playwright'), ['test'], report, (j) => [
      j.stats.expected + (j.stats.flaky ?? 0),
      j.stats.unexpected,
      // A test that passed only on its CI retry is named, so the flake gets fixed rather than forgotten.
      j.stats.flaky ? ` — ${j.stats.flaky} flaky (passed on retry): ${flakyTitles(j).join('；')}` : '',
    ]);
  }
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
