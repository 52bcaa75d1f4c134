/**
 * 年度数据 sources, one small read-only file per module (like the fact sources): each counts its
 * figures from its own tables and returns the records behind every figure. A module that is not
 * installed has no file here and its figures are reported missing.
 */
import type { MethodParsedInput } from '../../../../shared/contract';
import type { FigureRecordRef, FiguresOutput } from '../../../../shared/contract/points';
import { figureParagraphs, figureSpecs, figureText, type FigureKey, type FigureValue } from '../../../../shared/domain/points/figures';
import { factModules, type FactModule } from '../../../../shared/domain/points/kinds';
import type { ServiceContext } from '../../context';
import { eventFigures } from './events';
import { historyFigures } from './history';
import { opinionFigures } from './opinions';
import { proposalFigures } from './proposals';
import { supervisionFigures } from './supervision';

export interface ComputedFigure {
  key: FigureKey;
  value: FigureValue;
  records: FigureRecordRef[];
}

export interface FigureSource {
  module: FactModule;
  load(ctx: ServiceContext, from: string, to: string): ComputedFigure[];
}

export const figureSources: readonly FigureSource[] = [eventFigures, proposalFigures, opinionFigures, supervisionFigures, historyFigures];

export function yearFigures(ctx: ServiceContext, input: MethodParsedInput<'points.figures'>): FiguresOutput {
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const computed = figureSources.flatMap((s) => s.load(ctx, from, to));
  const values: Partial<Record<FigureKey, FigureValue>> = {};
  for (const f of computed) values[f.key] = f.value;
  const order = Object.keys(figureSpecs);
  return {
    year: input.year,
    from,
    to,
    figures: computed
      .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
      .map((f) => {
        const spec = figureSpecs[f.key];
        const value = 'rate' in f.value ? f.value.rate.value : f.value.count;
        const definition = 'rate' in f.value ? `${spec.definition.replace(/。$/, '')}（${f.value.rate.numerator} ÷ ${f.value.rate.denominator}）。` : spec.definition;
        return { key: f.key, module: spec.module, label: spec.label, value, text: figureText(f.key, f.value), definition, records: f.records };
      }),
    paragraphs: figureParagraphs(input.year, values),
    missingModules: factModules.filter((m) => m !== '活动会议' && !figureSources.some((s) => s.module === m)),
  };
}
