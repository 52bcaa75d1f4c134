import { Navigate, Route, Routes } from 'react-router-dom';
import { IssueDetailPage, IssuesPage } from './IssuePages';
import { OpinionDetailPage } from './OpinionDetailPage';
import { OpinionListPage } from './OpinionListPage';
import { RankingPage } from './RankingPage';
import { StatsPage } from './StatsPage';
import { TopicsPage } from './TopicsPage';

/** Everything under /opinions (the 社情民意 submenu). */
export function OpinionRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="reports" replace />} />
      <Route path="reports" element={<OpinionListPage />} />
      <Route path="reports/:id" element={<OpinionDetailPage />} />
      <Route path="issues" element={<IssuesPage />} />
      <Route path="issues/:id" element={<IssueDetailPage />} />
      <Route path="stats" element={<StatsPage />} />
      <Route path="ranking" element={<RankingPage />} />
      <Route path="topics" element={<TopicsPage />} />
      <Route path="*" element={<Navigate to="reports" replace />} />
    </Routes>
  );
}
