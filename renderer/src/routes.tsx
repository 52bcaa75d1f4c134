import { Navigate, Route, Routes } from 'react-router-dom';
import { LazyOutlet, lazyPage } from './components/LazyPage';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './pages/Dashboard';

// Every section is loaded on first visit (its own chunk); the first chunk holds the frame and the 工作台.
const ProposalsPage = lazyPage(() => import('./pages/proposals/ProposalsPage'), 'ProposalsPage');
const ProposalDetailPage = lazyPage(() => import('./pages/proposals/ProposalDetailPage'), 'ProposalDetailPage');
const StatisticsPage = lazyPage(() => import('./pages/proposals/StatisticsPage'), 'StatisticsPage');
const OpinionRoutes = lazyPage(() => import('./pages/opinions/routes'), 'OpinionRoutes');
const OpinionSettingsPage = lazyPage(() => import('./pages/opinions/OpinionSettingsPage'), 'OpinionSettingsPage');
const SupervisionPage = lazyPage(() => import('./pages/supervision/SupervisionPage'), 'SupervisionPage');
const HistoryPage = lazyPage(() => import('./pages/history/HistoryPage'), 'HistoryPage');
const PointsPage = lazyPage(() => import('./pages/points/PointsPage'), 'PointsPage');
const MembersPage = lazyPage(() => import('./pages/members/MembersPage'), 'MembersPage');
const reference = () => import('./pages/reference/pages');
const TermsPage = lazyPage(reference, 'TermsPage');
const SectorsPage = lazyPage(reference, 'SectorsPage');
const PartiesPage = lazyPage(reference, 'PartiesPage');
const CommitteesPage = lazyPage(reference, 'CommitteesPage');
const UnitsPage = lazyPage(reference, 'UnitsPage');
const DictsPage = lazyPage(reference, 'DictsPage');
const HolidaysPage = lazyPage(reference, 'HolidaysPage');
const BackupPage = lazyPage(() => import('./pages/system/BackupPage'), 'BackupPage');
const AuditPage = lazyPage(() => import('./pages/system/AuditPage'), 'AuditPage');
const SettingsPage = lazyPage(() => import('./pages/system/SettingsPage'), 'SettingsPage');
const RegisterPage = lazyPage(() => import('./pages/system/RegisterPage'), 'RegisterPage');
const DocumentFormatPage = lazyPage(() => import('./pages/system/DocumentFormatPage'), 'DocumentFormatPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<LazyOutlet />}>
          <Route index element={<Dashboard />} />
          <Route path="proposals" element={<Navigate to="/proposals/list" replace />} />
          <Route path="proposals/list" element={<ProposalsPage />} />
          <Route path="proposals/list/:id" element={<ProposalDetailPage />} />
          <Route path="proposals/statistics" element={<StatisticsPage />} />
          <Route path="opinions/*" element={<OpinionRoutes />} />
          <Route path="supervision/*" element={<SupervisionPage />} />
          <Route path="history/*" element={<HistoryPage />} />
          <Route path="points/*" element={<PointsPage />} />
          <Route path="base/members" element={<MembersPage />} />
          <Route path="base/terms" element={<TermsPage />} />
          <Route path="base/sectors" element={<SectorsPage />} />
          <Route path="base/parties" element={<PartiesPage />} />
          <Route path="base/committees" element={<CommitteesPage />} />
          <Route path="base/units" element={<UnitsPage />} />
          <Route path="base/dicts" element={<DictsPage />} />
          <Route path="base/holidays" element={<HolidaysPage />} />
          <Route path="system/backup" element={<BackupPage />} />
          <Route path="system/audit" element={<AuditPage />} />
          <Route path="system/settings" element={<SettingsPage />} />
          <Route path="system/opinion-settings" element={<OpinionSettingsPage />} />
          <Route path="system/documents" element={<DocumentFormatPage />} />
          <Route path="system/register" element={<RegisterPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Route>
    </Routes>
  );
}
