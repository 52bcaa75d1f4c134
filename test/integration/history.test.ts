import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bruteForceIds, searchArticleIds } from '../../db/services/history/search';
import type { ArticleRecord } from '../../shared/contract/history';
import { splitQuery } from '../../shared/domain/history/textSearch';
import { articleText, articleTitle, personName, rng } from '../../db/demo/historyText';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp;
beforeAll(() => {
  t = tempApp();
});
afterAll(() => t.close());

const body3000 = (seed: number) => articleText(rng(seed), 3000);
const base = { sanqin: '亲历' as const, receivedDate: '2026-03-02', permission: '已授权' as const };

function register(title: string, author: string, body = body3000(title.length)) {
  return t.ok('history.article.save', { ...base, title, author, body, authorThen: '城关镇供销社职工', authorNow: '退休', source: '来稿' });
}

/** 采用 → 初审 → 复审 → 终审 with three people. */
function passReview(a: ArticleRecord) {
  let r = t.ok('history.article.select', { id: a.id, version: a.version, decision: '采用', date: '2026-03-05' });
  for (const [stage, reviewer] of [
    ['初审', '王编辑'],
    ['复审', '李主任'],
    ['终审', '陈主编'],
  ] as const) {
    r = t.ok('history.article.review', { id: r.id, version: r.version, stage, reviewer, date: '2026-03-10', opinion: '史料翔实，同意。', decision: '通过' });
  }
  return r;
}

function proofAll(a: ArticleRecord, errors: [number, number, number] = [12, 3, 0]) {
  let r = a;
  (['一校', '二校', '三校'] as const).forEach((round, i) => {
    r = t.ok('history.article.proof', { id: r.id, version: r.version, round, proofreader: ['周校', '吴校', '郑校'][i], date: '2026-04-01', errorsFound: errors[i], errorsFixed: errors[i] });
  });
  return r;
}

