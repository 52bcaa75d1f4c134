import { ApiError, getMethod, type ApiResult, type Method, type MethodOutput } from '../../shared/contract';
import { parseInput } from '../../shared/contract/validation';
import type { AppDatabase } from '../app';
import { handlers, outsideTransaction } from './index';

export type Dispatch = (method: string, input: unknown, actor?: string) => ApiResult<unknown>;

/** SQLite constraint failures become Chinese messages; anything else is logged and hidden. */
function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string })?.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new ApiError('DUPLICATE', '已存在相同名称（或日期、编号）的记录，请检查后再保存。');
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new ApiError('VALIDATION', '所选的关联记录不存在或已作废，请重新选择。');
  if (code === 'SQLITE_BUSY') return new ApiError('CONFLICT', '数据库正忙（可能另一台电脑正在保存），请稍后再试。');
  console.error('[api] internal error', error);
  return new ApiError('INTERNAL', '系统内部错误，操作未完成。请重试；如仍失败，请联系管理员并提供操作日志。');
}

export function createDispatcher(app: AppDatabase): Dispatch {
  return (method, rawInput, actor = '系统管理员') => {
    try {
      const def = getMethod(method);
      if (!def) throw new ApiError('UNKNOWN_METHOD', `未知的接口“${String(method).slice(0, 60)}”。`);
      const input = parseInput(def.input, rawInput);
      const handler = handlers[method as Method] as (input: unknown, ctx: unknown) => unknown;
      const ctx = { app, actor: (actor || '系统管理员').slice(0, 50), method };
      const run = () => handler(input, ctx);
      const data = def.write && !outsideTransaction.has(method as Method) ? app.sqlite.transaction(run)() : run();
      return { ok: true, data: data as MethodOutput<Method> };
    } catch (error) {
      return { ok: false, error: toApiError(error).toBody() };
    }
  };
}
