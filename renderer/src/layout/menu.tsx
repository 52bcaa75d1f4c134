import {
  AuditOutlined,
  BookOutlined,
  DatabaseOutlined,
  FileTextOutlined,
  HomeOutlined,
  MessageOutlined,
  SettingOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface MenuEntry {
  key: string;
  label: string;
  icon?: ReactNode;
  children?: MenuEntry[];
}

/** The side menu; keys are routes. */
export const menu: MenuEntry[] = [
  { key: '/', label: '工作台', icon: <HomeOutlined /> },
  {
    key: 'proposals',
    label: '提案',
    icon: <FileTextOutlined />,
    children: [
      { key: '/proposals/list', label: '提案办理' },
      { key: '/proposals/statistics', label: '提案统计' },
    ],
  },
  {
    key: 'opinions',
    label: '社情民意',
    icon: <MessageOutlined />,
    children: [
      { key: '/opinions/reports', label: '信息报送与审查' },
      { key: '/opinions/issues', label: '《社情民意》期刊' },
      { key: '/opinions/stats', label: '社情民意统计' },
      { key: '/opinions/ranking', label: '社情民意排名' },
      { key: '/opinions/topics', label: '重点选题' },
    ],
  },
  { key: '/supervision', label: '民主监督', icon: <AuditOutlined /> },
  { key: '/history', label: '文史资料', icon: <BookOutlined /> },
  { key: '/points', label: '履职积分', icon: <TrophyOutlined /> },
  {
    key: 'base',
    label: '基础数据',
    icon: <DatabaseOutlined />,
    children: [
      { key: '/base/members', label: '委员' },
      { key: '/base/terms', label: '届次/会次' },
      { key: '/base/sectors', label: '界别/活动组' },
      { key: '/base/parties', label: '党派/团体' },
      { key: '/base/committees', label: '专门委员会' },
      { key: '/base/units', label: '承办单位' },
      { key: '/base/dicts', label: '字典' },
      { key: '/base/holidays', label: '节假日' },
    ],
  },
  {
    key: 'system',
    label: '系统',
    icon: <SettingOutlined />,
    children: [
      { key: '/system/backup', label: '备份/恢复' },
      { key: '/system/audit', label: '操作日志' },
      { key: '/system/settings', label: '设置' },
      { key: '/system/opinion-settings', label: '社情民意设置' },
      { key: '/system/documents', label: '文书格式' },
      { key: '/system/register', label: '发文登记' },
    ],
  },
];
