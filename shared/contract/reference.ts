import { z } from './zod';
import { command, query, type MethodDef } from './define';
import { choice, count, id, isoDate, optionalText, phone, recordMeta, restoreInput, saveKey, text, voidInput } from './fields';

export const dictNames = ['proposalCategory', 'rejectReason', 'replyClass'] as const;
export const dictLabels: Record<(typeof dictNames)[number], string> = {
  proposalCategory: '提案类别',
  rejectReason: '不予立案理由',
  replyClass: '办理类别',
};

export const partyKinds = ['党派', '团体', '无党派'] as const;
export const unitKinds = ['政府部门', '司法机关', '乡镇街道', '群团组织', '企事业单位', '其他'] as const;
export const holidayKinds = ['放假', '调休上班'] as const;

/**
 * The small reference tables (基础数据). Each kind gets list/save/void/restore with the same shape,
 * so the services and the UI treat them alike; members are richer and live in members.ts.
 */
export const referenceFields = {
  term: z.object({
    number: count('届数', 99).min(1, '届数应大于0'),
    name: text('届次名称', 20),
    startDate: isoDate('开始日期'),
    endDate: isoDate('结束日期').optional().nullable(),
  }),
  meeting: z.object({
    termId: id('届次'),
    number: count('会次序号', 20).min(1, '会次序号应大于0'),
    name: text('会次名称', 30),
    startDate: isoDate('开幕日期'),
  }),
  sectorGroup: z.object({ name: text('活动组名称', 30), sort: count('排序', 9999).default(0) }),
  sector: z.object({
    name: text('界别名称', 30),
    groupId: id('活动组').optional().nullable(),
    liaisonUnit: optionalText('联系单位', 60),
    sort: count('排序', 9999).default(0),
  }),
  party: z.object({ name: text('党派/团体名称', 30), kind: choice('类型', partyKinds), sort: count('排序', 9999).default(0) }),
  committee: z.object({ name: text('专门委员会名称', 40), sort: count('排序', 9999).default(0) }),
  unit: z.object({
    name: text('单位名称', 60),
    kind: choice('单位类型', unitKinds),
    contact: optionalText('联系人', 20),
    phone: z.union([phone('联系电话'), z.literal('')], { error: '联系电话格式不正确（手机号11位，座机如0579-87654321）' }).meta({ title: '联系电话' }).optional().default(''),
    address: optionalText('地址', 100),
    sort: count('排序', 9999).default(0),
  }),
  dictItem: z.object({
    dict: choice('字典', dictNames),
    code: optionalText('代码', 10),
    label: text('名称', 60),
    description: optionalText('说明', 200),
    sort: count('排序', 9999).default(0),
  }),
  holiday: z.object({ date: isoDate('日期'), kind: choice('类型', holidayKinds), name: text('名称', 20) }),
} as const;

export type ReferenceKind = keyof typeof referenceFields;
export const referenceKinds = Object.keys(referenceFields) as ReferenceKind[];
export const referenceLabels: Record<ReferenceKind, string> = {
  term: '届次',
  meeting: '会次',
  sectorGroup: '活动组',
  sector: '界别',
  party: '党派/团体',
  committee: '专门委员会',
  unit: '承办单位',
  dictItem: '字典项',
  holiday: '节假日',
};

const listInput = z.object({ includeVoided: z.boolean().default(false) }).default({ includeVoided: false });

type Shape<K extends ReferenceKind> = (typeof referenceFields)[K]['shape'];
type RecordSchema<K extends ReferenceKind> = Shape<K> & typeof recordMeta extends infer S extends z.ZodRawShape ? z.ZodObject<S> : never;
type SaveSchema<K extends ReferenceKind> = Shape<K> & typeof saveKey extends infer S extends z.ZodRawShape ? z.ZodObject<S> : never;
type ReferenceMethods<K extends ReferenceKind> = { [P in `${K}.list`]: MethodDef<typeof listInput, z.ZodArray<RecordSchema<K>>> } & {
  [P in `${K}.save`]: MethodDef<SaveSchema<K>, RecordSchema<K>>;
} & { [P in `${K}.void`]: MethodDef<typeof voidInput, RecordSchema<K>> } & {
  [P in `${K}.restore`]: MethodDef<typeof restoreInput, RecordSchema<K>>;
};

function referenceMethods<K extends ReferenceKind>(kind: K): ReferenceMethods<K> {
  const fields = referenceFields[kind] as z.ZodObject<Shape<K>>;
  const label = referenceLabels[kind];
  const record = fields.extend(recordMeta);
  return {
    [`${kind}.list`]: query(`${label}列表`, listInput, z.array(record)),
    [`${kind}.save`]: command(`新增或修改${label}`, fields.extend(saveKey), record),
    [`${kind}.void`]: command(`作废${label}`, voidInput, record),
    [`${kind}.restore`]: command(`恢复已作废的${label}`, restoreInput, record),
  } as unknown as ReferenceMethods<K>;
}

export const referenceContract = {
  ...referenceMethods('term'),
  ...referenceMethods('meeting'),
  ...referenceMethods('sectorGroup'),
  ...referenceMethods('sector'),
  ...referenceMethods('party'),
  ...referenceMethods('committee'),
  ...referenceMethods('unit'),
  ...referenceMethods('dictItem'),
  ...referenceMethods('holiday'),
};

export type ReferenceRecord<K extends ReferenceKind> = z.output<(typeof referenceFields)[K]> & {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
};
