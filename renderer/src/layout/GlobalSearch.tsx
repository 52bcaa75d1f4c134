import { AutoComplete, Input, Tag, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { call } from '../lib/api';
import { moduleColor } from '../lib/moduleColor';
import { recordRoute } from '../lib/recordRoute';

interface Hit {
  module: string;
  title: string;
  meta: string;
  to: string;
}

const PER_MODULE = 5;

/** The four record kinds searched by title (and whatever else each list's own search covers). */
async function findEverywhere(term: string): Promise<Hit[]> {
  const year = dayjs().year();
  const [proposals, opinions, lettersNow, lettersLast, articles] = await Promise.all([
    call('proposal.list', { search: term, pageSize: PER_MODULE, sortBy: 'updatedAt', sortOrder: 'desc' }),
    call('opinion.list', { search: term, pageSize: PER_MODULE }),
    call('supervision.ledger', { year, search: term, pageSize: PER_MODULE }),
    call('supervision.ledger', { year: year - 1, search: term, pageSize: PER_MODULE }),
    call('history.article.list', { search: term, pageSize: PER_MODULE, imported: false }),
  ]);
  const to = (table: string, id: number, date: string | null = null) => recordRoute(table, id, date) ?? '/';
  return [
    ...proposals.rows.map((p) => ({ module: '提案', title: p.title, meta: [p.sessionName, p.number, p.proposerText].filter(Boolean).join(' '), to: to('proposals', p.id) })),
    ...opinions.rows.map((r) => ({ module: '社情民意', title: r.title, meta: r.receiveLabel, to: to('opinion_reports', r.id) })),
    ...[...lettersNow.rows.map((l) => ({ l, y: year })), ...lettersLast.rows.map((l) => ({ l, y: year - 1 }))]
      .slice(0, PER_MODULE)
      .map(({ l, y }) => ({ module: '民主监督', title: l.title, meta: l.docNumber ?? `${y}年 未签发`, to: to('supervision_letters', l.id, `${y}`) })),
    ...articles.rows.map((a) => ({ module: '文史资料', title: a.title, meta: a.author, to: to('history_articles', a.id) })),
  ];
}

/**
 * 全局搜索 in the header (Ctrl+K): finds a proposal, report, letter or article by words of its title
 * from any page; the last option searches the full text of the 文史 archive.
 */
export function GlobalSearch() {
  const navigate = useNavigate();
  const [term, setTerm] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const input = useRef<InputRef>(null);
  const latest = useRef('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const q = term.trim();
    latest.current = q;
    if (q.length < 2) {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      findEverywhere(q)
        .then((found) => latest.current === q && setHits(found))
        .catch(() => latest.current === q && setHits([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [term]);

  const q = term.trim();
  const groups = new Map<string, { value: string; label: ReactNode }[]>();
  for (const [i, h] of (hits ?? []).entries()) {
    const list = groups.get(h.module) ?? [];
    list.push({
      value: `hit:${i}`,
      label: (
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{h.title}</span>
          <span style={{ color: '#999', flexShrink: 0 }}>{h.meta}</span>
        </div>
      ),
    });
    groups.set(h.module, list);
  }
  const options = [
    ...[...groups].map(([module, list]) => ({ label: <Tag color={moduleColor[module]}>{module}</Tag>, options: list })),
    ...(q.length >= 1 ? [{ value: 'archive', label: <span>在文史检索中全文搜索“{q}” →</span> }] : []),
  ];
  const pick = (value: string) => {
    if (value === 'archive') navigate(`/history?tab=search&q=${encodeURIComponent(q)}`);
    else {
      const hit = hits?.[Number(value.slice(4))];
      if (hit) navigate(hit.to);
    }
    setTerm('');
    setHits(null);
    input.current?.blur();
  };
  return (
    <AutoComplete
      value={term}
      options={options}
      onSearch={setTerm}
      onSelect={pick}
      style={{ width: 360, lineHeight: 'normal' }}
      popupMatchSelectWidth={480}
      virtual={false}
      listHeight={480}
      notFoundContent={hits && q.length >= 2 ? '没有找到标题含这些字的记录' : null}
    >
      <Input ref={input} aria-label="全局搜索" prefix={<SearchOutlined />} placeholder="搜索提案、社情民意、建议书、文史稿件（Ctrl+K）" allowClear />
    </AutoComplete>
  );
}
