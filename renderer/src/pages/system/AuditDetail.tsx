import { Table, Typography } from 'antd';
import type { z } from 'zod';
import { getMethod } from '../../../../shared/contract';
import type { AuditEntry } from '../../../../shared/contract/system';
import { useReference } from '../../lib/options';

/** Record columns that are not in any input schema. */
const commonTitles: Record<string, string> = {
  status: '状态',
  isStanding: '是否常委',
  series: '发文字号与抄送',
  leftAt: '离任日期',
  leftReason: '离任原因',
  voidedAt: '作废时间',
  voidReason: '作废原因',
  count: '数量',
  names: '名单',
};
/** Bookkeeping a clerk does not need to read. */
const hidden = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** The field's Chinese label from the contract (fields.ts puts it in `.meta({ title })`), through optional/default wrappers. */
function titleOf(schema: z.ZodType | undefined): string | undefined {
  for (let s = schema, depth = 0; s && depth < 6; depth++) {
    const title = s.meta()?.title;
    if (title) return title;
    s = (s._zod.def as { innerType?: z.ZodType }).innerType;
  }
  return undefined;
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  for (let s = schema, depth = 0; s && depth < 6; depth++) {
    if ('shape' in s && s.shape && typeof s.shape === 'object') return s.shape as Record<string, z.ZodType>;
    s = (s._zod.def as { innerType?: z.ZodType }).innerType;
  }
  return {};
}

/** Labels for a log entry: its own method's input, then the same kind's save, then the common columns. */
function titlesFor(method: string): (key: string) => string {
  const kind = method.split('.')[0];
  const shapes = [shapeOf(getMethod(method)?.input), shapeOf(getMethod(`${kind}.save`)?.input)];
  return (key) => {
    for (const shape of shapes) {
      const title = titleOf(shape[key]);
      if (title) return title;
    }
    return commonTitles[key] ?? key;
  };
}

const parse = (json: string | null): Record<string, unknown> | null => {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { 内容: value };
  } catch {
    return { 内容: json };
  }
};

/** What changed, in the clerk's words: one row per field, names instead of ids, 是/否, local times. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const names: Record<string, Map<number, string>> = {
    termId: new Map(useReference('term').map((r) => [r.id, r.name])),
    meetingId: new Map(useReference('meeting').map((r) => [r.id, r.name])),
    sectorId: new Map(useReference('sector').map((r) => [r.id, r.name])),
    groupId: new Map(useReference('sectorGroup').map((r) => [r.id, r.name])),
    partyId: new Map(useReference('party').map((r) => [r.id, r.name])),
    committeeId: new Map(useReference('committee').map((r) => [r.id, r.name])),
    unitId: new Map(useReference('unit').map((r) => [r.id, r.name])),
  };
  const title = titlesFor(entry.method);
  const before = parse(entry.before);
  const after = parse(entry.after);
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? '是' : '否';
    if (typeof value === 'number' && names[key]) return names[key].get(value) ?? `（编号${value}）`;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return new Date(value).toLocaleString('zh-CN', { hour12: false });
    if (Array.isArray(value)) return value.join('、');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !hidden.has(k));
  // An update lists only what changed; a new record lists what was filled in.
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  const changed = before && after ? keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])) : keys.filter((k) => !empty((after ?? before)?.[k]));
  const rows = changed.map((key) => ({ key, field: title(key), before: before ? show(key, before[key]) : '', after: after ? show(key, after[key]) : '' }));
  if (rows.length === 0) return <Typography.Text type="secondary">没有字段变化。</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      style={{ maxWidth: 900 }}
      dataSource={rows}
      columns={[
        { title: '字段', dataIndex: 'field', width: 160 },
        ...(before ? [{ title: after ? '修改前' : '原内容', dataIndex: 'before' }] : []),
        ...(after ? [{ title: before ? '修改后' : '内容', dataIndex: 'after' }] : []),
      ]}
    />
  );
}
