import type { Method } from '../../../shared/contract';
import type { ReferenceKind, ReferenceRecord } from '../../../shared/contract/reference';
import { useApiQuery } from './query';

/** Active rows of a reference kind, for selects and name lookups. */
export function useReference<K extends ReferenceKind>(kind: K) {
  const q = useApiQuery(`${kind}.list` as Method, { includeVoided: false } as never, { staleTime: 30_000 });
  return (q.data ?? []) as unknown as ReferenceRecord<K>[];
}

export function useOptions<K extends ReferenceKind>(kind: K, label: (r: ReferenceRecord<K>) => string = (r) => String((r as { name?: string }).name ?? r.id)) {
  return useReference(kind).map((r) => ({ value: r.id, label: label(r) }));
}

export const enumOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
