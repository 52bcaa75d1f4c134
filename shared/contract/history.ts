import { z } from './zod';
import { command, query } from './define';
import { choice, count, id, isoDate, optionalText, pageInput, recordMeta, restoreInput, saveKey, text, versionField, voidInput } from './fields';
import {
  articleStatuses,
  callStates,
  permissionStates,
  proofRounds,
  reviewDecisions,
  reviewStages,
  sanqinTypes,
  selectionDecisions,
  volumeStatuses,
} from '../domain/history/status';
import { articleActions } from '../domain/history/machine';

/* ───────────── 征稿 ───────────── */

export const callFields = z.object({
  topic: text('征稿主题', 100),
  publishDate: isoDate('发布日期'),
  deadline: isoDate('截止日期'),
  requirements: optionalText('征稿要求', 5000),
  contact: optionalText('联系方式', 200),
  note: optionalText('备注', 500),
});
export const callRecord = callFields.extend({ ...recordMeta, state: choice('状态', callStates), articleCount: z.number().int() });
export type CallRecord = z.output<typeof callRecord>;

/* ───────────── 稿件 ───────────── */

export const articleFields = z.object({
  callId: id('征稿').optional().nullable(),
  title: text('篇名', 100),
  /** The author as a 委员 from the roster; null or absent for an outside author (then author is typed). */
  authorMemberId: id('作者（委员）').optional().nullable(),
  /** With authorMemberId the service writes the member's name here. */
  author: text('作者', 50),
  authorThen: optionalText('作者当时身份', 100),
  authorNow: optionalText('作者现在身份', 100),
  recorder: optionalText('整理人', 50),
  sanqin: choice('三亲类型', sanqinTypes),
  body: z.string({ error: '正文应为文字' }).max(300_000, '正文不能超过30万字').meta({ title: '正文' }).default(''),
  source: optionalText('稿件来源', 100),
  receivedDate: isoDate('收稿日期'),
  permission: choice('授权情况', permissionStates),
  permissionNote: optionalText('授权说明', 300),
  note: optionalText('备注', 500),
});

export const wordCountShape = z.object({ total: z.number().int(), hanzi: z.number().int(), punctuation: z.number().int(), words: z.number().int(), numbers: z.number().int() });

