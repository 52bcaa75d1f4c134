import { btn, dialog, expect, openMenu, pick, shot, test } from './fixtures';
import type { Page } from '@playwright/test';

// One long clerk workflow: ~20 s on an idle 2-core machine, more when it is busy.
test.describe.configure({ timeout: 120_000 });

test.use({ demo: true });

interface Backup {
  name: string;
  kind: string;
}

async function restoreFrom(page: Page, name: string) {
  await page.getByRole('row', { name: new RegExp(name.replace(/[.]/g, '\\.')) }).getByRole('button', { name: '恢复' }).click();
  const confirm = dialog(page, '确认从备份恢复');
  await expect(confirm).toContainText(name);
  return confirm;
}

test('backup now, change data, restore with confirmation, undo the restore; 设置 saves; the log names the operator', async ({ page, host }) => {
  await page.goto(host.url);

  // Whoever sits at the desk says who they are; the log records it.
  const operator = page.getByRole('textbox', { name: '操作人' });
  await operator.fill('李秘书');
  await operator.press('Enter');
  await expect(operator).toHaveValue('李秘书');

  await openMenu(page, '系统', '备份/恢复');
  // Opening an existing database backs it up first.
  await expect(page.getByRole('row', { name: /-自动\.sqlite/ })).toHaveCount(1);
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/已备份：/)).toBeVisible();
  const manual = (await host.api<Backup[]>('backup.list')).filter((b) => b.kind === '手动');
  expect(manual).toHaveLength(1);
  const saved = manual[0].name;
  const savedRow = page.getByRole('row', { name: new RegExp(saved.replace(/[.]/g, '\\.')) });
  await expect(savedRow).toContainText('手动');
  await shot(page, 'backup');

  // A member added after the backup.
  await openMenu(page, '基础数据', '委员');
  await page.getByRole('button', { name: '新增委员' }).click();
  const form = dialog(page, '新增委员');
  await form.getByLabel('姓名').fill('备份后新增');
  await pick(form, page, '界别', '教育界');
  await form.getByLabel('手机号').fill('18899990000');
  await form.getByLabel('手机号').press('Enter');
  await expect(page.getByText('委员信息已保存')).toBeVisible();
  const find = async () => (await host.api<{ total: number }>('member.list', { search: '备份后新增' })).total;
  expect(await find()).toBe(1);

  // Restore the earlier backup: asked first, then the member is gone and a 恢复前 copy exists.
  await openMenu(page, '系统', '备份/恢复');
  let confirm = await restoreFrom(page, saved);
  await expect(confirm).toContainText('恢复前');
  await shot(page, 'backup-restore-confirm');
  await confirm.getByRole('button', { name: btn('取消') }).click();
  await expect(confirm).toBeHidden();
  expect(await find()).toBe(1);

  confirm = await restoreFrom(page, saved);
  await confirm.getByRole('button', { name: '确认恢复' }).click();
  const done = dialog(page, '恢复完成');
  await expect(done).toContainText(`已从“${saved}”恢复数据`);
  await shot(page, 'backup-restored');
  await done.getByRole('button', { name: /知道了/ }).click();
  expect(await find()).toBe(0);
  const safety = (await host.api<Backup[]>('backup.list')).filter((b) => b.kind === '恢复前');
  expect(safety).toHaveLength(1);
  await expect(page.getByRole('row', { name: new RegExp(safety[0].name.replace(/[.]/g, '\\.')) })).toContainText('恢复前');

  // The list and the members page show the restored data without a reload.
  await openMenu(page, '基础数据', '委员');
  await page.getByLabel('搜索委员').fill('备份后新增');
  await page.getByLabel('搜索委员').press('Enter');
  await expect(page.getByText('没有符合条件的委员')).toBeVisible();

  // Undo: restore the 恢复前 copy and the member is back.
  await openMenu(page, '系统', '备份/恢复');
  confirm = await restoreFrom(page, safety[0].name);
  await confirm.getByRole('button', { name: '确认恢复' }).click();
  await dialog(page, '恢复完成').getByRole('button', { name: /知道了/ }).click();
  expect(await find()).toBe(1);

  // 设置: 抄送 one unit a line (Enter in the list starts a new line), Enter in a field saves; logged too.
  await openMenu(page, '设置');
  const cc = page.getByLabel('文史资料 默认抄送');
  await cc.click();
  await page.keyboard.type('县委宣传部');
  await page.keyboard.press('Enter');
  await page.keyboard.type('县档案馆');
  await expect(cc).toHaveValue('县委宣传部\n县档案馆');
  const shortName = page.getByLabel('单位简称（落款）');
  await shortName.fill('政协永安县委员会办公室');
  await shortName.press('Enter');
  await expect(page.getByText('单位信息已保存')).toBeVisible();
  const office = await host.api<{ shortName: string; series: { history: { cc: string[] } } }>('settings.getOffice');
  expect(office.shortName).toBe('政协永安县委员会办公室');
  expect(office.series.history.cc).toEqual(['县委宣传部', '县档案馆']);
  await shot(page, 'settings');

  // 操作日志: who, when, what.
  await openMenu(page, '操作日志');
  await expect(page.getByRole('row', { name: /修改单位信息设置/ }).first()).toContainText('李秘书');
  const added = page.getByRole('row', { name: /新增委员.*备份后新增|备份后新增.*新增委员/ }).first();
  await expect(added).toContainText('李秘书');
  await expect(added).toContainText(new RegExp(new Date().getFullYear().toString()));
  await expect(page.getByRole('row', { name: /从备份恢复/ }).first()).toContainText('李秘书');
  await expect(page.getByRole('row', { name: /立即备份/ }).first()).toContainText('李秘书');
  await shot(page, 'audit');
  // The detail reads like the form: Chinese field names, names instead of ids.
  await added.getByRole('button', { name: /展开/ }).click();
  const detail = page.locator('.ant-table-expanded-row');
  await expect(detail.getByRole('row', { name: '姓名 备份后新增' })).toBeVisible();
  await expect(detail.getByRole('row', { name: '界别 教育界' })).toBeVisible();
  await expect(detail.getByRole('row', { name: '是否常委 否' })).toBeVisible();
  await expect(detail).not.toContainText('sectorId');
  await shot(page, 'audit-detail');
});
