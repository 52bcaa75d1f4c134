import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { dialog, expect, openMenu, pick, shot, test, typeDate, type HostHandle } from './fixtures';

test.use({ demo: true });

/** ISO date `days` from today (negative = past): the flow runs in the past so item 3 is overdue today. */
function day(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function memberLabels(host: HostHandle, n: number) {
  const list = await host.api<{ rows: { name: string; sectorName: string }[] }>('member.list', { page: 1, pageSize: n, status: '在任', sortBy: 'name' });
  return list.rows.map((m) => `${m.name}（${m.sectorName}）`);
}

/** antd puts a space between the two characters of a two-character button (签 发). */
const button = (scope: Page | Locator, text: string) => scope.getByRole('button', { name: new RegExp(`^${[...text].join('\\s?')}$`) });

/**
 * pick() with a check that the Select took the value: a dropdown still closing from the previous
 * field can swallow the click, so try again (the clerk would just click again too).
 */
async function choose(scope: Locator, page: Page, label: string, option: string) {
  const select = scope.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: new RegExp(`^(\\* )?${label}$`) }) });
  for (let attempt = 1; ; attempt++) {
    await pick(scope, page, label, option);
    try {
      await expect(select).toContainText(option, { timeout: 2_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

async function ledgerRow(page: Page, title: string) {
  return page.getByRole('row').filter({ hasText: title });
}

const items = [
  {
    title: '改造前征求居民意见不充分',
    problem:
      '部分小区改造前征求居民意见不够充分，改造内容与群众需求存在偏差，个别楼栋居民对外墙保温、管网改造的施工安排意见较大，反映“改什么、怎么改”事先不知情，施工中多次出现返工，既浪费资金又影响居民正常生活。',
    suggestion: '坚持“改不改、改什么、怎么改”由居民议定，改造方案公示时间不少于七日，对居民意见集中的事项逐项回应并公开回应情况。',
  },
  {
    title: '施工组织和现场管理不规范',
    problem: '部分工地围挡不规范，材料堆放占用消防通道，夜间施工扰民问题时有发生。',
    suggestion: '压实建设单位和施工单位责任，落实文明施工措施，设立现场公示牌和投诉电话，对扰民问题做到接诉即办。',
  },
  {
    title: '长效管理机制尚未建立',
    problem: '改造完成后部分小区缺乏物业服务，公共设施维护资金来源不稳定，存在“重建设、轻管理”的倾向。',
    suggestion: '引导成立业主委员会或物业管理小组，探索“物业服务+社区治理”模式，建立公共维修资金归集使用制度。',
  },
];

test('staff run a 民主监督 from topic to 回头看 and the ledger follows', async ({ page, host }) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();
  const [leader, member1, member2] = await memberLabels(host, 3);
  const topicTitle = '城区老旧小区改造工作（演示）';
  const letterTitle = `关于${topicTitle}的民主监督建议书`;
  await page.goto(host.url);
  await openMenu(page, '民主监督');
  await expect(page.getByRole('tab', { name: '建议书台账' })).toBeVisible();

  // 监督议题
  await page.getByRole('tab', { name: '监督议题' }).click();
  await page.getByRole('button', { name: '新增监督议题' }).click();
  const topicForm = dialog(page, '新增监督议题');
  await expect(topicForm.getByLabel('监督议题')).toBeFocused();
  await topicForm.getByLabel('监督议题').fill(topicTitle);
  await choose(topicForm, page, '来源', '年度协商计划');
  await choose(topicForm, page, '被监督单位', '县住房和城乡建设局');
  await topicForm.getByLabel('议题说明').fill('围绕老旧小区改造中群众反映集中的问题开展派驻监督。');
  await shot(page, 'supervision-topic-form');
  await button(topicForm, '保存').click();
  await expect(topicForm).toBeHidden();
  await expect(page.getByRole('cell', { name: topicTitle })).toBeVisible();

  // 监督小组 with members from the roster
  await page.getByRole('tab', { name: '监督小组' }).click();
  await page.getByRole('button', { name: '新增监督小组' }).click();
  const groupForm = dialog(page, '新增监督小组');
  await choose(groupForm, page, '监督议题', topicTitle);
  await groupForm.getByLabel('小组名称').fill('派驻县住房和城乡建设局民主监督小组（演示）');
  await choose(groupForm, page, '组长', leader);
  for (const m of [member1, member2]) await pick(groupForm, page, '小组成员', m);
  await page.keyboard.press('Escape');
  await expect(groupForm.getByRole('combobox', { name: '派驻单位' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('县住房和城乡建设局');
  await shot(page, 'supervision-group-form');
  await button(groupForm, '保存').click();
  await expect(groupForm).toBeHidden();
  await expect(page.getByRole('cell', { name: '派驻县住房和城乡建设局民主监督小组（演示）' })).toBeVisible();

  // 活动记录: the whole group is pre-filled as participants
  await page.getByRole('tab', { name: '活动记录' }).click();
  await page.getByRole('button', { name: '登记活动' }).click();
  const activityForm = dialog(page, '登记监督活动');
  await choose(activityForm, page, '监督小组', '派驻县住房和城乡建设局民主监督小组（演示）');
  await typeDate(activityForm, '活动日期', day(-100));
  await choose(activityForm, page, '活动形式', '暗访');
  await activityForm.getByLabel('活动地点').fill('城关镇北门社区（演示）');
  await expect(activityForm.getByText(leader.split('（')[0])).toBeVisible();
  await activityForm.getByLabel('发现的问题和情况').fill(items.map((i) => i.problem).join('\n'));
  await shot(page, 'supervision-activity-form');
  await button(activityForm, '保存').click();
  await expect(activityForm).toBeHidden();
  await expect(page.getByRole('cell', { name: '城关镇北门社区（演示）' })).toBeVisible();

  // 起草 a 3-item letter from the ledger
  await page.getByRole('tab', { name: '建议书台账' }).click();
  await page.getByRole('button', { name: '起草建议书' }).click();
  const pickTopic = dialog(page, '起草建议书');
  await choose(pickTopic, page, '所属监督议题', topicTitle);
  await pickTopic.getByRole('button', { name: '开始起草' }).click();
  await expect(page.getByLabel('建议书标题')).toHaveValue(letterTitle);
  await expect(page.getByLabel('抄送')).toHaveValue('县委督查室\n县政府督查室');
  await page.getByLabel('导语').fill('根据年度民主监督工作计划，派驻县住房和城乡建设局民主监督小组通过座谈、视察和暗访等方式，对城区老旧小区改造工作开展了专项民主监督。现将有关情况和建议函告如下。');
  await page.getByRole('button', { name: '添加一条' }).click();
  await page.getByRole('button', { name: '添加一条' }).click();
  // typed out of order, then moved into place
  const order = [items[0], items[2], items[1]];
  for (const [i, item] of order.entries()) {
    await page.getByLabel(`第${i + 1}条事项标题`).fill(item.title);
    await page.getByLabel(`第${i + 1}条存在问题`).fill(item.problem);
    await page.getByLabel(`第${i + 1}条意见建议`).fill(item.suggestion);
  }
  await page.getByRole('button', { name: '第3条上移' }).click();
  await expect(page.getByLabel('第2条事项标题')).toHaveValue(items[1].title);
  await expect(page.getByLabel('第3条事项标题')).toHaveValue(items[2].title);
  await shot(page, 'supervision-letter-editor');
  await page.getByRole('button', { name: '保存并提交审核' }).click();
  await expect(page.getByText('建议书已提交审核')).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: '待审核' })).toBeVisible();

  // 审核 → 签发: the number is assigned
  await page.getByRole('button', { name: '审核通过' }).click();
  const approve = dialog(page, '审核通过');
  await approve.getByLabel('审核人').fill('周主任');
  await typeDate(approve, '审核日期', day(-91));
  await approve.getByRole('button', { name: '审核通过' }).click();
  await expect(approve).toBeHidden();
  await button(page, '签发').click();
  const issue = dialog(page, '签发建议书');
  await expect(issue.getByText(/编号不再改变/)).toBeVisible();
  await issue.getByLabel('签发人').fill('王主席');
  await typeDate(issue, '成文日期', day(-90));
  await issue.getByRole('button', { name: '确认签发' }).click();
  const issued = page.getByRole('dialog').filter({ hasText: '建议书已签发' });
  await expect(issued).toContainText(/发文字号：永政协监〔\d{4}〕[1-9]\d*号/);
  const docNumber = (await page.getByTestId('doc-number').textContent())!;
  expect(docNumber).toMatch(/^永政协监〔\d{4}〕[1-9]\d*号$/);
  await shot(page, 'supervision-issued');
  await issued.getByRole('button', { name: '知道了' }).click();

  // print it: the preview shows the letterhead and the number, the saved .docx is the 信函 with both
  await page.getByRole('button', { name: '打印建议书' }).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview.locator('section.docx').first()).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText('中国人民政治协商会议永安县委员会');
  await expect(preview).toContainText(docNumber);
  await expect(preview).toContainText(items[2].title);
  await shot(page, 'supervision-print-preview');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存Word' }).click();
  const docx = await saving;
  expect(docx.suggestedFilename()).toBe(`${docNumber}-${letterTitle}.docx`);
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  const headers = (await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')))).join('');
  expect(xml).toContain(docNumber);
  expect(xml).toContain('<w:titlePg/>');
  expect(headers).toContain('中国人民政治协商会议永安县委员会');
  expect(headers).toContain('w:color="FF0000"');
  for (const item of items) expect(xml).toContain(item.title);
  expect(xml).toContain('抄送：县委督查室，县政府督查室。');
  await page.getByRole('button', { name: '关 闭' }).click();

  // 送达 (抄送 督查室)
  await button(page, '送达').click();
  const serve = dialog(page, '送达');
  await expect(serve).toContainText('抄送：县委督查室、县政府督查室');
  await typeDate(serve, '送达日期', day(-89));
  await serve.getByLabel('签收人').fill('李明（局办公室）');
  await serve.getByRole('button', { name: '确认送达' }).click();
  await expect(serve).toBeHidden();
  await expect(page.getByText(/逐条整改（3条/)).toBeVisible();

  // 整改反馈 on items 1 and 2
  await page.getByRole('button', { name: '第1条整改反馈' }).click();
  const fb1 = dialog(page, '整改反馈：第1条');
  await typeDate(fb1, '反馈日期', day(-60));
  await choose(fb1, page, '整改进度', '已完成');
  await typeDate(fb1, '完成时间', day(-61));
  await fb1.getByLabel('整改措施').fill('已制定改造方案征求意见办法，在建项目方案全部公示七日以上，居民意见逐项回应。');
  await button(fb1, '登记').click();
  await expect(fb1).toBeHidden();
  await page.getByRole('button', { name: '第2条整改反馈' }).click();
  const fb2 = dialog(page, '整改反馈：第2条');
  await typeDate(fb2, '反馈日期', day(-50));
  await choose(fb2, page, '整改进度', '整改中');
  await typeDate(fb2, '完成时间', day(60));
  await fb2.getByLabel('整改措施').fill('已约谈施工单位，围挡和材料堆放正在逐一整改。');
  await button(fb2, '登记').click();
  await expect(fb2).toBeHidden();

  // item 3 has no report after its deadline: highlighted as overdue
  const row3 = page.getByRole('row').filter({ hasText: items[2].title });
  await expect(row3.locator('[data-state="逾期"]')).toBeVisible();
  await expect(row3).toHaveClass(/row-overdue/);

  // 催办 the overdue item by 函件: it takes the next 监 number, the 催办函 opens and saves as Word
  await test.step('催办 item 3 and save the 催办函', async () => {
    await button(page, '催办').click();
    const remind = dialog(page, '催办：县住房和城乡建设局');
    await expect(remind.getByRole('checkbox', { name: '催办第3条' })).toBeChecked();
    await expect(remind.getByRole('checkbox', { name: '催办第1条' })).toHaveCount(0);
    await remind.getByLabel('催办人').fill('赵丽（办公室）');
    await shot(page, 'supervision-remind');
    await remind.getByRole('button', { name: '登记催办' }).click();
    await expect(remind).toBeHidden();
    const reminderPreview = page.getByTestId('document-preview');
    await expect(reminderPreview.locator('section.docx').first()).toBeVisible({ timeout: 30_000 });
    await expect(reminderPreview).toContainText('关于督促落实民主监督建议书整改事项的函');
    await expect(reminderPreview).toContainText(`（${docNumber}）`);
    await expect(reminderPreview).toContainText(items[2].title);
    await shot(page, 'supervision-reminder-preview');
    const savingReminder = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存Word' }).click();
    const reminderDocx = await savingReminder;
    const reminderName = reminderDocx.suggestedFilename();
    expect(reminderName).toMatch(/^永政协监〔\d{4}〕[1-9]\d*号-催办函-县住房和城乡建设局\.docx$/);
    expect(reminderName.startsWith(`${docNumber}-`)).toBe(false); // its own number, not the letter's
    const reminderXml = await (await JSZip.loadAsync(readFileSync(await reminderDocx.path()))).file('word/document.xml')!.async('string');
    expect(reminderXml).toContain('<w:titlePg/>');
    expect(reminderXml).toMatch(/逾期[1-9]\d*个工作日/);
    expect(reminderXml).toContain('抄送：县委督查室，县政府督查室。');
    await page.getByRole('button', { name: '关 闭' }).click();
    const reminderRecord = page.getByTestId('reminder');
    await expect(reminderRecord).toContainText('函件催办');
    await expect(reminderRecord).toContainText(reminderName.split('-')[0]);
    await expect(row3.getByRole('cell', { name: '1次' })).toBeVisible();
    await shot(page, 'supervision-reminders');
  });

  // 回头看 on the third item
  await page.getByRole('button', { name: '回头看', exact: true }).click();
  const review = dialog(page, '登记回头看');
  await typeDate(review, '回头看日期', day(-10));
  await choose(review, page, '回头看形式', '再调研');
  await review.getByLabel('回头看情况').fill('小组回访三个小区，物业管理问题尚未落实，已督促被监督单位限期整改。');
  await choose(review, page, '第3条落实情况', '未落实');
  await review.getByLabel('第3条说明').fill('尚无物业服务');
  await shot(page, 'supervision-review');
  await button(review, '登记').click();
  await expect(review).toBeHidden();
  await expect(row3).toContainText('未落实');
  await shot(page, 'supervision-letter-items');

  // the ledger
  await page.getByRole('button', { name: '返回台账' }).click();
  const row = await ledgerRow(page, letterTitle);
  await expect(row).toContainText(docNumber);
  await expect(row.locator('[data-count="已完成"]')).toHaveText('1');
  await expect(row.locator('[data-count="整改中"]')).toHaveText('1');
  await expect(row.locator('[data-count="逾期"]')).toHaveText('1');
  await expect(row).toContainText('1次');
  await expect(row).toHaveClass(/row-overdue/);
  await expect(row.getByRole('button', { name: `催办${docNumber}` })).toBeVisible(); // 催办 again from the 台账
  await page.getByRole('switch', { name: '只看逾期' }).click();
  await expect(await ledgerRow(page, letterTitle)).toBeVisible();
  await shot(page, 'supervision-ledger');
  const ledger = await host.api<{ rows: { title: string; counts: { done: number; inProgress: number; overdue: number } }[] }>('supervision.ledger', { year });
  expect(ledger.rows.find((r) => r.title === letterTitle)?.counts).toMatchObject({ done: 1, inProgress: 1, overdue: 1 });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const xlsx = await download;
  expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^政协永安县委员会${year}年度民主监督建议书台账-\\d{8}\\.xlsx$`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('建议书')!;
  const header = (sheet.getRow(2).values as string[]).slice(1);
  let exported: Record<string, unknown> | undefined;
  sheet.eachRow((r) => {
    const v = (r.values as unknown[]).slice(1);
    if (v[header.indexOf('建议书标题')] === letterTitle) exported = Object.fromEntries(header.map((h, i) => [h, v[i]]));
  });
  expect(exported).toMatchObject({ 发文字号: docNumber, 已完成: 1, 整改中: 1, 逾期: 1, 回头看次数: 1 });
  expect(wb.getWorksheet('逐条整改')!.rowCount).toBeGreaterThan(3);
});
