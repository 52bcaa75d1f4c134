import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestColumns } from '../../shared/contract/history';
import { defaultOfficeSettings } from '../../shared/contract/officeSettings';
import { body as bodyParagraph, buildOfficialDocument, packToBuffer } from '../../shared/docs';
import { btn, dialog, expect, openMenu, pick, shot, test } from './fixtures';

const body = (n: number) =>
  Array.from({ length: n }, (_, i) => `第${i + 1}段：一九五六年春，我随父亲到城关镇的五金作坊学手艺，师傅姓楼，为人厚道。那时永康的打铁铺一条街连着一条街，炉火从早烧到晚。`).join('\n');

/** `author` is typed for an outside author; `{ name, member }` picks a 委员 from the roster by its option text. */
async function registerArticle(page: Page, title: string, author: string | { name: string; member: string }, text: string) {
  await page.getByRole('tab', { name: '收稿登记' }).click();
  await page.getByRole('button', { name: '收稿登记' }).click();
  const form = dialog(page, '收稿登记');
  await expect(form.getByLabel('篇名')).toBeFocused();
  await form.getByLabel('篇名').fill(title);
  if (typeof author === 'string') await form.getByLabel('作者', { exact: true }).fill(author);
  else {
    // typed as an outside author first: the form points out the members of that name
    await form.getByLabel('作者', { exact: true }).fill(author.name);
    await expect(form.getByTestId('same-name-member')).toContainText(`委员中有同名者：${author.name}（`);
    await shot(page, 'history-author-same-name');
    await form.locator('.ant-radio-button-wrapper', { hasText: /^委员$/ }).click();
    await pick(form, page, '作者', author.member);
    await shot(page, 'history-author-member');
  }
  await form.getByLabel('作者当时身份').fill('五金作坊学徒');
  await form.getByLabel('作者现在身份').fill('退休职工');
  await form.getByLabel('整理人').fill('周文');
  await pick(form, page, '三亲类型', '亲历');
  await form.getByLabel('正文').fill(text);
  await expect(form.getByTestId('word-count')).toContainText('字数');
  await form.getByRole('button', { name: btn('保存') }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: `《${title}》` })).toBeVisible();
}

async function passReviewAndProof(page: Page, proof: boolean) {
  await page.getByRole('button', { name: btn('采用') }).click();
  await expect(page.locator('[data-status="待初审"]')).toBeVisible();
  for (const [stage, who] of [
    ['初审', '王编辑'],
    ['复审', '李主任'],
    ['终审', '陈主编'],
  ] as const) {
    await page.getByRole('button', { name: `登记${stage}` }).click();
    const d = dialog(page, `登记${stage}`);
    await d.getByLabel(`${stage}人`).fill(who);
    await d.getByLabel('审稿意见').fill('史实清楚，文字通顺，同意。');
    await d.getByRole('button', { name: `登记${stage}` }).click();
    await expect(d).toBeHidden();
  }
  await expect(page.locator('[data-status="终审通过"]')).toBeVisible();
  if (!proof) return;
  for (const [round, who, found] of [
    ['一校', '周校', '6'],
    ['二校', '吴校', '2'],
    ['三校', '郑校', '0'],
  ] as const) {
    await page.getByRole('button', { name: `登记${round}` }).click();
    const d = dialog(page, `登记${round}`);
    await d.getByLabel('校对人').fill(who);
    await d.getByLabel('发现差错数').fill(found);
    await d.getByLabel('改正差错数').fill(found);
    await expect(d.getByTestId('proof-rate')).toContainText('本次差错率 万分之');
    if (round === '一校') await shot(page, 'history-proof-dialog');
    await d.getByRole('button', { name: `登记${round}` }).click();
    await expect(d).toBeHidden();
  }
  await expect(page.locator('[data-status="三校完成"]')).toBeVisible();
}

const row = (scope: Page | Locator, title: string) => scope.locator(`[data-article="${title}"]`);

