import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { EventsTab } from './EventsTab';
import { FiguresTab } from './FiguresTab';
import { RankingTab } from './RankingTab';
import { RulesTab } from './RulesTab';
import { YearsTab } from './YearsTab';

const tabs = [
  { key: 'ranking', label: '积分排名' },
  { key: 'events', label: '会议活动考勤' },
  { key: 'rules', label: '积分规则' },
  { key: 'figures', label: '年度数据' },
  { key: 'years', label: '年度结账' },
] as const;

/**
 * 履职积分: rankings (members, 界别, 活动组) for any period, 会议/活动 attendance, the rules, the
 * year's 工作报告 figures and year closing, as tabs of one page; the tab lives in the address.
 */
export function PointsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'ranking';
  return (
    <>
      <PageTitle title="履职积分" />
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
      {tab === 'ranking' && <RankingTab />}
      {tab === 'events' && <EventsTab />}
      {tab === 'rules' && <RulesTab />}
      {tab === 'figures' && <FiguresTab />}
      {tab === 'years' && <YearsTab />}
    </>
  );
}
