/** Error codes every transport returns; messages are Chinese sentences a clerk can act on. */
export const ErrorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'TRANSITION',
  'DUPLICATE',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'BAD_REQUEST',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field or per-row problems, e.g. [{ path: '手机号', message: '…' }]. */
  details?: { path?: string; row?: number; message: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export const conflictMessage = '该记录已被他人修改，请刷新后再保存（您的修改未保存）。';
export const notFoundMessage = (what: string) => `${what}不存在或已作废。`;
