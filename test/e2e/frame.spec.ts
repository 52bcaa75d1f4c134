import { artifacts, expect, openMenu, test } from './fixtures';
import { join } from 'node:path';

test.describe('app frame on the demo county', () => {
  test.use({ demo: true });

  test('side menu reaches every section', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByText('政协办公').first()).toBeVisible();
    await expect(page.getByText('在任委员')).toBeVisible();
    await page.screenshot({ path: join(artifacts, 'screens', 'dashboard.png') });
    await openMenu(page, '履职积分');
    await expect(page.getByRole('tab', { name: '积分排名' })).toBeVisible();
    await openMenu(page, '文史资料');
    await expect(page.getByRole('tab', { name: '文史检索' })).toBeVisible();
    await openMenu(page, '民主监督');
    await expect(page.getByRole('tab', { name: '建议书台账' })).toBeVisible();
    await openMenu(page, '委员');
    await expect(page.getByText(/共 \d+ 名委员/)).toBeVisible();
    await page.screenshot({ path: join(artifacts, 'screens', 'members.png') });
  });
});
