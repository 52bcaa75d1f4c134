import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../electron/host/server';
import { ErrorCodes, methodNames, contract } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

/** The subset of JSON Schema that z.toJSONSchema emits for our inputs. */
interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
}
type Mode = 'wrong' | 'huge' | 'sql';

const sqlText = "'; DROP TABLE members; --";
const huge = '政'.repeat(100_000);
/** What must never reach a clerk: stack frames, SQLite's own words, JS error names. */
const leak = /SQLITE_|no such (table|column)|syntax error|constraint failed|near "|\bat .+:\d+:\d+|TypeError|ReferenceError|Error:/;

/** A value of the wrong type for the schema. */
function wrong(schema: Schema): unknown {
  const option = schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
  if (option.enum || option.const !== undefined) return 999;
  return { string: 12345, integer: '一二三', number: '一二三', boolean: '是', array: '列表', object: '对象' }[option.type ?? 'string'];
}

/** An input shaped like the schema: every field of the wrong type, or every string field huge or SQL-looking. */
function fill(schema: Schema, mode: Mode): unknown {
  const option = schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
  if (option !== schema) return fill(option, mode);
  if (mode === 'wrong') return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, wrong(s)]));
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, fill(s, mode)]));
    case 'array':
      return [fill(schema.items ?? {}, mode)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    default:
      if (mode === 'sql' && (schema.enum || schema.const !== undefined)) return schema.enum?.[0] ?? schema.const;
      return mode === 'huge' ? huge : sqlText;
  }
}
const hasStrings = (schema: Schema): boolean =>
  schema.type === 'string' || !!schema.anyOf?.some(hasStrings) || Object.values(schema.properties ?? {}).some(hasStrings) || (schema.items ? hasStrings(schema.items) : false);

let t: TempApp;
let server: Server;
let port: number;
let token: string;
let schemas: Record<string, { input: Schema; output: Schema }>;

type Reply = { status: number; body: { ok: boolean; data?: unknown; error?: { code: string; message: string } } };
function http(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const post = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  http('POST', `/api/${encodeURIComponent(method)}`, input === undefined ? undefined : JSON.stringify(input), { 'x-api-token': token, ...headers });

function snapshot(): Record<string, number> {
  const tables = t.app.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, t.count(name)]));
}