describe('收稿 → 选稿 → 三审 → 三校', () => {
  it('registers an article with its word count computed by the Chinese rules', () => {
    const a = register('回忆城关镇的老字号', '张明华', '1937年，城关镇有老字号十余家。Singer缝纫机是稀罕物。');
    expect(a).toMatchObject({ status: '已收稿', wordCount: 23, wordCounts: { hanzi: 18, punctuation: 3, words: 1, numbers: 1 }, actions: ['采用', '待用', '不用'] });
    expect(a.lengthAdvice).toContain('少于一般篇幅');
    const edited = t.ok('history.article.save', { ...base, id: a.id, version: a.version, title: a.title, author: a.author, body: '永康' });
    expect(edited.wordCount).toBe(2);
  });

  it('选稿: 不用 needs a reason, 待用 keeps it in the pool, 重新选稿 brings it back', () => {
    const a = register('我所知道的打铁铺', '李德林');
    expect(t.fail('history.article.select', { id: a.id, version: a.version, decision: '不用', date: '2026-03-05' }).message).toBe('请填写不用原因。');
    const pooled = t.ok('history.article.select', { id: a.id, version: a.version, decision: '待用', date: '2026-03-05' });
    expect(pooled.status).toBe('待用');
    const no = t.ok('history.article.select', { id: a.id, version: pooled.version, decision: '不用', reason: '与本辑主题不符', date: '2026-03-06' });
    expect(no.status).toBe('不用');
    expect(no.selections.map((s) => [s.decision, s.reason])).toEqual([
      ['待用', ''],
      ['不用', '与本辑主题不符'],
    ]);
    expect(t.ok('history.article.reconsider', { id: a.id, version: no.version }).status).toBe('已收稿');
  });

  it('三审 by three different people; 退改 restarts at 初审 in a new round', () => {
    const a = register('方岩庙会纪事', '胡国庆');
    let r = t.ok('history.article.select', { id: a.id, version: a.version, decision: '采用', date: '2026-03-05' });
    r = t.ok('history.article.review', { id: r.id, version: r.version, stage: '初审', reviewer: '王编辑', date: '2026-03-10', opinion: '可用', decision: '通过' });
    const same = t.fail('history.article.review', { id: r.id, version: r.version, stage: '复审', reviewer: '王编辑', date: '2026-03-11', opinion: '同意', decision: '通过' });
    expect(same).toMatchObject({ code: 'TRANSITION', message: '王编辑已担任本轮初审，复审应由另一人担任（三审须由三人分别审稿）。' });
    expect(t.fail('history.article.review', { id: r.id, version: r.version, stage: '终审', reviewer: '陈主编', date: '2026-03-11', opinion: '同意', decision: '通过' }).code).toBe('TRANSITION');
    r = t.ok('history.article.review', { id: r.id, version: r.version, stage: '复审', reviewer: '李主任', date: '2026-03-11', opinion: '时间有误，请核实', decision: '退改' });
    expect(r.status).toBe('退改');
    r = t.ok('history.article.resubmit', { id: r.id, version: r.version });
    expect(r).toMatchObject({ status: '待初审', reviewRound: 2 });
    // a new round: the same 初审 editor may review again
    r = t.ok('history.article.review', { id: r.id, version: r.version, stage: '初审', reviewer: '王编辑', date: '2026-03-20', opinion: '已改', decision: '通过' });
    expect(r.reviews.map((x) => `${x.round}${x.stage}${x.decision}`)).toEqual(['1初审通过', '1复审退改', '2初审通过']);
  });

  it('三校 only after 终审, with the error rate per 10,000 characters against the target', () => {
    const a = register('古山打铁铺', '应伟', body3000(7));
    expect(t.fail('history.article.proof', { id: a.id, version: a.version, round: '一校', proofreader: '周校', date: '2026-04-01', errorsFound: 1, errorsFixed: 1 }).message).toBe(
      '稿件尚未通过终审（当前状态“已收稿”），不能登记一校。',
    );
    const reviewed = passReview(a);
    expect(reviewed.status).toBe('终审通过');
    expect(t.fail('history.article.proof', { id: a.id, version: reviewed.version, round: '二校', proofreader: '周校', date: '2026-04-01', errorsFound: 1, errorsFixed: 1 }).code).toBe('TRANSITION');
    const p = proofAll(reviewed, [20, 4, 1.5]);
    expect(p.status).toBe('三校完成');
    const chars = a.wordCount;
    expect(p.proofs.map((x) => x.rate)).toEqual([20, 4, 1.5].map((e) => Math.round((e * 10000 * 100) / chars) / 100));
    expect(p.quality.rate).toBe(Math.round((1.5 * 10000 * 100) / chars) / 100);
    expect(p.quality.meetsTarget).toBe(false);
    expect(p.quality.complete).toBe(true);
  });

  it('refuses a stale version with a conflict and changes nothing', () => {
    const a = register('西溪渡口', '楼春');
    t.ok('history.article.select', { id: a.id, version: a.version, decision: '待用', date: '2026-03-05' });
    expect(t.fail('history.article.select', { id: a.id, version: a.version, decision: '采用', date: '2026-03-05' }).code).toBe('CONFLICT');
    expect(t.ok('history.article.get', { id: a.id }).status).toBe('待用');
  });
});

