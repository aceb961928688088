import type { Permission } from '@fazhi/shared';

/** What each module's tasks are called on the home page, and where its work list is. */
export const MODULE_HOMES: Record<string, { label: string; path: string }> = {
  review: { label: '合法性审查', path: '/review/items' },
  disclosure: { label: '政务公开', path: '/disclosure/requests' },
  calendar: { label: '工作日历', path: '/admin/calendar' },
  enforcement: { label: '行政执法', path: '/enforcement/cases' },
  disputes: { label: '矛盾纠纷调解', path: '/disputes' },
  litigation: { label: '复议应诉', path: '/litigation/cases' },
  'legal-services': { label: '公共法律服务', path: '/legal-services/aid' },
};

interface QuickLink {
  label: string;
  path: string;
  /** Any one of these shows the link; none: everyone signed in. */
  perms: Permission[];
}

/** 常用入口 on the home page, each shown to those who may open it. */
export const QUICK_LINKS: QuickLink[] = [
  { label: '我的待办', path: '/inbox', perms: ['task.read'] },
  { label: '新建送审', path: '/review/items', perms: ['review.item.submit'] },
  { label: '审查看板', path: '/review/dashboard', perms: ['review.ledger.read'] },
  { label: '依申请公开', path: '/disclosure/requests', perms: ['disclosure.request.read'] },
  { label: '公开目录', path: '/disclosure/proactive', perms: ['disclosure.item.read'] },
  { label: '三务公开', path: '/disclosure/village', perms: ['village_affairs.item.read'] },
  { label: '用户管理', path: '/admin/users', perms: ['user.read'] },
  { label: '审计日志', path: '/audit', perms: ['audit.event.read'] },
  { label: '申请政府信息公开', path: '/portal/disclosure/apply', perms: [] },
  { label: '查询申请进度', path: '/portal/disclosure/track', perms: [] },
  { label: '我的消息', path: '/notifications', perms: [] },
];
