import { btn, dialog, expect, openMenu, shot, test } from './fixtures';

test.describe('社情民意 on the demo county', () => {
  test.use({ demo: true });

  test('the seed year at a glance: statistics, ranking, list, a report, an issue, settings', async ({ page, host }) => {
    test.setTimeout(120_000);
    await page.goto(host.url);
    await openMenu(page, '社情民意', '社情民意统计');
    await expect(page.getByText('收到信息')).toBeVisible();
    // The seed office's year at a glance.
    for (const [title, value] of [['重点选题', '17'], ['收到信息', '161'], ['报送上级', '15'], ['获领导批示', '14']]) {
      await expect(page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value')).toHaveText(value);
    }
    await page.waitForTimeout(800);
    await shot(page, 'opinion-stats');
    await openMenu(page, '社情民意排名');
    await expect(page.getByText(/计分规则/)).toBeVisible();
    await shot(page, 'opinion-ranking');
    await openMenu(page, '信息报送与审查');
    await expect(page.getByText(/共 161 篇/).first()).toBeVisible();
    await shot(page, 'opinion-list');
    await page.getByRole('switch', { name: '已获批示' }).click();
    await page.locator('.ant-table-row a').first().click();
    await expect(page.getByText('流转记录')).toBeVisible();
    await shot(page, 'opinion-detail');
    await openMenu(page, '《社情民意》期刊');
    await page.locator('.ant-table-row a').first().click();
    await expect(page.getByText(/本期信息/)).toBeVisible();
    await shot(page, 'opinion-issue');
    await openMenu(page, '重点选题');
    await shot(page, 'opinion-topics');
    await expect(page.getByText('新就业形态劳动者权益保障')).toBeVisible();
    // A 报送上级 recorded by mistake: voided with a reason it is greyed on the report and leaves the
    // statistics; 恢复 brings it back.
    type Sent = { id: number; title: string; adoptedLevels: string[]; sentLevels: string[] };
    const sent = (await host.api<{ rows: Sent[] }>('opinion.list', { year: new Date().getFullYear(), sentUp: true, pageSize: 100 })).rows;
    const report = sent.find((r) => r.sentLevels.length === 1 && r.adoptedLevels.every((l) => l === '县'))!;
    await page.goto(`${host.url}#/opinions/reports/${report.id}`);
    const line = page.locator('.routing-line').filter({ hasText: /报送.*政协/ });
    await expect(line).toHaveCount(1);
    await line.getByRole('button', { name: btn('作废') }).click();
    const confirm = dialog(page, '作废报送上级记录');
    await confirm.getByLabel('作废原因').fill('误登记，实际未报送');
    await confirm.getByRole('button', { name: '确认作废' }).click();
    await expect(confirm).toBeHidden();
    await expect(line).toHaveAttribute('data-voided', 'true');
    await expect(line).toContainText('作废原因：误登记，实际未报送');
    await expect(line.locator('.routing-text')).toHaveCSS('text-decoration-line', 'line-through');
    await expect(page.locator('.ant-descriptions-item').filter({ hasText: '报送上级' }).locator('.ant-descriptions-item-content')).toHaveText('—');
    await shot(page, 'opinion-sendup-voided');
    await openMenu(page, '社情民意统计');
    const sentUpValue = page.locator('.ant-statistic').filter({ hasText: '报送上级' }).locator('.ant-statistic-content-value');
    await expect(sentUpValue).toHaveText('14');
    await page.goto(`${host.url}#/opinions/reports/${report.id}`);
    await line.getByRole('button', { name: btn('恢复') }).click();
    await expect(line).not.toHaveAttribute('data-voided', 'true');
    await openMenu(page, '社情民意统计');
    await expect(sentUpValue).toHaveText('15');

    // 印发年度通报: the next 发文字号 of the 社情民意 series, printed on the 通报.
    const year = new Date().getFullYear();
    await page.getByRole('button', { name: '印发年度通报' }).click();
    const issue = dialog(page, `印发${year}年度社情民意信息工作情况通报`);
    await issue.getByLabel('签发人').fill('陈建国');
    await issue.getByRole('button', { name: '确认印发' }).click();
    await expect(issue).toBeHidden();
    const docNumber = `永政协社〔${year}〕1号`;
    await expect(page.getByTestId('notice-issued')).toContainText(docNumber);
    await shot(page, 'opinion-notice-issued');

    await openMenu(page, '系统', '社情民意设置');
    await expect(page.getByText('设置 · 社情民意')).toBeVisible();
    await expect(page.locator('.ant-alert-title', { hasText: '多级采用按最高级别计分' })).toBeVisible();
    await shot(page, 'opinion-settings');
  });
});
