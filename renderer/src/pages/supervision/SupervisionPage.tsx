import { Select, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ActivitiesTab } from './ActivitiesTab';
import { GroupsTab } from './GroupsTab';
import { LedgerTab } from './LedgerTab';
import { LetterPage } from './LetterPage';
import { RulesTab } from './RulesTab';
import { TopicsTab } from './TopicsTab';
import { useYear, useYearOptions } from './common';

const tabs = [
  { key: 'ledger', label: '建议书台账' },
  { key: 'topics', label: '监督议题' },
  { key: 'groups', label: '监督小组' },
  { key: 'activities', label: '活动记录' },
  { key: 'rules', label: '期限设置' },
] as const;

/**
 * 民主监督: 台账, 监督议题, 监督小组, 活动记录 and 期限设置 as tabs of one page; a letter opens in the
 * same page (?letter=12 or ?letter=new&topic=3). The year and the tab live in the address.
 */
export function SupervisionPage() {
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useYear();
  const years = useYearOptions(year);
  const letter = params.get('letter');
  if (letter) {
    return <LetterPage key={letter} id={letter === 'new' ? 'new' : Number(letter)} year={year} topicId={Number(params.get('topic')) || undefined} />;
  }
  const tab = params.get('tab') ?? 'ledger';
  return (
    <>
      <PageTitle title="民主监督" extra={<Select aria-label="年度" style={{ width: 120 }} options={years} value={year} onChange={setYear} />} />
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams((p) => {
            p.set('tab', key);
            return p;
          })
        }
        items={tabs.map((t) => ({ key: t.key, label: t.label }))}
      />
      {tab === 'ledger' && <LedgerTab year={year} />}
      {tab === 'topics' && <TopicsTab year={year} />}
      {tab === 'groups' && <GroupsTab year={year} />}
      {tab === 'activities' && <ActivitiesTab year={year} />}
      {tab === 'rules' && <RulesTab />}
    </>
  );
}
