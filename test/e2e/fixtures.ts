import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { launchHost, newDataDir, removeDir, root } from './host';

export interface HostHandle {
  url: string;
  dataDir: string;
  /** Calls the API the way the page does (token from the served page). */
  api<T = unknown>(method: string, input?: unknown): Promise<T>;
}

export const test = base.extend<{ demo: boolean; host: HostHandle }>({
  demo: [false, { option: true }],
  host: async ({ demo }, use) => {
    // A browser host of its own per test, on a temp database (empty, or a copy of the demo county).
    const dataDir = newDataDir(demo);
    try {
      const host = await launchHost(dataDir, demo ? ['--demo'] : []);
      try {
        await use({
          url: host.url,
          dataDir,
          async api(method, input = {}) {
            const res = await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-token': host.token }, body: JSON.stringify(input) });
            const body = (await res.json()) as { ok: boolean; data: never; error?: { message: string } };
            if (!body.ok) throw new Error(body.error?.message);
            return body.data;
          },
        });
      } finally {
        await host.stop();
      }
    } finally {
      removeDir(dataDir);
    }
  },
});

export { expect };

/** Opens a page by its side-menu path, e.g. ['基础数据', '委员']. */
export async function openMenu(page: Page, ...labels: string[]) {
  for (const label of labels) {
    // Menu items' accessible names start with the icon's label ("home 工作台"), so match the end.
    const item = page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${label.replace(/[/]/g, '\\/')}$`) });
    // A group (基础数据, 系统) that is already open would close on a click.
    if ((await item.getAttribute('aria-expanded')) === 'true') continue;
    await item.click();
  }
}

export const artifacts = join(root, 'test', 'artifacts');

/** A screenshot a person looks at: test/artifacts/screens/<name>.png. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, 'screens', `${name}.png`) });
}

/** The open antd dialog with this title (title text may be partial). */
export function dialog(page: Page, title: string | RegExp) {
  return page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

/** Picks an option in an antd Select found by its label (aria-label or the Form.Item label). */
export async function pick(scope: Page | Locator, page: Page, label: string, option: string) {
  const combobox = scope.getByRole('combobox', { name: fieldName(label) });
  await combobox.click();
  // Long lists are virtual (only the first few options exist): type to filter where the Select searches.
  if ((await combobox.getAttribute('readonly')) === null) await combobox.fill(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${option}$`) }).click();
}

/** Types a date into an antd DatePicker found by its label and commits it. */
export async function typeDate(scope: Page | Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

/** Clears an antd Select (allowClear) found by its label. */
export async function clearSelect(scope: Page | Locator, page: Page, label: string) {
  await page.mouse.move(0, 0); // a column header's sort tooltip may still cover the toolbar
  const select = scope.locator('.ant-select').filter({ has: scope.getByRole('combobox', { name: fieldName(label) }) });
  await select.hover();
  await select.locator('.ant-select-clear').click();
}

/** A field's accessible name; antd puts "* " before required ones. */
function fieldName(label: string) {
  return new RegExp(`^(\\* )?${label.replace(/[/]/g, '\\/')}$`);
}

/** A button's accessible name: antd spaces out two-character labels ("取 消"). */
export function btn(label: string) {
  return new RegExp(`^${[...label].join('\\s?')}$`);
}
