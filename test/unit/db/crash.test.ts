import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'zx-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer, kills it with SIGKILL about `runMs` after its first commit; returns the numbers it reported. */
function runAndKill(path: string, runMs: number): Promise<{ committed: number[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/fixtures/crash-writer.ts'), path], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      timer ??= setTimeout(() => child.kill('SIGKILL'), runMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      // only whole lines count: a number is printed after its commit returned
      const lines = out.split('\n');
      lines.pop();
      done({ committed: lines.map(Number), signal, stderr });
    });
  });
}

it('a child process writing in a loop is killed with SIGKILL; every committed row is there and integrity_check says ok', async () => {
  const path = join(dir, 'office.sqlite');
  const { committed, signal, stderr } = await runAndKill(path, 1500);
  expect(stderr).toBe('');
  expect(signal).toBe('SIGKILL');
  expect(committed.length).toBeGreaterThan(20);
  expect(committed).toEqual(committed.map((_, i) => i + 1));
  // the killed process never closed the file: the open-marker and the WAL are still there
  expect(existsSync(`${path}.open`)).toBe(true);
  expect(existsSync(`${path}-wal`)).toBe(true);

  const db = openDatabase(path);
  try {
    expect(db.recoveredFromUncleanShutdown).toBe(true);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
    const labels = new Set((db.sqlite.prepare("select label from dict_items where label like '崩溃测试%'").all() as { label: string }[]).map((r) => r.label));
    const missing = committed.filter((n) => !labels.has(`崩溃测试${n}`));
    expect(missing).toEqual([]);
    // at most the one commit that finished but was not yet printed
    expect(labels.size - committed.length).toBeLessThanOrEqual(1);
    // each committed row has its audit line (same transaction)
    const audited = (db.sqlite.prepare("select count(*) c from audit_log where actor = '崩溃测试'").get() as { c: number }).c;
    expect(audited).toBe(labels.size);
  } finally {
    db.close();
  }
  // a clean close clears the marker: the next open skips the check
  expect(existsSync(`${path}.open`)).toBe(false);
  const again = openDatabase(path);
  expect(again.recoveredFromUncleanShutdown).toBe(false);
  again.close();
});
