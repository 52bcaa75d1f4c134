import type { Method, MethodParsedInput } from '../../../shared/contract';
import { factKindKeys, factKinds, isJointKind } from '../../../shared/domain/points/kinds';
import type { ServiceContext } from '../context';
import { importAttendance, eventDetail, listEvents, restoreEvent, saveEvent, setAttendance, voidEvent } from './events';
import { availableKinds } from './facts';
import { yearFigures } from './figures';
import { issueNotice, listNotices, voidNotice } from './notices';
import { listRules, loadDefaultRules, restoreRule, saveRule, stopRule, voidRule } from './rules';
import { groupRanking, memberPoints, memberRanking } from './scores';
import { closeYearService, listYears, reopenYear } from './years';

type P<M extends Method> = MethodParsedInput<M>;

export const pointsHandlers = {
  'points.kinds': () =>
    factKindKeys.map((kind) => {
      const info = factKinds[kind];
      return {
        kind,
        label: info.label,
        module: info.module,
        item: info.item,
        defaultCategory: info.defaultCategory,
        hasLevel: info.hasLevel,
        tagLabel: 'tagLabel' in info ? info.tagLabel : null,
        tags: 'tags' in info ? [...info.tags] : [],
        typicalPoints: info.typicalPoints,
        available: availableKinds.has(kind),
        joint: isJointKind(kind),
      };
    }),
  'points.rule.list': (input: P<'points.rule.list'>, ctx: ServiceContext) => listRules(ctx, input),
  'points.rule.save': (input: P<'points.rule.save'>, ctx: ServiceContext) => saveRule(ctx, input),
  'points.rule.stop': (input: P<'points.rule.stop'>, ctx: ServiceContext) => stopRule(ctx, input),
  'points.rule.void': (input: P<'points.rule.void'>, ctx: ServiceContext) => voidRule(ctx, input),
  'points.rule.restore': (input: P<'points.rule.restore'>, ctx: ServiceContext) => restoreRule(ctx, input),
  'points.rule.loadDefaults': (input: P<'points.rule.loadDefaults'>, ctx: ServiceContext) => loadDefaultRules(ctx, input),
  'points.event.list': (input: P<'points.event.list'>, ctx: ServiceContext) => listEvents(ctx, input),
  'points.event.get': (input: P<'points.event.get'>, ctx: ServiceContext) => eventDetail(ctx, input.id),
  'points.event.save': (input: P<'points.event.save'>, ctx: ServiceContext) => saveEvent(ctx, input),
  'points.event.setAttendance': (input: P<'points.event.setAttendance'>, ctx: ServiceContext) => setAttendance(ctx, input),
  'points.event.importAttendance': (input: P<'points.event.importAttendance'>, ctx: ServiceContext) => importAttendance(ctx, input),
  'points.event.void': (input: P<'points.event.void'>, ctx: ServiceContext) => voidEvent(ctx, input),
  'points.event.restore': (input: P<'points.event.restore'>, ctx: ServiceContext) => restoreEvent(ctx, input),
  'points.member': (input: P<'points.member'>, ctx: ServiceContext) => memberPoints(ctx, input),
  'points.ranking.members': (input: P<'points.ranking.members'>, ctx: ServiceContext) => memberRanking(ctx, input),
  'points.ranking.groups': (input: P<'points.ranking.groups'>, ctx: ServiceContext) => groupRanking(ctx, input),
  'points.year.list': (_input: unknown, ctx: ServiceContext) => listYears(ctx),
  'points.year.close': (input: P<'points.year.close'>, ctx: ServiceContext) => closeYearService(ctx, input),
  'points.year.reopen': (input: P<'points.year.reopen'>, ctx: ServiceContext) => reopenYear(ctx, input),
  'points.notice.list': (input: P<'points.notice.list'>, ctx: ServiceContext) => listNotices(ctx, input),
  'points.notice.issue': (input: P<'points.notice.issue'>, ctx: ServiceContext) => issueNotice(ctx, input),
  'points.notice.void': (input: P<'points.notice.void'>, ctx: ServiceContext) => voidNotice(ctx, input),
  'points.figures': (input: P<'points.figures'>, ctx: ServiceContext) => yearFigures(ctx, input),
};
