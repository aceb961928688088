import { hashPassword } from '../modules/auth/passwords.js';
import { insertUser, setRoles } from '../modules/users/user.repository.js';
import type { TestClient } from './test-client.js';
import type { TestServer } from './test-env.js';

/**
 * The demo enforcement officer and a second officer of the same team (行政处罚法 第四十二条: two
 * officers investigate); with `certificates`, each holds a valid 执法证 for those fields.
 */
export async function enforcementTeam(
  s: TestServer,
  officer: TestClient,
  second: { username: string; displayName: string },
  certificates?: { prefix: string; fields: string[] },
): Promise<string[]> {
  const q = s.deps.db.kysely;
  const me = await officer.get('/api/v1/auth/me');
  const team = await q
    .selectFrom('users')
    .select('orgId')
    .where('username', '=', 'officer')
    .executeTakeFirstOrThrow();
  const u = await insertUser(q, {
    orgId: team.orgId,
    username: second.username,
    displayName: second.displayName,
    passwordHash: await hashPassword('Demo@2024'),
    mustChangePassword: false,
    now: new Date(),
  });
  await setRoles(q, u.id, ['enforcement_officer'], null, new Date());
  const ids = [(me.json.user?.id ?? me.json.id) as string, u.id];
  if (certificates)
    for (const [i, userId] of ids.entries()) {
      const res = await officer.post('/api/v1/enforcement/certificates', {
        userId,
        certNo: `${certificates.prefix}${i}`,
        fields: certificates.fields,
        issuedOn: '2022-01-01',
        expiresOn: '2027-12-31',
      });
      if (res.status !== 201) throw new Error(`执法证登记失败：${JSON.stringify(res.json)}`);
    }
  return ids;
}
