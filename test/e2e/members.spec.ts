import { btn, clearSelect, dialog, expect, openMenu, pick, shot, test, typeDate } from './fixtures';

// One long clerk workflow: ~20 s on an idle 2-core machine, more when it is busy.
test.describe.configure({ timeout: 120_000 });

// A clerk's first day on an empty database: 届次 and 界别 first, then the members themselves.
test('set up 届次 and 界别, add a member with a checked phone, filter, search, 离任 and 撤销离任', async ({ page, host }) => {
  await page.goto(host.url);

  // 届次 through the 届次/会次 page.
  await openMenu(page, '基础数据', '届次/会次');
  await page.getByRole('button', { name: '新增届次' }).click();
  const term = dialog(page, '新增届次');
  await expect(term.getByLabel('届数')).toBeFocused();
  await term.getByLabel('届数').fill('11');
  await term.getByLabel('届次名称').fill('第十一届');
  await typeDate(term, '开始日期', '2022-01-10');
  await shot(page, 'term-form');
  await term.getByLabel('届次名称').press('Enter');
  await expect(term).toBeHidden();
  await expect(page.getByRole('cell', { name: '第十一届' })).toBeVisible();
  await shot(page, 'terms');

  // 活动组, then a 界别 in it.
  await openMenu(page, '界别/活动组');
  await page.getByRole('tab', { name: '活动组' }).click();
  await page.getByRole('button', { name: '新增活动组' }).click();
  const group = dialog(page, '新增活动组');
  await expect(group.getByLabel('活动组名称')).toBeFocused();
  await group.getByLabel('活动组名称').fill('第一活动组');
  await group.getByLabel('活动组名称').press('Enter');
  await expect(group).toBeHidden();
  await expect(page.getByRole('cell', { name: '第一活动组' })).toBeVisible();

  await page.getByRole('tab', { name: '界别', exact: true }).click();
  for (const name of ['教育界', '经济界']) {
    await page.getByRole('button', { name: '新增界别' }).click();
    const sector = dialog(page, '新增界别');
    await expect(sector.getByLabel('界别名称')).toBeFocused();
    await sector.getByLabel('界别名称').fill(name);
    await pick(sector, page, '活动组', '第一活动组');
    if (name === '教育界') await shot(page, 'sector-form');
    await sector.getByRole('button', { name: btn('保存') }).click();
    await expect(sector).toBeHidden();
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }
  await shot(page, 'sectors');

  // 新增委员: a bad phone is refused under the field and nothing is saved.
  await openMenu(page, '委员');
  await expect(page.getByText('还没有委员')).toBeVisible();
  await page.getByRole('button', { name: '新增委员' }).click();
  const form = dialog(page, '新增委员');
  await expect(form.getByLabel('姓名')).toBeFocused();
  await form.getByLabel('姓名').fill('王建国');
  await pick(form, page, '性别', '男');
  await pick(form, page, '界别', '教育界');
  await form.getByLabel('手机号').fill('12345');
  await form.getByLabel('工作单位及职务').fill('县第一中学校长');
  await form.getByLabel('工作单位及职务').press('Enter');
  await expect(form.getByText('手机号应为以1开头的11位数字')).toBeVisible();
  await shot(page, 'member-form-bad-phone');
  expect((await host.api<{ total: number }>('member.list', {})).total).toBe(0);

  await form.getByLabel('手机号').fill('13905791234');
  await expect(form.getByText('手机号应为以1开头的11位数字')).toBeHidden();
  await form.getByLabel('手机号').press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByText('委员信息已保存')).toBeVisible();
  await expect(page.getByRole('row', { name: /王建国/ })).toContainText('教育界');
  await expect(page.getByRole('row', { name: /王建国/ })).toContainText('在任');

  // A second member in another 界别 to make the filter and search mean something.
  await page.getByRole('button', { name: '新增委员' }).click();
  const second = dialog(page, '新增委员');
  await second.getByLabel('姓名').fill('李晓红');
  await pick(second, page, '性别', '女');
  await pick(second, page, '界别', '经济界');
  await second.getByLabel('手机号').fill('13905795678');
  await second.getByLabel('手机号').press('Enter');
  await expect(second).toBeHidden();
  await expect(page.getByText('共 2 名委员')).toBeVisible();
  await shot(page, 'members-list');

  await pick(page, page, '界别', '经济界');
  await expect(page.getByText('共 1 名委员')).toBeVisible();
  await expect(page.getByRole('row', { name: /李晓红/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /王建国/ })).toBeHidden();
  await clearSelect(page, page, '界别');
  await expect(page.getByText('共 2 名委员')).toBeVisible();

  await page.getByLabel('搜索委员').fill('王建国');
  await page.getByLabel('搜索委员').press('Enter');
  await expect(page.getByText('共 1 名委员')).toBeVisible();
  await expect(page.getByRole('row', { name: /王建国/ })).toBeVisible();

  // 离任 with a reason; the status shows when listing all statuses.
  await page.getByRole('row', { name: /王建国/ }).getByRole('button', { name: '离任' }).click();
  const leave = dialog(page, '委员离任');
  await expect(leave.getByLabel('离任原因')).toBeFocused();
  await expect(leave.getByLabel('离任日期')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await leave.getByLabel('离任原因').fill('工作调动');
  await shot(page, 'member-leave');
  await leave.getByRole('button', { name: '确认离任' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByText('王建国已办理离任')).toBeVisible();
  await expect(page.getByText('没有符合条件的委员')).toBeVisible();

  await pick(page, page, '状态', '离任');
  const row = page.getByRole('row', { name: /王建国/ });
  await expect(row.getByText('离任', { exact: true })).toBeVisible();
  await expect(row).toContainText('工作调动');
  await shot(page, 'members-left');
  const left = await host.api<{ rows: { name: string; status: string; leftReason: string }[] }>('member.list', { status: '离任' });
  expect(left.rows).toEqual([expect.objectContaining({ name: '王建国', status: '离任', leftReason: '工作调动' })]);

  await row.getByRole('button', { name: '撤销离任' }).click();
  await expect(page.getByText('已撤销离任')).toBeVisible();
  await expect(page.getByText('没有符合条件的委员')).toBeVisible();
  const back = await host.api<{ rows: { status: string }[] }>('member.list', { search: '王建国' });
  expect(back.rows.map((r) => r.status)).toEqual(['在任']);
});
