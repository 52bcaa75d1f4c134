import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { rosterColumns } from '../../shared/contract/members';
import { btn, dialog, expect, openMenu, pick, shot, test } from './fixtures';

test.use({ demo: true });

const headers = rosterColumns.map((c) => c.header);

async function readDownload(download: Download) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

async function memberCount(host: { api<T>(m: string, i?: unknown): Promise<T> }) {
  return (await host.api<{ total: number }>('member.list', { status: '在任' })).total;
}

test('roster: template, a file with a bad row is refused whole, a good file imports, the filtered list exports', async ({ page, host }) => {
  const dir = mkdtempSync(join(tmpdir(), 'zx-roster-'));
  const before = await memberCount(host);
  await page.goto(host.url);
  await openMenu(page, '基础数据', '委员');
  await expect(page.getByText(`共 ${before} 名委员`)).toBeVisible();

  // 下载模板: the headers the importer reads, and an example row.
  const template = await download(page, '下载模板');
  expect(template.suggestedFilename()).toBe('委员花名册导入模板.xlsx');
  const templateRows = await readDownload(template);
  expect(templateRows[0]).toEqual(headers);
  expect(templateRows[1][0]).toBe('张明华');

  // The clerk fills the template: the example row replaced, one row with a bad phone and an unknown 界别.
  const roster = (rows: string[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('委员花名册');
    ws.addRow(headers);
    rows.forEach((r) => ws.addRow(r));
    return wb;
  };
  const good = [
    ['赵一鸣', '男', '教育界', '民盟', '教科卫体委员会', '', '县实验小学校长', '18800000001', '否', ''],
    ['钱晓燕', '女', '经济界', '', '经济委员会', '', '县农商银行行长', '188 0000 0002', '是', ''],
    ['孙立新', '男', '医药卫生界', '无党派', '', '', '县人民医院院长', '18800000003', '', '新任'],
  ];
  const badFile = join(dir, '花名册-有错.xlsx');
  await roster([good[0], good[1], ['周大伟', '男', '教育届', '', '', '', '县二中教师', '12345', '否', ''], good[2]]).xlsx.writeFile(badFile);
  const goodFile = join(dir, '花名册.xlsx');
  await roster(good).xlsx.writeFile(goodFile);

  await page.getByRole('button', { name: '导入花名册' }).click();
  const importer = dialog(page, '导入委员花名册');
  await expect(importer.getByRole('combobox', { name: '导入届次' })).toBeVisible();
  await expect(importer.getByText('第十一届')).toBeVisible();
  await importer.locator('input[type=file]').setInputFiles(badFile);
  await expect(importer.getByText('已选择：花名册-有错.xlsx（4行数据）')).toBeVisible();
  await importer.getByRole('button', { name: '开始导入（4行）' }).click();
  await expect(importer.getByText('发现1行有问题，本次未导入任何数据')).toBeVisible();
  const bad = importer.getByRole('row', { name: /^4 / });
  await expect(bad).toContainText('未知界别“教育届”');
  await expect(bad).toContainText('手机号“12345”应为以1开头的11位数字');
  await shot(page, 'roster-import-errors');
  expect(await memberCount(host)).toBe(before);

  // The corrected file imports every row.
  await importer.locator('input[type=file]').setInputFiles(goodFile);
  await expect(importer.getByText('发现1行有问题')).toBeHidden();
  await importer.getByRole('button', { name: '开始导入（3行）' }).click();
  await expect(importer.getByText('导入成功：共导入3名委员。')).toBeVisible();
  await expect(importer.getByRole('button', { name: /开始导入/ })).toBeHidden();
  await shot(page, 'roster-import-done');
  await importer.getByRole('button', { name: btn('完成') }).click();
  await expect(importer).toBeHidden();
  await expect(page.getByText(`共 ${before + 3} 名委员`)).toBeVisible();
  const imported = await host.api<{ rows: { name: string; phone: string; isStanding: boolean; sectorName: string }[] }>('member.list', { search: '18800000002' });
  expect(imported.rows).toEqual([expect.objectContaining({ name: '钱晓燕', phone: '18800000002', isStanding: true, sectorName: '经济界' })]);

  // 导出Excel exports what the list shows: here 教育界 only.
  await pick(page, page, '界别', '教育界');
  const sectors = await host.api<{ id: number; name: string }[]>('sector.list', {});
  const education = sectors.find((s) => s.name === '教育界')!;
  const listed = await host.api<{ rows: { name: string; phone: string }[]; total: number }>('member.list', { status: '在任', sectorId: education.id, pageSize: 200 });
  await expect(page.getByText(`共 ${listed.total} 名委员`)).toBeVisible();
  await expect(page.getByRole('row', { name: /赵一鸣/ })).toBeVisible();
  const exported = await download(page, '导出Excel');
  expect(exported.suggestedFilename()).toMatch(/^委员名单-\d{8}\.xlsx$/);
  await expect(page.getByText(`已导出Excel，共${listed.total}条`)).toBeVisible();
  const sheet = await readDownload(exported);
  expect(sheet[0]).toEqual(['姓名', '性别', '界别', '党派', '专委会', '活动组', '工作单位及职务', '手机号', '是否常委', '状态', '备注']);
  const body = sheet.slice(1);
  expect(body).toHaveLength(listed.total);
  expect(new Set(body.map((r) => r[2]))).toEqual(new Set(['教育界']));
  expect(body.map((r) => r[0]).sort()).toEqual(listed.rows.map((r) => r.name).sort());
  await shot(page, 'members-filtered');
});
