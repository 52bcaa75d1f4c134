import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { formatChineseDate } from '../../shared/domain/chineseDate';
import { replyDueDate } from '../../shared/domain/proposal/deadlines';
import { btn, dialog, expect, openMenu, pick, shot, test } from './fixtures';

/** The county a clerk works in: a 届 with its 会次, two 界别, a party, three units, three members. */
async function seed(host: { api<T = unknown>(method: string, input?: unknown): Promise<T> }) {
  const term = await host.api<{ id: number }>('term.save', { number: 11, name: '第十一届', startDate: '2023-01-10' });
  await host.api('meeting.save', { termId: term.id, number: 4, name: '第四次会议', startDate: '2026-02-26' });
  const edu = await host.api<{ id: number }>('sector.save', { name: '教育界' });
  const agri = await host.api<{ id: number }>('sector.save', { name: '农业界' });
  const party = await host.api<{ id: number }>('party.save', { name: '民盟', kind: '党派' });
  for (const name of ['县教育局', '县水利局', '县住房和城乡建设局']) await host.api('unit.save', { name, kind: '政府部门', contact: '王科长', phone: '0579-87654321' });
  const members: [string, number, string][] = [
    ['张明华', edu.id, '13905790001'],
    ['李芳', edu.id, '13905790002'],
    ['王建国', agri.id, '13905790003'],
  ];
  for (const [name, sectorId, phone] of members) await host.api('member.save', { termId: term.id, name, gender: '男', sectorId, partyId: party.id, phone });
}

/** Clicks a step button on the detail page and confirms its dialog. */
async function step(page: Page, action: string, fill?: (d: Locator) => Promise<void>) {
  await page.getByLabel('可执行的操作').getByRole('button', { name: btn(action) }).click();
  const d = dialog(page, `${action}：`);
  await expect(d).toBeVisible();
  if (fill) await fill(d);
  await d.getByRole('button', { name: btn(`确认${action}`) }).click();
  await expect(d).toBeHidden();
}

async function answer(page: Page, content: string) {
  await page.getByLabel('可执行的操作').getByRole('button', { name: btn('答复') }).click();
  const d = dialog(page, '登记答复');
  await d.getByText('A类（已解决或采纳）').click();
  await d.getByLabel('答复内容').fill(content);
  await d.getByLabel('签发人').fill('周局长');
  await d.getByRole('button', { name: btn('保存答复') }).click();
  await expect(d).toBeHidden();
}

const status = (page: Page, s: string) => expect(page.locator('.ant-tag', { hasText: new RegExp(`^${s}$`) }).first()).toBeVisible();

