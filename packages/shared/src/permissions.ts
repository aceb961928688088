import { DECISIONS_PERMISSIONS } from './permissions-decisions.js';
import { DISCLOSURE_PERMISSIONS } from './permissions-disclosure.js';
import { DISPUTES_PERMISSIONS } from './permissions-disputes.js';
import { ENFORCEMENT_PERMISSIONS } from './permissions-enforcement.js';
import { LEGAL_SERVICES_PERMISSIONS } from './permissions-legal-services.js';
import { LITIGATION_PERMISSIONS } from './permissions-litigation.js';
import { PUFA_PERMISSIONS } from './permissions-pufa.js';
import { TEAM_PERMISSIONS } from './permissions-team.js';
import { REPORT_PERMISSIONS } from './permissions-report.js';
import { REVIEW_PERMISSIONS } from './permissions-review.js';

/**
 * Permission strings (`domain.entity.verb`) and their meaning. Roles grant them; API tokens carry a
 * subset of their creator's. Each legal module keeps its own list in `permissions-<module>.ts`.
 */
const FOUNDATION_PERMISSIONS = {
  'org.read': '查看本辖区机构',
  'org.manage': '新建、修改机构',
  'user.read': '查看本辖区账号',
  'user.manage': '新建、修改、停用账号，重置密码',
  'user.unlock': '解锁被锁定的账号',
  'user.pii.read': '查看完整手机号等个人信息（每次查看均留痕）',
  'role.read': '查看角色及其权限',
  'role.assign': '为他人分配或收回角色',
  'session.manage': '查看并强制下线他人的会话',
  'token.manage': '签发和吊销接口令牌',
  'audit.event.read': '查阅审计日志',
  'audit.chain.verify': '校验审计日志哈希链',
  'calendar.read': '查看工作日历',
  'calendar.manage': '录入国务院放假安排',
  'clock.extend': '批准延长法定期限',
  'task.read': '查看我的待办',
  'task.assign': '分派待办（领取、改派、退回岗位）',
  'file.upload': '上传附件',
  'numbering.read': '查看发文登记和文号模板',
  'numbering.issue': '取文号（发文登记）',
  'numbering.manage': '设置文号模板',
  'search.use': '全局搜索',
  'system.jobs.read': '查看定时任务运行情况',
} as const;

export const PERMISSIONS = {
  ...FOUNDATION_PERMISSIONS,
  ...REVIEW_PERMISSIONS,
  ...DISCLOSURE_PERMISSIONS,
  ...ENFORCEMENT_PERMISSIONS,
  ...DISPUTES_PERMISSIONS,
  ...LITIGATION_PERMISSIONS,
  ...DECISIONS_PERMISSIONS,
  ...LEGAL_SERVICES_PERMISSIONS,
  ...PUFA_PERMISSIONS,
  ...TEAM_PERMISSIONS,
  ...REPORT_PERMISSIONS,
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as Permission[];

/**
 * Permissions that manage accounts, roles, sessions and tokens (三员's own work). An API token never
 * carries them: a token has no second factor and no person at the keyboard.
 */
export const TOKEN_EXCLUDED_PERMISSIONS: readonly Permission[] = [
  'user.manage',
  'user.unlock',
  'role.assign',
  'session.manage',
  'token.manage',
  'org.manage',
];
