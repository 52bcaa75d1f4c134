import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shareCents } from '../../shared/domain/points/share';
import { btn, dialog, expect, openMenu, pick, shot, test, typeDate } from './fixtures';

test.use({ demo: true });
// The demo county takes ~16 s to generate before the page opens.
test.setTimeout(120_000);

type Row = { memberId: number; name: string; total: number; rank: number; tied: boolean };
const year = new Date().getFullYear();
const period = { from: `${year}-01-01`, to: `${year}-12-31` };

async function signinSheet(file: string, rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签到表');
  ws.addRow(['序号', '姓名', '手机号', '出席情况', '发言', '备注']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(file);
}

test('an officer adds a rule, imports a sign-in sheet, and sees a member’s points and rank change with the records behind them', async ({ page, host }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zx-points-'));
  // A member low in this year's ranking, and a colleague who will be on leave.
  const before = await host.api<{ rows: Row[] }>('points.ranking.members', period);
  const member = before.rows[Math.floor(before.rows.length * 0.8)];
  const colleague = before.rows[1];
  expect(member.rank).toBeGreaterThan(20);

  await page.goto(host.url);
  await openMenu(page, '履职积分');
  await page.getByLabel('搜索委员').fill(member.name);
  await page.getByLabel('搜索委员').press('Enter');
  const row = page.getByRole('row', { name: new RegExp(member.name) });
  await expect(row).toContainText(`${member.tied ? '并列' : ''}第${member.rank}名`);

  // 1. A new rule: 参加其他活动, 4 points, from 1 January.
  await page.getByRole('tab', { name: '积分规则' }).click();
  await page.getByRole('button', { name: '新增规则' }).click();
  const form = dialog(page, '新增积分规则');
  await pick(form, page, '计分事项', '参加活动');
  await pick(form, page, '活动类型', '其他活动');
  await form.getByLabel('规则名称').fill('参加其他委员活动');
  await form.getByLabel('每项分值（扣分填负数）').fill('4');
  await expect(form.getByLabel('生效日期', { exact: true })).toHaveValue(`${year}-01-01`);
  await form.getByRole('button', { name: btn('保存') }).click();
  await expect(form).toBeHidden();
  const ruleRow = page.getByRole('row', { name: /参加其他委员活动/ });
  await expect(ruleRow).toContainText('参加活动（其他活动）每次4分');
  await expect(ruleRow).toContainText('生效中');

  // 2. A 活动 with nobody on the list yet, then its sign-in sheet.
  await page.getByRole('tab', { name: '会议活动考勤' }).click();
  await page.getByRole('button', { name: '新增会议或活动' }).click();
  const eventForm = dialog(page, '新增会议或活动');
  await pick(eventForm, page, '类别', '活动');
  await pick(eventForm, page, '类型', '其他活动');
  await eventForm.getByLabel('名称').fill('委员读书分享会');
  await typeDate(eventForm, '日期', `${year}-01-20`);
  await eventForm.getByRole('button', { name: btn('保存') }).click();
  const attendance = dialog(page, '考勤：');
  await expect(attendance).toContainText('委员读书分享会');
  await expect(attendance).toContainText('还没有应到委员');

  const bad = join(dir, '签到表-有错.xlsx');
  await signinSheet(bad, [
    [member.name, '', '出席', '是', ''],
    ['王不存在', '', '出席', '', ''],
    [colleague.name, '', '迟到', '', ''],
  ]);
  const good = join(dir, '签到表.xlsx');
  await signinSheet(good, [
    [member.name, '', '出席', '是', '作读书分享发言'],
    [colleague.name, '', '请假', '', '外出开会'],
  ]);
  await attendance.getByRole('button', { name: '导入签到表' }).click();
  const importer = dialog(page, '导入签到表');
  await importer.locator('input[type=file]').setInputFiles(bad);
  await expect(importer.getByText('（3行数据）')).toBeVisible();
  await importer.getByRole('button', { name: '开始导入（3行）' }).click();
  await expect(importer.getByText('发现2行有问题，本次未导入任何数据')).toBeVisible();
  await expect(importer.getByRole('row', { name: /^3 / })).toContainText('“王不存在”不是');
  await expect(importer.getByRole('row', { name: /^4 / })).toContainText('出席情况“迟到”应为出席、请假或缺席');
  await shot(page, 'points-signin-errors');
  await importer.locator('input[type=file]').setInputFiles(good);
  await importer.getByRole('button', { name: '开始导入（2行）' }).click();
  await expect(importer.getByText('导入成功：2行考勤已登记。')).toBeVisible();
  await importer.getByRole('button', { name: btn('完成') }).click();
  await expect(attendance).toContainText('应到2人，出席1，请假1，缺席0');
  await expect(attendance.getByRole('checkbox', { name: `${member.name}发言` })).toBeChecked();
  await shot(page, 'points-attendance-imported');
  await attendance.locator('.ant-modal-footer').getByRole('button', { name: btn('关闭') }).click();

  // 3. The member's points (+4 for the 活动, +3 for the 发言) and rank, with the records behind them.
  const after = await host.api<{ rows: Row[] }>('points.ranking.members', period);
  const now = after.rows.find((r) => r.memberId === member.memberId)!;
  expect(now.total).toBe(member.total + 7);
  expect(now.rank).toBeLessThan(member.rank);
  await page.getByRole('tab', { name: '积分排名' }).click();
  await page.getByLabel('搜索委员').fill(member.name);
  await page.getByLabel('搜索委员').press('Enter');
  await expect(row).toContainText(`${now.tied ? '并列' : ''}第${now.rank}名`);
  await expect(row.getByRole('cell', { name: String(now.total), exact: true }).first()).toBeVisible();
  await row.getByRole('button', { name: member.name }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '的履职积分' });
  await expect(drawer).toContainText(`${member.name}的履职积分（${year}年）`);
  await expect(drawer).toContainText(`${now.tied ? '并列' : ''}第${now.rank}名（共${after.rows.length}人）`);
  const line = drawer.getByRole('row', { name: /委员读书分享会（其他活动，出席）/ });
  await expect(line).toContainText('参加其他委员活动');
  await expect(line).toContainText('4');
  await expect(drawer.getByRole('row', { name: /委员读书分享会（其他活动，发言）/ })).toContainText('会议或活动发言');
  await shot(page, 'points-member-after-import');
  // The record opens: the attendance behind the point.
  await line.getByRole('button', { name: /委员读书分享会/ }).click();
  await expect(dialog(page, '考勤：')).toContainText(colleague.name);

  // 4. 联名 reports: 报送社情民意 is shared equally among the authors from 1 January (a new rule version).
  type Report = { id: number; title: string; memberIds: number[]; submittedAt: string | null };
  const reports = await host.api<{ rows: Report[] }>('opinion.list', { authorKind: '委员联名', year, pageSize: 100 });
  const joint = reports.rows.find((r) => r.submittedAt && r.memberIds.length > 1)!;
  const author = after.rows.find((r) => r.memberId === joint.memberIds[1])!;
  await page.goto(`${host.url}#/points?tab=rules`);
  const submitRule = page.getByRole('row', { name: /报送社情民意/ });
  await submitRule.getByRole('button', { name: btn('修改') }).click();
  const edit = dialog(page, '修改积分规则：报送社情民意');
  await pick(edit, page, '联名计分', '均分（按作者人数均分，保留一位小数）');
  await typeDate(edit, '修改自何日起生效', `${year}-01-01`);
  await shot(page, 'points-rule-share-mode');
  await edit.getByRole('button', { name: btn('保存') }).click();
  await page.getByRole('button', { name: btn('确认修改') }).click();
  await expect(edit).toBeHidden();
  await expect(submitRule).toContainText('报送社情民意每篇1分（联名的由作者均分）');
  // The second author's share of the 1 point, computed as the engine must: e.g. 3 authors → 0.3.
  const share = shareCents(100, '均分', null, 1, joint.memberIds.length) / 100;
  await page.goto(`${host.url}#/points?tab=ranking`);
  await page.getByLabel('搜索委员').fill(author.name);
  await page.getByLabel('搜索委员').press('Enter');
  await page.getByRole('row', { name: new RegExp(author.name) }).getByRole('button', { name: author.name }).click();
  const split = page.getByRole('dialog').filter({ hasText: `${author.name}的履职积分` }).getByRole('row', { name: new RegExp(`${joint.title}（报送）`) });
  await expect(split).toContainText(`${joint.memberIds.length}人联名，均分`);
  await expect(split).toContainText(new RegExp(`${share}$`));
  await shot(page, 'points-member-joint-share');
});

