import { btn, dialog, expect, openMenu, pick, shot, test, typeDate } from './fixtures';

test('承办单位: add with contact and phone, edit, 作废 with a reason, show voided, 恢复', async ({ page, host }) => {
  await page.goto(host.url);
  await openMenu(page, '基础数据', '承办单位');
  await page.getByRole('button', { name: '新增承办单位' }).click();
  const add = dialog(page, '新增承办单位');
  await expect(add.getByLabel('单位名称')).toBeFocused();
  await add.getByLabel('单位名称').fill('县住房和城乡建设局');
  await add.getByLabel('联系人').fill('陈建华');
  await add.getByLabel('联系电话').fill('0579-123');
  await add.getByLabel('联系电话').press('Enter');
  await expect(add.getByText('联系电话格式不正确')).toBeVisible();
  await add.getByLabel('联系电话').fill('0579-87651234');
  await shot(page, 'unit-form');
  await add.getByLabel('联系电话').press('Enter');
  await expect(add).toBeHidden();
  const row = page.getByRole('row', { name: /县住房和城乡建设局/ });
  await expect(row).toContainText('陈建华');
  await expect(row).toContainText('0579-87651234');
  await expect(row).toContainText('政府部门');

  await row.getByRole('button', { name: '修改' }).click();
  const edit = dialog(page, '修改承办单位');
  await expect(edit.getByLabel('联系人')).toHaveValue('陈建华');
  await edit.getByLabel('联系人').fill('王丽');
  await edit.getByLabel('联系电话').fill('13905790001');
  await edit.getByRole('button', { name: btn('保存') }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('王丽');
  await expect(row).toContainText('13905790001');

  await row.getByRole('button', { name: '作废' }).click();
  const voidIt = dialog(page, '作废承办单位');
  await expect(voidIt.getByLabel('作废原因')).toBeFocused();
  await expect(voidIt.getByRole('button', { name: '确认作废' })).toBeDisabled();
  await voidIt.getByLabel('作废原因').fill('机构改革，职能并入县自然资源局');
  await shot(page, 'unit-void');
  await voidIt.getByRole('button', { name: '确认作废' }).click();
  await expect(voidIt).toBeHidden();
  await expect(page.getByText('已作废', { exact: true })).toBeVisible();
  await expect(row).toBeHidden();

  await page.getByRole('switch', { name: '显示已作废' }).click();
  await expect(row).toBeVisible();
  await expect(row).toContainText('已作废');
  await expect(row).toContainText('机构改革，职能并入县自然资源局');
  await shot(page, 'units-voided');
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(row).toContainText('有效');
  await page.getByRole('switch', { name: '显示已作废' }).click();
  await expect(row).toBeVisible();
  const units = await host.api<{ name: string; contact: string; voidedAt: string | null }[]>('unit.list', {});
  expect(units).toEqual([expect.objectContaining({ name: '县住房和城乡建设局', contact: '王丽', voidedAt: null })]);
});

test('节假日 and 字典: a 放假 day and a 调休上班 day; the seeded dictionaries', async ({ page, host }) => {
  await page.goto(host.url);
  await openMenu(page, '基础数据', '节假日');
  // The first by mouse.
  await page.getByRole('button', { name: '新增节假日' }).click();
  let form = dialog(page, '新增节假日');
  await expect(form.getByLabel('日期')).toBeFocused();
  await typeDate(form, '日期', '2027-10-01');
  await pick(form, page, '类型', '放假');
  await form.getByLabel('名称').fill('国庆节');
  await form.getByRole('button', { name: btn('保存') }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: /2027-10-01/ })).toContainText('周五');

  // The second by keyboard only: Enter in the 类型 list picks an option and does not submit the form.
  await page.getByRole('button', { name: '新增节假日' }).click();
  form = dialog(page, '新增节假日');
  await expect(form.getByLabel('日期')).toBeFocused();
  await page.keyboard.type('2027-09-26');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('日期')).toHaveValue('2027-09-26');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: /类型/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '调休上班' }).first()).toBeVisible();
  await expect(form.getByRole('combobox', { name: /类型/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(form).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('名称')).toBeFocused();
  await page.keyboard.type('国庆节调休');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: /2027-09-26/ })).toContainText('调休上班');
  await expect(page.getByRole('row', { name: /2027-09-26/ })).toContainText('周日');
  await shot(page, 'holidays');
  const holidays = await host.api<{ date: string; kind: string }[]>('holiday.list', {});
  expect(holidays.map((h) => `${h.date} ${h.kind}`).sort()).toEqual(['2027-09-26 调休上班', '2027-10-01 放假']);

  await openMenu(page, '字典');
  for (const label of ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明', '其他']) await expect(page.getByRole('cell', { name: label, exact: true })).toBeVisible();
  await shot(page, 'dicts');
  await page.getByRole('tab', { name: '不予立案理由' }).click();
  await expect(page.getByRole('cell', { name: '内容空泛、没有具体建议的' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '与已立案提案内容重复的' })).toBeVisible();
  await page.getByRole('tab', { name: '办理类别' }).click();
  await expect(page.getByRole('row', { name: /A类/ })).toContainText('已经解决或基本解决');
  await shot(page, 'dicts-reply-class');
});
