import type { Permission, RoleKey } from '@fazhi/shared';

/** Everyone who works in a government org reads the org tree, their inbox, the calendar, and searches. */
const STAFF: Permission[] = ['org.read', 'task.read', 'calendar.read', 'search.use', 'file.upload'];

/**
 * What each built-in role may do. 三员分立: the system admin runs the system but can neither read the
 * trail nor grant roles; the security admin grants roles but cannot create accounts; the audit admin
 * only reads and verifies the trail. Modules extend these lists with their own permissions.
 */
export const ROLE_GRANTS: Record<RoleKey, Permission[]> = {
  system_admin: ['org.read', 'org.manage', 'user.read', 'user.manage', 'user.pii.read', 'role.read', 'calendar.read', 'calendar.manage', 'system.jobs.read', 'task.read'],
  security_admin: ['org.read', 'user.read', 'user.unlock', 'role.read', 'role.assign', 'session.manage', 'token.manage', 'task.read'],
  audit_admin: ['audit.event.read', 'audit.chain.verify'],
  town_head: [...STAFF, 'user.read', 'clock.extend'],
  deputy_head: [...STAFF, 'user.read', 'clock.extend'],
  legal_reviewer: [...STAFF, 'user.read'],
  legal_adviser: [...STAFF],
  office_clerk: [...STAFF, 'user.read'],
  enforcement_officer: [...STAFF],
  mediator: [...STAFF],
  window_clerk: [...STAFF],
  village_cadre: [...STAFF],
  public: [],
};