test('a clerk logs a 联名 proposal, 立案, 交办 to two units, answer, 不满意 → redo → 满意 → 办结, 交办通知, statistics', async ({ page, host }) => {
  test.setTimeout(180_000);
  await seed(host);
  await page.goto(host.url);
  await openMenu(page, '提案', '提案办理');
  await expect(page.getByText('没有符合条件的提案')).toBeVisible();

  // 登记: a 联名 proposal with a 领衔 and two 附议 members.
  await page.getByRole('button', { name: '登记提案' }).click();
  const form = dialog(page, '登记提案');
  await expect(form.getByLabel('案由')).toBeFocused();
  await form.getByText('委员联名', { exact: true }).click();
  await pick(form, page, '领衔委员', '张明华（教育界）');
  await pick(form, page, '附议委员', '李芳（教育界）');
  await pick(form, page, '附议委员', '王建国（农业界）');
  await page.keyboard.press('Escape');
  await form.getByLabel('案由').fill('关于完善城区停车设施规划建设的建议');
  await pick(form, page, '提案类别', '经济建设');
  await form.getByLabel('背景').fill('近年来城区机动车保有量快速增长。');
  await form.getByLabel('存在问题').fill('一是停车泊位缺口大；二是规划滞后。');
  await form.getByLabel('具体建议').fill('一是编制停车专项规划；二是建设立体停车库。');
  await form.getByLabel('建议承办单位').fill('县住房和城乡建设局、县水利局');
  await shot(page, 'proposal-form');
  await form.getByRole('button', { name: btn('保存') }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: '关于完善城区停车设施规划建设的建议' })).toBeVisible();
  await status(page, '暂存');

  // 提交 waits for both 附议 confirmations.
  await expect(page.getByLabel('可执行的操作').getByRole('button', { name: btn('提交') })).toBeDisabled();
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: '附议确认' }).click();
    const d = dialog(page, '登记附议确认');
    await d.getByRole('button', { name: btn('保存') }).click();
    await expect(d).toBeHidden();
  }
  await expect(page.getByText('李芳（已确认）')).toBeVisible();
  await expect(page.getByText('王建国（已确认）')).toBeVisible();
  await step(page, '提交');
  await status(page, '待预审');
  await step(page, '预审通过');
  await step(page, '立案');
  await status(page, '立案');
  await expect(page.getByRole('heading', { name: /^第001号/ })).toBeVisible();

  // 交办 to two units (会办), the due date computed and shown.
  await page.getByLabel('可执行的操作').getByRole('button', { name: btn('交办') }).click();
  const assign = dialog(page, '交办：');
  await assign.getByText('会办', { exact: true }).click();
  await pick(assign, page, '主办单位', '县住房和城乡建设局');
  await expect(assign.getByRole('combobox', { name: /协办单位/ })).toBeVisible();
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const due = replyDueDate(iso, []);
  await expect(assign.getByText(`${formatChineseDate(due)}（遇节假日顺延）`)).toBeVisible();
  await shot(page, 'proposal-assign');
  await assign.getByRole('button', { name: btn('确认交办') }).click();
  await expect(assign).toBeHidden();
  await status(page, '已交办');
  const units = page.getByLabel('承办单位签收情况');
  await expect(units.getByRole('row', { name: /县住房和城乡建设局\s*王科长.*主办/ })).toBeVisible();
  await expect(units.getByRole('row', { name: /县水利局\s*王科长.*协办/ })).toBeVisible();

  // 签收 per unit: the 协办 signs first (with its 签收人); the proposal waits for the 主办.
  await units.getByRole('button', { name: '县水利局签收' }).click();
  const sign = dialog(page, '签收：');
  await sign.getByLabel('签收人').fill('李科长');
  await sign.getByRole('button', { name: btn('确认签收') }).click();
  await expect(sign).toBeHidden();
  await expect(units.getByRole('row', { name: /县水利局/ })).toContainText('李科长');
  await expect(page.getByText('待签收：县住房和城乡建设局')).toBeVisible();
  await status(page, '已交办');
  await shot(page, 'proposal-units-signing');
  await units.getByRole('button', { name: '县住房和城乡建设局签收' }).click();
  await dialog(page, '签收：').getByRole('button', { name: btn('确认签收') }).click();
  await status(page, '已签收');
  await expect(units.getByRole('button', { name: /签收$/ })).toHaveCount(0);

  // answer, 审核, 征询 不满意 → second round.
  await answer(page, '经研究，已将停车专项规划列入年度计划。');
  await status(page, '已答复');
  await step(page, '答复审核通过');
  await status(page, '待征询');
  await step(page, '征询意见', async (d) => {
    await d.getByText('不满意', { exact: true }).click();
    await d.getByLabel('提案者意见').fill('立体停车库未明确建设时间');
  });
  await status(page, '不满意重办');
  await expect(page.getByText('第2轮办理')).toBeVisible();
  await answer(page, '经再次研究，立体停车库将于明年开工建设。');
  await step(page, '答复审核通过');
  await step(page, '征询意见', async (d) => {
    await d.getByText('满意', { exact: true }).click();
  });
  await status(page, '待办结');
  await step(page, '办结');
  await status(page, '已办结');
  const timeline = page.getByLabel('办理过程');
  for (const e of ['登记', '提交', '立案', '交办', '签收', '征询意见（不满意）', '征询意见（满意）', '办结']) await expect(timeline.locator('strong', { hasText: new RegExp(`^${e.replace(/[()（）]/g, '\\$&')}$`) }).first()).toBeVisible();
  await shot(page, 'proposal-detail-done');

  // The 交办通知 of this proposal as Word.
  await page.getByRole('button', { name: '生成文书' }).click();
  await page.getByRole('menuitem', { name: '交办通知' }).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview.locator('section.docx').first()).toBeVisible({ timeout: 60_000 });
  await expect(preview).toContainText('关于完善城区停车设施规划建设的建议');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/交办通知.*\.docx$/);
  const xml = await (await JSZip.loadAsync(readFileSync(await file.path()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('县住房和城乡建设局');
  expect(xml).toContain('县水利局');
  await page.keyboard.press('Escape');

  // The statistics page counts it: 1 received, 1 立案, answered, A class, 满意.
  await openMenu(page, '提案统计');
  await expect(page.getByTestId('report-paragraph')).toContainText('共收到提案1件，其中集体提案0件、委员个人（联名）提案1件。');
  const card = (title: string) => page.locator('.ant-card').filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) });
  await expect(card('收到提案')).toContainText('1件');
  await expect(card('立案')).toContainText('立案率 100.00%');
  await expect(card('办复率')).toContainText('100.00%已答复1件');
  await expect(card('按期办复率')).toContainText('100.00%按期1件');
  await expect(card('满意率')).toContainText('100.00%满意 100.00%（收回1份）');
  await expect(card('承办单位')).toContainText('2个其中主办1个');
  await expect(page.getByTestId('report-paragraph')).toContainText('A类1件，占100%');

  // 优秀承办单位: the 主办 answered on time and the proposer is satisfied, so it is suggested; the clerk names it.
  const unitRow = page.getByLabel('承办单位办理情况').getByRole('row', { name: /县住房和城乡建设局/ });
  await expect(unitRow.getByText('建议评优')).toBeVisible();
  await unitRow.getByRole('button', { name: '评为优秀' }).click();
  const mark = dialog(page, '评为优秀承办单位');
  await mark.getByRole('button', { name: btn('确认评定') }).click();
  await expect(mark).toBeHidden();
  await expect(unitRow.getByText('优秀承办单位')).toBeVisible();
  await expect(page.getByLabel('优秀承办单位名单').getByRole('row', { name: /县住房和城乡建设局/ })).toContainText('提案办理工作优秀承办单位');
  await shot(page, 'proposal-statistics');
});
