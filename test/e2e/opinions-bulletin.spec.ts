import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { artifacts, btn, dialog, expect, openMenu, shot, test } from './fixtures';
import type { Page } from '@playwright/test';

type Row = { name: string; points: number; rank: number; tied: boolean };

/** The ranking row of a member as the 排名 page shows it: [名次, 姓名, …, 积分]. */
async function rankingRow(page: Page, name: string) {
  const row = page.locator('.ant-table-row', { has: page.getByRole('cell', { name, exact: true }) });
  await expect(row).toBeVisible();
  const cells = await row.locator('td').allInnerTexts();
  return { rank: cells[0].trim(), points: Number(cells[cells.length - 1].trim()) };
}

async function adoptAndEdit(page: Page, title: string, editedTitle: string, editedText: string, keyboard = false) {
  await openMenu(page, '社情民意', '信息报送与审查');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: btn('采用') }).click();
  const adopt = dialog(page, '采用');
  await expect(adopt.getByText('此步骤确认后不能撤销')).toBeVisible();
  await adopt.getByRole('button', { name: '确认采用' }).click();
  await expect(adopt).toBeHidden();
  await page.getByRole('button', { name: btn('编辑') }).click();
  const edit = dialog(page, '编辑');
  await edit.getByLabel('编辑后标题').fill(editedTitle);
  await edit.getByLabel('编辑人').fill('王晓燕');
  await edit.getByLabel('编辑稿').fill(editedText);
  // Ctrl+Enter in the text presses the dialog's 保存编辑稿 (Enter there is a new paragraph).
  if (keyboard) await edit.getByLabel('编辑稿').press('Control+Enter');
  else await edit.getByRole('button', { name: '保存编辑稿' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { name: editedTitle })).toBeVisible();
  await expect(page.locator('.ant-descriptions').getByText('已编辑')).toBeVisible();
}