describe('编辑成辑', () => {
  let volumeId: number;
  const ready: ArticleRecord[] = [];

  beforeAll(() => {
    for (const [title, author] of [
      ['回忆芝英的祠堂', '应立新'],
      ['石柱供销社的变迁', '程海涛'],
      ['我的私塾先生', '卢素琴'],
    ])
      ready.push(passReview(register(title, author)));
    volumeId = t.ok('history.volume.save', {
      number: 35,
      title: '永安老街',
      board: [
        { role: '主任', names: ['陈主编'] },
        { role: '委员', names: ['王编辑', '李主任'] },
      ],
      preface: '老街是一座城市的记忆。',
      prefaceAuthor: '陈主编',
      afterword: '感谢各位作者。',
      publisher: '政协永安县委员会文史资料委员会',
      permitNumber: '浙金准字（2026）第035号',
      printCount: 1500,
      printer: '永安印刷厂',
      printDate: '2026-12-01',
    }).id;
  });

  it('refuses an article before 终审 and names it', () => {
    const early = register('尚未审完的稿子', '周正');
    const v = t.ok('history.volume.get', { id: volumeId });
    const err = t.fail('history.volume.arrange', { id: volumeId, version: v.version, sections: [{ title: '街巷记忆', articleIds: [ready[0].id, early.id] }] });
    expect(err).toMatchObject({ code: 'TRANSITION', message: '《尚未审完的稿子》尚未通过终审（当前状态“已收稿”），不能编入辑中。' });
    expect(t.ok('history.volume.get', { id: volumeId }).articles).toEqual([]);
  });

  it('arranges sections and article order, and rearranges', () => {
    let v = t.ok('history.volume.get', { id: volumeId });
    v = t.ok('history.volume.arrange', {
      id: volumeId,
      version: v.version,
      sections: [
        { title: '街巷记忆', articleIds: [ready[1].id, ready[0].id] },
        { title: '人物', articleIds: [ready[2].id] },
      ],
    });
    expect(v.sections.map((s) => s.title)).toEqual(['街巷记忆', '人物']);
    expect(v.articles.map((a) => a.title)).toEqual(['石柱供销社的变迁', '回忆芝英的祠堂', '我的私塾先生']);
    expect(v.articleCount).toBe(3);
    v = t.ok('history.volume.arrange', {
      id: volumeId,
      version: v.version,
      sections: [
        { id: v.sections[1].id, title: '人物春秋', articleIds: [ready[2].id, ready[0].id] },
        { id: v.sections[0].id, title: '街巷记忆', articleIds: [ready[1].id] },
      ],
    });
    expect(v.sections.map((s) => s.title)).toEqual(['人物春秋', '街巷记忆']);
    expect(v.articles.map((a) => a.title)).toEqual(['我的私塾先生', '回忆芝英的祠堂', '石柱供销社的变迁']);
    const other = t.ok('history.volume.save', { number: 36, title: '另一辑' });
    expect(t.fail('history.volume.arrange', { id: other.id, version: other.version, sections: [{ title: '', articleIds: [ready[0].id] }] }).message).toBe('《回忆芝英的祠堂》已编入第35辑，不能同时编入两辑。');
    expect(t.fail('history.volume.save', { number: 35, title: '重号' }).message).toContain('第35辑已存在');
  });

  it('付印 needs 三校 on every article; a rate above the target must be acknowledged; then it is locked', () => {
    let v = t.ok('history.volume.get', { id: volumeId });
    expect(v.printCheck.blocking).toHaveLength(3);
    expect(t.fail('history.volume.print', { id: volumeId, version: v.version }).message).toMatch(/^不能付印：《我的私塾先生》尚未完成三校/);
    const [a0, a1, a2] = v.articles.map((a) => t.ok('history.article.get', { id: a.id }));
    proofAll(a0);
    proofAll(a1);
    proofAll(a2, [10, 5, 3]);
    v = t.ok('history.volume.get', { id: volumeId });
    expect(v.printCheck.blocking).toEqual([]);
    expect(v.printCheck.warnings).toEqual([expect.stringMatching(/^《石柱供销社的变迁》差错率万分之\d+\.\d\d，未达到≤万分之1的要求。$/)]);
    expect(t.fail('history.volume.print', { id: volumeId, version: v.version }).message).toMatch(/^请确认后再付印/);
    v = t.ok('history.volume.print', { id: volumeId, version: v.version, acknowledgeWarnings: true });
    expect(v).toMatchObject({ status: '已付印', year: 2026 });
    expect(t.ok('history.article.get', { id: a0.id }).status).toBe('已刊用');
    expect(t.fail('history.volume.arrange', { id: volumeId, version: v.version, sections: [] }).message).toContain('已付印');
    const a = t.ok('history.article.get', { id: a0.id });
    expect(t.fail('history.article.save', { ...base, id: a.id, version: a.version, title: a.title, author: a.author, body: '改' }).message).toContain('已付印');
  });

  it('gives the Word builder every section, article and photo in order', () => {
    const a = t.ok('history.article.get', { id: ready[2].id });
    expect(t.fail('history.photo.add', { articleId: a.id, mime: 'image/png', width: 1, height: 1, base64: 'AAAA' }).message).toContain('已付印');
    const doc = t.ok('history.volume.document', { id: volumeId });
    expect(doc.volume).toMatchObject({ number: 35, title: '永安老街', permitNumber: '浙金准字（2026）第035号', printCount: 1500, internalNote: '内部资料 免费交流' });
    expect(doc.volume.board).toEqual([
      { role: '主任', names: ['陈主编'] },
      { role: '委员', names: ['王编辑', '李主任'] },
    ]);
    expect(doc.sections.map((s) => [s.title, s.articles.map((x) => x.title)])).toEqual([
      ['人物春秋', ['我的私塾先生', '回忆芝英的祠堂']],
      ['街巷记忆', ['石柱供销社的变迁']],
    ]);
    expect(doc.sections[0].articles[0].body.length).toBeGreaterThan(2000);
  });
});

