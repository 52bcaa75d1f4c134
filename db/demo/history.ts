import { articleText, articleTitle, personName, rng } from './historyText';
import { demoPhoto } from './photo';

type Call = <T = { id: number; version: number }>(method: string, input: unknown) => T;
interface Article {
  id: number;
  version: number;
  wordCount: number;
}

const volumeArticles: { section: string; title: string; author: string; recorder?: string; then: string; now: string; sanqin: '亲历' | '亲见' | '亲闻'; photos?: string[] }[] = [
  { section: '工商经济', title: '回忆城关“仁寿堂”中药铺', author: '胡正', then: '仁寿堂学徒', now: '退休中医师', sanqin: '亲历', photos: ['仁寿堂旧址（1962年摄）'] },
  { section: '工商经济', title: '永安打铁铺的百年兴衰', author: '楼德林', recorder: '周文', then: '铁匠', now: '退休工人', sanqin: '亲历', photos: ['打铁铺一条街', '楼德林老人在打铁（2025年摄）'] },
  { section: '工商经济', title: '我所知道的“协和”糕点店', author: '陈秀英', then: '协和糕点店店员', now: '退休职工', sanqin: '亲见' },
  { section: '工商经济', title: '五金城起步的那几年', author: '应立新', then: '城关镇工办干部', now: '县政协原副主席', sanqin: '亲历', photos: ['1992年的五金城工地'] },
  { section: '人物春秋', title: '应树人先生二三事', author: '程海涛', then: '县中学学生', now: '退休教师', sanqin: '亲见' },
  { section: '人物春秋', title: '我的父亲楼家驹', author: '楼素琴', then: '', now: '退休医生', sanqin: '亲历', photos: ['楼家驹先生（1950年代）'] },
  { section: '人物春秋', title: '记老中医胡文', author: '胡国庆', then: '县卫生院药剂员', now: '退休职工', sanqin: '亲闻' },
  { section: '风土人情', title: '方岩庙会见闻', author: '卢建军', then: '方岩乡文化员', now: '退休干部', sanqin: '亲见', photos: ['方岩庙会上的迎案队伍'] },
  { section: '风土人情', title: '芝英祠堂群记略', author: '应慧', then: '', now: '县文物保护所研究人员', sanqin: '亲见', photos: ['芝英应氏宗祠'] },
  { section: '风土人情', title: '西溪渡口旧事', author: '徐桂芳', recorder: '施明华', then: '渡工之女', now: '居民', sanqin: '亲历' },
  { section: '风土人情', title: '花街的灯会', author: '潘志强', then: '花街居民', now: '退休职工', sanqin: '亲历' },
  { section: '风土人情', title: '老县城的石拱桥', author: '俞伟', then: '县交通局技术员', now: '退休工程师', sanqin: '亲见', photos: ['南门石拱桥（1970年代）'] },
];

const preface = [
  '老字号、老手艺、老街巷，是一座县城的记忆。本辑以“永安老字号”为题，收录亲历、亲见、亲闻者的回忆文章十余篇，记述了城关中药铺、打铁铺、糕点店的兴衰，五金城起步的艰辛，以及方岩庙会、芝英祠堂、西溪渡口等风土人情。',
  '这些文章大多出自年逾古稀的老人之手，有的是口述后由他人整理。文字或许朴素，史料却弥足珍贵。我们希望通过本辑，让更多的人了解永安的过去，珍惜今天的发展来之不易。',
  '文史资料工作是人民政协的一项特色工作。存史、资政、团结、育人，是我们始终坚持的方向。谨以此书献给所有关心永安历史文化的人们。',
].join('\n');

const afterword = [
  '本辑自2026年3月发出征稿启事，共收到来稿二十余篇，经初审、复审、终审，选用十二篇，分“工商经济”“人物春秋”“风土人情”三个栏目编排。',
  '在编辑过程中，我们坚持“三亲”原则，对文中涉及的人名、地名、时间逐一核对，并实行三审三校制度。由于时间和水平所限，疏漏之处在所难免，敬请读者批评指正。',
  '本辑的编辑出版得到了县档案馆、县文物保护所和各位作者的大力支持，谨致谢忱。',
].join('\n');

/**
 * 文史资料 in the demo county: two 征稿, articles in every stage, 第35辑《永安老字号》 being edited
 * (12 articles in three sections, photos, 编委会, 序, 编后记, 版权页) and 第1–3辑 brought into the
 * archive so 文史检索 has old volumes to search. Goes through the services like the UI.
 */
