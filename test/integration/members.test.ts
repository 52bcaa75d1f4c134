import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterRow } from '../../shared/contract/members';
import { chinese, tempApp, type TempApp } from '../fixtures/tempApp';

let t: TempApp;
let termId: number;
const ids = { edu: 0, eco: 0, agri: 0, minmeng: 0, zhigong: 0, tian: 0, group: 0 };
const memberIds: Record<string, number> = {};

beforeAll(() => {
  t = tempApp();
  termId = t.ok('term.save', { number: 9, name: '第九届', startDate: '2021-12-20' }).id;
  ids.group = t.ok('sectorGroup.save', { name: '第一活动组', sort: 1 }).id;
  ids.edu = t.ok('sector.save', { name: '教育界', groupId: ids.group, sort: 1 }).id;
  ids.eco = t.ok('sector.save', { name: '经济界', sort: 2 }).id;
  ids.agri = t.ok('sector.save', { name: '农业界', sort: 3 }).id;
  ids.minmeng = t.ok('party.save', { name: '民盟', kind: '党派', sort: 1 }).id;
  ids.zhigong = t.ok('party.save', { name: '致公党', kind: '党派', sort: 2 }).id;
  ids.tian = t.ok('committee.save', { name: '提案委员会' }).id;
  const add = (name: string, gender: '男' | '女', sectorId: number, partyId: number | null, phone: string, workUnit: string, isStanding = false) =>
    (memberIds[name] = t.ok('member.save', { name, gender, termId, sectorId, partyId, committeeId: ids.tian, phone, workUnit, isStanding }).id);
  add('张三', '男', ids.edu, ids.minmeng, '13900000001', '县第一中学副校长', true);
  add('李四', '女', ids.edu, null, '13900000002', '县实验小学校长');
  add('王五', '男', ids.eco, ids.zhigong, '13900000003', '永安建材有限公司总经理', true);
  add('赵六', '女', ids.agri, ids.minmeng, '13900000004', '城关镇农技站站长');
  add('张三丰', '男', ids.agri, null, '13900000005', '县中医院院长');
});
afterAll(() => t.close());

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('member.save and member.list', () => {
  it('saves with joined names and the sector’s 活动组 filled in', () => {
    const m = t.ok('member.get', { id: memberIds['张三'] });
    expect(m).toMatchObject({ sectorName: '教育界', partyName: '民盟', committeeName: '提案委员会', groupId: ids.group, groupName: '第一活动组', status: '在任', version: 1 });
  });

  it('filters by sector, party, standing and status', () => {
    expect(names(t.ok('member.list', { sectorId: ids.edu }).rows).sort()).toEqual(['张三', '李四'].sort());
    expect(names(t.ok('member.list', { partyId: ids.minmeng }).rows).sort()).toEqual(['张三', '赵六'].sort());
    expect(names(t.ok('member.list', { isStanding: true }).rows).sort()).toEqual(['张三', '王五'].sort());
    expect(t.ok('member.list', { isStanding: false }).total).toBe(3);
    expect(t.ok('member.list', { status: '在任' }).total).toBe(5);
    expect(t.ok('member.list', { termId, sectorId: ids.agri, partyId: ids.minmeng }).total).toBe(1);
  });

  it('searches name (two characters too), phone and work unit', () => {
    expect(names(t.ok('member.list', { search: '张三' }).rows).sort()).toEqual(['张三', '张三丰'].sort());
    expect(names(t.ok('member.list', { search: '00000003' }).rows)).toEqual(['王五']);
    expect(names(t.ok('member.list', { search: '中医院' }).rows)).toEqual(['张三丰']);
    expect(t.ok('member.list', { search: '%' }).total).toBe(0);
    expect(t.ok('member.list', { search: '_' }).total).toBe(0);
  });

  it('sorts and pages with the full total', () => {
    const bySector = t.ok('member.list', {}).rows.map((r) => r.sectorName);
    expect(bySector).toEqual(['教育界', '教育界', '经济界', '农业界', '农业界']);
    const desc = t.ok('member.list', { sortBy: 'sector', sortOrder: 'desc' }).rows.map((r) => r.sectorName);
    expect(desc).toEqual(['农业界', '农业界', '经济界', '教育界', '教育界']);
    const created = names(t.ok('member.list', { sortBy: 'createdAt', sortOrder: 'desc' }).rows);
    expect(created).toEqual(['张三丰', '赵六', '王五', '李四', '张三']);
    const page1 = t.ok('member.list', { sortBy: 'createdAt', page: 1, pageSize: 2 });
    const page3 = t.ok('member.list', { sortBy: 'createdAt', page: 3, pageSize: 2 });
    expect(page1.total).toBe(5);
    expect(names(page1.rows)).toEqual(['张三', '李四']);
    expect(page3.total).toBe(5);
    expect(names(page3.rows)).toEqual(['张三丰']);
    expect(t.ok('member.list', { page: 9, pageSize: 2 })).toEqual({ rows: [], total: 5 });
  });

  it('refuses a phone number another sitting member of the term has', () => {
    const before = t.count('members');
    const error = t.fail('member.save', { name: '钱七', gender: '男', termId, sectorId: ids.eco, phone: '13900000001' });
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toMatch(/13900000001.*张三/);
    expect(t.count('members')).toBe(before);
    const bad = t.fail('member.save', { name: '钱七', gender: '男', termId, sectorId: ids.eco, phone: '1390000' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('手机号');
  });

  it('离任 keeps the row; 撤销离任 brings the member back', () => {
    const id = memberIds['李四'];
    const left = t.ok('member.leave', { id, version: 1, date: '2024-06-30', reason: '工作调动' });
    expect(left).toMatchObject({ status: '离任', leftAt: '2024-06-30', leftReason: '工作调动', version: 2 });
    expect(t.count('members')).toBe(5);
    expect(names(t.ok('member.list', { status: '离任' }).rows)).toEqual(['李四']);
    expect(t.ok('member.list', { status: '在任' }).total).toBe(4);
    expect(t.fail('member.leave', { id, version: 2, date: '2024-07-01', reason: '重复' }).code).toBe('TRANSITION');
    expect(t.fail('member.reinstate', { id, version: 1 }).code).toBe('CONFLICT');

    const back = t.ok('member.reinstate', { id, version: 2 });
    expect(back).toMatchObject({ status: '在任', leftAt: null, leftReason: null, version: 3 });
    expect(t.fail('member.reinstate', { id, version: 3 }).code).toBe('TRANSITION');
    const log = t.ok('audit.list', { entity: '委员' }).rows.filter((r) => r.entityId === id).map((r) => r.method);
    expect(log).toEqual(['member.reinstate', 'member.leave', 'member.save']);
  });

  it('a departed member’s phone may be reused, and then 撤销离任 is refused', () => {
    const id = memberIds['赵六'];
    t.ok('member.leave', { id, version: 1, date: '2024-06-30', reason: '工作调动' });
    const newcomer = t.ok('member.save', { name: '孙八', gender: '女', termId, sectorId: ids.agri, phone: '13900000004' });
    const error = t.fail('member.reinstate', { id, version: 2 });
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toContain('孙八');
    expect(t.ok('member.get', { id }).status).toBe('离任');
    memberIds['孙八'] = newcomer.id;
  });
});

describe('member.import is all-or-nothing', () => {
  const row = (n: number, over: Partial<RosterRow> = {}): RosterRow => ({ row: n, name: `导入${n}`, gender: '男', sector: '教育界', party: '民盟', phone: `1380000${String(n).padStart(4, '0')}`, isStanding: '否', ...over });

  it('one batch with bad rows imports nothing and names every bad row', () => {
    const before = t.count('members');
    const auditBefore = t.count('audit_log');
    const rows = [
      row(2),
      row(3, { name: '' }),
      row(4, { sector: '宗教界' }),
      row(5, { phone: '13800000002' }),
      row(6, { phone: '13900000001' }),
      row(7, { phone: '1380000' }),
      row(8, { gender: '未知' }),
      row(9),
    ];
    const { imported, errors } = t.ok('member.import', { termId, rows });
    expect(imported).toBe(0);
    expect(errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    const reason = Object.fromEntries(errors.map((e) => [e.row, e.message]));
    expect(reason[3]).toContain('姓名');
    expect(reason[4]).toContain('宗教界');
    expect(reason[5]).toMatch(/第2行重复/);
    expect(reason[6]).toContain('张三');
    expect(reason[7]).toContain('手机号');
    expect(reason[8]).toContain('性别');
    for (const e of errors) expect(e.message).toMatch(chinese);
    expect(t.count('members')).toBe(before);
    expect(t.count('audit_log')).toBe(auditBefore);
  });

  it('a good batch imports every row, audited once', () => {
    const before = t.count('members');
    const rows = [row(2), row(3, { party: '', committee: '提案委员会', isStanding: '是' }), row(4, { sector: '经济界', phone: '138-0000-0099' })];
    expect(t.ok('member.import', { termId, rows })).toEqual({ imported: 3, errors: [] });
    expect(t.count('members')).toBe(before + 3);
    const imported = t.ok('member.list', { search: '导入', sortBy: 'createdAt' }).rows;
    expect(imported.map((m) => [m.name, m.sectorName, m.partyName, m.isStanding, m.phone, m.groupName])).toEqual([
      ['导入2', '教育界', '民盟', false, '13800000002', '第一活动组'],
      ['导入3', '教育界', null, true, '13800000003', '第一活动组'],
      ['导入4', '经济界', '民盟', false, '13800000099', null],
    ]);
    const log = t.ok('audit.list', { entity: '委员', pageSize: 1 }).rows[0];
    expect(log).toMatchObject({ method: 'member.import', actor: '张秘书' });
    expect(log.summary).toContain('3');
  });

  it('importing the same file twice is refused as duplicates of existing members', () => {
    const rows = [row(2), row(3)];
    const { imported, errors } = t.ok('member.import', { termId, rows });
    expect(imported).toBe(0);
    expect(errors.map((e) => e.row)).toEqual([2, 3]);
  });
});
