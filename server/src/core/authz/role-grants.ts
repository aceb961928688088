import type { Permission, RoleKey } from '@fazhi/shared';

export type Grants = Partial<Record<RoleKey, Permission[]>>;

/**
 * Everyone who works in a government org reads the org tree, their inbox, the calendar, and searches;
 * a task of their role's pool they may take or hand to a colleague of the same role (分派, town staff only).
 */
const STAFF: Permission[] = [
  'org.read',
  'task.read',
  'task.assign',
  'calendar.read',
  'search.use',
  'file.upload',
];

/** Those who register outgoing documents (发文登记) take 文号 and read the register. */
const NUMBERING: Permission[] = ['numbering.read', 'numbering.issue'];

/**
 * What each built-in role may do. 三员分立: the system admin runs the system but can neither read the
 * trail nor grant roles; the security admin grants roles but cannot create accounts; the audit admin
 * only reads and verifies the trail. Each legal module adds its own grants (see src/grants.ts).
 */
const FOUNDATION_GRANTS: Record<RoleKey, Permission[]> = {
  system_admin: [
    'org.read',
    'org.manage',
    'user.read',
    'user.manage',
    'user.pii.read',
    'role.read',
    'calendar.read',
    'calendar.manage',
    'system.jobs.read',
    'task.read',
    'numbering.read',
    'numbering.manage',
  ],
  security_admin: [
    'org.read',
    'user.read',
    'user.unlock',
    'role.read',
    'role.assign',
    'session.manage',
    'token.manage',
    'task.read',
  ],
  audit_admin: ['audit.event.read', 'audit.chain.verify'],
  town_head: [...STAFF, 'user.read', 'clock.extend', ...NUMBERING],
  deputy_head: [...STAFF, 'user.read', 'clock.extend', ...NUMBERING],
  legal_reviewer: [...STAFF, 'user.read', ...NUMBERING],
  legal_adviser: [...STAFF],
  office_clerk: [...STAFF, 'user.read', ...NUMBERING],
  enforcement_officer: [...STAFF],
  mediator: [...STAFF],
  window_clerk: [...STAFF],
  village_cadre: [...STAFF],
  // 上级监督: reads every town below it (masked) and never acts, so it uploads nothing and takes no 文号.
  county_supervisor: ['org.read', 'task.read', 'calendar.read', 'search.use', 'numbering.read'],
  public: [],
};

/** Foundation grants plus each module's, per role, without duplicates. */
export function mergeGrants(...sets: Grants[]): Record<RoleKey, Permission[]> {
  const out = Object.fromEntries(
    Object.keys(FOUNDATION_GRANTS).map((k) => [k, new Set<Permission>()]),
  ) as Record<RoleKey, Set<Permission>>;
  for (const set of [FOUNDATION_GRANTS, ...sets]) {
    for (const [role, perms] of Object.entries(set) as [RoleKey, Permission[]][])
      for (const p of perms) out[role].add(p);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()])) as Record<
    RoleKey,
    Permission[]
  >;
}
