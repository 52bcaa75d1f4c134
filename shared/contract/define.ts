import type { z } from './zod';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  /** Writes run in a transaction and are audited. */
  write: boolean;
  input: I;
  output: O;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): MethodDef<I, O> => ({
  summary,
  write: false,
  input,
  output,
});

export const command = <I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): MethodDef<I, O> => ({
  summary,
  write: true,
  input,
  output,
});