export function generateHistoryDemo(call: Call) {
  const r = rng(19850101);
  const calls = [
    call('history.call.save', {
      topic: '永安老字号',
      publishDate: '2026-03-01',
      deadline: '2026-06-30',
      requirements: '征集反映我县老字号、老手艺兴衰的回忆文章。要求亲历、亲见、亲闻，史实准确，每篇2000–5000字，可附老照片并注明拍摄时间和提供人。',
      contact: '县政协文化文史和学习委员会 0579-87100016',
    }),
    call('history.call.save', {
      topic: '永安抗战记忆',
      publishDate: '2026-08-01',
      deadline: '2027-03-31',
      requirements: '征集抗战时期永安的人和事，口述回忆可由亲属或文史工作者整理，注明整理人。',
      contact: '县政协文化文史和学习委员会 0579-87100016',
    }),
  ];

  const register = (title: string, author: string, extra: Record<string, unknown> = {}) =>
    call<Article>('history.article.save', {
      callId: calls[0].id,
      title,
      author,
      sanqin: '亲历',
      body: articleText(r, 2400 + Math.floor(r() * 2200)),
      source: '来稿',
      receivedDate: `2026-0${3 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 27)).padStart(2, '0')}`,
      permission: '已授权',
      ...extra,
    });
  const review = (a: Article): Article => {
    let x = call<Article>('history.article.select', { id: a.id, version: a.version, decision: '采用', date: '2026-07-06' });
    for (const [stage, reviewer, date] of [
      ['初审', '王晓燕', '2026-07-10'],
      ['复审', '李建华', '2026-07-20'],
      ['终审', '陈志远', '2026-08-03'],
    ])
      x = call<Article>('history.article.review', { id: x.id, version: x.version, stage, reviewer, date, opinion: stage === '终审' ? '同意采用，编入第35辑。' : '史实清楚，符合三亲要求，建议采用。', decision: '通过' });
    return x;
  };
  const proof = (a: Article, rounds: number): Article => {
    let x = a;
    const found = [8 + Math.floor(r() * 12), 1 + Math.floor(r() * 4), r() < 0.2 ? 0.5 : 0];
    (['一校', '二校', '三校'] as const).slice(0, rounds).forEach((round, i) => {
      x = call<Article>('history.article.proof', { id: x.id, version: x.version, round, proofreader: ['周敏', '吴丽', '郑红'][i], date: `2026-0${8 + Math.floor(i / 2)}-${10 + i * 7}`, errorsFound: found[i], errorsFixed: found[i] });
    });
    return x;
  };

  // 第35辑: being edited
  const placed: { section: string; id: number }[] = [];
  volumeArticles.forEach((spec, i) => {
    let a = register(spec.title, spec.author, { authorThen: spec.then, authorNow: spec.now, recorder: spec.recorder ?? '', sanqin: spec.sanqin, source: spec.recorder ? '口述整理' : '来稿' });
    (spec.photos ?? []).forEach((caption, k) => {
      call('history.photo.add', { articleId: a.id, caption, fileName: `photo${i}-${k}.png`, mime: 'image/png', width: 480, height: 320, base64: demoPhoto(i * 10 + k + 1).toString('base64') });
    });
    a = review(a);
    proof(a, i >= 10 ? 2 : 3);
    placed.push({ section: spec.section, id: a.id });
  });
  const v = call<{ id: number; version: number }>('history.volume.save', {
    number: 35,
    title: '永安老字号',
    year: 2026,
    board: [
      { role: '主任', names: ['张明华'] },
      { role: '副主任', names: ['应立新', '程国庆'] },
      { role: '委员', names: ['王晓燕', '李建华', '陈志远', '胡春', '卢慧', '施德林'] },
      { role: '主编', names: ['陈志远'] },
      { role: '副主编', names: ['李建华'] },
      { role: '编辑', names: ['王晓燕', '周敏', '吴丽'] },
    ],
    preface,
    prefaceAuthor: '张明华',
    afterword,
    publisher: '政协永安县委员会文化文史和学习委员会',
    permitNumber: '浙内准字（2026）第035号',
    printCount: 2000,
    printer: '永安县印刷有限公司',
    printDate: '2026-12-01',
  });
  const sections = ['工商经济', '人物春秋', '风土人情'];
  call('history.volume.arrange', { id: v.id, version: v.version, sections: sections.map((title) => ({ title, articleIds: placed.filter((p) => p.section === title).map((p) => p.id) })) });

  // the other articles, in every stage of the pipeline; two are by 委员 picked from the roster (the
  // service writes the member's name over the drawn one), so 履职积分 counts one 文史 采用
  const memberAuthors = call<{ rows: { id: number }[] }>('member.list', { page: 1, pageSize: 2, status: '在任', sortBy: 'createdAt', sortOrder: 'asc' }).rows.map((m) => m.id);
  register('我家的老算盘', personName(r), { authorMemberId: memberAuthors[0] ?? null });
  register('城关镇的露天电影', personName(r), { callId: calls[1].id });
  const pooled = register('旧时的婚俗', personName(r));
  call('history.article.select', { id: pooled.id, version: pooled.version, decision: '待用', date: '2026-07-06' });
  const rejected = register('我的养生之道', personName(r));
  call('history.article.select', { id: rejected.id, version: rejected.version, decision: '不用', reason: '不属于文史资料征集范围', date: '2026-07-06' });
  let inReview = register('一九五八年修水库', personName(r), { callId: calls[1].id, authorMemberId: memberAuthors[1] ?? null });
  inReview = call('history.article.select', { id: inReview.id, version: inReview.version, decision: '采用', date: '2026-08-06' });
  call('history.article.review', { id: inReview.id, version: inReview.version, stage: '初审', reviewer: '王晓燕', date: '2026-08-12', opinion: '内容翔实，建议采用。', decision: '通过' });
  let returned = register('抗战时期的县立中学', personName(r), { callId: calls[1].id });
  returned = call('history.article.select', { id: returned.id, version: returned.version, decision: '采用', date: '2026-08-06' });
  call('history.article.review', { id: returned.id, version: returned.version, stage: '初审', reviewer: '王晓燕', date: '2026-08-15', opinion: '部分时间、人名需核实，请作者修改后再审。', decision: '退改' });

  // 第1–3辑 in the archive
  const rows = [];
  let row = 2;
  for (const [n, year, title] of [
    [1, '1985', '永安文史资料（第一辑）'],
    [2, '1987', '永安文史资料（第二辑）'],
    [3, '1990', '永安文史资料（第三辑）'],
  ] as const) {
    for (let i = 0; i < 8; i++) {
      rows.push({ row: row++, volume: `第${n}辑`, volumeTitle: title, section: ['史事纪略', '人物', '工商', '社会风情'][i % 4], title: articleTitle(r), author: personName(r), year, fileName: `${n}-${i + 1}.txt`, text: articleText(r, 3000 + Math.floor(r() * 3000)) });
    }
  }
  call('history.import', { rows });
  return { volumeId: v.id };
}
