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
  FileTextOutlined,
  IdcardOutlined,
  LineChartOutlined,
  SolutionOutlined,
  WarningOutlined,
  CheckSquareOutlined,
  BankOutlined,
  PieChartOutlined,
  CommentOutlined,
  FormOutlined,
  FundOutlined,
  CustomerServiceOutlined,
  HeartOutlined,
  UserSwitchOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Any one of these permissions shows the item (and opens the page); none: everyone signed in. */
  perms: string[];
  testId: string;
}

interface NavGroup {
  key: string;
  label: string;
  items: NavItem[];
}

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
  {
    key: 'enforcement',
    label: '行政执法',
    items: [
      {
        path: '/enforcement/cases',
        label: '处罚案件',
        icon: <FileTextOutlined />,
        perms: ['enforcement.case.read'],
        testId: 'menu-enforcement-cases',
      },
      {
        path: '/enforcement/entrustments',
        label: '委托执法',
        icon: <SolutionOutlined />,
        perms: ['enforcement.case.read'],
        testId: 'menu-enforcement-entrustments',
      },
      {
        path: '/enforcement/certificates',
        label: '执法证',
        icon: <IdcardOutlined />,
        perms: ['enforcement.case.read'],
        testId: 'menu-enforcement-certificates',
      },
      {
        path: '/enforcement/stats',
        label: '执法统计',
        icon: <LineChartOutlined />,
        perms: ['enforcement.case.read'],
        testId: 'menu-enforcement-stats',
      },
    ],
  },
  {
    key: 'enforcement-inspections',
    label: '执法检查',
    items: [
      {
        path: '/enforcement/inspections',
        label: '检查记录',
        icon: <CheckSquareOutlined />,
        perms: ['enforcement.inspection.read'],
        testId: 'menu-enforcement-inspections',
      },
      {
        path: '/enforcement/hazards',
        label: '隐患整改',
        icon: <WarningOutlined />,
        perms: ['enforcement.inspection.read'],
        testId: 'menu-enforcement-hazards',
      },
    ],
  },
  {
    key: 'litigation',
    label: '复议应诉',
    items: [
      {
        path: '/litigation/cases',
        label: '复议应诉案件',
        icon: <BankOutlined />,
        perms: ['litigation.case.read'],
        testId: 'menu-litigation-cases',
      },
      {
        path: '/litigation/stats',
        label: '复议应诉统计',
        icon: <PieChartOutlined />,
        perms: ['litigation.case.read'],
        testId: 'menu-litigation-stats',
      },
    ],
  },
  {
    key: 'decisions',
    label: '重大行政决策',
    items: [
      {
        path: '/decisions',
        label: '决策事项',
        icon: <ProjectOutlined />,
        perms: ['decisions.read'],
        testId: 'menu-decisions',
      },
      {
        path: '/decisions/catalogue',
        label: '决策事项目录',
        icon: <ReadOutlined />,
        perms: ['decisions.read'],
        testId: 'menu-decisions-catalogue',
      },
    ],
  },
  {
    key: 'legal-services',
    label: '公共法律服务',
    items: [
      {
        path: '/legal-services/station',
        label: '服务站窗口',
        icon: <CustomerServiceOutlined />,
        perms: ['legal_services.station.read'],
        testId: 'menu-legal-services-station',
      },
      {
        path: '/legal-services/aid',
        label: '法律援助',
        icon: <HeartOutlined />,
        perms: ['legal_services.aid.read'],
        testId: 'menu-legal-services-aid',
      },
      {
        path: '/legal-services/advisers',
        label: '村法律顾问',
        icon: <UserSwitchOutlined />,
        perms: ['legal_services.adviser.read'],
        testId: 'menu-legal-services-advisers',
      },
      {
        path: '/legal-services/assistance',
        label: '司法协助与统计',
        icon: <ScheduleOutlined />,
        perms: ['legal_services.assistance.read'],
        testId: 'menu-legal-services-assistance',
      },
    ],
  },
  {
    key: 'pufa',
    label: '普法与法治队伍',
    items: [
      {
        path: '/pufa/quizzes',
        label: '知识竞赛',
        icon: <FormOutlined />,
        perms: ['pufa.read'],
        testId: 'menu-pufa-quizzes',
      },
      {
        path: '/pufa/contents',
        label: '普法内容',
        icon: <NotificationOutlined />,
        perms: ['pufa.read'],
        testId: 'menu-pufa-contents',
      },
      {
        path: '/team/members',
        label: '法治队伍',
        icon: <TeamOutlined />,
        perms: ['team.read'],
        testId: 'menu-team-members',
      },
      {
        path: '/team/study',
        label: '学法述法',
        icon: <ReadOutlined />,
        perms: ['team.read'],
        testId: 'menu-team-study',
      },
    ],
  },
  {
    key: 'disputes',
    label: '矛盾纠纷调解',
    items: [
      {
        path: '/disputes/new',
        label: '登记纠纷',
        icon: <FormOutlined />,
        perms: ['disputes.intake'],
        testId: 'menu-disputes-new',
      },
      {
        path: '/disputes',
        label: '调解台账',
        icon: <CommentOutlined />,
        perms: ['disputes.read'],
        testId: 'menu-disputes',
      },
      {
        path: '/disputes/stats',
        label: '矛调统计',
        icon: <FundOutlined />,
        perms: ['disputes.read'],
        testId: 'menu-disputes-stats',
      },
    ],
  },
  {
    key: 'report',
    label: '法治指标与年报',
    items: [
      {
        path: '/report/indicators',
        label: '法治指标',
        icon: <LineChartOutlined />,
        perms: ['report.read'],
        testId: 'menu-report-indicators',
      },
      {
        path: '/report',
        label: '法治政府建设年度报告',
        icon: <FileTextOutlined />,
        perms: ['report.read'],
        testId: 'menu-report',
      },
      {
        path: '/report/towns',
        label: '各乡镇对比',
        icon: <BarChartOutlined />,
        perms: ['report.read'],
        testId: 'menu-report-towns',
      },
    ],
  },
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
