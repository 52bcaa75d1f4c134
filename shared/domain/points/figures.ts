/**
 * 年度数据: the figures an annual 工作报告 quotes, and the draft sentences built from them.
 *
 * Each figure is counted by the module that owns the records (db/services/points/figures/*) and
 * carries the records behind it; this file holds the keys, labels, definitions and the wording,
 * so the page, the Word draft and the tests share one vocabulary. A year counts what happened in
 * it (by each event's own date); rates are over the records of the year as they stand today.
 */
import { percentInText, rate, type Rate } from '../proposal/statistics';
import type { FactModule } from './kinds';

export interface FigureSpec {
  module: FactModule;
  label: string;
  unit: string;
  definition: string;
  /** A rate (percent) rather than a count. */
  rate?: boolean;
}

/** THE list of figures, in the order the page and the report show them. */
export const figureSpecs = {
  'events.meetings': { module: '活动会议', label: '召开会议', unit: '次', definition: '年内召开并登记考勤的各类会议（全体会议、常委会议、协商会等）。' },
  'events.activities': { module: '活动会议', label: '组织委员活动', unit: '次', definition: '年内组织并登记考勤的视察调研、界别活动、学习培训等。' },
  'events.attendance': { module: '活动会议', label: '委员参加会议和活动', unit: '人次', definition: '年内会议和活动考勤中“出席”的人次。' },
  'events.attendanceRate': { module: '活动会议', label: '出席率', unit: '%', rate: true, definition: '出席人次 ÷ 应到人次（请假、缺席计入应到）。' },
  'proposals.received': { module: '提案', label: '收到提案', unit: '件', definition: '年内提交的提案（不含暂存、作废）。' },
  'proposals.filed': { module: '提案', label: '立案', unit: '件', definition: '年内收到的提案中经审查立案的。' },
  'proposals.filingRate': { module: '提案', label: '立案率', unit: '%', rate: true, definition: '立案 ÷ 收到。' },
  'proposals.answered': { module: '提案', label: '已办复', unit: '件', definition: '立案提案中承办单位答复已经审核通过的。' },
  'proposals.answerRate': { module: '提案', label: '办复率', unit: '%', rate: true, definition: '已办复 ÷ 立案。' },
  'proposals.satisfactionRate': { module: '提案', label: '满意率', unit: '%', rate: true, definition: '（满意 + 基本满意）÷ 收回的征询意见表。' },
  'opinions.received': { module: '社情民意', label: '收到社情民意信息', unit: '篇', definition: '年内报送的社情民意信息。' },
  'opinions.adopted': { module: '社情民意', label: '采用', unit: '篇', definition: '年内审查采用的信息。' },
  'opinions.sentUp': { module: '社情民意', label: '报送上级', unit: '篇', definition: '年内报送市、省、全国政协的信息。' },
  'opinions.instructed': { module: '社情民意', label: '获领导批示', unit: '件', definition: '年内获得批示的信息（一篇多次批示计一件）。' },
  'supervision.activities': { module: '民主监督', label: '开展民主监督活动', unit: '次', definition: '年内监督小组开展的座谈、视察、暗访、调研。' },
  'supervision.letters': { module: '民主监督', label: '发出民主监督建议书', unit: '份', definition: '年内送达被监督单位的建议书。' },
  'supervision.items': { module: '民主监督', label: '提出意见建议', unit: '条', definition: '年内送达的建议书所列的条目。' },
  'supervision.rectified': { module: '民主监督', label: '整改完成', unit: '条', definition: '年内被监督单位反馈整改“已完成”的条目（按完成时间，未填则按反馈日期）。' },
  'history.received': { module: '文史资料', label: '征集文史稿件', unit: '篇', definition: '年内收稿登记的稿件（不含入库的历史文史资料）。' },
  'history.used': { module: '文史资料', label: '采用稿件', unit: '篇', definition: '年内选稿决定采用的稿件。' },
  'history.volumes': { module: '文史资料', label: '编印文史资料', unit: '辑', definition: '年内付印的辑。' },
  'history.published': { module: '文史资料', label: '刊用文章', unit: '篇', definition: '年内付印各辑所收的文章。' },
} as const satisfies Record<string, FigureSpec>;

export type FigureKey = keyof typeof figureSpecs;

/** A computed figure's number: a count, or a rate. */
export type FigureValue = { count: number } | { rate: Rate };

/** 92件 / 100.00% / — */
export function figureText(key: FigureKey, value: FigureValue): string {
  if ('rate' in value) return value.rate.text;
  return `${value.count}${figureSpecs[key].unit}`;
}

export function countValue(n: number): FigureValue {
  return { count: n };
}
export function rateValue(numerator: number, denominator: number): FigureValue {
  return { rate: rate(numerator, denominator) };
}

/**
 * The draft sentences for the 工作报告, one per module with figures. Figures of a module that
 * is not installed are absent, and so is its sentence; a rate over nothing is left out.
 */
export function figureParagraphs(year: number, values: Partial<Record<FigureKey, FigureValue>>): { module: FactModule; text: string }[] {
  const n = (k: FigureKey) => {
    const v = values[k];
    return v && 'count' in v ? v.count : 0;
  };
  const pct = (k: FigureKey) => {
    const v = values[k];
    return v && 'rate' in v && v.rate.value !== null ? percentInText(v.rate) : null;
  };
  const has = (module: FactModule) => (Object.keys(values) as FigureKey[]).some((k) => figureSpecs[k].module === module);
  const out: { module: FactModule; text: string }[] = [];
  if (has('活动会议')) {
    const rateText = pct('events.attendanceRate');
    out.push({
      module: '活动会议',
      text: `${year}年，共召开各类会议${n('events.meetings')}次，组织委员视察调研、界别活动等${n('events.activities')}次，委员参加${n('events.attendance')}人次${rateText ? `，出席率${rateText}` : ''}。`,
    });
  }
  if (has('提案')) {
    const parts = [`共收到提案${n('proposals.received')}件，经审查立案${n('proposals.filed')}件${pct('proposals.filingRate') ? `，立案率${pct('proposals.filingRate')}` : ''}`];
    if (n('proposals.filed') > 0) parts.push(`已办复${n('proposals.answered')}件${pct('proposals.answerRate') ? `，办复率${pct('proposals.answerRate')}` : ''}`);
    if (pct('proposals.satisfactionRate')) parts.push(`提案者对办理工作表示满意和基本满意的占${pct('proposals.satisfactionRate')}`);
    out.push({ module: '提案', text: `${parts.join('；')}。` });
  }
  if (has('社情民意')) {
    out.push({
      module: '社情民意',
      text: `共收到社情民意信息${n('opinions.received')}篇，采用${n('opinions.adopted')}篇，报送上级政协${n('opinions.sentUp')}篇，${n('opinions.instructed')}件获领导批示。`,
    });
  }
  if (has('民主监督')) {
    out.push({
      module: '民主监督',
      text: `开展民主监督活动${n('supervision.activities')}次，发出《民主监督建议书》${n('supervision.letters')}份，提出意见建议${n('supervision.items')}条，已整改完成${n('supervision.rectified')}条。`,
    });
  }
  if (has('文史资料')) {
    out.push({
      module: '文史资料',
      text: `征集文史稿件${n('history.received')}篇，采用${n('history.used')}篇，编印《文史资料》${n('history.volumes')}辑，刊用文章${n('history.published')}篇。`,
    });
  }
  return out;
}
