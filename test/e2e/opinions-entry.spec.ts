import { btn, dialog, expect, openMenu, pick, shot, test } from './fixtures';

// A 信息科 editor's daily round: a member's report comes in, is counted, submitted, adopted and edited.
test('enter a report with a live character count, submit it, adopt it with confirmation, edit it and see the changes side by side', async ({ page, host }) => {
  const term = await host.api<{ id: number }>('term.save', { number: 11, name: '第十一届', startDate: '2022-01-10' });
  const sector = await host.api<{ id: number }>('sector.save', { name: '经济界' });
  await host.api('member.save', { name: '王建国', gender: '男', termId: term.id, sectorId: sector.id, phone: '13900000001' });
  await page.goto(host.url);
  await openMenu(page, '社情民意', '信息报送与审查');

  await page.getByRole('button', { name: '新增信息' }).click();
  const form = dialog(page, '新增社情民意信息');
  await expect(form.getByLabel('标题')).toBeFocused();
  await form.getByLabel('标题').fill('关于规范城区停车收费计价方式的建议');
  await pick(form, page, '报送委员', '王建国（经济界）');
  const text = '城区部分路段停车按小时计费，不足一小时按一小时收费，群众反映不合理。\n建议改为按十五分钟计费，并设置首半小时免费。';
  await form.getByLabel('信息正文').fill(text);
  await expect(form.getByTestId('char-count')).toHaveText(`已输入 ${text.replace(/\s/g, '').length} 字（建议不超过1500字）`);
  await form.getByLabel('信息正文').fill('长'.repeat(1501));
  await expect(form.getByTestId('char-count')).toContainText('已输入 1501 字，超过建议的1500字');
  await shot(page, 'opinion-form-over');
  await form.getByLabel('信息正文').fill(text);
  await form.getByRole('button', { name: '保存并报送' }).click();
  await expect(form).toBeHidden();

  // The detail page: 收稿编号 given, the steps of 审查 offered.
  await expect(page.getByText(/^\d{4}-001$/)).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: '已报送' }).first()).toBeVisible();

  // 不采用 needs a reason before it can be confirmed.
  await page.getByRole('button', { name: btn('不采用') }).click();
  const reject = dialog(page, '不采用');
  await expect(reject.getByRole('button', { name: '确认不采用' })).toBeDisabled();
  await reject.getByRole('button', { name: btn('取消') }).click();

  await page.getByRole('button', { name: btn('采用') }).click();
  const adopt = dialog(page, '采用');
  await expect(adopt.getByText('此步骤确认后不能撤销')).toBeVisible();
  await adopt.getByRole('button', { name: '确认采用' }).click();
  await expect(adopt).toBeHidden();
  await expect(page.locator('.ant-descriptions').getByText('县级')).toBeVisible();

  await page.getByRole('button', { name: btn('编辑') }).click();
  const edit = dialog(page, '编辑');
  await edit.getByLabel('编辑后标题').fill('关于改进城区停车计费方式的建议');
  await edit.getByLabel('编辑人').fill('李编辑');
  await edit.getByLabel('编辑稿').fill('城区停车按小时计费不尽合理。\n建议改为按十五分钟计费，并设置首半小时免费。');
  await edit.getByText('查看修改对照').click();
  await expect(edit.getByLabel('原稿与编辑稿对照')).toBeVisible();
  await shot(page, 'opinion-edit');
  await edit.getByRole('button', { name: '保存编辑稿' }).click();
  await expect(edit).toBeHidden();

  await expect(page.getByRole('heading', { name: '关于改进城区停车计费方式的建议' })).toBeVisible();
  const diff = page.getByLabel('原稿与编辑稿对照');
  await expect(diff.locator('del').first()).toBeVisible();
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(diff.getByText(/删去 \d+ 字/)).toBeVisible();
  await shot(page, 'opinion-diff');

  // The original stayed as the member wrote it.
  const saved = await host.api<{ rows: { content: string; editedText: string; status: string }[] }>('opinion.list', {});
  expect(saved.rows[0]).toMatchObject({ content: text, status: '已编辑' });
});
