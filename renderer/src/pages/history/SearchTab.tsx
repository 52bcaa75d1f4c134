import { Button, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { MethodInput } from '../../../../shared/contract';
import type { SearchHit, SearchSnippet } from '../../../../shared/contract/history';
import { listAll } from '../../lib/api';
import { exportExcel } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';

const snippetText = (s: SearchSnippet) => s.parts.map((p) => p.text).join('');

const excelColumns = [
  { header: '辑次', width: 8, value: (h: SearchHit) => (h.volumeNumber ? `第${h.volumeNumber}辑` : '未编辑') },
  { header: '书名', width: 24, value: (h: SearchHit) => h.volumeTitle ?? '' },
  { header: '栏目', width: 12, value: (h: SearchHit) => h.sectionTitle ?? '' },
  { header: '篇名', width: 30, value: (h: SearchHit) => h.title },
  { header: '作者', width: 10, value: (h: SearchHit) => h.author },
  { header: '年份', width: 8, value: (h: SearchHit) => h.year ?? '' },
  { header: '命中处数', width: 8, value: (h: SearchHit) => h.hitCount },
  { header: '上下文', width: 80, value: (h: SearchHit) => h.snippets.map(snippetText).join(' ') },
];

function Snippet({ snippet, onOpen }: { snippet: SearchSnippet; onOpen: () => void }) {
  return (
    <div className="search-snippet" role="link" tabIndex={0} onClick={onOpen} onKeyDown={(e) => e.key === 'Enter' && onOpen()} title="打开原文并定位到此处">
      {snippet.parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </div>
  );
}

/**
 * 文史检索: every article of every volume (and manuscripts in progress), any term length — two
 * characters like 永康 included. Hits in context, highlighted; a click opens the article there.
 * The search lives in the address, so 返回 from an article comes back to the same results.
 */
export function SearchTab() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const input: MethodInput<'history.search'> = {
    query,
    page: Number(params.get('page')) || 1,
    pageSize: 20,
    volumeId: Number(params.get('vol')) || undefined,
    section: params.get('sec') || undefined,
    author: params.get('author') || undefined,
    yearFrom: Number(params.get('yf')) || undefined,
    yearTo: Number(params.get('yt')) || undefined,
  };
  const active = !!(query.trim() || input.volumeId || input.section || input.author || input.yearFrom || input.yearTo);
  const result = useApiQuery('history.search', input, { enabled: active, placeholderData: (prev) => prev });
  const options = useApiQuery('history.searchOptions', {});
  const exporter = useExport();
  const set = (patch: Record<string, string | number | undefined>) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '' || v === 0) p.delete(k);
        else p.set(k, String(v));
      }
      if (!('page' in patch)) p.delete('page');
      p.set('tab', 'search');
      return p;
    });
  const open = (hit: SearchHit, snippet?: SearchSnippet) =>
    setParams(() => {
      const p = new URLSearchParams({ article: String(hit.articleId), from: 'search', q: query });
      if (snippet?.field === 'body') p.set('at', String(snippet.offset));
      return p;
    });
  const years = (options.data?.years ?? []).map((y) => ({ value: y, label: `${y}年` }));
  const data = active ? result.data : undefined;

  return (
    <>
      <div className="page-toolbar">
        <Input.Search
          aria-label="检索词"
          placeholder="输入人名、地名、事件等，多个词用空格分隔"
          enterButton="检索"
          allowClear
          size="large"
          defaultValue={query}
          key={query}
          style={{ maxWidth: 520 }}
          loading={result.isFetching}
          onSearch={(v) => set({ q: v.trim() })}
        />
      </div>
      <div className="page-toolbar">
        <Select
          aria-label="辑"
          placeholder="全部辑"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          value={input.volumeId}
          options={(options.data?.volumes ?? []).map((v) => ({ value: v.id, label: `第${v.number}辑《${v.title}》${v.year ? ` ${v.year}` : ''}` }))}
          onChange={(v) => set({ vol: v })}
        />
        <Select aria-label="栏目" placeholder="全部栏目" allowClear showSearch style={{ width: 160 }} value={input.section} options={(options.data?.sections ?? []).map((s) => ({ value: s, label: s }))} onChange={(v) => set({ sec: v })} />
        <Input.Search aria-label="作者" placeholder="作者" allowClear style={{ width: 150 }} defaultValue={input.author} onSearch={(v) => set({ author: v.trim() })} />
        <Select aria-label="起始年份" placeholder="起始年份" allowClear style={{ width: 120 }} value={input.yearFrom} options={years} onChange={(v) => set({ yf: v })} />
        <span>—</span>
        <Select aria-label="截止年份" placeholder="截止年份" allowClear style={{ width: 120 }} value={input.yearTo} options={years} onChange={(v) => set({ yt: v })} />
        <span className="spacer" />
        <Button
          disabled={!data?.total}
          loading={exporter.busy}
          onClick={() => exporter.run(async () => { const rows = await listAll('history.search', input); return { ...(await exportExcel(`文史检索-${query || '筛选'}`, excelColumns, rows)), rows: rows.length }; })}
        >
          导出Excel
        </Button>
      </div>
      {!active ? (
        <Empty description="输入检索词：可查一个字、两个字的人名地名（如“永康”），也可查整句；引号内的空格算作词的一部分。" />
      ) : (
        <List<SearchHit>
          loading={result.isFetching && !data}
          header={data && <span data-testid="search-summary">{data.terms.length ? `“${data.terms.join('”“')}”：` : ''}共找到 {data.total} 篇（{data.ms} 毫秒）</span>}
          dataSource={data?.rows ?? []}
          locale={{ emptyText: '没有找到。请换一个词，或减少筛选条件。' }}
          pagination={data && data.total > 20 ? { current: input.page, pageSize: 20, total: data.total, showSizeChanger: false, onChange: (page) => set({ page }) } : false}
          renderItem={(hit) => (
            <List.Item key={hit.articleId} className="search-hit">
              <div style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Link strong onClick={() => open(hit, hit.snippets.find((s) => s.field === 'body'))}>
                    {hit.snippets.find((s) => s.field === 'title') ? hit.snippets.find((s) => s.field === 'title')!.parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>)) : hit.title}
                  </Typography.Link>
                  <span style={{ color: '#666' }}>{hit.author}</span>
                  {hit.volumeNumber ? (
                    <Tag>
                      第{hit.volumeNumber}辑《{hit.volumeTitle}》{hit.sectionTitle ? ` · ${hit.sectionTitle}` : ''}
                    </Tag>
                  ) : (
                    <Tag color="gold">未成辑（{hit.status}）</Tag>
                  )}
                  {hit.year && <span style={{ color: '#999' }}>{hit.year}年</span>}
                  <span style={{ color: '#999' }}>命中{hit.hitCount}处</span>
                </Space>
                {hit.snippets
                  .filter((s) => s.field === 'body')
                  .map((s) => (
                    <Snippet key={s.offset} snippet={s} onOpen={() => open(hit, s)} />
                  ))}
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
