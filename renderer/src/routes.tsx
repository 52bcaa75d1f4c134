import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './pages/Dashboard';
import { Placeholder } from './pages/Placeholder';
import { MembersPage } from './pages/members/MembersPage';
import { PointsPage } from './pages/points/PointsPage';
import { SupervisionPage } from './pages/supervision/SupervisionPage';
import { OpinionRoutes } from './pages/opinions/routes';
import { OpinionSettingsPage } from './pages/opinions/OpinionSettingsPage';
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
        <Route
          path="proposals/*"
          element={<Placeholder title="提案" planned={['提案登记（委员个人、联名、党派团体、界别、专委会）', '预审、审查立案、交办、签收申退、答复审核、征询意见、办结归档', '提案表、交办通知、催办函、提案汇编等文书', '立案率、办复率、满意率等统计']} />}
        />
        <Route path="opinions/*" element={<OpinionRoutes />} />
        <Route path="supervision/*" element={<SupervisionPage />} />
        <Route path="history/*" element={<Placeholder title="文史资料" planned={['征稿、收稿登记、选稿', '三审三校', '编辑成辑与整辑Word输出', '历史文史资料全文检索']} />} />
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
