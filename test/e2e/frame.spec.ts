import { artifacts, btn, dialog, expect, openMenu, pick, test } from './fixtures';
import { join } from 'node:path';

test.describe('app frame on the demo county', () => {
  test.use({ demo: true });

  test('side menu reaches every section', async ({ page, host }) => {
    test.setTimeout(120_000);
    await page.goto(host.url);
    await expect(page.getByText('政协办公').first()).toBeVisible();
    await expect(page.getByText('在任委员')).toBeVisible();
    await page.screenshot({ path: join(artifacts, 'screens', 'dashboard.png') });
    // 工作台: each 待办 tile counts what its module list shows, and opens the records behind it.
    const overdue = await host.api<{ total: number; rows: { title: string }[] }>('proposal.list', { overdue: true, sortBy: 'dueDate', pageSize: 8 });
    expect(overdue.total).toBeGreaterThan(0);
    const tile = page.getByRole('button', { name: `逾期未答复 ${overdue.total}件` });
    await tile.click();
    await expect(tile).toHaveAttribute('aria-pressed', 'true');
    const list = page.getByRole('region', { name: '逾期未答复清单' });
    await expect(list.getByRole('link')).toHaveCount(Math.min(8, overdue.total));
    await expect(list.getByRole('link').first()).toHaveText(overdue.rows[0].title);
    const pending = await host.api<{ total: number }>('opinion.list', { statuses: ['已报送'], pageSize: 1 });
    await expect(page.getByRole('button', { name: `待审查 ${pending.total}篇` })).toBeVisible();
    await page.screenshot({ path: join(artifacts, 'screens', 'dashboard-overdue.png'), fullPage: true });
    await list.getByRole('link').first().click();
    await expect(page).toHaveURL(/#\/proposals\/list\/\d+$/);
    await expect(page.getByRole('heading', { name: overdue.rows[0].title })).toBeVisible();
    await page.goBack();

    // 全局搜索 (Ctrl+K): words of a title find the record from any page, grouped by module.
    await openMenu(page, '委员');
    await page.keyboard.press('Control+k');
    const search = page.getByRole('combobox', { name: '全局搜索' });
    await expect(search).toBeFocused();
    await search.fill('停车');
    const found = await host.api<{ total: number; rows: { title: string }[] }>('proposal.list', { search: '停车', sortBy: 'updatedAt', sortOrder: 'desc', pageSize: 5 });
    expect(found.total).toBeGreaterThan(0);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: found.rows[0].title }).first();
    await expect(option).toBeVisible();
    await expect(page.locator('.ant-select-dropdown:visible')).toContainText('在文史检索中全文搜索“停车”');
    await page.screenshot({ path: join(artifacts, 'screens', 'global-search.png') });
    await option.click();
    await expect(page.getByRole('heading', { name: found.rows[0].title })).toBeVisible();

    // 发文登记: the numbers every module gave this year, one list, no 断号 on the demo county.
    const register = await host.api<{ rows: { docNumber: string; title: string }[] }>('docRegister.list', { year: new Date().getFullYear() });
    expect(register.rows.length).toBeGreaterThan(1);
    await openMenu(page, '发文登记');
    for (const r of register.rows) await expect(page.getByRole('row', { name: new RegExp(r.docNumber.replace(/[〔〕]/g, '.')) })).toContainText(r.title);
    await expect(page.getByText(/^断号|^重号/)).toHaveCount(0);
    await page.screenshot({ path: join(artifacts, 'screens', 'register.png') });

    // 登记发文 by hand takes the next number of the series; a number in use is refused by name.
    const today = new Date().toISOString().slice(0, 10);
    const next = await host.api<{ docNumber: string; serial: number }>('docRegister.next', { series: 'office', date: today });
    await page.getByRole('button', { name: '登记发文' }).click();
    const entry = dialog(page, '登记发文');
    await entry.getByLabel('文件标题').fill('关于召开县政协常委会议的通知');
    await pick(entry, page, '发文序列', '办公室综合');
    await expect(entry.getByText(`下一个可用文号：${next.docNumber}`)).toBeVisible();
    await entry.getByLabel('发文序号（不填则取下一个文号）').fill(String(next.serial - 1));
    await entry.getByRole('button', { name: btn('登记') }).click();
    await expect(page.getByText(/已被《.*》（履职情况通报）使用。下一个可用文号是/)).toBeVisible();
    await entry.getByLabel('发文序号（不填则取下一个文号）').clear();
    // (antd leaves its loading icon in the button's name after a refused submit: Enter submits as well)
    await entry.getByLabel('文件标题').press('Enter');
    await expect(entry).toBeHidden();
    await expect(page.getByRole('row', { name: /关于召开县政协常委会议的通知/ })).toContainText(next.docNumber);
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

test('a section whose file fails to load says so in Chinese, and the rest of the app keeps working', async ({ page, host }) => {
  // Sections are loaded on first visit (routes.tsx); a missing file must not blank the window.
  await page.route(/\/assets\/MembersPage-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(host.url);
  await openMenu(page, '委员');
  await expect(page.getByText('页面加载失败')).toBeVisible();
  await expect(page.getByRole('button', { name: '重新加载' })).toBeVisible();
  await openMenu(page, '承办单位');
  await expect(page.getByText('页面加载失败')).toBeHidden();
  await expect(page.getByRole('button', { name: '新增承办单位' })).toBeVisible();
});