test('an editor takes articles from 收稿 through 三审三校 into a volume, downloads it, and finds a two-character name in the archive', async ({ page, host }) => {
  test.setTimeout(420_000);
  // two members of the same name: the picker tells them apart by 工作单位
  const term = await host.api<{ id: number }>('term.save', { number: 11, name: '第十一届', startDate: '2022-01-10' });
  const sector = await host.api<{ id: number }>('sector.save', { name: '教育界' });
  for (const [workUnit, phone] of [
    ['县第一中学', '13900000011'],
    ['芝英镇中心小学', '13900000012'],
  ])
    await host.api('member.save', { name: '应立新', gender: '男', termId: term.id, sectorId: sector.id, workUnit, phone });
  await page.goto(host.url);
  await openMenu(page, '文史资料');

  // 收稿登记 → 选稿 → 三审 → 三校, shown against the ≤ 1/10,000 target
  await registerArticle(page, '城关镇打铁铺旧事', '楼德林', body(30));
  await expect(page.getByTestId('article-word-count')).not.toHaveText('0');
  await passReviewAndProof(page, true);
  await page.getByRole('tab', { name: /三校/ }).click();
  await expect(page.getByTestId('quality')).toContainText('达标');
  await shot(page, 'history-article');

  // two more articles past 终审 for the volume
  await page.getByRole('button', { name: /返回/ }).click();
  await registerArticle(page, '芝英祠堂记', { name: '应立新', member: '应立新（教育界，芝英镇中心小学）' }, body(20).replaceAll('城关镇', '芝英'));
  await expect(page.getByTestId('article-author')).toHaveText('应立新委员 · 教育界 · 第十一届');
  await passReviewAndProof(page, false);
  await page.getByRole('button', { name: /返回/ }).click();
  await registerArticle(page, '方岩庙会见闻', '胡春', body(25).replaceAll('城关镇', '方岩'));
  await passReviewAndProof(page, false);
  // an article still in review cannot be placed
  await page.getByRole('button', { name: /返回/ }).click();
  await registerArticle(page, '尚在审稿的稿件', '程正', body(5));
  await page.getByRole('button', { name: /返回/ }).click();

  // 编辑成辑: a volume of three articles in two sections, ordered by dragging
  await page.getByRole('tab', { name: '编辑成辑' }).click();
  await page.getByRole('button', { name: '新建一辑' }).click();
  const create = dialog(page, '新建一辑');
  await create.getByLabel('书名').fill('永安老街巷');
  await create.getByRole('button', { name: btn('新建') }).click();
  await expect(page.getByRole('heading', { name: /第一辑《永安老街巷》/ })).toBeVisible();
  await expect(page.getByText('可编入稿件（终审已通过，3篇）')).toBeVisible();
  await expect(page.getByText('尚在审稿的稿件')).toHaveCount(0);
  for (const section of ['工商经济', '风土人情']) {
    await page.getByLabel('新栏目名称').fill(section);
    await page.getByRole('button', { name: '添加栏目' }).click();
  }
  await pick(page, page, '编入《城关镇打铁铺旧事》', '风土人情');
  await pick(page, page, '编入《芝英祠堂记》', '风土人情');
  await pick(page, page, '编入《方岩庙会见闻》', '风土人情');
  // drag 打铁铺 into 工商经济, then 方岩 above 芝英
  const shops = page.locator('[data-section="工商经济"]');
  await row(page, '城关镇打铁铺旧事').dragTo(shops);
  await expect(row(shops, '城关镇打铁铺旧事')).toBeVisible();
  await row(page, '方岩庙会见闻').dragTo(row(page, '芝英祠堂记'));
  await page.getByRole('button', { name: '保存编排' }).click();
  await expect(page.getByText('篇目编排已保存')).toBeVisible();
  await expect(page.locator('.volume-row .title')).toHaveText(['城关镇打铁铺旧事', '方岩庙会见闻', '芝英祠堂记']);
  await shot(page, 'history-volume');
  const volume = (await host.api<{ id: number; number: number; articles: { title: string }[] }[]>('history.volume.list', {}))[0];
  expect((await host.api<{ articles: { title: string }[] }>('history.volume.get', { id: volume.id })).articles.map((a) => a.title)).toEqual(['城关镇打铁铺旧事', '方岩庙会见闻', '芝英祠堂记']);

  // the whole volume as one Word document
  await page.getByRole('button', { name: '生成整辑Word' }).click();
  const preview = dialog(page, /第1辑/);
  await expect(preview.getByRole('button', { name: '保存Word' })).toBeEnabled({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: '保存Word' }).click()]);
  expect(download.suggestedFilename()).toMatch(/第1辑.*永安老街巷.*\.docx$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const words = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const positions = ['目　　录', '城关镇打铁铺旧事', '方岩庙会见闻', '芝英祠堂记'].map((t) => words.lastIndexOf(t));
  expect(positions).toEqual([...positions].sort((x, y) => x - y));
  expect(words).toContain('楼德林 口述　周文 整理');
  await preview.getByRole('button', { name: /^关\s闭$/ }).click();

  // 付印, then 撤销付印 with a reason (the other two articles' 三校 are recorded through the API to keep this short)
  for (const title of ['方岩庙会见闻', '芝英祠堂记']) {
    let a = (await host.api<{ rows: { id: number; version: number }[] }>('history.article.list', { search: title })).rows[0];
    for (const [round, found] of [
      ['一校', 3],
      ['二校', 1],
      ['三校', 0],
    ] as const)
      a = await host.api<{ id: number; version: number }>('history.article.proof', { id: a.id, version: a.version, round, proofreader: '郑校', date: '2026-04-01', errorsFound: found, errorsFixed: found });
  }
  await page.reload();
  await page.getByRole('button', { name: btn('付印') }).click();
  await page.getByRole('button', { name: '确认付印' }).click();
  await expect(page.locator('.volume-row [data-status="已刊用"]')).toHaveCount(3);
  await page.getByRole('button', { name: '撤销付印' }).click();
  const undo = dialog(page, /^撤销付印/);
  await expect(undo.getByRole('button', { name: '确认撤销付印' })).toBeDisabled();
  await undo.getByLabel('撤销付印原因').fill('印前发现《芝英祠堂记》人名有误');
  await expect(undo.getByRole('button', { name: '确认撤销付印' })).toBeEnabled();
  await shot(page, 'history-unprint');
  await undo.getByRole('button', { name: '确认撤销付印' }).click();
  await expect(page.getByText('第1辑已撤销付印')).toBeVisible();
  await expect(page.locator('.volume-row [data-status="三校完成"]')).toHaveCount(3);
  await expect(page.getByRole('button', { name: btn('付印') })).toBeEnabled();

  // 文史检索: a two-character name, hits in context, open the article at the hit
  await page.getByRole('button', { name: /返回/ }).click();
  await page.getByRole('tab', { name: '文史检索' }).click();
  await page.getByLabel('检索词').fill('芝英');
  await page.getByLabel('检索词').press('Enter');
  await expect(page.getByTestId('search-summary')).toContainText('共找到 1 篇');
  const hit = page.locator('.search-hit').first();
  await expect(hit.locator('mark').first()).toHaveText('芝英');
  await shot(page, 'history-search');
  await hit.locator('.search-snippet').nth(1).click();
  await expect(page.getByRole('heading', { name: '《芝英祠堂记》' })).toBeVisible();
  await expect(page.locator('mark.hit-current')).toHaveText('芝英');
  await expect(page.locator('mark.hit-current')).toBeInViewport();
  await shot(page, 'history-article-at-hit');
});

