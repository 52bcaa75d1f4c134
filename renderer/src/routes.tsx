import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './pages/Dashboard';
import { MembersPage } from './pages/members/MembersPage';
import { PointsPage } from './pages/points/PointsPage';
import { SupervisionPage } from './pages/supervision/SupervisionPage';
import { OpinionRoutes } from './pages/opinions/routes';
import { OpinionSettingsPage } from './pages/opinions/OpinionSettingsPage';
import { ProposalDetailPage } from './pages/proposals/ProposalDetailPage';
import { ProposalsPage } from './pages/proposals/ProposalsPage';
import { StatisticsPage } from './pages/proposals/StatisticsPage';
import { HistoryPage } from './pages/history/HistoryPage';
import { CommitteesPage, DictsPage, HolidaysPage, PartiesPage, SectorsPage, TermsPage, UnitsPage } from './pages/reference/pages';
import { AuditPage } from './pages/system/AuditPage';
import { BackupPage } from './pages/system/BackupPage';
import { DocumentFormatPage } from './pages/system/DocumentFormatPage';
import { SettingsPage } from './pages/system/SettingsPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
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
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
