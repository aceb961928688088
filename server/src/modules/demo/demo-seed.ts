import type { Deps } from '../../core/deps.js';
import { mutation } from '../../core/mutation.js';
import { hashPassword } from '../auth/passwords.js';
import { findOrgByCode, importDivision, insertOrg } from '../orgs/orgs.public.js';
import { findUserByUsername, insertUser, setRoles } from '../users/users.public.js';
import {
  DEMO_ACCOUNTS,
  DEMO_COUNTY_CODE,
  DEMO_NUMBER_TEMPLATES,
  DEMO_PASSWORD,
  DEMO_TOWN_CODE,
  DEMO_UNITS,
} from './demo-data.js';

const SEED_CTX = { actor: null, ip: null, userAgent: null, requestId: 'demo-seed' };

/** True once the demo town exists; the seed runs on the first start only. */
export async function demoSeeded(deps: Deps): Promise<boolean> {
  return !!(await findOrgByCode(deps.db.kysely, DEMO_TOWN_CODE));
}

/**
 * Loads the 桥头镇 demo: the division tree from the national codes (all towns of 慈溪市, the villages
 * of 桥头镇), the town's offices and outside bodies, one account per role, and 文号 templates.
 */
export async function seedDemo(deps: Deps): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await mutation(deps, SEED_CTX, async (m) => {
    const { org: county } = await importDivision(m, DEMO_COUNTY_CODE);
    const { org: town } = await importDivision(m, DEMO_TOWN_CODE);
    const units = new Map<string, string>();
    for (const [i, u] of DEMO_UNITS.entries()) {
      const parent = u.parent === 'town' ? town : county;
      const code = `${parent.code}-${u.slug}`;
      const org =
        (await findOrgByCode(m.trx, code)) ??
        (await insertOrg(m.trx, {
          code,
          name: u.name,
          kind: u.kind,
          parent,
          sortOrder: 100 + i,
          now: m.now,
        }));
      units.set(u.slug, org.id);
    }
    for (const a of DEMO_ACCOUNTS) {
      if (await findUserByUsername(m.trx, a.username)) continue;
      const orgId =
        a.org === 'town'
          ? town.id
          : a.org === 'county'
            ? county.id
            : (units.get(a.org) ?? (await findOrgByCode(m.trx, a.org))?.id);
      if (!orgId) throw new Error(`demo org ${a.org} missing`);
      const user = await insertUser(m.trx, {
        orgId,
        username: a.username,
        displayName: a.name,
        passwordHash: hash,
        mustChangePassword: false,
        isDemo: true,
        now: m.now,
      });
      await setRoles(m.trx, user.id, [a.role], null, m.now);
    }
    for (const t of DEMO_NUMBER_TEMPLATES) {
      await m.trx
        .insertInto('docNumberTemplates')
        .values({ orgId: town.id, ...t })
        .onConflict((oc) => oc.columns(['orgId', 'kind']).doNothing())
        .execute();
    }
    await m.audit({
      action: 'system.demo.seeded',
      orgId: town.id,
      meta: { accounts: DEMO_ACCOUNTS.length, units: DEMO_UNITS.length },
    });
  });
}
