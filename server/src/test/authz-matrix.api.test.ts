import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_KEYS, type RoleKey } from '@fazhi/shared';
import { ROLE_GRANTS } from '../modules.js';
import { asAdmin } from './admin-login.js';
import { expected, matches, resolve, sample, type Caller } from './authz-expect.js';
import { buildFixtures, type Scope, type ScopeFixtures } from './authz-fixtures.js';
import { pdfForm } from './authz-fixtures-town.js';
import { MATRIX, type RouteRow } from './authz-matrix.js';
import type { TestClient } from './test-client.js';
import { FULL_DEMO_SETUP_MS, pgMissing, startTestServer, type TestServer } from './test-env.js';

/**
 * The authorisation matrix, proven: every route × every role (and an anonymous caller) × a record in
 * 桥头镇, in a sibling town of 慈溪市 and in a town of another county. The expected answer comes from the
 * row in authz-matrix.ts and the role grants; the server's answer must match it.
 */

/** The demo account of each role (README), all in 桥头镇 except `county` and `countyreview` (慈溪市). */
const ACCOUNTS: [string, RoleKey][] = [
  ['sysadmin', 'system_admin'],
  ['secadmin', 'security_admin'],
  ['auditadmin', 'audit_admin'],
  ['head', 'town_head'],
  ['deputy', 'deputy_head'],
  ['reviewer', 'legal_reviewer'],
  ['adviser', 'legal_adviser'],
  ['clerk', 'office_clerk'],
  ['officer', 'enforcement_officer'],
  ['mediator', 'mediator'],
  ['window', 'window_clerk'],
  ['cadre', 'village_cadre'],
  ['county', 'county_supervisor'],
  ['countyreview', 'office_clerk'],
  ['citizen', 'public'],
];
const ADMINS = new Set(['sysadmin', 'secadmin', 'auditadmin']);
const SCOPES: Scope[] = ['own', 'sibling', 'other_county'];
const NIL = '01890000-0000-7000-8000-000000000000';
const FIXED_PARAMS: Record<string, string> = { year: '2024', kind: 'town_document' };

type Spec = {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: object }> } }>
  >;
};
const routesOf = (spec: Spec) =>
  Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );

interface Party extends Caller {
  client: TestClient;
  /** Whether it may upload: an allowed body naming `{myFile}` gets a fresh upload of the caller's (files attach once). */
  uploads: boolean;
}

