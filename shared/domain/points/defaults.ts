/**
 * 常用积分规则: a starting set in the shape of the county systems in seeds 000 and 004 (固定积分
 * for attending meetings, 任务积分 for proposals, 社情民意, speeches, activities and 监督, 激励积分
 * for 批示 and 优秀提案). The office loads it once (积分规则 → 载入常用规则) and edits it from there.
 */
import type { FactKind, PointCategory, PointLevel } from './kinds';
import type { LevelMode } from '../opinion/scoring';

export interface DefaultRule {
  name: string;
  category: PointCategory;
  kind: FactKind;
  level?: PointLevel;
  levelMode?: LevelMode;
  tag?: string;
  points: number;
  yearlyCap?: number;
}

const levelled = (base: string, kind: FactKind, category: PointCategory, points: Record<PointLevel, number>): DefaultRule[] =>
  (Object.entries(points) as [PointLevel, number][]).map(([level, p]) => ({ name: `${base}（${level === '全国' ? '全国' : `${level}级`}）`, category, kind, level, levelMode: '取最高', points: p }));

export const defaultRules: DefaultRule[] = [
  { name: '出席全体会议', category: '固定', kind: 'meeting.attended', tag: '全体会议', points: 5 },
  { name: '出席常委会议', category: '固定', kind: 'meeting.attended', tag: '常委会议', points: 3 },
  { name: '出席主席会议', category: '固定', kind: 'meeting.attended', tag: '主席会议', points: 2 },
  { name: '出席专题协商会', category: '固定', kind: 'meeting.attended', tag: '专题协商会', points: 3 },
  { name: '出席界别协商会', category: '固定', kind: 'meeting.attended', tag: '界别协商会', points: 2 },
  { name: '出席其他会议', category: '固定', kind: 'meeting.attended', tag: '其他会议', points: 1, yearlyCap: 10 },
  { name: '无故缺席会议', category: '固定', kind: 'meeting.absent', points: -3, yearlyCap: 15 },
  { name: '参加视察调研', category: '任务', kind: 'activity.attended', tag: '视察调研', points: 2, yearlyCap: 20 },
  { name: '参加界别活动', category: '任务', kind: 'activity.attended', tag: '界别活动', points: 2, yearlyCap: 20 },
  { name: '参加学习培训', category: '任务', kind: 'activity.attended', tag: '学习培训', points: 2, yearlyCap: 10 },
  { name: '参加社会服务', category: '任务', kind: 'activity.attended', tag: '社会服务', points: 2, yearlyCap: 10 },
  { name: '参加委员工作室活动', category: '任务', kind: 'activity.attended', tag: '委员工作室', points: 1, yearlyCap: 10 },
  { name: '会议或活动发言', category: '任务', kind: 'speech', points: 3, yearlyCap: 15 },
  { name: '立案提案（个人或领衔）', category: '任务', kind: 'proposal.filed.lead', points: 5 },
  { name: '立案提案（附议）', category: '任务', kind: 'proposal.filed.cosign', points: 1, yearlyCap: 5 },
  { name: '报送社情民意', category: '任务', kind: 'opinion.submitted', points: 1, yearlyCap: 10 },
  ...levelled('社情民意被采用', 'opinion.adopted', '任务', { 县: 2, 市: 5, 省: 10, 全国: 20 }),
  { name: '参加民主监督活动', category: '任务', kind: 'supervision.activity', points: 2, yearlyCap: 20 },
  { name: '文史稿件被采用', category: '任务', kind: 'history.article.used', points: 3 },
  ...levelled('社情民意获批示', 'opinion.instruction', '激励', { 县: 3, 市: 6, 省: 12, 全国: 20 }),
  { name: '重点提案', category: '激励', kind: 'proposal.key', points: 3 },
  { name: '优秀提案', category: '激励', kind: 'proposal.excellent', points: 10 },
];
