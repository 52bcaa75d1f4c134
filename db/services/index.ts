import type { Method, MethodParsedInput, MethodOutput } from '../../shared/contract';
import type { ServiceContext } from './context';
import { memberHandlers } from './members';
import { proposalHandlers } from './proposals';
import { opinionHandlers } from './opinions';
import { referenceHandlersMap } from './reference';
import { supervisionHandlers } from './supervision';
import { systemHandlers } from './system';
import { historyHandlers } from './history';
import { pointsHandlers } from './points';
import { registerHandlers } from './register';

export type Handler<M extends Method> = (input: MethodParsedInput<M>, ctx: ServiceContext) => MethodOutput<M>;
export type HandlerMap = { [M in Method]: Handler<M> };

/** The one handler map both transports call; the `satisfies` below fails to compile if a method is missing. */
export const handlers = {
  ...referenceHandlersMap,
  ...memberHandlers,
  ...proposalHandlers,
  ...systemHandlers,
  ...supervisionHandlers,
  ...historyHandlers,
  ...opinionHandlers,
  ...pointsHandlers,
  ...registerHandlers,
} as unknown as HandlerMap;

/** File-level work that cannot run inside a transaction (VACUUM INTO, closing the file). */
export const outsideTransaction = new Set<Method>(['backup.create', 'backup.restore', 'backup.upload']);