test('the closed year’s 年度履职情况通报 and 年度数据 come out as Word without a spreadsheet', async ({ page, host }) => {
  const last = year - 1;
  const ranking = await host.api<{ rows: Row[]; closedYears: number[] }>('points.ranking.members', { from: `${last}-01-01`, to: `${last}-12-31` });
  expect(ranking.closedYears).toEqual([last]);
  const first = ranking.rows[0];
  // The demo office issued it in January with the first number of the office series.
  const [notice] = await host.api<{ docNumber: string; voidedAt: string | null }[]>('points.notice.list', { year: last });
  expect(notice.docNumber).toBe(`永政协办〔${year}〕1号`);

  await page.goto(`${host.url}#/points?tab=ranking&year=${last}`);
  await expect(page.getByText(`${last}年度已结账`)).toBeVisible();
  await page.getByRole('button', { name: `${last}年度履职情况通报` }).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview.locator('section.docx').first()).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText(`关于${last}年度政协委员履职情况的通报`);
  await expect(preview).toContainText(`${first.tied ? '并列' : ''}第1名`);
  await expect(preview).toContainText(first.name);
  await expect(preview).toContainText(notice.docNumber);
  await shot(page, 'points-notice-preview');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存Word' }).click();
  expect((await download).suggestedFilename()).toBe(`${notice.docNumber}-关于${last}年度政协委员履职情况的通报.docx`);
  await page.locator('.ant-modal-footer').getByRole('button', { name: btn('关闭') }).click();
  // 年度结账 lists the 通报 with its number beside the closed year.
  await page.getByRole('tab', { name: '年度结账' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`^${last}年`) })).toContainText(notice.docNumber);
  await shot(page, 'points-years-notice');

  await page.getByRole('tab', { name: '年度数据' }).click();
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${last}年` }).click();
  const received = page.getByRole('button', { name: /^收到提案 \d+件$/ });
  await expect(received).toBeVisible();
  const count = Number(/(\d+)件/.exec((await received.getAttribute('aria-label')) ?? '')![1]);
  await received.click();
  const records = page.getByRole('dialog').filter({ hasText: `${last}年 收到提案` });
  await expect(records).toContainText(`对应记录（${count}条）`);
  await records.getByRole('button', { name: 'Close' }).or(records.getByRole('button', { name: '关闭' })).first().click();
  await page.getByRole('button', { name: '生成Word' }).click();
  await expect(preview.locator('section.docx').first()).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText(`${last}年度政协工作主要数据`);
  await expect(preview).toContainText(`共收到提案${count}件`);
  await page.locator('.ant-modal-footer').getByRole('button', { name: btn('关闭') }).click();

  // Each record opens in its own module: the first proposal behind 收到提案.
  await received.click();
  const firstRecord = records.getByRole('link').first();
  const label = (await firstRecord.textContent())!.replace(/^[\d-]+ /, '');
  await firstRecord.click();
  await expect(page).toHaveURL(/#\/proposals\/list\/\d+$/);
  await expect(page.getByText(label).first()).toBeVisible();
});
