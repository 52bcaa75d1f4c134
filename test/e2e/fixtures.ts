import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostHandle {
  url: string;
  dataDir: string;
  /** Calls the API the way the page does (token from the served page). */
  api<T = unknown>(method: string, input?: unknown): Promise<T>;
}

const root = join(import.meta.dirname, '..', '..');

/** A browser host of its own per test, on a temp database (empty, or the demo county). */
async function startHost(demo: boolean): Promise<{ child: ChildProcess; url: string; dataDir: string; token: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zx-e2e-'));
  const child = spawn(process.execPath, [join(root, 'dist/host/cli.mjs'), '--data-dir', dataDir, '--port', '0', ...(demo ? ['--demo'] : [])], {
    env: { ...process.env, ZX_PRINT_TOKEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 20_000);
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
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  return { child, dataDir, ...ready };
}

export const test = base.extend<{ demo: boolean; host: HostHandle }>({
  demo: [false, { option: true }],
  host: async ({ demo }, use) => {
    const { child, url, dataDir, token } = await startHost(demo);
    await use({
      url,
      dataDir,
      async api(method, input = {}) {
        const res = await fetch(`${url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-token': token }, body: JSON.stringify(input) });
        const body = (await res.json()) as { ok: boolean; data: never; error?: { message: string } };
        if (!body.ok) throw new Error(body.error?.message);
        return body.data;
      },
    });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens a page by its side-menu path, e.g. ['基础数据', '委员']. */
export async function openMenu(page: Page, ...labels: string[]) {
  for (const label of labels) {
    // Menu items' accessible names start with the icon's label ("home 工作台"), so match the end.
    await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${label.replace(/[/]/g, '\\/')}$`) }).click();
  }
}

export const artifacts = join(root, 'test', 'artifacts');
