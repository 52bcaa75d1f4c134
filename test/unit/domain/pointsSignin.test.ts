import { describe, expect, it } from 'vitest';
import { figureParagraphs, countValue, rateValue } from '../../../shared/domain/points/figures';
import { parseAttendanceStatus, parseYesNo } from '../../../shared/domain/points/signin';

describe('sign-in sheet words', () => {
  it('reads the usual ways clerks mark attendance; blank is 缺席; anything else is refused', () => {
    expect(['出席', ' 到 ', '√', '已签到'].map(parseAttendanceStatus)).toEqual(['出席', '出席', '出席', '出席']);
    expect(['请假', '病假', '事 假'].map(parseAttendanceStatus)).toEqual(['请假', '请假', '请假']);
    expect(['', '缺席', '未到'].map(parseAttendanceStatus)).toEqual(['缺席', '缺席', '缺席']);
    expect(['迟到', '出差', '?'].map(parseAttendanceStatus)).toEqual([null, null, null]);
  });
  it('发言 is yes/no', () => {
    expect(['是', '√', '', '否', '也许'].map(parseYesNo)).toEqual([true, true, false, false, null]);
  });
});

describe('年度数据 draft paragraphs', () => {
  it('one sentence per installed module; a rate over nothing is left out', () => {
    const text = figureParagraphs(2026, {
      'events.meetings': countValue(0),
      'events.activities': countValue(0),
      'events.attendance': countValue(0),
      'events.attendanceRate': rateValue(0, 0),
      'proposals.received': countValue(92),
      'proposals.filed': countValue(92),
      'proposals.filingRate': rateValue(92, 92),
      'proposals.answered': countValue(92),
      'proposals.answerRate': rateValue(92, 92),
      'proposals.satisfactionRate': rateValue(0, 0),
    });
    expect(text).toEqual([
      { module: '活动会议', text: '2026年，共召开各类会议0次，组织委员视察调研、界别活动等0次，委员参加0人次。' },
      { module: '提案', text: '共收到提案92件，经审查立案92件，立案率100%；已办复92件，办复率100%。' },
    ]);
  });
});
