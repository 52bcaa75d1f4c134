import { asc, isNull } from 'drizzle-orm';
import { referenceLabels, type ReferenceKind } from '../../shared/contract/reference';
import { committees, dictItems, holidays, meetings, parties, sectorGroups, sectors, terms, units } from '../schema';
import type { ServiceContext } from './context';
import { insertRecord, restoreRecord, updateRecord, voidRecord, type RecordTable } from './records';

const tables: Record<ReferenceKind, RecordTable> = {
  term: terms,
  meeting: meetings,
  sectorGroup: sectorGroups,
  sector: sectors,
  party: parties,
  committee: committees,
  unit: units,
  dictItem: dictItems,
  holiday: holidays,
};

type Row = { id: number; version: number; voidedAt: string | null } & Record<string, unknown>;
const labelOf = (r: Row) => String(r.name ?? r.label ?? r.date ?? r.id);

/** list/save/void/restore for one reference kind; the contract gives every kind the same four. */
function referenceHandlers(kind: ReferenceKind) {
  const table = tables[kind];
  const what = referenceLabels[kind];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const t = table as any;
  const order = [t.sort, t.number, t.date, t.id].filter(Boolean).map((c) => asc(c));
  return {
    [`${kind}.list`]: (input: { includeVoided: boolean }, ctx: ServiceContext) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const q = (ctx.app.orm as any).select().from(table);
      return (input.includeVoided ? q : q.where(isNull(table.voidedAt))).orderBy(...order).all();
    },
    [`${kind}.save`]: (input: Record<string, unknown> & { id?: number; version?: number }, ctx: ServiceContext) => {
      const { id, version, ...values } = input;
      if (id === undefined) return insertRecord(ctx, table, values, what, labelOf(values as Row));
      return updateRecord<Row>(ctx, table, id, version, values, what, (r) => `修改${what}：${labelOf(r)}`);
    },
    [`${kind}.void`]: (input: { id: number; version: number; reason: string }, ctx: ServiceContext) => voidRecord<Row>(ctx, table, input, what, labelOf),
    [`${kind}.restore`]: (input: { id: number; version: number }, ctx: ServiceContext) => restoreRecord<Row>(ctx, table, input, what, labelOf),
  };
}

export const referenceHandlersMap = Object.assign({}, ...(Object.keys(tables) as ReferenceKind[]).map(referenceHandlers)) as Record<
  string,
  (input: never, ctx: ServiceContext) => unknown
>;