describe('图片', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1b2d90000000049454e44ae426082', 'hex');

  it('stores photos with captions in the database, keeps the bytes out of the audit log, and voids', () => {
    const a = register('照片里的老街', '潘家驹');
    const p = t.ok('history.photo.add', { articleId: a.id, caption: '1950年代的花街', fileName: 'huajie.png', mime: 'image/png', width: 1, height: 1, base64: png.toString('base64') });
    expect(p).toMatchObject({ caption: '1950年代的花街', size: png.length, sort: 1 });
    expect(Buffer.from(t.ok('history.photo.get', { id: p.id }).base64, 'base64').equals(png)).toBe(true);
    expect(t.fail('history.photo.add', { articleId: a.id, mime: 'image/jpeg', width: 1, height: 1, base64: png.toString('base64') }).message).toContain('无法识别');
    const audit = t.ok('audit.list', { pageSize: 1 }).rows[0];
    expect(audit.summary).toBe('添加图片：《照片里的老街》“1950年代的花街”');
    expect(audit.after).not.toContain('data');
    const u = t.ok('history.photo.update', { id: p.id, version: p.version, caption: '花街（1956年）' });
    expect(t.ok('history.article.get', { id: a.id }).photos.map((x) => x.caption)).toEqual(['花街（1956年）']);
    t.ok('history.photo.void', { id: p.id, version: u.version, reason: '重复' });
    expect(t.ok('history.article.get', { id: a.id }).photos).toEqual([]);
  });
});

