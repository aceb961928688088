import {
  AlertOutlined,
  FolderOpenOutlined,
  NotificationOutlined,
  ProjectOutlined,
  ReadOutlined,
  SettingOutlined,
  TableOutlined,
  ApartmentOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  ShopOutlined,
  BarChartOutlined,
  FileSearchOutlined,
  AuditOutlined,
  BellOutlined,
  HomeOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  InboxOutlined,
  KeyOutlined,
  NumberOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { MODULE_NAV } from './nav-modules';
import type { NavGroup } from './nav-types';

/** The left menu; each page is shown only to people holding one of its permissions. */
export const NAV: NavGroup[] = [
  {
    key: 'work',
    label: '工作台',
    items: [
      { path: '/home', label: '首页', icon: <HomeOutlined />, perms: [], testId: 'menu-home' },
      {
        path: '/inbox',
        label: '我的待办',
        icon: <InboxOutlined />,
        perms: ['task.read'],
        testId: 'menu-inbox',
      },
      {
        path: '/notifications',
        label: '我的消息',
        icon: <BellOutlined />,
        perms: [],
        testId: 'menu-notifications',
      },
    ],
  },
  {
    key: 'disclosure-requests',
    label: '依申请公开',
    items: [
      {
        path: '/disclosure/requests',
        label: '申请办理',
        icon: <FileSearchOutlined />,
        perms: ['disclosure.request.read'],
        testId: 'menu-disclosure-requests',
      },
      {
        path: '/disclosure/annual',
        label: '公开年度报告',
        icon: <BarChartOutlined />,
        perms: ['disclosure.report.read'],
        testId: 'menu-disclosure-annual',
      },
    ],
  },
  {
    key: 'review',
    label: '合法性审查',
    items: [
      {
        path: '/review/items',
        label: '审查事项',
        icon: <FileProtectOutlined />,
        perms: ['review.item.read'],
        testId: 'menu-review-items',
      },
      {
        path: '/review/dashboard',
        label: '审查看板',
        icon: <DashboardOutlined />,
        perms: ['review.ledger.read'],
        testId: 'menu-review-dashboard',
      },
      {
        path: '/review/filings',
        label: '备案登记',
        icon: <FileDoneOutlined />,
        perms: ['review.ledger.read'],
        testId: 'menu-review-filings',
      },
      {
        path: '/review/fcr',
        label: '公平竞争审查',
        icon: <ShopOutlined />,
        perms: ['review.fcr.manage', 'review.ledger.read'],
        testId: 'menu-review-fcr',
      },
    ],
  },
  {
    key: 'disclosure-proactive',
    label: '主动公开',
    items: [
      {
        path: '/disclosure/proactive',
        label: '公开目录',
        icon: <FolderOpenOutlined />,
        perms: ['disclosure.item.read'],
        testId: 'menu-disclosure-proactive',
      },
      {
        path: '/disclosure/proactive/guide',
        label: '公开指南',
        icon: <ReadOutlined />,
        perms: ['disclosure.item.read'],
        testId: 'menu-disclosure-guide',
      },
      {
        path: '/disclosure/proactive/figures',
        label: '表二数据',
        icon: <TableOutlined />,
        perms: ['disclosure.item.read'],
        testId: 'menu-disclosure-figures',
      },
    ],
  },
  {
    key: 'village-affairs',
    label: '三务公开',
    items: [
      {
        path: '/disclosure/village',
        label: '公开事项',
        icon: <NotificationOutlined />,
        perms: ['village_affairs.item.read'],
        testId: 'menu-village-items',
      },
      {
        path: '/disclosure/village/board',
        label: '各村看板',
        icon: <ProjectOutlined />,
        perms: ['village_affairs.board.read'],
        testId: 'menu-village-board',
      },
      {
        path: '/disclosure/village/complaints',
        label: '村民反映',
        icon: <AlertOutlined />,
        perms: ['village_affairs.complaint.read'],
        testId: 'menu-village-complaints',
      },
      {
        path: '/disclosure/village/rules',
        label: '频次与监委会',
        icon: <SettingOutlined />,
        perms: ['village_affairs.rules.manage', 'village_affairs.board.read'],
        testId: 'menu-village-rules',
      },
    ],
  },
  {
    key: 'admin',
    label: '系统管理',
    items: [
      {
        path: '/admin/orgs',
        label: '机构管理',
        icon: <ApartmentOutlined />,
        perms: ['org.read'],
        testId: 'menu-orgs',
      },
      {
        path: '/admin/users',
        label: '用户管理',
        icon: <TeamOutlined />,
        perms: ['user.read'],
        testId: 'menu-users',
      },
      {
        path: '/admin/roles',
        label: '角色权限',
        icon: <SafetyCertificateOutlined />,
        perms: ['role.read'],
        testId: 'menu-roles',
      },
      {
        path: '/admin/tokens',
        label: '接口令牌',
        icon: <KeyOutlined />,
        perms: ['token.manage'],
        testId: 'menu-tokens',
      },
      {
        path: '/admin/calendar',
        label: '工作日历',
        icon: <CalendarOutlined />,
        perms: ['calendar.read', 'calendar.manage'],
        testId: 'menu-calendar',
      },
      {
        path: '/admin/numbering',
        label: '发文登记',
        icon: <NumberOutlined />,
        perms: ['numbering.read', 'numbering.issue', 'numbering.manage'],
        testId: 'menu-numbering',
      },
      {
        path: '/admin/jobs',
        label: '定时任务',
        icon: <ClockCircleOutlined />,
        perms: ['system.jobs.read'],
        testId: 'menu-jobs',
      },
    ],
  },
  {
    key: 'audit',
    label: '安全审计',
    items: [
      {
        path: '/audit',
        label: '审计日志',
        icon: <AuditOutlined />,
        perms: ['audit.event.read'],
        testId: 'menu-audit',
      },
    ],
  },
  ...MODULE_NAV,
];

/** Where staff and citizens land after signing in: 首页, which shows what each may do. */
export const HOME_PATH = '/home';

/** A menu entry the person may open: one without permissions is everyone's. */
export const mayOpen = (can: (...p: string[]) => boolean, item: { perms: string[] }): boolean =>
  item.perms.length === 0 || can(...item.perms);

/**
 * The menu entry a page belongs to: the longest entry path that is the page's path or a prefix of it,
 * so 各村看板 (/disclosure/village/board) wins over 公开事项 (/disclosure/village) on its own pages.
 */
export function activeNavPath(pathname: string, paths: string[]): string | undefined {
  return paths
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
}
