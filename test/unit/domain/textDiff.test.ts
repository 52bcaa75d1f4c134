import { describe, expect, it } from 'vitest';
import { diffChars, diffSequences, diffText, splitParagraphs } from '../../../shared/domain/textDiff';

const join = (segs: { text: string }[] | null) => (segs ?? []).map((s) => s.text).join('');

describe('text diff for 原稿 vs 编辑稿', () => {
  it('identical texts: every row the same, nothing counted', () => {
    const d = diffText('第一段。\n第二段。', '第一段。\n第二段。  \n');
    expect(d.identical).toBe(true);
    expect(d.rows).toHaveLength(2);
    expect(d.deleted + d.inserted).toBe(0);
  });

  it('marks the exact characters changed inside a paragraph', () => {
    const d = diffChars('建议加快推进停车设施建设', '建议尽快推进城区停车设施建设');
    expect(d.left).toEqual([
      { kind: 'same', text: '建议' },
      { kind: 'del', text: '加' },
      { kind: 'same', text: '快推进停车设施建设' },
    ]);
    expect(d.right.filter((s) => s.kind === 'ins').map((s) => s.text)).toEqual(['尽', '城区']);
    expect(d).toMatchObject({ deleted: 1, inserted: 3 });
    expect(join(d.left)).toBe('建议加快推进停车设施建设');
    expect(join(d.right)).toBe('建议尽快推进城区停车设施建设');
  });

  it('aligns paragraphs: kept, changed, removed and added rows', () => {
    const original = '一、基本情况。\n二、存在问题：停车难。\n三、删去的一段。\n四、建议。';
    const edited = '一、基本情况。\n二、存在问题：城区停车难。\n四、建议。\n五、新增一段。';
    const d = diffText(original, edited);
    expect(d.rows.map((r) => r.kind)).toEqual(['same', 'changed', 'removed', 'same', 'added']);
    expect(join(d.rows[2].left)).toBe('三、删去的一段。');
    expect(d.rows[2].right).toBeNull();
    expect(join(d.rows[4].right)).toBe('五、新增一段。');
    expect(d.rows[4].left).toBeNull();
    expect(d.deleted).toBe('三、删去的一段。'.length);
    expect(d.inserted).toBe(2 + '五、新增一段。'.length);
    expect(d.identical).toBe(false);
    // Both sides read back to the texts.
    expect(d.rows.map((r) => join(r.left)).filter(Boolean).join('\n')).toBe(original);
    expect(d.rows.map((r) => join(r.right)).filter(Boolean).join('\n')).toBe(edited);
  });

  it('empty original or edited text', () => {
    expect(diffText('', '新写的一段。').rows).toEqual([{ kind: 'added', left: null, right: [{ kind: 'ins', text: '新写的一段。' }] }]);
    expect(diffText('原有一段。', '').rows.map((r) => r.kind)).toEqual(['removed']);
    expect(diffText('', '').rows).toEqual([]);
  });

  it('splits on any line ending and drops blank lines', () => {
    expect(splitParagraphs('甲\r\n\r\n乙\r丙\n\n')).toEqual(['甲', '乙', '丙']);
  });

  it('the edit script is minimal (LCS) and handles emoji/surrogates as one character', () => {
    const ops = diffSequences([...'ABCBDAB'], [...'BDCABA']);
    const same = ops.filter((o) => o.kind === 'same').reduce((n, o) => n + o.items.length, 0);
    expect(same).toBe(4);
    expect(diffChars('好𠀀字', '好字').left).toEqual([
      { kind: 'same', text: '好' },
      { kind: 'del', text: '𠀀' },
      { kind: 'same', text: '字' },
    ]);
  });

  it('a long single paragraph (≈3 000 characters) is aligned by sentence, then by character', () => {
    const sentence = (i: number) => `第${i}句政协委员围绕城区停车难问题开展调研并提出建议。`;
    const base = Array.from({ length: 120 }, (_, i) => sentence(i)).join('');
    expect(base.length).toBeGreaterThan(2500);
    const edited = Array.from({ length: 120 }, (_, i) => (i % 10 === 0 ? sentence(i).replace('开展', '深入开展') : sentence(i))).join('');
    const d = diffText(base, edited);
    expect(d.rows).toHaveLength(1);
    expect(join(d.rows[0].left)).toBe(base);
    expect(join(d.rows[0].right)).toBe(edited);
    expect(d).toMatchObject({ deleted: 0, inserted: 24 });
    expect(d.rows[0].right!.filter((s) => s.kind === 'ins').every((s) => s.text === '深入')).toBe(true);
  });

  it('beyond what can be compared, the pair is shown as replaced (never hangs)', () => {
    const a = '甲'.repeat(2500);
    const b = '乙'.repeat(2500);
    const d = diffText(a, b);
    expect(d).toMatchObject({ deleted: 2500, inserted: 2500 });
  });
});
