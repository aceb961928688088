import { mutation } from '../core/mutation.js';
import { asAdmin } from './admin-login.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { findOrgByCode } from '../modules/orgs/org.repository.js';
import { importDivision } from '../modules/orgs/org.service.js';
import { insertUser, setRoles } from '../modules/users/user.repository.js';
import type { RoleKey } from '@fazhi/shared';
import { decisionRecords } from './authz-fixtures-decisions.js';
import { disputeRecords } from './authz-fixtures-disputes.js';
import { inspectionRecords } from './authz-fixtures-inspections.js';
import { legalServicesRecords } from './authz-fixtures-legal-services.js';
import { litigationRecords } from './authz-fixtures-litigation.js';
import { pufaRecords } from './authz-fixtures-pufa.js';
import { teamRecords } from './authz-fixtures-team.js';
import { lawReportRecords } from './authz-fixtures-report.js';
import type { RecordKind } from './authz-matrix.js';
import { demoSubRecords, publishedRecords } from './authz-fixtures-published.js';
import { created, orgPathOf, townRecords } from './authz-fixtures-town.js';
import type { TestClient } from './test-client.js';
import type { TestServer } from './test-env.js';

/** Where a record sits relative to the 桥头镇 demo accounts. */
export type Scope = 'own' | 'sibling' | 'other_county';

/** A record of one kind in one scope: the path parameters that name it and its org's path. */
export interface Fixture {
  params: Record<string, string>;
  orgPath: string;
  /** A real parent with another town's sub-record id: to a caller who sees the parent, 404 is right too. */
  synthetic?: true;
  /** Username of whoever made it, where only they may see it (unattached uploads). */
  owner?: string;
}

export interface ScopeFixtures {
  records: Partial<Record<RecordKind, Fixture>>;
  /** Ids that bodies name through placeholders: `{org}` the town, `{village}`, `{villageUser}` its cadre, `{villageItem}`. */
  vars: Record<string, string>;
}

const PASSWORD = 'Demo@2024';
const TOWNS: Record<Exclude<Scope, 'own'>, string> = {
  sibling: '330282110',
  other_county: '330281001',
};

/** An account made through the users repository, as `npx fazhi user create` would (no forced password change). */
async function account(
  s: TestServer,
  username: string,
  orgId: string,
  role: RoleKey,
): Promise<string> {
  const q = s.deps.db.kysely;
  const user = await insertUser(q, {
    orgId,
    username,
    displayName: username,
    passwordHash: await hashPassword(PASSWORD),
    mustChangePassword: false,
    now: s.time.now(),
  });
  await setRoles(q, user.id, [role], null, s.time.now());
  return user.id;
}
/** An API token issued by a security administrator: it belongs to the administrator's org. */
async function tokenOf(s: TestServer, secadmin: TestClient): Promise<Fixture> {
  const q = s.deps.db.kysely;
  const id = await created(
    await secadmin.post('/api/v1/tokens', { name: '矩阵测试令牌', permissions: ['org.read'] }),
    'token',
  );
  return {
    params: { id },
    orgPath: await orgPathOf(
      q,
      (
        await q
          .selectFrom('apiTokens')
          .select('orgId')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).orgId,
    ),
  };
}
/**
 * Every record kind in each scope. Sub-records outside 桥头镇 are named by their parent there and the
 * 桥头镇 sub-record's id: the parent alone must already answer 404.
 */
