import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp | undefined;
afterEach(() => t?.close());

const committees = (app: TempApp) => app.ok('committee.list', {}).map((c) => c.name);
const committeesIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select name from committees order by id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('backup.create writes a consistent copy and lists it', () => {
    t = tempApp();
    t.ok('committee.save', { name: '提案委员会' });
    const info = t.ok('backup.create', {});
    expect(info.kind).toBe('手动');
    const file = join(t.app.backupDir, info.name);
    expect(statSync(file).size).toBe(info.size);
    expect(committeesIn(file)).toEqual(['提案委员会']);
    expect(t.ok('backup.list', {}).map((b) => b.name)).toContain(info.name);
    expect(t.ok('audit.list', { entity: '备份' }).rows[0].summary).toContain(info.name);
  });

  it('rotation keeps the newest N automatic backups and leaves manual ones alone', () => {
    t = tempApp();
    t.ok('settings.saveBackup', { keep: 3 });
    const manual = t.ok('backup.create', {}).name;
    const auto: string[] = [];
    for (let i = 1; i <= 5; i++) {
      t.ok('committee.save', { name: `委员会${i}` });
      auto.push(t.app.backup('自动'));
    }
    const left = t.ok('backup.list', {});
    const kept = left.filter((b) => b.kind === '自动');
    expect(kept).toHaveLength(3);
    // the newest three by content, whatever their names look like
    expect(kept.map((b) => committeesIn(join(t!.app.backupDir, b.name)).length).sort()).toEqual([3, 4, 5]);
    expect(kept.map((b) => b.name).sort()).toEqual(auto.slice(2).sort());
    expect(left.map((b) => b.name)).toContain(manual);
    // the list is newest first
    expect(left[0].name).toBe(auto[4]);
  });

  it('restore brings back the earlier rows, keeps a 恢复前 copy, and restoring that copy undoes it', () => {
    t = tempApp();
    t.ok('committee.save', { name: '提案委员会' });
    const early = t.ok('backup.create', {}).name;
    t.ok('committee.save', { name: '文史委员会' });
    t.ok('member.save', { name: '张三', gender: '男', termId: t.ok('term.save', { number: 9, name: '第九届', startDate: '2021-12-20' }).id, sectorId: t.ok('sector.save', { name: '教育界' }).id, phone: '13900000001' });
    expect(committees(t)).toEqual(['提案委员会', '文史委员会']);

    const { restoredFrom, safetyBackup } = t.ok('backup.restore', { name: early });
    expect(restoredFrom).toBe(early);
    expect(committees(t)).toEqual(['提案委员会']);
    expect(t.ok('member.list', {}).total).toBe(0);
    const safety = t.ok('backup.list', {}).find((b) => b.name === safetyBackup);
    expect(safety?.kind).toBe('恢复前');
    expect(committeesIn(join(t.app.backupDir, safetyBackup))).toEqual(['提案委员会', '文史委员会']);
    expect(t.ok('audit.list', { entity: '备份' }).rows[0].summary).toContain(early);

    // writes still work on the reopened file
    t.ok('committee.save', { name: '经济委员会' });

    t.ok('backup.restore', { name: safetyBackup });
    expect(committees(t)).toEqual(['提案委员会', '文史委员会']);
    // The 操作日志 is not rolled back: the work done after the backup, the first restore and the
    // 经济委员会 saved after it are all still listed, newest first, each once.
    const log = t.ok('audit.list', { pageSize: 100 }).rows.map((r) => r.summary);
    const restores = log.filter((s) => s.startsWith('从备份恢复'));
    expect(restores).toHaveLength(2);
    expect(restores[0]).toContain(safetyBackup);
    expect(restores[1]).toContain(early);
    for (const name of ['文史委员会', '经济委员会', '张三']) expect(log.filter((s) => s.includes(name))).toHaveLength(1);
    expect(log.indexOf(restores[0])).toBeLessThan(log.findIndex((s) => s.includes('经济委员会')));
    expect(log.findIndex((s) => s.includes('经济委员会'))).toBeLessThan(log.indexOf(restores[1]));
    expect(t.ok('member.list', {}).rows.map((m) => m.name)).toEqual(['张三']);
    expect(t.app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('restore of a missing backup is NOT_FOUND and changes nothing', () => {
    t = tempApp();
    t.ok('committee.save', { name: '提案委员会' });
    const error = t.fail('backup.restore', { name: '政协办公-20000101-000000-手动.sqlite' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(chinese);
    expect(committees(t)).toEqual(['提案委员会']);
  });

  it('backup.upload rejects files that are not office backups, leaving nothing behind', () => {
    t = tempApp();
    const before = t.ok('backup.list', {}).length;
    const text = t.fail('backup.upload', { fileName: '花名册.xlsx', base64: Buffer.from('PK\u0003\u0004 not a database').toString('base64') });
    expect(text.code).toBe('VALIDATION');
    expect(text.message).toMatch(chinese);
    expect(text.message).toContain('花名册.xlsx');

    // a real SQLite file, but not ours
    const other = join(t.dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('create table notes (body text); insert into notes values (1)');
    db.close();
    const foreign = t.fail('backup.upload', { fileName: 'other.sqlite', base64: readFileSync(other).toString('base64') });
    expect(foreign.code).toBe('VALIDATION');
    expect(foreign.message).toMatch(chinese);
    expect(t.ok('backup.list', {})).toHaveLength(before);
  });

  it('backup.upload accepts an office backup, which can then be restored', () => {
    t = tempApp();
    t.ok('committee.save', { name: '提案委员会' });
    const made = t.ok('backup.create', {}).name;
    const bytes = readFileSync(join(t.app.backupDir, made));
    t.ok('committee.save', { name: '文史委员会' });
    const uploaded = t.ok('backup.upload', { fileName: '单位备份.sqlite', base64: bytes.toString('base64') });
    expect(uploaded.size).toBe(bytes.length);
    expect(existsSync(join(t.app.backupDir, uploaded.name))).toBe(true);
    expect(t.ok('audit.list', { entity: '备份' }).rows[0].summary).toContain('单位备份.sqlite');
    t.ok('backup.restore', { name: uploaded.name });
    expect(committees(t)).toEqual(['提案委员会']);
  });
});
