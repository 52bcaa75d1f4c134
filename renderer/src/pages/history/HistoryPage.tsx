import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ArticlePage } from './ArticlePage';
import { ArticlesTab } from './ArticlesTab';
import { CallsTab } from './CallsTab';
import { SearchTab } from './SearchTab';
import { VolumePage } from './VolumePage';
import { VolumesTab } from './VolumesTab';

const tabs = [
  { key: 'articles', label: '收稿登记' },
  { key: 'calls', label: '征稿' },
  { key: 'select', label: '选稿' },
  { key: 'review', label: '三审三校' },
  { key: 'volumes', label: '编辑成辑' },
  { key: 'search', label: '文史检索' },
] as const;

/**
 * 文史资料: the editorial pipeline (征稿 → 收稿登记 → 选稿 → 三审三校 → 编辑成辑) and the archive
 * search, as tabs of one page. An article (?article=12, optionally &at=offset&q=terms from a search
 * hit) or a volume (?volume=3) opens in the same page; the tab lives in the address.
 */
export function HistoryPage() {
  const [params, setParams] = useSearchParams();
  const article = Number(params.get('article'));
  if (article) return <ArticlePage key={article} id={article} at={params.has('at') ? Number(params.get('at')) : undefined} query={params.get('q') ?? ''} back={params.get('from') ?? 'articles'} />;
  const volume = Number(params.get('volume'));
  if (volume) return <VolumePage key={volume} id={volume} />;
  const tab = params.get('tab') ?? 'articles';
  return (
    <>
      <PageTitle title="文史资料" />
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(() => {
            const p = new URLSearchParams();
            p.set('tab', key);
            return p;
          })
        }
        items={tabs.map((t) => ({ key: t.key, label: t.label }))}
      />
      {tab === 'articles' && <ArticlesTab key="articles" preset="all" />}
      {tab === 'calls' && <CallsTab />}
      {tab === 'select' && <ArticlesTab key="select" preset="select" />}
      {tab === 'review' && <ArticlesTab key="review" preset="review" />}
      {tab === 'volumes' && <VolumesTab />}
      {tab === 'search' && <SearchTab />}
    </>
  );
}