beforeAll(async () => {
  t = tempApp();
  const term = t.ok('term.save', { number: 9, name: '第九届', startDate: '2021-12-20' });
  t.ok('meeting.save', { termId: term.id, number: 1, name: '九届一次会议', startDate: '2022-01-10' });
  const group = t.ok('sectorGroup.save', { name: '第一活动组' });
  const sector = t.ok('sector.save', { name: '教育界', groupId: group.id });
  t.ok('party.save', { name: '民盟', kind: '党派' });
  t.ok('committee.save', { name: '提案委员会' });
  t.ok('unit.save', { name: '县教育局', kind: '政府部门' });
  t.ok('holiday.save', { date: '2026-10-01', kind: '放假', name: '国庆节' });
  t.ok('member.save', { name: '张三', gender: '男', termId: term.id, sectorId: sector.id, phone: '13900000001' });
  ({ server, token } = createHost({ dispatch: t.dispatch, token: 'test-token-123' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.close();
});

describe('HTTP host', () => {
  it('GET /api lists every method with input and output JSON Schemas', async () => {
    const { status, body } = (await http('GET', '/api')) as unknown as { status: number; body: { methods: { method: string; summary: string; input: Schema; output: Schema }[] } };
    expect(status).toBe(200);
    expect(body.methods.map((m) => m.method).sort()).toEqual([...methodNames].sort());
    for (const m of body.methods) {
      expect(m.summary).toMatch(chinese);
      expect(m.input.type ?? m.input.anyOf).toBeTruthy();
      expect(m.output.type ?? m.output.anyOf).toBeTruthy();
    }
    schemas = Object.fromEntries(body.methods.map((m) => [m.method, m]));
  });

  it('refuses a missing or wrong token with 401 and a Chinese message', async () => {
    for (const headers of [{ 'x-api-token': '' }, { 'x-api-token': 'guess' }]) {
      const { status, body } = await http('POST', '/api/member.list', '{}', headers);
      expect(status).toBe(401);
      expect(body.error?.code).toBe('UNAUTHORIZED');
      expect(body.error?.message).toMatch(chinese);
    }
    const { status } = await http('POST', '/api/member.list', '{}');
    expect(status).toBe(401);
  });

  it('answers an unknown method with 404 UNKNOWN_METHOD', async () => {
    for (const path of ['/api/member.drop', '/api/constructor', '/api/__proto__', '/api/%E0%A4%A']) {
      const { status, body } = await http('POST', path, '{}', { 'x-api-token': token });
      expect(status, path).toBe(404);
      expect(body.error?.code).toBe('UNKNOWN_METHOD');
      expect(body.error?.message).toMatch(chinese);
    }
  });

  it('refuses a Host header other than 127.0.0.1 or localhost with 403', async () => {
    for (const host of ['evil.example', `evil.example:${0}`, '127.0.0.1.evil.example', '192.168.1.5']) {
      const { status, body } = await http('GET', '/api', undefined, { host });
      expect(status, host).toBe(403);
      expect(body.error?.message).toMatch(chinese);
    }
    expect((await http('GET', '/api', undefined, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('answers bad JSON with 400 BAD_REQUEST and GET on a method with 405', async () => {
    const bad = await http('POST', '/api/member.list', '{"page":', { 'x-api-token': token });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('BAD_REQUEST');
    expect(bad.body.error?.message).toMatch(chinese);
    const get = await http('GET', '/api/member.list', undefined, { 'x-api-token': token });
    expect(get.status).toBe(405);
  });

  it('serves the renderer with the token and answers a malformed page address with 400', async () => {
    const root = join(t.dir, 'renderer');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<html><head></head><body></body></html>');
    const host = createHost({ dispatch: t.dispatch, staticDir: root, token: 'static-token' });
    await new Promise<void>((resolve) => host.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${base}/members`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toContain('<meta name="api-token" content="static-token">');
      const bad = await fetch(`${base}/%E0%A4%A`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as Reply['body']).error?.message).toMatch(chinese);
    } finally {
      await new Promise((resolve) => host.server.close(resolve));
    }
  });

  it('records the operator named in x-operator in the audit log', async () => {
    const { body } = await post('committee.save', { name: '文史委员会' }, { 'x-operator': encodeURIComponent('李主任') });
    expect(body.ok).toBe(true);
    expect(t.ok('audit.list', { pageSize: 1 }).rows[0]).toMatchObject({ actor: '李主任', method: 'committee.save' });
  });

  it('each method given wrong types, missing fields, huge strings and SQL-looking text returns a clear error code and Chinese message and changes nothing', async () => {
    const tablesBefore = snapshot();
    const touched = new Set<string>(['audit_log']);
    const problems: string[] = [];
    const legitWrites: string[] = [];

    for (const method of methodNames) {
      const def = contract[method] as MethodDef;
      const input = schemas[method].input;
      const fields = Object.keys(input.properties ?? {});
      const cases: { name: string; body: unknown; mayPass: boolean }[] = [
        { name: 'a string', body: sqlText, mayPass: false },
        { name: 'a number', body: 42, mayPass: false },
        { name: 'an array', body: [], mayPass: false },
        { name: 'null', body: null, mayPass: false },
        { name: 'wrong-typed fields', body: fill(input, 'wrong'), mayPass: fields.length === 0 },
      ];
      if (hasStrings(input)) {
        cases.push({ name: '100,000-character strings', body: fill(input, 'huge'), mayPass: false });
        cases.push({ name: 'SQL-looking text', body: fill(input, 'sql'), mayPass: true });
      }
      if ((input as { required?: string[] }).required?.length) cases.push({ name: 'no fields', body: {}, mayPass: false });

      for (const c of cases) {
        const label = `${method} with ${c.name}`;
        const before = snapshot();
        const { status, body } = await post(method, c.body);
        const after = snapshot();
        const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
        if (!body.ok) {
          const { code, message } = body.error!;
          if (!(ErrorCodes as readonly string[]).includes(code) || code === 'INTERNAL') problems.push(`${label}: code ${code}`);
          if (status !== 400) problems.push(`${label}: HTTP ${status}`);
          if (!chinese.test(message)) problems.push(`${label}: message without Chinese: ${message.slice(0, 200)}`);
          if (leak.test(message)) problems.push(`${label}: message leaks internals: ${message.slice(0, 200)}`);
          if (message.length > 2000) problems.push(`${label}: message of ${message.length} characters`);
          if (changed.length) problems.push(`${label}: failed but changed ${changed.join(', ')}`);
          continue;
        }
        if (!c.mayPass) {
          problems.push(`${label}: accepted`);
          continue;
        }
        if (!def.write) {
          if (changed.length) problems.push(`${label}: a query changed ${changed.join(', ')}`);
          continue;
        }
        // a legitimate write: at most one row added to one table, audited, the text stored as sent
        // (an import that refuses its rows succeeds without writing anything)
        legitWrites.push(method);
        const rowChanges = changed.filter((k) => k !== 'audit_log');
        const audits = after.audit_log - before.audit_log;
        if (audits !== 1 && (rowChanges.length > 0 || audits !== 0)) problems.push(`${label}: ${audits} audit rows`);
        if (rowChanges.length > 1 || rowChanges.some((k) => after[k] !== before[k] + 1)) problems.push(`${label}: changed ${rowChanges.map((k) => `${k} ${before[k]}→${after[k]}`).join(', ')}`);
        rowChanges.forEach((k) => touched.add(k));
        const sent = c.body as Record<string, unknown>;
        const data = body.data as Record<string, unknown>;
        for (const [key, value] of Object.entries(sent)) {
          const stored = key === 'reason' ? (data.voidReason ?? data.leftReason) : data[key];
          if (value === sqlText && stored !== undefined && stored !== sqlText) problems.push(`${label}: ${key} stored as ${JSON.stringify(stored)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // the SQL-looking names really went in as text somewhere, and nothing was dropped
    expect(legitWrites).toEqual(expect.arrayContaining(['sectorGroup.save', 'committee.save', 'party.save']));
    expect(t.app.sqlite.prepare('select count(*) c from committees where name = ?').get(sqlText)).toEqual({ c: 1 });
    const tablesAfter = snapshot();
    expect(Object.keys(tablesAfter)).toEqual(Object.keys(tablesBefore));
    for (const table of Object.keys(tablesBefore).filter((k) => !touched.has(k))) expect(tablesAfter[table], table).toBe(tablesBefore[table]);
    expect(tablesAfter.members).toBe(1);
    expect(t.app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.app.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});