test('old volumes come into the archive from a manifest and their files, all or nothing, and are searchable', async ({ page, host }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'zx-import-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('入库清单');
  ws.addRow(manifestColumns.map((c) => c.header));
  ws.addRow(['第2辑', '永安文史资料（第二辑）', '工商', '永康五金小史', '应国庆', '1987', '第2辑/五金小史.docx']);
  ws.addRow(['第2辑', '永安文史资料（第二辑）', '人物', '忆胡公庙前的私塾', '程素琴', '1987', '私塾.txt']);
  ws.addRow(['第2辑', '永安文史资料（第二辑）', '人物', '缺了文件的一篇', '周正', '1987', '不存在.txt']);
  const manifest = join(dir, '清单.xlsx');
  writeFileSync(manifest, new Uint8Array(await wb.xlsx.writeBuffer()));
  mkdirSync(join(dir, '第2辑'));
  const docx = await packToBuffer(buildOfficialDocument({ kind: 'normal', settings: defaultOfficeSettings, children: [bodyParagraph('永康五金，历史悠久。清末民初，芝英一带铜匠、铁匠、锡匠遍布四乡。')] }));
  writeFileSync(join(dir, '第2辑', '五金小史.docx'), docx);
  writeFileSync(join(dir, '私塾.txt'), new Uint8Array([...new TextEncoder().encode('胡公庙前有一所私塾，先生姓俞。')]));

  await page.goto(host.url);
  await openMenu(page, '文史资料');
  await page.getByRole('tab', { name: '编辑成辑' }).click();
  await page.getByRole('button', { name: '历史文史资料入库' }).click();
  const d = dialog(page, '历史文史资料入库');
  await d.locator('input[type=file][accept=".xlsx"]').setInputFiles(manifest);
  await expect(d.getByText('已选择：清单.xlsx（3篇）')).toBeVisible();
  await d.locator('input[type=file][accept=".docx,.txt"]').setInputFiles([join(dir, '第2辑', '五金小史.docx'), join(dir, '私塾.txt')]);
  await expect(d.getByText('清单中2/3篇找到了文件')).toBeVisible();
  await d.getByRole('button', { name: /开始入库/ }).click();
  await expect(d.getByText('发现1行有问题，本次未导入任何稿件。')).toBeVisible();
  await expect(d.getByRole('row', { name: /4.*找不到文件“不存在.txt”/ })).toBeVisible();
  await shot(page, 'history-import-errors');
  expect(await host.api<unknown[]>('history.volume.list', {})).toEqual([]);

  // fix the manifest: drop the row without a file
  ws.spliceRows(4, 1);
  writeFileSync(manifest, new Uint8Array(await wb.xlsx.writeBuffer()));
  await d.locator('input[type=file][accept=".xlsx"]').setInputFiles(manifest);
  await expect(d.getByText('已选择：清单.xlsx（2篇）')).toBeVisible();
  await d.getByRole('button', { name: /开始入库/ }).click();
  await expect(d.getByText('入库成功：共2篇，第2辑（2篇）。现在可以在“文史检索”中检索。')).toBeVisible();
  await d.getByRole('button', { name: btn('完成') }).click();
  await expect(page.getByRole('cell', { name: '永安文史资料（第二辑）' })).toBeVisible();

  await page.getByRole('tab', { name: '文史检索' }).click();
  await page.getByLabel('检索词').fill('芝英');
  await page.getByLabel('检索词').press('Enter');
  await expect(page.getByTestId('search-summary')).toContainText('共找到 1 篇');
  await expect(page.locator('.search-hit')).toContainText('第2辑《永安文史资料（第二辑）》 · 工商');
  await expect(page.locator('.search-hit')).toContainText('1987年');
  rmSync(dir, { recursive: true, force: true });
});

