import { z } from './zod';
import type { MethodDef } from './define';
import { memberContract } from './members';
import { proposalContract } from './proposals';
import { opinionContract } from './opinions';
import { referenceContract } from './reference';
import { supervisionContract } from './supervision';
import { systemContract } from './system';
import { historyContract } from './history';
import { pointsContract } from './points';
import { registerContract } from './register';

/** Every API method, once. Both transports (IPC and HTTP) and the renderer client are typed by it. */
export const contract = {
  ...referenceContract,
  ...memberContract,
  ...proposalContract,
  ...systemContract,
  ...supervisionContract,
  ...historyContract,
  ...opinionContract,
  ...pointsContract,
  ...registerContract,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as Method[];

export function getMethod(name: string): MethodDef | undefined {
  return Object.hasOwn(contract, name) ? (contract as Record<string, MethodDef>)[name] : undefined;
}

/** The discovery document served at GET /api. */
export function describeContract() {
  return methodNames.map((name) => {
    const def = contract[name] as MethodDef;
    return {
      method: name,
      summary: def.summary,
      write: def.write,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
    };
  });
}

export * from './errors';
