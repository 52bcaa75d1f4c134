/**
 * Fact sources, one small read-only file per module. Each reads its module's own tables and
 * returns the facts dated in [from, to]; the points engine (shared/domain/points) does the rest.
 * A module that is not installed has no source here: its kinds show as 未接入 and count nothing.
 * To add a module: write facts/<module>.ts exporting a FactSource and list it below (one line).
 */
import { factModules, type Fact, type FactKind, type FactModule } from '../../../../shared/domain/points/kinds';
import type { ServiceContext } from '../../context';
import { eventFacts } from './events';
import { historyFacts } from './history';
import { opinionFacts } from './opinions';
import { proposalFacts } from './proposals';
import { supervisionFacts } from './supervision';

export interface FactSource {
  module: FactModule;
  kinds: readonly FactKind[];
  /** Every fact dated in [from, to] (inclusive ISO dates), from records that are not voided. */
  load(ctx: ServiceContext, from: string, to: string): Fact[];
}

export const factSources: readonly FactSource[] = [eventFacts, proposalFacts, opinionFacts, supervisionFacts, historyFacts];

export const availableKinds = new Set<FactKind>(factSources.flatMap((s) => s.kinds));
export const missingModules: FactModule[] = factModules.filter((m) => !factSources.some((s) => s.module === m));

export function loadFacts(ctx: ServiceContext, from: string, to: string): Fact[] {
  return factSources.flatMap((s) => s.load(ctx, from, to));
}
