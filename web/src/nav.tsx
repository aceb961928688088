import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  InboxOutlined,
  KeyOutlined,
  NumberOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Any one of these permissions shows the item (and opens the page). */
  perms: string[];
  testId: string;
}

export interface NavGroup {
  key: string;
  label: string;
  items: NavItem[];
}

/** The left menu; each page is shown only to people holding one of its permissions. */
export const NAV: NavGroup[] = [
  {
    key: 'work',
    label: '工作台',
    items: [{ path: '/inbox', label: '我的待办', icon: <InboxOutlined />, perms: ['task.read'], testId: 'menu-inbox' }],
  },
  {
    key: 'admin',
    label: '系统管理',
    items: [
      { path: '/admin/orgs', label: '机构管理', icon: <ApartmentOutlined />, perms: ['org.read'], testId: 'menu-orgs' },
      { path: '/admin/users', label: '用户管理', icon: <TeamOutlined />, perms: ['user.read'], testId: 'menu-users' },
      { path: '/admin/roles', label: '角色权限', icon: <SafetyCertificateOutlined />, perms: ['role.read'], testId: 'menu-roles' },
      { path: '/admin/tokens', label: '接口令牌', icon: <KeyOutlined />, perms: ['token.manage'], testId: 'menu-tokens' },
      { path: '/admin/calendar', label: '工作日历', icon: <CalendarOutlined />, perms: ['calendar.read', 'calendar.manage'], testId: 'menu-calendar' },
      { path: '/admin/numbering', label: '发文登记', icon: <NumberOutlined />, perms: ['numbering.read', 'numbering.issue', 'numbering.manage'], testId: 'menu-numbering' },
      { path: '/admin/jobs', label: '定时任务', icon: <ClockCircleOutlined />, perms: ['system.jobs.read'], testId: 'menu-jobs' },
    ],
  },
  {
    key: 'audit',
    label: '安全审计',
    items: [{ path: '/audit', label: '审计日志', icon: <AuditOutlined />, perms: ['audit.event.read'], testId: 'menu-audit' }],
  },
];

/** Where a person lands after signing in: the inbox, or the first page they may open. */
export function homeFor(can: (...p: string[]) => boolean): string {
  for (const group of NAV) for (const item of group.items) if (can(...item.perms)) return item.path;
  return '/me';
}
