import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppDatabase } from '../../db/app';
import { createDispatcher } from '../../db/services/dispatch';
import { generateDemo } from '../../db/demo/generate';
import { createHost } from './server';

/** The browser host: `npm start` runs this where the Electron binary is missing. */
const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    db: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '5780' },
    static: { type: 'string', default: join(import.meta.dirname, '..', 'renderer') },
  },
  allowPositionals: true,
});

const dataDir = resolve(values['data-dir'] ?? join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'zxoffice'));
mkdirSync(dataDir, { recursive: true });
const dbPath = resolve(values.db ?? join(dataDir, values.demo ? 'demo.sqlite' : 'office.sqlite'));
const isNew = !existsSync(dbPath);
const app = new AppDatabase({ path: dbPath });
if (values.demo && isNew) {
  console.log('正在生成演示数据 …');
  generateDemo(app);
}
if (!isNew) app.backup('自动');
const { server, token } = createHost({ dispatch: createDispatcher(app), staticDir: resolve(values.static) });
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`政协办公已启动（浏览器模式）：http://127.0.0.1:${port}/`);
  console.log(`数据库：${dbPath}`);
  if (process.env.ZX_PRINT_TOKEN) console.log(`TOKEN=${token}`);
});
const shutdown = () => {
  server.close();
  app.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
