// `npm run samples -- --out DIR`: a demo database in DIR and one .docx of every document kind in DIR/docs/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppDatabase } from '../db/app';
import { generateDemo } from '../db/demo/generate';
import { createDispatcher } from '../db/services/dispatch';
import type { OfficeSettings } from '../shared/contract/officeSettings';
import { packToBuffer } from '../shared/docs';
import { sampleSources } from './samples/sources';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('用法：npm run samples -- --out 目录');
  process.exit(2);
}
const out = resolve(values.out);
mkdirSync(join(out, 'docs'), { recursive: true });
const dbPath = join(out, 'demo.sqlite');
for (const suffix of ['', '-wal', '-shm', '.open']) rmSync(dbPath + suffix, { force: true });

const app = new AppDatabase({ path: dbPath, backupDir: join(out, 'backups') });
const started = Date.now();
generateDemo(app);
const dispatch = createDispatcher(app);
const call = <T>(method: string, input: unknown = {}): T => {
  const r = dispatch(method, input, '样例生成');
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
};
const settings = call<OfficeSettings>('settings.getOffice');
console.log(`演示数据库：${dbPath}（${Date.now() - started} ms）`);

let count = 0;
for (const source of sampleSources) {
  const docs = await source.build({ settings, call, dispatch });
  for (const doc of docs) {
    const file = join(out, 'docs', doc.fileName);
    writeFileSync(file, await packToBuffer(doc.document));
    count++;
    console.log(`  ${source.name}：${doc.fileName}`);
  }
  for (const file of (await source.files?.({ settings, call, dispatch })) ?? []) {
    writeFileSync(join(out, 'docs', file.fileName), file.bytes);
    count++;
    console.log(`  ${source.name}：${file.fileName}`);
  }
}
app.close();
console.log(`共生成 ${count} 份文档：${join(out, 'docs')}`);