export const articleRow = z.object({
  id: z.number().int(),
  version: z.number().int(),
  title: z.string(),
  author: z.string(),
  authorMemberId: z.number().int().nullable(),
  recorder: z.string(),
  sanqin: z.string(),
  status: choice('状态', articleStatuses),
  wordCount: z.number().int(),
  receivedDate: z.string(),
  source: z.string(),
  permission: z.string(),
  callId: z.number().int().nullable(),
  callTopic: z.string().nullable(),
  volumeId: z.number().int().nullable(),
  volumeNumber: z.number().int().nullable(),
  volumeTitle: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  imported: z.boolean(),
  photoCount: z.number().int(),
  /** The error rate figure after 三校 (万分之), null before any 校次. */
  errorRate: z.number().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type ArticleRow = z.output<typeof articleRow>;

export const selectionRecord = z.object({ ...recordMeta, articleId: z.number().int(), decision: z.string(), reason: z.string(), decidedBy: z.string(), date: z.string() });
export const reviewRecord = z.object({ ...recordMeta, articleId: z.number().int(), round: z.number().int(), stage: z.string(), reviewer: z.string(), date: z.string(), opinion: z.string(), decision: z.string() });
export const proofRecord = z.object({
  ...recordMeta,
  articleId: z.number().int(),
  round: z.string(),
  proofreader: z.string(),
  date: z.string(),
  chars: z.number().int(),
  errorsFound: z.number(),
  errorsFixed: z.number(),
  note: z.string(),
  rate: z.number(),
  meetsTarget: z.boolean(),
});
export const photoMeta = z.object({ ...recordMeta, articleId: z.number().int(), caption: z.string(), fileName: z.string(), mime: z.string(), width: z.number().int(), height: z.number().int(), size: z.number().int(), sort: z.number().int() });
export type PhotoMeta = z.output<typeof photoMeta>;
export type ReviewRecord = z.output<typeof reviewRecord>;
export type ProofRecord = z.output<typeof proofRecord>;

/** The 委员 an article is linked to, as the article page shows it. */
export const authorMemberShape = z.object({ id: z.number().int(), name: z.string(), sectorName: z.string(), termName: z.string(), status: z.string() });

export const articleRecord = articleFields.extend({
  ...recordMeta,
  authorMemberId: z.number().int().nullable(),
  authorMember: authorMemberShape.nullable(),
  status: choice('状态', articleStatuses),
  reviewRound: z.number().int(),
  wordCount: z.number().int(),
  wordCounts: wordCountShape,
  lengthAdvice: z.string().nullable(),
  callTopic: z.string().nullable(),
  volumeId: z.number().int().nullable(),
  sectionId: z.number().int().nullable(),
  volumeOrder: z.number().int().nullable(),
  volumeNumber: z.number().int().nullable(),
  volumeTitle: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  imported: z.boolean(),
  selections: z.array(selectionRecord),
  reviews: z.array(reviewRecord),
  proofs: z.array(proofRecord),
  photos: z.array(photoMeta),
  quality: z.object({ rate: z.number().nullable(), meetsTarget: z.boolean().nullable(), unfixed: z.number(), complete: z.boolean(), target: z.number() }),
  /** The buttons for the current status (from the state machine). */
  actions: z.array(z.enum(articleActions)),
});
export type ArticleRecord = z.output<typeof articleRecord>;

export const articleSortKeys = ['receivedDate', 'title', 'author', 'wordCount', 'status'] as const;

export const articleListInput = z.object({
  ...pageInput,
  status: z.array(choice('状态', articleStatuses)).max(20).optional(),
  callId: id('征稿').optional(),
  volumeId: id('辑').optional(),
  /** Only articles not yet placed in any volume. */
  unplaced: z.boolean().optional(),
  imported: z.boolean().optional(),
  sanqin: choice('三亲类型', sanqinTypes).optional(),
  search: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
  includeVoided: z.boolean().default(false),
  sortBy: z.enum(articleSortKeys).default('receivedDate'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
});

const articleKey = { id: id('稿件'), version: versionField };
const reviewerName = (label: string) => text(label, 30);

export const selectInput = z.object({ ...articleKey, decision: choice('选稿意见', selectionDecisions), reason: optionalText('不用原因', 500), decidedBy: optionalText('选稿人', 30), date: isoDate('选稿日期') });
export const reviewInput = z.object({
  ...articleKey,
  stage: choice('审次', reviewStages),
  reviewer: reviewerName('审稿人'),
  date: isoDate('审稿日期'),
  opinion: text('审稿意见', 2000),
  decision: choice('审稿结论', reviewDecisions),
});
export const proofInput = z.object({
  ...articleKey,
  round: choice('校次', proofRounds),
  proofreader: reviewerName('校对人'),
  date: isoDate('校对日期'),
  /** Defaults to the article's current 字数. */
  chars: count('校对字数', 10_000_000).min(1, '校对字数应大于0').optional(),
  errorsFound: z.number({ error: '发现差错数应为数字' }).min(0, '发现差错数不能为负数').max(100_000).meta({ title: '发现差错数' }),
  errorsFixed: z.number({ error: '改正差错数应为数字' }).min(0, '改正差错数不能为负数').max(100_000).meta({ title: '改正差错数' }),
  note: optionalText('校对说明', 1000),
});

/* ───────────── 照片 ───────────── */

export const photoMimes = ['image/jpeg', 'image/png'] as const;
export const photoAddInput = z.object({
  articleId: id('稿件'),
  caption: optionalText('图片说明', 200),
  fileName: optionalText('文件名', 200),
  mime: choice('图片格式', photoMimes),
  width: count('宽度', 20_000),
  height: count('高度', 20_000),
  base64: z.string().min(1, '图片为空').max(20_000_000, '图片过大（请小于15MB）'),
});
export const photoUpdateInput = z.object({ id: id('图片'), version: versionField, caption: optionalText('图片说明', 200), sort: count('排序', 9999).optional() });

/* ───────────── 辑 ───────────── */

export const boardEntry = z.object({ role: text('编委会职务', 20), names: z.array(text('姓名', 30)).max(60, '每项最多60人') });
export type BoardEntry = z.output<typeof boardEntry>;

export const volumeFields = z.object({
  number: count('辑次', 9999).min(1, '辑次应大于0'),
  title: text('书名', 60),
  year: z.number({ error: '出版年份应为数字' }).int().min(1949, '出版年份不正确').max(2100, '出版年份不正确').meta({ title: '出版年份' }).optional().nullable(),
  board: z.array(boardEntry).max(20, '编委会最多20项').default([]),
  preface: optionalText('序', 30_000),
  prefaceAuthor: optionalText('序作者', 60),
  afterword: optionalText('编后记', 30_000),
  publisher: optionalText('编印单位', 60),
  permitNumber: optionalText('准印证号', 60),
  internalNote: z.string({ error: '内部资料说明应为文字' }).trim().max(30, '内部资料说明不能超过30个字').meta({ title: '内部资料说明' }).default('内部资料 免费交流'),
  printCount: count('印数', 1_000_000).optional().nullable(),
  printer: optionalText('印刷单位', 60),
  printDate: isoDate('印刷日期').optional().nullable(),
});

export const volumeArticle = z.object({
  id: z.number().int(),
  version: z.number().int(),
  title: z.string(),
  author: z.string(),
  recorder: z.string(),
  status: z.string(),
  wordCount: z.number().int(),
  sectionId: z.number().int().nullable(),
  volumeOrder: z.number().int().nullable(),
  photoCount: z.number().int(),
  errorRate: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
});
export const sectionRecord = z.object({ id: z.number().int(), title: z.string(), sort: z.number().int() });

export const volumeRow = volumeFields.extend({
  ...recordMeta,
  status: choice('状态', volumeStatuses),
  imported: z.boolean(),
  printedAt: z.string().nullable(),
  articleCount: z.number().int(),
  wordCount: z.number().int(),
});
export type VolumeRow = z.output<typeof volumeRow>;

export const volumeRecord = volumeRow.extend({
  sections: z.array(sectionRecord),
  /** In print order: by section order, then volumeOrder. */
  articles: z.array(volumeArticle),
  printCheck: z.object({ blocking: z.array(z.string()), warnings: z.array(z.string()) }),
});
export type VolumeRecord = z.output<typeof volumeRecord>;

export const arrangeInput = z.object({
  id: id('辑'),
  version: versionField,
  /** The whole layout: sections in order, each with its articles in order. A section with no id is new; a missing one is removed. */
  sections: z
    .array(z.object({ id: z.number().int().positive().optional(), title: optionalText('栏目名称', 40), articleIds: z.array(id('稿件')).max(500) }))
    .max(60, '栏目最多60个'),
});

/** Everything the Word builder needs for one volume (photos as base64). */
export const volumeDocumentData = z.object({
  volume: volumeRow,
  sections: z.array(
    z.object({
      title: z.string(),
      articles: z.array(
        z.object({
          id: z.number().int(),
          title: z.string(),
          author: z.string(),
          authorThen: z.string(),
          recorder: z.string(),
          body: z.string(),
          wordCount: z.number().int(),
          photos: z.array(z.object({ caption: z.string(), mime: z.string(), width: z.number().int(), height: z.number().int(), base64: z.string() })),
        }),
      ),
    }),
  ),
});
export type VolumeDocumentData = z.output<typeof volumeDocumentData>;

/* ───────────── 检索 ───────────── */

export const searchInput = z.object({
  ...pageInput,
  query: z.string({ error: '检索词应为文字' }).max(200, '检索词不能超过200个字').meta({ title: '检索词' }),
  volumeId: id('辑').optional(),
  section: z.string().trim().max(40).optional(),
  author: z.string().trim().max(50).optional(),
  yearFrom: z.number().int().min(1900).max(2100).optional(),
  yearTo: z.number().int().min(1900).max(2100).optional(),
});

export const snippetShape = z.object({ field: z.enum(['title', 'body']), offset: z.number().int(), parts: z.array(z.object({ text: z.string(), hit: z.boolean() })) });
export type SearchSnippet = z.output<typeof snippetShape>;

export const searchHit = z.object({
  articleId: z.number().int(),
  title: z.string(),
  author: z.string(),
  status: z.string(),
  volumeId: z.number().int().nullable(),
  volumeNumber: z.number().int().nullable(),
  volumeTitle: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  year: z.number().int().nullable(),
  hitCount: z.number().int(),
  snippets: z.array(snippetShape),
});
export type SearchHit = z.output<typeof searchHit>;

export const searchOutput = z.object({ terms: z.array(z.string()), total: z.number().int(), rows: z.array(searchHit), ms: z.number() });

/* ───────────── 入库 ───────────── */

export const importRow = z.object({
  row: z.number().int().min(1),
  volume: z.string().max(50).default(''),
  volumeTitle: z.string().max(100).default(''),
  section: z.string().max(100).default(''),
  title: z.string().max(300).default(''),
  author: z.string().max(100).default(''),
  year: z.string().max(20).default(''),
  fileName: z.string().max(300).default(''),
  /** The article's text as read from its .docx or .txt by the renderer; null when the file was not found. */
  text: z.string().max(300_000).nullable(),
  /** Why the renderer could not read the file, if it could not. */
  fileError: z.string().max(300).optional(),
});
export type ImportRow = z.input<typeof importRow>;

/** The manifest's columns, in order; the importer reads them by header text. */
export const manifestColumns: { key: 'volume' | 'volumeTitle' | 'section' | 'title' | 'author' | 'year' | 'fileName'; header: string; width: number; example: string; required: boolean }[] = [
  { key: 'volume', header: '辑次', width: 8, example: '第3辑', required: true },
  { key: 'volumeTitle', header: '书名', width: 24, example: '永安文史资料（第三辑）', required: false },
  { key: 'section', header: '栏目', width: 14, example: '工商经济', required: false },
  { key: 'title', header: '篇名', width: 30, example: '回忆永安县城的老字号', required: true },
  { key: 'author', header: '作者', width: 10, example: '张明华', required: true },
  { key: 'year', header: '年份', width: 8, example: '1987', required: true },
  { key: 'fileName', header: '文件', width: 28, example: '第3辑/回忆永安县城的老字号.docx', required: true },
];

/* ───────────── methods ───────────── */

export const historyContract = {
  'history.call.list': query('征稿列表', z.object({ includeVoided: z.boolean().default(false) }).default({ includeVoided: false }), z.array(callRecord)),
  'history.call.save': command('新增或修改征稿', callFields.extend(saveKey), callRecord),
  'history.call.void': command('作废征稿', voidInput, callRecord),
  'history.call.restore': command('恢复已作废的征稿', restoreInput, callRecord),

  'history.article.list': query('稿件列表（筛选、排序、分页）', articleListInput, z.object({ rows: z.array(articleRow), total: z.number().int() })),
  'history.article.get': query('稿件详情（含选稿、三审、三校记录和图片）', z.object({ id: id('稿件') }), articleRecord),
  'history.article.save': command('收稿登记或修改稿件（字数自动计算）', articleFields.extend(saveKey), articleRecord),
  'history.article.select': command('选稿：采用、待用或不用', selectInput, articleRecord),
  'history.article.reconsider': command('撤销“不用”，重新选稿', z.object(articleKey), articleRecord),
  'history.article.review': command('登记三审（初审、复审、终审）', reviewInput, articleRecord),
  'history.article.resubmit': command('退改稿件修改后重新送审（从初审开始）', z.object(articleKey), articleRecord),
  'history.article.proof': command('登记三校（一校、二校、三校）', proofInput, articleRecord),
  'history.article.void': command('作废稿件', voidInput, articleRecord),
  'history.article.restore': command('恢复已作废的稿件', restoreInput, articleRecord),

  'history.photo.add': command('添加图片（含图片说明）', photoAddInput, photoMeta),
  'history.photo.update': command('修改图片说明或顺序', photoUpdateInput, photoMeta),
  'history.photo.void': command('作废图片', voidInput, photoMeta),
  'history.photo.get': query('图片内容', z.object({ id: id('图片') }), photoMeta.extend({ base64: z.string() })),

  'history.volume.list': query('辑列表', z.object({ includeVoided: z.boolean().default(false), imported: z.boolean().optional() }).default({ includeVoided: false }), z.array(volumeRow)),
  'history.volume.get': query('辑详情（栏目、篇目顺序、付印检查）', z.object({ id: id('辑') }), volumeRecord),
  'history.volume.save': command('新建或修改辑（书名、编委会、序、编后记、版权页）', volumeFields.extend(saveKey), volumeRecord),
  'history.volume.arrange': command('编排栏目和篇目顺序（未通过终审的稿件不能编入）', arrangeInput, volumeRecord),
  'history.volume.print': command('付印（三校全部完成；差错率超标须确认）', z.object({ id: id('辑'), version: versionField, acknowledgeWarnings: z.boolean().default(false) }), volumeRecord),
  'history.volume.unprint': command('撤销付印（写明原因；稿件回到三校完成，本辑可再修改）', z.object({ id: id('辑'), version: versionField, reason: text('撤销原因', 500) }), volumeRecord),
  'history.volume.document': query('整辑Word文档所需的全部内容', z.object({ id: id('辑') }), volumeDocumentData),
  'history.volume.void': command('作废辑（入库的旧辑连同其稿件一并作废）', voidInput, volumeRecord),
  'history.volume.restore': command('恢复已作废的辑', restoreInput, volumeRecord),

  'history.search': query('文史检索（任意长度的词，显示上下文）', searchInput, searchOutput),
  'history.searchOptions': query('检索筛选项（辑、栏目、年份）', z.object({}).default({}), z.object({ volumes: z.array(z.object({ id: z.number().int(), number: z.number().int(), title: z.string(), year: z.number().int().nullable() })), sections: z.array(z.string()), years: z.array(z.number().int()) })),
  'history.import': command(
    '历史文史资料入库（清单 + 每篇 .docx/.txt，全部无误才导入）',
    z.object({ rows: z.array(importRow).min(1, '清单中没有数据行').max(10_000, '一次最多导入10000篇') }),
    z.object({ imported: z.number().int(), volumes: z.array(z.string()), errors: z.array(z.object({ row: z.number().int(), message: z.string() })) }),
  ),
};
