import { z } from './zod';
import { ApiError } from './errors';

/** The Chinese label of the field at `path`, read from `.meta({ title })` along the schema. */
export function labelAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType | undefined = schema;
  let label: string | undefined;
  for (const key of path) {
    current = unwrap(current);
    if (!current) return label;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return label;
    const title = current ? metaTitle(current) : undefined;
    if (title) label = title;
  }
  return label;
}

function metaTitle(schema: z.ZodType): string | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 5; i++) {
    const t = z.globalRegistry.get(s)?.title;
    if (t) return t;
    s = inner(s);
  }
  return undefined;
}

function inner(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: { innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
  return def.innerType ?? def.in;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    if (s instanceof z.ZodObject || s instanceof z.ZodArray) return s;
    const next = inner(s);
    if (!next) return s;
    s = next;
  }
  return s;
}

/** zod failure → one ApiError whose message lists each field's problem in Chinese. */
export function validationError(schema: z.ZodType, error: z.ZodError): ApiError {
  const details = error.issues.slice(0, 50).map((issue) => {
    const label = labelAt(schema, issue.path);
    const ours = issue.message.includes(label ?? '\u0000');
    const message = label && !ours ? `${label}：${issue.message}` : issue.message;
    return { path: label ?? issue.path.join('.'), message };
  });
  const message = details.length === 1 ? details[0].message : `输入有${error.issues.length}处问题：${details.map((d) => d.message).join('；')}`;
  return new ApiError('VALIDATION', message, details);
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(schema, result.error);
  return result.data;
}