describe.skipIf(pgMissing())('authorisation matrix', () => {
  let s: TestServer;
  let spec: Spec;
  let parties: Party[];
  let fixtures: Record<Scope, ScopeFixtures>;
  let portalPath: string;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    spec = (await s.client().get('/api/docs/json')).json;
    const q = s.deps.db.kysely;
    const orgs = new Map(
      (await q.selectFrom('orgs').select(['id', 'path', 'kind', 'parentId']).execute()).map((o) => [
        o.id,
        o,
      ]),
    );
    portalPath = (
      await q
        .selectFrom('orgs')
        .select('path')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).path;
    const clients = new Map<string, TestClient>();
    for (const [username] of ACCOUNTS)
      clients.set(
        username,
        ADMINS.has(username) ? (await asAdmin(s, username)).client : await s.as(username),
      );
    parties = [
      {
        name: 'anonymous',
        username: '',
        permissions: null,
        scopePath: '/',
        aboveTown: false,
        client: s.client(),
        uploads: false,
      },
    ];
    for (const [username, role] of ACCOUNTS) {
      const user = await q
        .selectFrom('users')
        .select('orgId')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      // An office (unit) sees the subtree of the division it belongs to: its town, or its county.
      let org = orgs.get(user.orgId)!;
      if (org.kind === 'unit' || org.kind === 'external') org = orgs.get(org.parentId!)!;
      const permissions = new Set<string>(ROLE_GRANTS[role]);
      const client = clients.get(username)!;
      parties.push({
        name: `${username}(${role})`,
        username,
        permissions,
        scopePath: org.path,
        aboveTown: ['county', 'city', 'province'].includes(org.kind),
        client,
        uploads: permissions.has('file.upload'),
      });
    }
    fixtures = await buildFixtures(s, clients.get('secadmin')!);
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('has a row for every route of the OpenAPI document and a route for every row', () => {
    const routes = routesOf(spec);
    expect(
      routes.filter((r) => !MATRIX[r]),
      'routes without a row in authz-matrix.ts',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((r) => !routes.includes(r)),
      'rows without a route',
    ).toEqual([]);
  });

  it('keeps personal data behind a permission and every role in the role catalogue', () => {
    expect(
      Object.entries(MATRIX)
        .filter(([, r]) => r.pii && (r.access === 'public' || r.access === 'signed-in'))
        .map(([k]) => k),
    ).toEqual([]);
    expect(
      ROLE_KEYS.filter((role) => !ACCOUNTS.some(([, r]) => r === role)),
      'roles without a caller',
    ).toEqual([]);
  });

  /** `allowed`: whether the caller passes the permission and tenancy gates (only then is a fresh upload worth making). */
  async function request(
    route: string,
    row: RouteRow,
    party: Party,
    scope: ScopeFixtures | null,
    n: number,
    allowed: boolean,
  ) {
    const [method, template] = route.split(' ') as [string, string];
    const record = row.record && scope ? scope.records[row.record] : undefined;
    const params: Record<string, string> = {
      ...FIXED_PARAMS,
      ...(row.self ? { id: NIL } : {}),
      ...(record?.params ?? {}),
    };
    const path = template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? NIL);
    const town: Record<string, string> =
      row.perTown && party.aboveTown ? { orgId: fixtures.own.vars.org! } : {};
    const query = { ...(row.query ?? {}), ...(row.perTown === 'query' ? town : {}) };
    const qs = Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '';
    if (method === 'GET' || method === 'DELETE') return party.client.request(method, path + qs);
    if (row.multipart) return party.client.request(method, path + qs, pdfForm());
    const schema =
      spec.paths[template]![method.toLowerCase()]!.requestBody?.content?.['application/json']
        ?.schema;
    const generated = sample(schema as never);
    const fields = {
      ...(generated as object),
      ...(row.body ?? {}),
      ...(row.perTown === 'body' ? town : {}),
    };
    const myFile =
      allowed && party.uploads && JSON.stringify(fields).includes('{myFile}')
        ? (await party.client.post('/api/v1/files', pdfForm())).json.id
        : NIL;
    const body = resolve(fields, {
      ...(scope?.vars ?? {}),
      ...(record?.params ?? {}),
      myFile,
      uniq: String(n),
    });
    return party.client.request(method, path + qs, body);
  }

  it('answers every route, role and scope as its row says', async () => {
    const failures: string[] = [];
    let checked = 0;
    let n = 0;
    for (const [route, row] of Object.entries(MATRIX)) {
      if (row.skip || !routesOf(spec).includes(route)) continue;
      const scopes: (Scope | null)[] = row.record
        ? SCOPES.filter((sc) => fixtures[sc].records[row.record!])
        : [null];
      if (row.record && scopes.length < SCOPES.length)
        failures.push(
          `${route}: no ${row.record} record in ${SCOPES.filter((sc) => !scopes.includes(sc)).join(', ')}`,
        );
      for (const scope of scopes) {
        const fx = scope ? fixtures[scope] : null;
        const record = fx && row.record ? fx.records[row.record]! : null;
        // Refusals first, so an allowed write cannot change what a later refusal sees.
        const cases = parties
          .filter((p) => !row.anonymousOnly || !p.permissions)
          .map((p) => ({ p, want: expected(row, p, record, portalPath) }))
          .sort((a, b) => Number(a.want.includes('allowed')) - Number(b.want.includes('allowed')));
        let consumed = false;
        for (const { p, want } of cases) {
          // A caller refused only for its level still gets a real file, so the refusal is the level's, not the file's.
          const passesGates = expected(
            { ...row, townWrite: undefined },
            p,
            record,
            portalPath,
          ).includes('allowed');
          const res = await request(route, row, p, fx, (n += 1), passesGates);
          checked += 1;
          const code: string | undefined = res.json?.error?.code;
          const what = `${route} ${p.name} ${scope ?? '-'}`;
          if (res.status >= 500)
            failures.push(`${what}: ${res.status} ${res.body.toString('utf8').slice(0, 200)}`);
          else if (
            !matches(res.status, code, want) &&
            !(consumed && want.includes('allowed') && res.status === 404)
          )
            failures.push(
              `${what}: expected ${want.join(' or ')}, got ${res.status} ${code ?? ''}`,
            );
          if (row.consumes && res.status < 300) consumed = true;
        }
      }
    }
    console.log(
      `权限矩阵：${Object.keys(MATRIX).length} 个接口，${parties.length} 个调用方，${checked} 个（接口、角色、范围）组合，${failures.length} 处不符`,
    );
    expect(failures).toEqual([]);
  }, 900_000);
});
