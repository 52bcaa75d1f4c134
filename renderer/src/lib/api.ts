import type { ApiErrorBody, ApiResult, Method, MethodInput, MethodOutput } from '../../../shared/contract';

type FileFilter = { name: string; extensions: string[] };
declare global {
  interface Window {
    /** Present in Electron (preload); absent in the browser host. */
    api?: {
      invoke(method: string, input: unknown, actor?: string): Promise<ApiResult<unknown>>;
      saveFile(fileName: string, bytes: Uint8Array, filters?: FileFilter[]): Promise<{ saved: boolean; path?: string }>;
      openFile(filters?: FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null>;
    };
  }
}

export class ApiCallError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly details: ApiErrorBody['details'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.details = body.details;
  }
}

const operatorKey = 'zx.operator';
export const getOperator = () => localStorage.getItem(operatorKey) || '办公室';
export const setOperator = (name: string) => localStorage.setItem(operatorKey, name.trim().slice(0, 50));

function token() {
  return document.querySelector<HTMLMetaElement>('meta[name="api-token"]')?.content ?? '';
}

/** The one way the UI talks to the services: IPC in Electron, fetch in the browser host. */
export async function call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result: ApiResult<unknown>;
  if (window.api) {
    result = await window.api.invoke(method, input, getOperator());
  } else {
    let response: Response;
    try {
      response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-token': token(), 'x-operator': encodeURIComponent(getOperator()) },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new ApiCallError({ code: 'INTERNAL', message: '无法连接到本机服务，请确认“政协办公”仍在运行。' });
    }
    result = (await response.json()) as ApiResult<unknown>;
  }
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data as MethodOutput<M>;
}

/** Every row of a paged list, for exports: the list's own filter, fetched 1000 rows at a time. */
export async function listAll<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> extends { rows: (infer R)[] } ? R[] : never> {
  const rows: unknown[] = [];
  for (let page = 1; ; page++) {
    const out = (await call(method, { ...(input as object), page, pageSize: 1000 } as MethodInput<M>)) as unknown as { rows: unknown[]; total: number };
    rows.push(...out.rows);
    if (out.rows.length === 0 || rows.length >= out.total) return rows as never;
  }
}