test('an editor adopts and edits two reports, prints them in one issue, downloads the bulletin, records a 省级 批示 and sees the member move up the ranking', async ({ page, host }) => {
  test.setTimeout(180_000);
  // The office as the editor finds it: three members, two new reports waiting for 审查, and
  // 张芳 already ahead in the ranking with a report adopted earlier.
  const term = await host.api<{ id: number }>('term.save', { number: 11, name: '第十一届', startDate: '2022-01-10' });
  const eco = await host.api<{ id: number }>('sector.save', { name: '经济界' });
  const edu = await host.api<{ id: number }>('sector.save', { name: '教育界' });
  const member = (name: string, sectorId: number, phone: string) => host.api<{ id: number }>('member.save', { name, gender: '男', termId: term.id, sectorId, phone });
  const wang = await member('王建国', eco.id, '13900000001');
  const li = await member('李华', edu.id, '13900000002');
  const zhang = await member('张芳', edu.id, '13900000003');
  const report = async (memberId: number, title: string, content: string) => {
    const r = await host.api<{ id: number; version: number }>('opinion.save', { title, authorKind: '委员个人', memberIds: [memberId], content });
    return host.api<{ id: number; version: number }>('opinion.transition', { id: r.id, version: r.version, action: '报送' });
  };
  await report(wang.id, '关于规范城区停车收费计价方式的建议', '城区部分路段停车按小时计费，不足一小时按一小时收费，群众反映不合理。\n建议改为按十五分钟计费，并设置首半小时免费。');
  await report(li.id, '关于加强校园周边交通安全管理的建议', '上下学高峰时段校园周边道路拥堵，接送车辆乱停乱放。\n建议设置临时停车区，错峰放学。');
  const earlier = await report(zhang.id, '关于完善居家养老服务的建议', '居家养老服务中心利用率不高。\n建议按需配置助餐服务。');
  await host.api('opinion.transition', { id: earlier.id, version: earlier.version, action: '采用' });

  await page.goto(host.url);
  await openMenu(page, '社情民意', '社情民意排名');
  const before = await rankingRow(page, '王建国');
  expect(before).toEqual({ rank: '并列第2名', points: 1 });
  expect(await rankingRow(page, '张芳')).toEqual({ rank: '第1名', points: 3 });
  await shot(page, 'opinion-ranking-before');

  // 审查 and 编辑, twice.
  await adoptAndEdit(page, '关于规范城区停车收费计价方式的建议', '关于改进城区停车计费方式的建议', '城区停车按小时计费不尽合理。\n建议按十五分钟计费，设置首半小时免费。');
  await adoptAndEdit(page, '关于加强校园周边交通安全管理的建议', '关于加强校园周边交通管理的建议', '校园周边上下学高峰拥堵。\n建议设置临时停车区，错峰放学。', true);

  // 组期: both edited reports in one issue of 《社情民意》.
  await openMenu(page, '《社情民意》期刊');
  await page.getByRole('button', { name: '新建一期' }).click();
  const form = dialog(page, '新建一期《社情民意》');
  await expect(form.getByText('下一期：第1期')).toBeVisible();
  const reports = form.getByRole('combobox', { name: '本期信息' });
  for (const title of ['关于改进城区停车计费方式的建议', '关于加强校园周边交通管理的建议']) {
    await reports.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: title }).click();
  }
  await page.keyboard.press('Escape');
  await expect(form.locator('.ant-list-item')).toHaveCount(2);
  await expect(form.getByLabel('主送')).toBeVisible();
  await shot(page, 'opinion-issue-form');
  await form.getByRole('button', { name: btn('保存') }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: /《社情民意》\d{4}年第1期/ })).toBeVisible();
  await expect(page.getByText('本期信息（2篇）')).toBeVisible();

  // 审核 → 签发 → 印发, each confirmed; the reports follow.
  for (const [action, person] of [
    ['审核', '李卫东'],
    ['签发', '陈建国'],
    ['印发', ''],
  ] as const) {
    await page.getByRole('button', { name: btn(action) }).click();
    const step = dialog(page, action);
    await expect(step.getByText('此步骤确认后不能撤销')).toBeVisible();
    if (person) await step.getByLabel(`${action}人`).fill(person);
    await step.getByRole('button', { name: `确认${action}` }).click();
    await expect(step).toBeHidden();
  }
  await expect(page.locator('.ant-descriptions').getByText('已印发').first()).toBeVisible();
  await expect(page.locator('.ant-table-row .ant-tag', { hasText: '已印发' })).toHaveCount(2);
  await shot(page, 'opinion-issue-printed');

  // The bulletin: preview, then download the .docx.
  await page.getByRole('button', { name: '生成Word' }).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview.locator('section.docx').first()).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText('社情民意');
  await expect(preview).toContainText('第1期');
  await expect(preview).toContainText('关于改进城区停车计费方式的建议');
  await shot(page, 'opinion-bulletin-preview');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^《社情民意》\d{4}年第1期\.docx$/);
  const bytes = readFileSync(await file.path());
  writeFileSync(join(artifacts, 'opinion-bulletin.docx'), bytes);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  for (const expected of ['社情民意', '第1期', '关于改进城区停车计费方式的建议', '关于加强校园周边交通管理的建议', '政协委员', '王建国', '报送：', '陈建国']) expect(xml).toContain(expected);
  expect(xml).not.toContain('不足一小时按一小时收费'); // the edited text is printed, not the original
  await page.locator('.ant-modal-footer').getByRole('button', { name: btn('关闭') }).click();

  // A 省级 批示 on 王建国's report.
  await page.getByRole('link', { name: '关于改进城区停车计费方式的建议' }).click();
  await page.getByRole('button', { name: '登记批示' }).click();
  const inst = dialog(page, '登记批示');
  await inst.getByRole('radio', { name: '省级' }).check();
  await inst.getByLabel('批示领导').fill('孙立平');
  await inst.getByLabel('领导职务').fill('副省长');
  await inst.getByLabel('批示内容').fill('请省交通运输厅研究。');
  await inst.getByRole('button', { name: '保存批示' }).click();
  await expect(inst).toBeHidden();
  await expect(page.getByRole('cell', { name: '副省长孙立平' })).toBeVisible();

  // 王建国 now leads: 报送1 + 县级采用2 + 省级批示12 = 15 points.
  // The page may show the cached ranking for a moment while it refetches, so wait for the new one.
  await openMenu(page, '社情民意排名');
  await expect.poll(() => rankingRow(page, '王建国')).toEqual({ rank: '第1名', points: 15 });
  expect((await rankingRow(page, '王建国')).points).toBeGreaterThan(before.points);
  await expect.poll(() => rankingRow(page, '李华')).toEqual({ rank: '并列第2名', points: 3 });
  await shot(page, 'opinion-ranking-after');
  const api = await host.api<Row[]>('opinion.ranking', { by: 'member', from: '2000-01-01', to: '2100-12-31' });
  expect(api[0]).toMatchObject({ name: '王建国', points: 15, rank: 1 });
});