describe('文史检索', () => {
  /** A fixture where every kind of term occurs: names, places, punctuation, Latin in any case, digits. */
  beforeAll(() => {
    const r = rng(20260301);
    const rows = [];
    for (let i = 0; i < 60; i++) {
      const volume = 1 + (i % 4);
      let text = articleText(r, 800 + Math.floor(r() * 1500));
      if (i % 7 === 0) text += `\n附记：本文承${personName(r)}校阅，特此致谢。WORD文档由KODAK扫描。`;
      if (i % 11 === 0) text += '\n永';
      rows.push({ row: i + 2, volume: `第${volume}辑`, volumeTitle: `永安文史资料第${volume}辑`, section: ['工商经济', '人物春秋', '风土人情'][i % 3], title: articleTitle(r), author: personName(r), year: String(1980 + volume), fileName: `${i}.txt`, text });
    }
    const out = t.ok('history.import', { rows });
    expect(out).toMatchObject({ imported: 60, errors: [] });
  });

  const terms = (() => {
    const r = rng(7);
    const list = ['永', '康', '，', '“', 'w', 'W', '9', '永康', '芝英', '张明', '，“', 'Wo', 'wo', 'DD', '19', '城关镇', '胡公庙', 'wOrD', 'kodak', '》记载', '年，', '据《永康志》记载', '那时候的老字号', '特此致谢。WORD', '不存在的词语', 'zz', '𠀋'];
    const text = articleText(rng(99), 20_000);
    for (const len of [1, 2, 3, 8]) {
      for (let i = 0; i < 25; i++) {
        const at = Math.floor(r() * (text.length - len));
        const term = text.slice(at, at + len);
        if (!/\s/.test(term)) list.push(term);
      }
    }
    return list;
  })();

  it('finds exactly what a brute-force LIKE scan finds, for 1-, 2-, 3- and 8-character terms', () => {
    const sqlite = t.app.sqlite;
    let nonEmpty = 0;
    for (const term of terms) {
      const ours = searchArticleIds(sqlite, [term]);
      expect(ours, term).toEqual(bruteForceIds(sqlite, [term]));
      if (ours.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(terms.length * 0.8);
    // several terms are ANDed; filters narrow the same way
    for (const q of ['永康 老字号', '芝英 19 WORD', '城关镇 ，']) {
      const ts = splitQuery(q);
      expect(searchArticleIds(sqlite, ts), q).toEqual(bruteForceIds(sqlite, ts));
      expect(searchArticleIds(sqlite, ts, { section: '人物春秋', yearFrom: 1982 }), q).toEqual(bruteForceIds(sqlite, ts, { section: '人物春秋', yearFrom: 1982 }));
    }
  });

  it('returns hits in context, highlighted, with filters, paging and the offset to open the article at', () => {
    const all = t.ok('history.search', { query: '永康', pageSize: 100 });
    expect(all.total).toBe(bruteForceIds(t.app.sqlite, ['永康']).length);
    expect(all.total).toBeGreaterThan(5);
    const hit = all.rows[0];
    expect(hit.hitCount).toBeGreaterThan(0);
    const snippet = hit.snippets.find((s) => s.field === 'body')!;
    expect(snippet.parts.filter((p) => p.hit).map((p) => p.text)).toContain('永康');
    const article = t.ok('history.article.get', { id: hit.articleId });
    expect(article.body.slice(snippet.offset, snippet.offset + 2)).toBe('永康');
    const page2 = t.ok('history.search', { query: '永康', page: 2, pageSize: 3 });
    expect(page2.rows.map((x) => x.articleId)).toEqual(all.rows.slice(3, 6).map((x) => x.articleId));
    const filtered = t.ok('history.search', { query: '永康', section: '工商经济', yearTo: 1982, pageSize: 100 });
    expect(filtered.rows.every((x) => x.sectionTitle === '工商经济' && x.year! <= 1982)).toBe(true);
    expect(filtered.total).toBe(bruteForceIds(t.app.sqlite, ['永康'], { section: '工商经济', yearTo: 1982 }).length);
    const byAuthor = t.ok('history.search', { query: '', author: all.rows[0].author.slice(0, 1), pageSize: 100 });
    expect(byAuthor.rows.every((x) => x.author.startsWith(all.rows[0].author.slice(0, 1)))).toBe(true);
    expect(t.ok('history.search', { query: '   ' })).toMatchObject({ total: 0, rows: [] });
    const opts = t.ok('history.searchOptions', {});
    expect(opts.sections).toEqual(expect.arrayContaining(['工商经济', '人物春秋', '风土人情']));
    expect(opts.years).toEqual(expect.arrayContaining([1981, 1982, 1983, 1984]));
  });

  it('keeps the index in sync after edit, void and restore', () => {
    const sqlite = t.app.sqlite;
    const unique = '楼外楼记事本';
    expect(searchArticleIds(sqlite, [unique])).toEqual([]);
    const a = register('新稿', '俞正', `开头。${unique}在此，另有“燚燚”二字与Qx。`);
    for (const term of [unique, '燚燚', 'qX', '燚', '记事本']) expect(searchArticleIds(sqlite, [term]), term).toEqual([a.id]);
    const edited = t.ok('history.article.save', { ...base, id: a.id, version: a.version, title: '新稿', author: '俞正', body: '内容已全部改写，只剩“稀有”。' });
    for (const term of [unique, '燚燚', 'qX', '燚', '记事本']) expect(searchArticleIds(sqlite, [term]), term).toEqual([]);
    expect(searchArticleIds(sqlite, ['稀有'])).toEqual([a.id]);
    expect(searchArticleIds(sqlite, ['只剩“稀有”'])).toEqual([a.id]);
    const titleEdit = t.ok('history.article.save', { ...base, id: a.id, version: edited.version, title: '新的篇名', author: '俞正', body: edited.body });
    expect(searchArticleIds(sqlite, ['新的篇名'])).toEqual([a.id]);
    const voided = t.ok('history.article.void', { id: a.id, version: titleEdit.version, reason: '重复来稿' });
    expect(searchArticleIds(sqlite, ['稀有'])).toEqual([]);
    expect(bruteForceIds(sqlite, ['稀有'])).toEqual([]);
    t.ok('history.article.restore', { id: a.id, version: voided.version });
    expect(searchArticleIds(sqlite, ['稀有'])).toEqual([a.id]);
    // a status change alone does not touch the index
    const again = t.ok('history.article.get', { id: a.id });
    t.ok('history.article.select', { id: a.id, version: again.version, decision: '待用', date: '2026-03-05' });
    expect(searchArticleIds(sqlite, ['稀有'])).toEqual([a.id]);
  });

  it('voids an imported volume with its articles (gone from search) and restores them', () => {
    const sqlite = t.app.sqlite;
    const before = bruteForceIds(sqlite, ['永康']).length;
    const v = t.ok('history.volume.list', { imported: true }).find((x) => x.number === 2)!;
    const inVolume = t.ok('history.search', { query: '永康', volumeId: v.id, pageSize: 100 }).total;
    expect(inVolume).toBeGreaterThan(0);
    const voided = t.ok('history.volume.void', { id: v.id, version: v.version, reason: '重复入库' });
    expect(searchArticleIds(sqlite, ['永康']).length).toBe(before - inVolume);
    expect(searchArticleIds(sqlite, ['永康'])).toEqual(bruteForceIds(sqlite, ['永康']));
    t.ok('history.volume.restore', { id: v.id, version: voided.version });
    expect(searchArticleIds(sqlite, ['永康']).length).toBe(before);
    expect(t.ok('history.volume.get', { id: v.id }).articleCount).toBe(15);
  });
});

describe('历史文史资料入库', () => {
  const row = (n: number, patch: Record<string, unknown> = {}) => ({ row: n, volume: '第9辑', volumeTitle: '永安文史资料第九辑', section: '', title: `篇${n}`, author: '佚名', year: '1990', fileName: `${n}.docx`, text: '正文内容。', ...patch });

  it('imports nothing when any row is wrong and lists every bad row in Chinese', () => {
    const before = t.count('history_articles');
    const out = t.ok('history.import', {
      rows: [
        row(2),
        row(3, { volume: '甲辑' }),
        row(4, { title: '' }),
        row(5, { text: null }),
        row(6, { year: '九零' }),
        row(7, { year: '1991' }),
        row(8, { title: '篇2' }),
        row(9, { volume: '35' }),
        row(10, { text: '   ' }),
      ],
    });
    expect(out.imported).toBe(0);
    expect(out.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    for (const e of out.errors) expect(e.message).toMatch(chinese);
    expect(out.errors.find((e) => e.row === 5)!.message).toContain('找不到文件“5.docx”');
    expect(out.errors.find((e) => e.row === 7)!.message).toBe('年份1991与第2行（同属第9辑）的1990不一致');
    expect(out.errors.find((e) => e.row === 9)!.message).toBe('第35辑是在本系统中编辑的辑，不能导入到其中');
    expect(t.count('history_articles')).toBe(before);
  });

  it('imports a clean manifest, appends to an imported volume later and refuses a second copy', () => {
    const first = t.ok('history.import', { rows: [row(2), row(3, { section: '工商' })] });
    expect(first).toMatchObject({ imported: 2, volumes: ['第9辑（2篇）'] });
    const more = t.ok('history.import', { rows: [row(2, { title: '篇4' })] });
    expect(more.imported).toBe(1);
    const again = t.ok('history.import', { rows: [row(2)] });
    expect(again.errors[0].message).toBe('《篇2》（佚名）已在第9辑中入库');
    const v = t.ok('history.volume.list', { imported: true }).find((x) => x.number === 9)!;
    expect(t.ok('history.volume.get', { id: v.id }).articles.map((a) => [a.title, a.status])).toEqual([
      ['篇2', '已刊用'],
      ['篇4', '已刊用'],
      ['篇3', '已刊用'],
    ]);
  });
});

describe('作者是委员：收稿登记选委员，履职积分按关联计分', () => {
  const ids: Record<string, number> = {};
  const year2025 = { from: '2025-01-01', to: '2025-12-31' };
  const adopt = (title: string, author: string, authorMemberId: number | null) => {
    const a = t.ok('history.article.save', { ...base, receivedDate: '2025-03-01', title, author, authorMemberId, body: '正文'.repeat(200) });
    t.ok('history.article.select', { id: a.id, version: a.version, decision: '采用', date: '2025-03-20' });
    return a;
  };
  const historyPoints = (memberId: number) => t.ok('points.member', { memberId, ...year2025 }).lines.filter((l) => l.module === '文史资料');

  beforeAll(() => {
    const termId = t.ok('term.save', { number: 11, name: '第十一届', startDate: '2023-01-10' }).id;
    const edu = t.ok('sector.save', { name: '文史教育界', sort: 1 }).id;
    const eco = t.ok('sector.save', { name: '文史经济界', sort: 2 }).id;
    ids.张伟教育 = t.ok('member.save', { termId, name: '张伟', gender: '男', sectorId: edu, phone: '13900000101' }).id;
    ids.张伟经济 = t.ok('member.save', { termId, name: '张伟', gender: '男', sectorId: eco, phone: '13900000102' }).id;
    ids.李芳 = t.ok('member.save', { termId, name: '李芳', gender: '女', sectorId: edu, phone: '13900000103' }).id;
    t.ok('points.rule.save', { name: '文史稿件被采用', category: '任务', kind: 'history.article.used', points: 3, effectiveFrom: '2025-01-01' });
  });

  it('stores the link, writes the roster name as the author, and shows the member on the article and in the list', () => {
    const a = t.ok('history.article.save', { ...base, title: '县中迁址亲历记', author: '随便写的名字', authorMemberId: ids.张伟经济, body: '正文' });
    expect(a).toMatchObject({ author: '张伟', authorMemberId: ids.张伟经济, authorMember: { id: ids.张伟经济, name: '张伟', sectorName: '文史经济界', termName: '第十一届', status: '在任' } });
    const listed = t.ok('history.article.list', { page: 1, pageSize: 10, search: '县中迁址' }).rows[0];
    expect(listed).toMatchObject({ author: '张伟', authorMemberId: ids.张伟经济 });
    // back to an outside author: the link goes, the typed name stays
    const outside = t.ok('history.article.save', { ...base, id: a.id, version: a.version, title: a.title, author: '应老先生', authorMemberId: null, body: '正文' });
    expect(outside).toMatchObject({ author: '应老先生', authorMemberId: null, authorMember: null });
    const audit = t.app.sqlite.prepare("select summary from audit_log where entity = '文史稿件' and entity_id = ? order by id").all(a.id) as { summary: string }[];
    expect(audit.map((r) => r.summary)).toEqual(['新增文史稿件：《县中迁址亲历记》（张伟，委员）', '修改稿件：《县中迁址亲历记》，作者改为非委员应老先生']);
    const err = t.fail('history.article.save', { ...base, title: '查无此人', author: '某某', authorMemberId: 99999, body: '正文' });
    expect(err).toMatchObject({ code: 'VALIDATION', message: '所选委员不存在或已作废，请重新选择作者。' });
  });

  it('counts a 采用 article for the linked member only: of two members named 张伟 one gets the points; an outside author and a typed name get none', () => {
    adopt('我所经历的县中迁址', '张伟', ids.张伟教育);
    adopt('回忆芝英的祠堂', '应老先生', null);
    // typed as an outside person although a member bears the name: not guessed to be her
    adopt('同名的外来稿', '李芳', null);
    expect(historyPoints(ids.张伟教育)).toEqual([expect.objectContaining({ points: 3, label: '《我所经历的县中迁址》（作者张伟，采用）' })]);
    expect(historyPoints(ids.张伟经济)).toEqual([]);
    expect(historyPoints(ids.李芳)).toEqual([]);
    const ranking = t.ok('points.ranking.members', year2025).rows;
    expect(ranking.filter((r) => (r.byItem['文史资料'] ?? 0) > 0).map((r) => [r.memberId, r.byItem['文史资料']])).toEqual([[ids.张伟教育, 3]]);
  });
});

describe('撤销付印', () => {
  it('takes a 付印 volume back to 编辑中 with a reason (audited), its articles back to 三校完成; a volume not 付印 or imported is refused', () => {
    const arts = ['撤销付印用稿一', '撤销付印用稿二'].map((title, i) => proofAll(passReview(register(title, '楼春', body3000(40 + i)))));
    let v = t.ok('history.volume.save', { number: 77, title: '付印又撤销' });
    v = t.ok('history.volume.arrange', { id: v.id, version: v.version, sections: [{ title: '', articleIds: arts.map((a) => a.id) }] });
    expect(t.fail('history.volume.unprint', { id: v.id, version: v.version, reason: '发现错字' })).toMatchObject({ code: 'TRANSITION', message: '第77辑《付印又撤销》尚未付印（当前状态“编辑中”），无需撤销。' });
    v = t.ok('history.volume.print', { id: v.id, version: v.version, acknowledgeWarnings: true });
    expect(v.status).toBe('已付印');
    expect(t.fail('history.volume.unprint', { id: v.id, version: v.version, reason: '' }).code).toBe('VALIDATION');
    expect(t.fail('history.volume.unprint', { id: v.id, version: v.version - 1, reason: '发现错字' }).code).toBe('CONFLICT');
    const back = t.ok('history.volume.unprint', { id: v.id, version: v.version, reason: '印前发现第二篇人名有误' });
    expect(back).toMatchObject({ status: '编辑中', printedAt: null });
    expect(back.articles.map((a) => a.status)).toEqual(['三校完成', '三校完成']);
    const summary = (t.app.sqlite.prepare("select summary from audit_log where entity = '文史辑' and entity_id = ? order by id desc limit 1").get(v.id) as { summary: string }).summary;
    expect(summary).toMatch(/^撤销付印：第77辑《付印又撤销》（\d{4}-\d\d-\d\d付印），2篇稿件回到“三校完成”；原因：印前发现第二篇人名有误$/);
    // editable again: the article can be corrected, and the volume printed again
    const a = t.ok('history.article.get', { id: arts[1].id });
    expect(t.ok('history.article.save', { ...base, id: a.id, version: a.version, title: a.title, author: a.author, body: `${a.body}改` }).status).toBe('三校完成');
    expect(t.ok('history.volume.print', { id: v.id, version: back.version, acknowledgeWarnings: true }).status).toBe('已付印');
    const imported = t.ok('history.volume.list', { imported: true });
    expect(imported.length).toBeGreaterThan(0);
    expect(t.fail('history.volume.unprint', { id: imported[0].id, version: imported[0].version, reason: '试试' }).message).toContain('是入库的历史资料，没有付印记录，不能撤销付印。');
  });
});