export async function buildFixtures(
  s: TestServer,
  secadmin: TestClient,
): Promise<Record<Scope, ScopeFixtures>> {
  const q = s.deps.db.kysely;
  const home = (await findOrgByCode(q, '330282109000'))!;
  const homeVillage = (await findOrgByCode(q, '330282109202'))!; // 上林湖村, the demo cadre's village
  const homeTarget = await account(s, 'mx-target-own', home.id, 'office_clerk');
  const made = await townRecords(s, 'clerk', 'cadre', 'officer', home, homeVillage, homeTarget);
  const own = {
    ...made.records,
    ...(await demoSubRecords(s, home.path)),
    ...(await publishedRecords(s)),
    ...(await inspectionRecords(s, 'officer')),
    ...(await disputeRecords(s, 'mediator')),
    ...(await litigationRecords(s, 'clerk')),
    ...(await decisionRecords(s, 'clerk', 'head')),
    ...(await legalServicesRecords(s, 'clerk')),
    ...(await pufaRecords(s, 'clerk')),
    ...(await teamRecords(s, 'clerk')),
    ...(await lawReportRecords(s, 'clerk')),
  };
  own.token = await tokenOf(s, secadmin);

  const userId = async (username: string) =>
    (
      await q
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const vars = (
    town: string,
    village: string,
    cadre: string,
    records: ScopeFixtures['records'],
  ) => ({ org: town, village, villageUser: cadre, villageItem: records.villageItem!.params.id! });
  const result: Record<Scope, ScopeFixtures> = {
    own: {
      records: own,
      vars: {
        ...vars(home.id, homeVillage.id, await userId('cadre'), own),
        requestOriginal: made.original,
      },
    },
    sibling: { records: {}, vars: {} },
    other_county: { records: {}, vars: {} },
  };
  for (const scope of ['sibling', 'other_county'] as const) {
    const town = (
      await mutation(
        s.deps,
        { actor: null, ip: null, userAgent: 'test', requestId: 'matrix' },
        (m) => importDivision(m, TOWNS[scope]),
      )
    ).org;
    const village = await q
      .selectFrom('orgs')
      .selectAll()
      .where('parentId', '=', town.id)
      .where('kind', 'in', ['village', 'community'])
      .orderBy('code')
      .executeTakeFirstOrThrow();
    await account(s, `mx-${scope}-clerk`, town.id, 'office_clerk');
    const cadre = await account(s, `mx-${scope}-cadre`, village.id, 'village_cadre');
    await account(s, `mx-${scope}-officer`, town.id, 'enforcement_officer');
    await account(s, `mx-${scope}-mediator`, town.id, 'mediator');
    await account(s, `mx-${scope}-head`, town.id, 'town_head');
    // The town's 文号 templates, as its system administrator would set them.
    const templates = await q
      .selectFrom('docNumberTemplates')
      .select(['kind', 'name', 'template'])
      .where('orgId', '=', home.id)
      .execute();
    for (const t of templates)
      await q
        .insertInto('docNumberTemplates')
        .values({ orgId: town.id, ...t })
        .execute();
    const target = await account(s, `mx-${scope}-target`, town.id, 'office_clerk');
    const { records, original } = await townRecords(
      s,
      `mx-${scope}-clerk`,
      `mx-${scope}-cadre`,
      `mx-${scope}-officer`,
      town,
      village,
      target,
    );
    Object.assign(records, await inspectionRecords(s, `mx-${scope}-officer`));
    Object.assign(records, await disputeRecords(s, `mx-${scope}-mediator`));
    Object.assign(records, await litigationRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await decisionRecords(s, `mx-${scope}-clerk`, `mx-${scope}-head`));
    Object.assign(records, await legalServicesRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await pufaRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await teamRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await lawReportRecords(s, `mx-${scope}-clerk`));
    // Sub-records: this town's parent with the 桥头镇 sub-record's id.
    const parentOf: Partial<Record<RecordKind, RecordKind>> = {
      reviewMaterial: 'reviewItem',
      reviewHit: 'reviewItem',
      reviewFinding: 'reviewItem',
      reviewOpinion: 'reviewItem',
      consultation: 'request',
      supervisor: 'village',
      publicDisclosureFile: 'disclosureItem',
      publicVillageFile: 'villageItem',
    };
    for (const [kind, parent] of Object.entries(parentOf) as [RecordKind, RecordKind][]) {
      const p = records[parent];
      const o = own[kind];
      if (p && o)
        records[kind] = {
          params: {
            ...o.params,
            ...(kind === 'supervisor' ? { villageId: p.params.id! } : { id: p.params.id! }),
          },
          orgPath: p.orgPath,
          synthetic: true,
        };
    }
    await account(s, `mx-${scope}-secadmin`, town.id, 'security_admin');
    records.token = await tokenOf(s, (await asAdmin(s, `mx-${scope}-secadmin`, PASSWORD)).client);
    result[scope] = {
      records,
      vars: { ...vars(town.id, village.id, cadre, records), requestOriginal: original },
    };
  }
  return result;
}
