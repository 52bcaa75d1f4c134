import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { artifacts, expect, openMenu, test } from './fixtures';

test('a clerk generates a letter, sees its pages and saves the .docx with the office settings in it', async ({ page, host }) => {
  // The letterhead must come from 设置 · 单位信息, not from code.
  const office = await host.api<{ committeeName: string }>('settings.getOffice');
  await host.api('settings.saveOffice', { ...office, committeeName: '中国人民政治协商会议青田县委员会' });

  await page.goto(host.url);
  await openMenu(page, '文书格式');
  await page.getByRole('button', { name: '生成Word' }).nth(1).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview.locator('section.docx').first()).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText('中国人民政治协商会议青田县委员会');
  await expect(preview).toContainText(/永政协监〔\d{4}〕3号/);
  await page.screenshot({ path: join(artifacts, 'screens', 'document-preview.png') });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^永政协监〔\d{4}〕3号-信函格式样例\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  const header = (await Promise.all(Object.keys(zip.files).filter((n) => /word\/header\d*\.xml/.test(n)).map((n) => zip.file(n)!.async('string')))).join('');
  expect(xml + header).toContain('中国人民政治协商会议青田县委员会');
  expect(xml).toContain('w:w="11906" w:h="16838"');
  await expect(page.getByText(/已下载/)).toBeVisible();
});
