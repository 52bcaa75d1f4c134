import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { describeContract } from '../../shared/contract';
import type { Dispatch } from '../../db/services/dispatch';

export interface HostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer); omitted in API-only tests. */
  staticDir?: string;
  token?: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const maxBody = 512 * 1024 * 1024;
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('请求内容过大'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The services over HTTP for the browser: POST /api/<method> with the per-start token,
 * GET /api for discovery, and the renderer build. Bound to 127.0.0.1 by the caller.
 */
export function createHost(options: HostOptions): { server: Server; token: string } {
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = createServer(async (req, res) => {
    try {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      if (host !== '127.0.0.1' && host !== 'localhost') return send(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: '只允许本机访问。' } });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/api' && req.method === 'GET') return send(res, 200, { methods: describeContract() });
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'BAD_REQUEST', message: '接口只接受 POST 请求。' } });
        if (req.headers['x-api-token'] !== token) return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: '访问令牌无效，请刷新页面。' } });
        const method = safeDecode(url.pathname.slice('/api/'.length), 200);
        if (method === undefined) return send(res, 404, { ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的接口（地址编码不正确）。' } });
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : undefined;
        } catch {
          return send(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON。' } });
        }
        const operator = req.headers['x-operator'];
        const actor = typeof operator === 'string' ? safeDecode(operator) : undefined;
        const result = options.dispatch(method, input, actor);
        const status = result.ok ? 200 : result.error.code === 'UNKNOWN_METHOD' ? 404 : result.error.code === 'INTERNAL' ? 500 : 400;
        return send(res, status, result);
      }
      if (!options.staticDir) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '页面不存在。' } });
      return serveStatic(options.staticDir, url.pathname, token, res);
    } catch (error) {
      console.error('[host]', error);
      send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统内部错误。' } });
    }
  });
  return { server, token };
}

function safeDecode(s: string, max = 50) {
  try {
    return decodeURIComponent(s).slice(0, max);
  } catch {
    return undefined;
  }
}

function serveStatic(root: string, pathname: string, token: string, res: ServerResponse) {
  const decoded = safeDecode(pathname, Infinity);
  if (decoded === undefined) return send(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '页面地址编码不正确。' } });
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root + sep) && file !== root) return send(res, 403, 'forbidden');
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
  if (file.endsWith('index.html')) {
    const html = readFileSync(file, 'utf8').replace('</head>', `<meta name="api-token" content="${token}"></head>`);
    res.writeHead(200, { ...headers, 'cache-control': 'no-store' });
    return res.end(html);
  }
  res.writeHead(200, { ...headers, 'cache-control': 'public, max-age=3600' });
  res.end(readFileSync(file));
}
