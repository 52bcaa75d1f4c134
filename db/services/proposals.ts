import type { MethodParsedInput } from '../../shared/contract';
import type { proposalContract } from '../../shared/contract/proposals';
import type { ServiceContext } from './context';
import { loadSettings } from './proposals/common';
import { importHistory } from './proposals/import';
import { listExcellentUnits, markExcellentUnit, restoreExcellentUnit, voidExcellentUnit } from './proposals/excellentUnits';
import { bookRows, listProposals, proposalDetail, unitsFor } from './proposals/read';
import { proposalStatistics } from './proposals/stats';
import {
  assign,
  batchAssign,
  batchFile,
  cosign,
  dueDatePreview,
  followUp,
  remind,
  renumber,
  reply,
  saveProposal,
  saveSettings,
  setExcellent,
  setKey,
  supervise,
  transitionProposal,
} from './proposals/write';

type In<M extends keyof typeof proposalContract> = MethodParsedInput<M>;

/** 提案: every method of shared/contract/proposals.ts. */
export const proposalHandlers = {
  'proposal.list': (input: In<'proposal.list'>, ctx: ServiceContext) => listProposals(ctx, input),
  'proposal.get': (input: { id: number }, ctx: ServiceContext) => proposalDetail(ctx, input.id),
  'proposal.save': (input: In<'proposal.save'>, ctx: ServiceContext) => saveProposal(ctx, input),
  'proposal.cosign': (input: In<'proposal.cosign'>, ctx: ServiceContext) => cosign(ctx, input),
  'proposal.transition': (input: In<'proposal.transition'>, ctx: ServiceContext) => transitionProposal(ctx, input),
  'proposal.assign': (input: In<'proposal.assign'>, ctx: ServiceContext) => assign(ctx, input),
  'proposal.reply': (input: In<'proposal.reply'>, ctx: ServiceContext) => reply(ctx, input),
  'proposal.remind': (input: In<'proposal.remind'>, ctx: ServiceContext) => remind(ctx, input),
  'proposal.batchFile': (input: In<'proposal.batchFile'>, ctx: ServiceContext) => batchFile(ctx, input),
  'proposal.batchAssign': (input: In<'proposal.batchAssign'>, ctx: ServiceContext) => batchAssign(ctx, input),
  'proposal.renumber': (input: In<'proposal.renumber'>, ctx: ServiceContext) => renumber(ctx, input),
  'proposal.setKey': (input: In<'proposal.setKey'>, ctx: ServiceContext) => setKey(ctx, input),
  'proposal.supervise': (input: In<'proposal.supervise'>, ctx: ServiceContext) => supervise(ctx, input),
  'proposal.followUp': (input: In<'proposal.followUp'>, ctx: ServiceContext) => followUp(ctx, input),
  'proposal.setExcellent': (input: In<'proposal.setExcellent'>, ctx: ServiceContext) => setExcellent(ctx, input),
  'proposal.excellentUnits': (input: In<'proposal.excellentUnits'>, ctx: ServiceContext) => listExcellentUnits(ctx, input),
  'proposal.markExcellentUnit': (input: In<'proposal.markExcellentUnit'>, ctx: ServiceContext) => markExcellentUnit(ctx, input),
  'proposal.voidExcellentUnit': (input: In<'proposal.voidExcellentUnit'>, ctx: ServiceContext) => voidExcellentUnit(ctx, input),
  'proposal.restoreExcellentUnit': (input: In<'proposal.restoreExcellentUnit'>, ctx: ServiceContext) => restoreExcellentUnit(ctx, input),
  'proposal.statistics': (input: In<'proposal.statistics'>, ctx: ServiceContext) => proposalStatistics(ctx, input),
  'proposal.book': (input: In<'proposal.book'>, ctx: ServiceContext) => bookRows(ctx, input),
  'proposal.unitsOf': (input: { ids: number[] }, ctx: ServiceContext) => {
    const map = unitsFor(ctx, input.ids);
    return input.ids.map((id) => ({ proposalId: id, units: map.get(id) ?? [] }));
  },
  'proposal.import': (input: In<'proposal.import'>, ctx: ServiceContext) => importHistory(ctx, input),
  'proposal.getSettings': (_: unknown, ctx: ServiceContext) => loadSettings(ctx),
  'proposal.saveSettings': (input: In<'proposal.saveSettings'>, ctx: ServiceContext) => saveSettings(ctx, input),
  'proposal.dueDatePreview': (input: In<'proposal.dueDatePreview'>, ctx: ServiceContext) => dueDatePreview(ctx, input),
};
