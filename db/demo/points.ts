import type { EventDetail } from '../../shared/contract/points';
import type { MemberRecord } from '../../shared/contract/members';
import type { AppDatabase } from '../app';
import { createDispatcher } from '../services/dispatch';
import { rng } from './generate';

type Plan = { kind: '会议' | '活动'; type: string; title: string; date: string; who: 'all' | 'standing' | 'group' | number; place: string; speakers?: number };

const year = (y: number): Plan[] => [
  { kind: '会议', type: '全体会议', title: `政协第十一届委员会第${y === 2025 ? '三' : '四'}次会议`, date: `${y}-02-26`, who: 'all', place: '县会议中心', speakers: 10 },
  { kind: '会议', type: '常委会议', title: `十一届县政协常委会第${y === 2025 ? '九' : '十三'}次会议`, date: `${y}-03-25`, who: 'standing', place: '县政协会议室', speakers: 4 },
  { kind: '活动', type: '学习培训', title: `${y}年度委员履职能力培训班`, date: `${y}-04-16`, who: 60, place: '县委党校' },
  { kind: '活动', type: '视察调研', title: '农村生活污水治理专题视察', date: `${y}-05-13`, who: 25, place: '城关镇、古山镇', speakers: 3 },
  { kind: '会议', type: '专题协商会', title: '优化营商环境专题协商会', date: `${y}-06-18`, who: 40, place: '县政协会议室', speakers: 8 },
  { kind: '会议', type: '常委会议', title: `十一届县政协常委会第${y === 2025 ? '十' : '十四'}次会议`, date: `${y}-06-26`, who: 'standing', place: '县政协会议室', speakers: 3 },
  { kind: '活动', type: '界别活动', title: '界别委员进社区便民服务', date: `${y}-07-09`, who: 'group', place: '天井湖社区' },
  { kind: '活动', type: '视察调研', title: '城区停车设施建设视察', date: `${y}-08-20`, who: 22, place: '县城区', speakers: 2 },
  { kind: '活动', type: '社会服务', title: '委员义诊和法律咨询', date: `${y}-09-12`, who: 18, place: '县文化广场' },
  { kind: '会议', type: '界别协商会', title: '教育界别协商会', date: `${y}-10-15`, who: 'group', place: '县第一中学', speakers: 4 },
  { kind: '活动', type: '视察调研', title: '乡村民宿规范发展调研', date: `${y}-10-28`, who: 20, place: '舟山镇', speakers: 2 },
  { kind: '会议', type: '常委会议', title: `十一届县政协常委会第${y === 2025 ? '十一' : '十五'}次会议`, date: `${y}-11-18`, who: 'standing', place: '县政协会议室', speakers: 3 },
];

/**
 * 履职积分 demo: the 常用规则 from 1 January 2025, the office's 活动 and 会议 of 2025 and 2026 with
 * attendance (a few 请假 and 缺席, some 发言), and 2025 closed (结账) as an office would in January.
 * Everything goes through the services; its own random stream keeps the rest of the demo unchanged.
 */
export function generatePointsDemo(app: AppDatabase, options: { termId: number; today?: string }) {
  const dispatch = createDispatcher(app);
  const call = <T>(method: string, input: unknown): T => {
    const r = dispatch(method, input, '办公室 刘秘书');
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as T;
  };
  const rand = rng(20250101);
  const members = call<{ rows: MemberRecord[] }>('member.list', { termId: options.termId, pageSize: 1000 }).rows;
  const sample = (n: number) => [...members].sort(() => rand() - 0.5).slice(0, Math.min(n, members.length));
  const groups = [...new Set(members.map((m) => m.groupId).filter((g): g is number => g !== null))];
  call('points.rule.loadDefaults', { effectiveFrom: '2025-01-01' });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const plan of [...year(2025), ...year(2026)]) {
    if (plan.date > today) continue;
    const group = plan.who === 'group' ? groups[Math.floor(rand() * groups.length)] : null;
    const invited = plan.who === 'all' ? members : plan.who === 'standing' ? members.filter((m) => m.isStanding) : plan.who === 'group' ? members.filter((m) => m.groupId === group) : sample(plan.who);
    const e = call<EventDetail>('points.event.save', {
      kind: plan.kind,
      type: plan.type,
      title: plan.title,
      date: plan.date,
      place: plan.place,
      organizer: '县政协办公室',
      sectorGroupId: group,
      memberIds: invited.map((m) => m.id),
    });
    let speakers = plan.speakers ?? 0;
    const rows = e.attendance.map((a) => {
      const r = rand();
      const status = r < 0.06 ? '请假' : r < 0.08 ? '缺席' : '出席';
      const spoke = status === '出席' && speakers > 0 && rand() < 0.3 ? (speakers--, true) : false;
      return { memberId: a.memberId, status, spoke, note: status === '请假' ? '因公请假' : '' };
    });
    call('points.event.setAttendance', { id: e.id, version: e.version, rows });
  }
  if (today >= '2026-01-01') call('points.year.close', { year: 2025, note: '2025年度履职积分经主席会议审定', today });
  // The closed year's 通报 issued with the first 发文字号 of 2026 in the office series.
  if (today >= '2026-01-20') call('points.notice.issue', { year: 2025, issueDate: '2026-01-20', issuer: '王主席' });
}
