import type { AppDatabase } from '../app';
import { createDispatcher } from '../services/dispatch';
import { generateHistoryDemo } from './history';
import { generateOpinionYear } from './opinions';
import { generatePointsDemo } from './points';
import { generateProposalDemo } from './proposals';
import { generateSupervisionDemo } from './supervision';
import { committeeNames, givenNames, groupNames, partyList, sectorNames, surnames, unitList, workUnits } from './data';

/** Deterministic pseudo-random numbers so the demo database is the same on every machine. */
export function rng(seed = 20260305) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A realistic county committee: 第十一届 with three 会次, 30 界别 in 6 活动组, parties, 47 units,
 * 180 members, 2026 holidays. Goes through the same services as the UI, so every rule applies.
 */
export function generateDemo(app: AppDatabase, options: { members?: number; proposals?: boolean; points?: boolean } = {}) {
  const dispatch = createDispatcher(app);
  const call = <T = { id: number }>(method: string, input: unknown): T => {
    const r = dispatch(method, input, '演示数据');
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as T;
  };
  const rand = rng();
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];

  const term = call('term.save', { number: 11, name: '第十一届', startDate: '2023-01-10', endDate: null });
  ['第一次会议', '第二次会议', '第三次会议'].forEach((name, i) => call('meeting.save', { termId: term.id, number: i + 1, name, startDate: `${2023 + i}-0${1 + (i % 2)}-1${i}` }));
  const groups = groupNames.map((name, i) => call('sectorGroup.save', { name, sort: i }));
  const sectors = sectorNames.map((name, i) => call<{ id: number; groupId: number }>('sector.save', { name, groupId: groups[i % groups.length].id, liaisonUnit: '', sort: i }));
  const parties = partyList.map(([name, kind], i) => call('party.save', { name, kind, sort: i }));
  const committees = committeeNames.map((name, i) => call('committee.save', { name, sort: i }));
  const units = unitList.map(([name, kind], i) =>
    call('unit.save', { name, kind, contact: `${pick(surnames)}${pick(givenNames.男)}`, phone: `0579-8${String(7100000 + i * 37).slice(0, 7)}`, address: '', sort: i }),
  );
  const holidays2026: [string, string, string][] = [
    ['2026-01-01', '放假', '元旦'], ['2026-01-02', '放假', '元旦'], ['2026-01-04', '调休上班', '元旦调休'],
    ['2026-02-16', '放假', '春节'], ['2026-02-17', '放假', '春节'], ['2026-02-18', '放假', '春节'], ['2026-02-19', '放假', '春节'],
    ['2026-02-20', '放假', '春节'], ['2026-02-23', '放假', '春节'], ['2026-02-14', '调休上班', '春节调休'], ['2026-02-28', '调休上班', '春节调休'],
    ['2026-04-06', '放假', '清明节'], ['2026-05-01', '放假', '劳动节'], ['2026-05-04', '放假', '劳动节'], ['2026-05-05', '放假', '劳动节'],
    ['2026-05-09', '调休上班', '劳动节调休'], ['2026-06-19', '放假', '端午节'], ['2026-09-25', '放假', '中秋节'],
    ['2026-09-20', '调休上班', '国庆节调休'], ['2026-10-01', '放假', '国庆节'], ['2026-10-02', '放假', '国庆节'], ['2026-10-05', '放假', '国庆节'], ['2026-10-06', '放假', '国庆节'],
    ['2026-10-07', '放假', '国庆节'], ['2026-10-10', '调休上班', '国庆节调休'],
  ];
  holidays2026.forEach(([date, kind, name]) => call('holiday.save', { date, kind, name }));

  const memberIds: number[] = [];
  const used = new Set<string>();
  const count = options.members ?? 180;
  for (let i = 0; i < count; i++) {
    const gender = rand() < 0.62 ? '男' : '女';
    let name = '';
    for (let attempt = 0; attempt < 50 && (!name || used.has(name)); attempt++) name = pick(surnames) + pick(givenNames[gender]);
    if (used.has(name)) name += String(i);
    used.add(name);
    const sectorIndex = i < sectors.length ? i : Math.floor(rand() * sectors.length);
    const partyIndex = sectorIndex < 9 ? sectorIndex : rand() < 0.5 ? 0 : 8;
    const member = call('member.save', {
      termId: term.id,
      name,
      gender,
      sectorId: sectors[sectorIndex].id,
      partyId: parties[partyIndex].id,
      committeeId: rand() < 0.6 ? pick(committees).id : null,
      groupId: sectors[sectorIndex].groupId,
      workUnit: pick(workUnits),
      phone: `13${String(900000000 + i * 7919).slice(0, 9)}`,
      isStanding: rand() < 0.2,
      note: '',
    });
    memberIds.push(member.id);
  }
  // 社情民意: a year shaped like seed 000 (17 topics, 161 reports, 15 sent up, 14 with 批示); its own random stream.
  const call2 = call as <T = { id: number; version: number }>(method: string, input: unknown) => T;
  // One transaction around the ~1,000 calls (each call's own transaction becomes a savepoint): seconds faster.
  app.sqlite.transaction(() =>
    generateOpinionYear(call2, { year: 2026, memberIds, sectorIds: sectors.map((x) => x.id), partyIds: parties.map((x) => x.id), unitIds: units.map((x) => x.id), rand: rng(2026) }),
  )();
  if (options.proposals !== false) generateProposalDemo(app, { termId: term.id });
  // 民主监督: topics, 派驻 groups, activities and letters in every stage (2025 and 2026).
  app.sqlite.transaction(() => generateSupervisionDemo(call2, { memberIds, unitId: (name) => units[unitList.findIndex(([n]) => n === name)].id }))();
  // 文史资料: calls, articles in every stage, 第35辑 being edited, 第1–3辑 in the archive.
  generateHistoryDemo(call2);
  // 履职积分 last: its points count the proposals, 社情民意 and other records above.
  if (options.points !== false) generatePointsDemo(app, { termId: term.id });
  return { termId: term.id };
}