test.describe('the demo county', () => {
  test.use({ demo: true });

  test('shows every stage of the pipeline, 第35辑 not yet ready for 付印, and the archive in search', async ({ page, host }) => {
    await page.goto(host.url);
    await openMenu(page, '文史资料');
    await expect(page.getByRole('cell', { name: '我家的老算盘' })).toBeVisible();
    await shot(page, 'history-articles');
    await page.getByRole('tab', { name: '选稿' }).click();
    await expect(page.getByRole('row', { name: /旧时的婚俗.*待用/ })).toBeVisible();
    await shot(page, 'history-select');
    await page.getByRole('tab', { name: '三审三校' }).click();
    await expect(page.getByRole('row', { name: /抗战时期的县立中学.*退改/ })).toBeVisible();
    await expect(page.locator('[data-meets="yes"]').first()).toBeVisible();
    await shot(page, 'history-review');
    await page.getByRole('tab', { name: '征稿' }).click();
    await expect(page.getByRole('row', { name: /永安老字号.*15篇/ })).toBeVisible();

    await page.getByRole('tab', { name: '编辑成辑' }).click();
    await page.getByRole('button', { name: '永安老字号' }).click();
    await expect(page.getByRole('heading', { name: '第三十五辑《永安老字号》' })).toBeVisible();
    await expect(page.locator('.volume-row')).toHaveCount(12);
    await expect(page.getByText('付印前还需：')).toBeVisible();
    await expect(page.getByRole('button', { name: btn('付印') })).toBeDisabled();
    await page.getByRole('tab', { name: '书名、编委会与版权页' }).click();
    await expect(page.getByLabel('准印证号')).toHaveValue('浙内准字（2026）第035号');
    await shot(page, 'history-volume-info');
    await page.getByLabel('印数（册）').fill('2500');
    // 编委会 one person per row: 程国庆 moves above 应立新; a 编委 is added at the end
    await expect(page.getByLabel('第3人姓名')).toHaveValue('程国庆');
    await page.getByRole('button', { name: '第3人上移' }).click();
    await expect(page.getByLabel('第2人姓名')).toHaveValue('程国庆');
    await page.getByRole('button', { name: '添加一人' }).click();
    await pick(page, page, '第15人职务', '编委');
    await page.getByLabel('第15人姓名').fill('施小红');
    await shot(page, 'history-board-editor');
    await page.getByRole('button', { name: btn('保存') }).click();
    await expect(page.getByText('已保存', { exact: true })).toBeVisible();
    const v35 = (await host.api<{ number: number; printCount: number; board: { role: string; names: string[] }[] }[]>('history.volume.list', {})).find((v) => v.number === 35)!;
    expect(v35.printCount).toBe(2500);
    expect(v35.board[1]).toEqual({ role: '副主任', names: ['程国庆', '应立新'] });
    expect(v35.board.at(-1)).toEqual({ role: '编委', names: ['施小红'] });

    await page.getByRole('button', { name: /返回/ }).click();
    await page.getByRole('tab', { name: '文史检索' }).click();
    await page.getByLabel('检索词').fill('芝英');
    await page.getByLabel('检索词').press('Enter');
    const total = (await host.api<{ total: number }>('history.search', { query: '芝英' })).total;
    await expect(page.getByTestId('search-summary')).toContainText(`共找到 ${total} 篇`);
    await pick(page, page, '辑', '第1辑《永安文史资料（第一辑）》 1985');
    const first = (await host.api<{ id: number; number: number }[]>('history.volume.list', {})).find((v) => v.number === 1)!;
    const inFirst = (await host.api<{ total: number }>('history.search', { query: '芝英', volumeId: first.id })).total;
    expect(inFirst).toBeGreaterThan(0);
    expect(inFirst).toBeLessThan(total);
    await expect(page.getByTestId('search-summary')).toContainText(`共找到 ${inFirst} 篇`);
    await shot(page, 'history-search-archive');
  });
});
