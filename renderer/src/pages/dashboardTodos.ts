import type { Method, MethodInput, MethodOutput } from '../../../shared/contract';
import { recordRoute } from '../lib/recordRoute';

export interface TodoItem {
  key: number;
  title: string;
  meta: string;
  to: string;
}

interface TypedSpec<M extends Method> {
  key: string;
  label: string;
  /** What the tile counts, in the office's words (the tile's tooltip). */
  hint: string;
  unit: '件' | '份' | '篇' | '期';
  /** Late work: the count shows red. */
  urgent?: boolean;
  method: M;
  /** The module list's own filter, so the tile's count is what that list shows. */
  input: MethodInput<M>;
  pick: (out: MethodOutput<M>) => { total: number; items: TodoItem[] };
  /** The module page where the work is done. */
  more: string;
}

export type TodoSpec = TypedSpec<Method>;

const spec = <M extends Method>(s: TypedSpec<M>) => s as unknown as TodoSpec;

const route = (table: string, id: number, date: string | null = null) => recordRoute(table, id, date) ?? '/';

/** What a late proposal's line names: its due date, its 回头看 date or the units that have not signed. */
type Late = 'due' | 'followUp' | 'unsigned';

function proposals(key: string, label: string, hint: string, filter: MethodInput<'proposal.list'>, late?: Late) {
  const urgent = late !== undefined;
  return spec({
    key,
    label,
    hint,
    unit: '件',
    urgent,
    method: 'proposal.list',
    input: { ...filter, sortBy: urgent ? 'dueDate' : 'number', sortOrder: 'asc' },
    pick: (out) => ({
      total: out.total,
      items: out.rows.map((p) => ({
        key: p.id,
        title: p.title,
        meta: [p.number, p.proposerText, late === 'unsigned' ? `未签收：${p.unsignedUnits.join('、')}` : late === 'due' ? `期限${p.dueDate}` : late === 'followUp' ? `回头看${p.followUpDate}` : p.mainUnit].filter(Boolean).join(' · '),
        to: route('proposals', p.id),
      })),
    }),
    more: '/proposals/list',
  });
}

function opinions(key: string, label: string, hint: string, statuses: MethodInput<'opinion.list'>['statuses']) {
  return spec({
    key,
    label,
    hint,
    unit: '篇',
    method: 'opinion.list',
    input: { statuses, sortBy: 'receiveNo', sortOrder: 'asc' },
    pick: (out) => ({ total: out.total, items: out.rows.map((r) => ({ key: r.id, title: r.title, meta: r.receiveLabel ? `收稿${r.receiveLabel}` : '', to: route('opinion_reports', r.id) })) }),
    more: '/opinions/reports',
  });
}

function letters(key: string, label: string, hint: string, year: number, filter: Omit<MethodInput<'supervision.ledger'>, 'year'>, urgent = false) {
  return spec({
    key,
    label,
    hint,
    unit: '份',
    urgent,
    method: 'supervision.ledger',
    input: { year, ...filter },
    pick: (out) => ({
      total: out.total,
      items: out.rows.map((l) => ({ key: l.id, title: l.title, meta: [l.docNumber ?? '未签发', l.mainUnitName].join(' · '), to: route('supervision_letters', l.id, `${year}`) })),
    }),
    more: `/supervision?year=${year}`,
  });
}

function articles(key: string, label: string, hint: string, status: MethodInput<'history.article.list'>['status']) {
  return spec({
    key,
    label,
    hint,
    unit: '篇',
    method: 'history.article.list',
    input: { status, sortBy: 'receivedDate', sortOrder: 'asc' },
    pick: (out) => ({ total: out.total, items: out.rows.map((a) => ({ key: a.id, title: a.title, meta: `${a.author} · ${a.status}`, to: route('history_articles', a.id) })) }),
    more: '/history?tab=review',
  });
}

/** Each module's waiting work, as the lists the clerks already use filter it. */
export function todoSections(today: string) {
  const year = Number(today.slice(0, 4));
  return [
    {
      title: '提案',
      to: '/proposals/list',
      todos: [
        proposals('p-pre', '待预审', '已提交、等待预审的提案', { statuses: ['待预审'] }),
        proposals('p-review', '待审查', '预审通过、等待立案审查的提案', { statuses: ['待审查'] }),
        proposals('p-assign', '待交办', '已立案、尚未交办承办单位的提案', { statuses: ['立案', '申请退回'] }),
        proposals('p-sign', '待签收', '已交办、有承办单位尚未签收的提案', { signPending: true }),
        proposals('p-sign-late', '逾期未签收', '超过签收期限仍有承办单位未签收的提案', { signOverdue: true, today }, 'unsigned'),
        proposals('p-answer', '待审核答复', '承办单位已答复、等待提案委审核的提案', { statuses: ['已答复'] }),
        proposals('p-feedback', '待征询', '答复已审核、等待提案者征询意见的提案', { statuses: ['待征询'] }),
        proposals('p-close', '待办结', '征询满意或基本满意、可以办结的提案', { statuses: ['待办结'] }),
        proposals('p-overdue', '逾期未答复', '超过办理期限仍未答复的提案', { overdue: true, today }, 'due'),
        proposals('p-followup', '回头看到期', 'B类答复的回头看日期已到、尚未回头看的提案', { followUpDue: true, today }, 'followUp'),
      ],
    },
    {
      title: '社情民意',
      to: '/opinions/reports',
      todos: [
        opinions('o-review', '待审查', '已报送、等待审查采用的信息', ['已报送']),
        opinions('o-edit', '待编辑', '已采用、尚未编辑的信息', ['已采用']),
        opinions('o-issue', '待组期', '已编辑、尚未编入《社情民意》的信息', ['已编辑']),
        opinions('o-feedback', '待反馈', '已转办承办单位、尚未反馈的信息', ['已转办']),
      ],
    },
    {
      title: `民主监督（${year}年）`,
      to: `/supervision?year=${year}`,
      todos: [
        letters('s-approve', '待审核', '起草完成、等待审核的建议书', year, { stage: '待审核' }),
        letters('s-issue', '待签发', '审核通过、等待签发编号的建议书', year, { stage: '待签发' }),
        letters('s-overdue', '整改逾期', '有条目超过整改期限仍未反馈的建议书', year, { overdueOnly: true, today }, true),
        letters('s-assess', '待评估', '整改已反馈、等待逐条评估的建议书', year, { stage: '待评估' }),
        letters('s-lookback', '待回头看', '评估完成、等待回头看的建议书', year, { stage: '待回头看' }),
        letters('s-close', '待结项', '回头看完成、可以结项的建议书', year, { stage: '待结项' }),
      ],
    },
    {
      title: '文史资料',
      to: '/history',
      todos: [
        articles('h-select', '待选稿', '已收稿、尚未选稿的稿件', ['已收稿']),
        articles('h-review', '待审稿', '等待初审、复审或终审的稿件', ['待初审', '待复审', '待终审']),
        articles('h-revise', '退改中', '审稿退回作者修改的稿件', ['退改']),
        articles('h-proof', '待校对', '终审通过、三校尚未完成的稿件', ['终审通过', '一校完成', '二校完成']),
      ],
    },
  ];
}
