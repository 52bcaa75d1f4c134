import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

export interface RunningHost {
  child: ChildProcess;
  url: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the browser host (dist/host/cli.mjs) on a data folder; on failure nothing is left running. */
export async function launchHost(dataDir: string, args: string[] = [], timeoutMs = 60_000): Promise<RunningHost> {
  const child = spawn(process.execPath, [join(root, 'dist/host/cli.mjs'), '--data-dir', dataDir, '--port', '0', ...args], {
    env: { ...process.env, ZX_PRINT_TOKEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let out = '';
  try {
    const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host did not start within ${timeoutMs / 1000} s: ${out}`)), timeoutMs);
      const onData = (d: Buffer) => {
        out += d.toString();
        const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
        const token = /TOKEN=(\w+)/.exec(out)?.[1];
        if (url && token) {
          clearTimeout(timer);
          resolve({ url, token });
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`host exited ${code}: ${out}`));
      });
    });
    return { child, dataDir, ...ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const demoFile = 'demo.sqlite';

/**
 * The demo county is generated once per run (global-setup.ts) and copied for each test that
 * asks for it: generating it takes seconds, copying it milliseconds.
 */
export async function buildDemoTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'zx-e2e-demo-'));
  const host = await launchHost(dir, ['--demo'], 180_000);
  await host.stop(); // a clean close checkpoints the WAL into the file
  return dir;
}

/** A fresh data folder: empty, or holding a copy of the demo database. */
export function newDataDir(demo: boolean): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'zx-e2e-'));
  if (demo) {
    const template = process.env.ZX_E2E_DEMO_DIR;
    if (!template || !existsSync(join(template, demoFile))) throw new Error('演示数据模板不存在：global-setup 没有运行？');
    for (const suffix of ['', '-wal']) if (existsSync(join(template, demoFile + suffix))) copyFileSync(join(template, demoFile + suffix), join(dataDir, demoFile + suffix));
  }
  return dataDir;
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
