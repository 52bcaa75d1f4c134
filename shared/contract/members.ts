import { z } from './zod';
import { command, query } from './define';
import { choice, id, isoDate, mobile, optionalText, pageInput, reasonField, recordMeta, restoreInput, saveKey, text, versionField } from './fields';

export const genders = ['男', '女'] as const;
export const memberStatuses = ['在任', '离任'] as const;

export const memberFields = z.object({
  name: text('姓名', 20),
  gender: choice('性别', genders),
  termId: id('届次'),
  sectorId: id('界别'),
  partyId: id('党派').optional().nullable(),
  committeeId: id('专委会').optional().nullable(),
  groupId: id('活动组').optional().nullable(),
  workUnit: optionalText('工作单位及职务', 100),
  phone: mobile('手机号'),
  isStanding: z.boolean({ error: '是否常委应为是或否' }).meta({ title: '是否常委' }).default(false),
  note: optionalText('备注', 500),
});

export const memberRecord = memberFields.extend({
  ...recordMeta,
  status: choice('状态', memberStatuses),
  leftAt: z.string().nullable(),
  leftReason: z.string().nullable(),
  sectorName: z.string(),
  partyName: z.string().nullable(),
  committeeName: z.string().nullable(),
  groupName: z.string().nullable(),
});
export type MemberRecord = z.output<typeof memberRecord>;

export const memberSortKeys = ['name', 'sector', 'party', 'createdAt'] as const;

export const memberListInput = z.object({
  ...pageInput,
  termId: id('届次').optional(),
  search: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
  sectorId: id('界别').optional(),
  partyId: id('党派').optional(),
  committeeId: id('专委会').optional(),
  status: choice('状态', memberStatuses).optional(),
  isStanding: z.boolean().optional(),
  sortBy: z.enum(memberSortKeys).default('sector'),
  sortOrder: z.enum(['asc', 'desc']).default('asc'),
});

/** One roster row as read from the sheet: the 名称 of 界别/党派 etc., not ids. */
export const rosterRow = z.object({
  row: z.number().int().min(1),
  name: z.string().max(200).default(''),
  gender: z.string().max(200).default(''),
  sector: z.string().max(200).default(''),
  party: z.string().max(200).default(''),
  committee: z.string().max(200).default(''),
  group: z.string().max(200).default(''),
  workUnit: z.string().max(500).default(''),
  phone: z.string().max(200).default(''),
  isStanding: z.string().max(200).default(''),
  note: z.string().max(1000).default(''),
});
export type RosterRow = z.input<typeof rosterRow>;

/** Column headers of the roster template, in order; the importer reads them by header text. */
export const rosterColumns: { key: Exclude<keyof RosterRow, 'row'>; header: string; width: number; example: string }[] = [
  { key: 'name', header: '姓名', width: 10, example: '张明华' },
  { key: 'gender', header: '性别', width: 6, example: '男' },
  { key: 'sector', header: '界别', width: 16, example: '教育界' },
  { key: 'party', header: '党派', width: 12, example: '民盟' },
  { key: 'committee', header: '专委会', width: 20, example: '教科卫体委员会' },
  { key: 'group', header: '活动组', width: 14, example: '第三活动组' },
  { key: 'workUnit', header: '工作单位及职务', width: 30, example: '县第一中学副校长' },
  { key: 'phone', header: '手机号', width: 14, example: '13905791234' },
  { key: 'isStanding', header: '是否常委', width: 8, example: '否' },
  { key: 'note', header: '备注', width: 20, example: '' },
];

export const importResult = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});

export const memberContract = {
  'member.list': query('委员列表（筛选、排序、分页）', memberListInput, z.object({ rows: z.array(memberRecord), total: z.number().int() })),
  'member.get': query('委员详情', z.object({ id: id('委员') }), memberRecord),
  'member.save': command('新增或修改委员', memberFields.extend(saveKey), memberRecord),
  'member.leave': command(
    '委员离任（保留历史）',
    z.object({ id: id('委员'), version: versionField, date: isoDate('离任日期'), reason: reasonField }),
    memberRecord,
  ),
  'member.reinstate': command('撤销离任', restoreInput, memberRecord),
  'member.import': command(
    '从花名册导入委员（全部成功才导入）',
    z.object({ termId: id('届次'), rows: z.array(rosterRow).min(1, '表格中没有数据行').max(5000, '一次最多导入5000行') }),
    importResult,
  ),
};
