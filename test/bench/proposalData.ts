import type { AppDatabase } from '../../db/app';
import { rng } from '../../db/demo/generate';
import { proposalText, proposalTitle, proposalTopics } from '../../db/demo/proposalData';
import { committeeNames, givenNames, partyList, sectorNames, surnames, unitList } from '../../db/demo/data';
import { formatProposalCode } from '../../shared/domain/proposal/numbering';
import { addDays, addMonths } from '../../shared/domain/workdays';

/**
 * A county's proposals over 10 届 at scale, written straight into the tables in one transaction
 * (the services would take minutes for half a million timeline rows). Every proposal has a full
 * lifecycle: 登记 … 交办 (主办 + 协办), 签收, 答复, 审核, 征询, 办结, 归档 — with 不予立案, 并案, 重点, B-class
 * 回头看 and a last 届 still in progress. Returns the ids the bench queries by.
 */
export function generateProposalScale(app: AppDatabase, options: { terms?: number; perTerm?: number } = {}) {
  const db = app.sqlite;
  const terms = options.terms ?? 10;
  const perTerm = options.perTerm ?? 5000;
  const rand = rng(777);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const topics = Object.entries(proposalTopics).flatMap(([category, list]) => list.map((t) => ({ category, ...t })));

  const ids = { terms: [] as number[], meetings: new Map<number, number[]>(), units: new Map<string, number>(), sectors: [] as number[], parties: [] as number[], categories: new Map<string, number>() };
  db.transaction(() => {
    const insertTerm = db.prepare('insert into terms (number, name, start_date) values (?, ?, ?)');
    const insertMeeting = db.prepare('insert into meetings (term_id, number, name, start_date) values (?, ?, ?, ?)');
    for (let t = 0; t < terms; t++) {
      const year = 1976 + t * 5;
      const termId = Number(insertTerm.run(t + 2, `第${t + 2}届`, `${year}-01-10`).lastInsertRowid);
      ids.terms.push(termId);
      ids.meetings.set(
        termId,
        [1, 2, 3, 4, 5].map((m) => Number(insertMeeting.run(termId, m, `第${'一二三四五'[m - 1]}次会议`, `${year + m - 1}-02-2${m}`).lastInsertRowid)),
      );
    }
    sectorNames.forEach((name, i) => ids.sectors.push(Number(db.prepare('insert into sectors (name, sort) values (?, ?)').run(name, i).lastInsertRowid)));
    partyList.forEach(([name, kind], i) => ids.parties.push(Number(db.prepare('insert into parties (name, kind, sort) values (?, ?, ?)').run(name, kind, i).lastInsertRowid)));
    committeeNames.forEach((name, i) => db.prepare('insert into committees (name, sort) values (?, ?)').run(name, i));
    unitList.forEach(([name, kind], i) => ids.units.set(name, Number(db.prepare('insert into units (name, kind, contact, phone, sort) values (?, ?, ?, ?, ?)').run(name, kind, '王科长', '0579-87654321', i).lastInsertRowid)));
    for (const d of db.prepare("select id, label from dict_items where dict = 'proposalCategory'").all() as { id: number; label: string }[]) ids.categories.set(d.label, d.id);
  })();
  const unitIds = [...ids.units.values()];

  const insertProposal = db.prepare(`insert into proposals (term_id, meeting_id, kind, sector_id, party_id, proposer_name, cosigner_names, title, background, problems, suggestions,
    category_id, suggested_units, status, submitted_date, series, serial, code, reject_reason, merged_into_id, filed_date, mode, first_assigned_date, assigned_date, due_date,
    co_due_date, sign_deadline, signed_date, answered_date, reply_class, feedback, feedback_date, closed_date, archived_date, follow_up_date, follow_up_done_date, is_key, key_leader,
    is_excellent, round) values (${Array(40).fill('?').join(', ')})`);
  const insertUnit = db.prepare('insert into proposal_units (proposal_id, unit_id, role, assigned_date, signed_date, sort) values (?, ?, ?, ?, ?, ?)');
  const insertReply = db.prepare("insert into proposal_replies (proposal_id, unit_id, role, round, reply_class, content, signer, reply_date, review, review_date) values (?, ?, ?, 1, ?, ?, '周局长', ?, ?, ?)");
  const insertEvent = db.prepare('insert into proposal_events (proposal_id, action, from_status, to_status, date, actor, comment) values (?, ?, ?, ?, ?, ?, ?)');
  const insertCosigner = db.prepare("insert into proposal_cosigners (proposal_id, name, state, sort) values (?, ?, '已确认', ?)");
  const name = () => pick(surnames) + pick(givenNames[rand() < 0.6 ? '男' : '女']);

  let proposals = 0;
  let events = 0;
  const t0 = performance.now();
  db.transaction(() => {
    ids.terms.forEach((termId, ti) => {
      const current = ti === ids.terms.length - 1;
      const meetings = ids.meetings.get(termId)!;
      const termNumber = ti + 2;
      const serials = new Map<string, number>();
      let lastMain = 0;
      for (let i = 0; i < perTerm; i++) {
        const mIndex = Math.min(4, Math.floor((i / perTerm) * 5));
        const ordinary = i % 25 === 24;
        const meetingId = ordinary ? null : meetings[mIndex];
        const year = 1976 + ti * 5 + mIndex;
        const submitted = `${year}-02-1${i % 9}`;
        const topic = topics[(i * 7 + ti) % topics.length];
        const text = proposalText(topic.topic);
        const r = rand();
        const kind = r < 0.55 ? '委员个人' : r < 0.72 ? '委员联名' : r < 0.86 ? '党派团体' : r < 0.95 ? '界别' : '专委会';
        const cosigners = kind === '委员联名' ? [name(), name(), name()].slice(0, 1 + Math.floor(rand() * 3)) : [];
        const proposer = kind === '党派团体' ? pick(partyList)[0] : kind === '界别' ? pick(sectorNames) : kind === '专委会' ? pick(committeeNames) : name();
        const fate = rand();
        const rejected = fate < 0.07;
        const merged = !rejected && fate < 0.09 && lastMain > 0;
        // the last 届's last 会次 is still being handled: spread over every stage
        const stage = current && mIndex === 4 ? Math.floor(rand() * 8) : 8;
        const series = rejected ? '不予立案' : merged ? null : '立案';
        const sessionKey = `${meetingId}:${series}`;
        const serial = series ? (serials.get(sessionKey) ?? 0) + 1 : null;
        if (series) serials.set(sessionKey, serial!);
        const code = series ? formatProposalCode({ term: termNumber, session: ordinary ? '平时' : mIndex + 1, series, serial: serial! }) : null;
        const [mainName, ...coNames] = topic.units.filter((u) => ids.units.has(u));
        const main = ids.units.get(mainName) ?? pick(unitIds);
        const co = coNames.slice(0, 2).map((u) => ids.units.get(u)!);
        const mode = co.length ? (rand() < 0.7 ? '会办' : '分办') : '单办';
        const filed = `${year}-03-0${1 + (i % 9)}`;
        const assigned = addDays(filed, 10);
        const due = addMonths(assigned, 3);
        const answered = addDays(assigned, 30 + Math.floor(rand() * 70));
        const cls = rand() < 0.25 ? 'A' : rand() < 0.94 ? 'B' : 'C';
        const feedback = rand() < 0.85 ? '满意' : rand() < 0.9 ? '基本满意' : '不满意';
        const filedLike = !rejected && !merged;
        const status = rejected ? '不予立案' : merged ? '已并案' : ['待审查', '立案', '已交办', '已签收', '已答复', '待征询', '待办结', '已办结', '已归档'][stage];
        const reached = (n: number) => filedLike && stage >= n;
        const values = [
          termId, meetingId, kind, pick(ids.sectors), pick(ids.parties), proposer, cosigners.join('、'), proposalTitle(topic.topic, i), text.background, text.problems, text.suggestions,
          ids.categories.get(topic.category), topic.units.join('、'), status, submitted, series, serial, code, rejected ? '内容空泛、没有具体建议的' : null, merged ? lastMain : null,
          reached(1) ? filed : null, reached(2) ? mode : null, reached(2) ? assigned : null, reached(2) ? assigned : null, reached(2) ? due : null,
          reached(2) && mode === '会办' ? addMonths(assigned, 1) : null, reached(2) ? addDays(assigned, 7) : null, reached(3) ? addDays(assigned, 2) : null,
          reached(5) ? answered : null, reached(5) ? cls : null, reached(6) ? feedback : null, reached(6) ? addDays(answered, 12) : null,
          reached(7) ? addDays(answered, 60) : null, reached(8) ? `${year}-12-20` : null, reached(5) && cls === 'B' ? addMonths(answered, 6) : null,
          reached(8) && cls === 'B' && rand() < 0.5 ? addMonths(answered, 6) : null, filedLike && i % 40 === 0 ? 1 : 0, filedLike && i % 40 === 0 ? '县政协副主席 周建华' : '', filedLike && i % 50 === 7 ? 1 : 0, 1,
        ];
        const id = Number(insertProposal.run(...values).lastInsertRowid);
        proposals++;
        if (series === '立案' && !lastMain) lastMain = id;
        if (series === '立案' && i % 100 === 0) lastMain = id;
        cosigners.forEach((c, k) => insertCosigner.run(id, c, k));
        const ev = (action: string, from: string | null, to: string | null, date: string) => {
          insertEvent.run(id, action, from, to, date, '提案委', '');
          events++;
        };
        ev('登记', null, '暂存', submitted);
        ev('提交', '暂存', '待预审', submitted);
        ev('预审通过', '待预审', '待审查', addDays(submitted, 3));
        if (rejected) ev('不予立案', '待审查', '不予立案', filed);
        if (merged) ev('并案', '待审查', '已并案', filed);
        if (reached(1)) ev('立案', '待审查', '立案', filed);
        if (reached(2)) {
          ev('交办', '立案', '已交办', assigned);
          insertUnit.run(id, main, '主办', assigned, reached(3) ? addDays(assigned, 2) : null, 0);
          co.forEach((u, k) => insertUnit.run(id, u, '协办', assigned, reached(3) ? addDays(assigned, 2) : null, k + 1));
        }
        if (reached(3)) ev('签收', '已交办', '已签收', addDays(assigned, 2));
        if (reached(4)) {
          ev('答复', '已签收', '已答复', answered);
          insertReply.run(id, main, '主办', cls, '经研究，答复如下：已将相关工作列入计划并组织实施。', answered, reached(5) ? '已通过' : '待审核', reached(5) ? addDays(answered, 2) : null);
          for (const u of co) insertReply.run(id, u, '协办', null, '协办意见：同意主办单位意见。', addDays(answered, -5), '已收到', null);
        }
        if (reached(5)) ev('答复审核通过', '已答复', '待征询', addDays(answered, 2));
        if (reached(6)) ev(`征询意见（${feedback}）`, '待征询', '待办结', addDays(answered, 12));
        if (reached(7)) ev('办结', '待办结', '已办结', addDays(answered, 60));
        if (reached(8)) ev('归档', '已办结', '已归档', `${year}-12-20`);
      }
    });
  })();
  return { ...ids, proposals, events, ms: performance.now() - t0 };
}
