import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('global search', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('finds villages and offices by Chinese words and substrings, within the caller’s scope', async () => {
    const reviewer = await s.as('reviewer');
    const byName = await reviewer.get(`/api/v1/search?q=${encodeURIComponent('上林湖村')}`);
    expect(byName.status).toBe(200);
    expect(byName.json.items[0]).toMatchObject({
      entityType: 'org',
      typeLabel: '机构',
      title: '上林湖村',
    });
    const substring = await reviewer.get(`/api/v1/search?q=${encodeURIComponent('林湖')}`);
    expect(substring.json.items.map((i: { title: string }) => i.title)).toContain('上林湖村');
    const office = await reviewer.get(`/api/v1/search?q=${encodeURIComponent('综合办')}`);
    expect(office.json.items.map((i: { title: string }) => i.title)).toContain('党建综合办公室');
    const person = await reviewer.get(`/api/v1/search?q=${encodeURIComponent('吴调解')}`);
    expect(person.json.items[0]).toMatchObject({ entityType: 'user', title: '吴调解（mediator）' });
  });

  it('shows a village cadre nothing outside the village and no accounts without permission', async () => {
    const cadre = await s.as('cadre');
    const other = await cadre.get(`/api/v1/search?q=${encodeURIComponent('五丰村')}`);
    expect(other.json.total).toBe(0);
    const own = await cadre.get(`/api/v1/search?q=${encodeURIComponent('上林湖')}`);
    expect(own.json.total).toBe(1);
    const people = await cadre.get(`/api/v1/search?q=${encodeURIComponent('调解')}`);
    expect(people.json.items.every((i: { entityType: string }) => i.entityType !== 'user')).toBe(
      true,
    );
  });

  it('keeps renamed records findable by their new name', async () => {
    const orgs = await s.deps.db.kysely
      .selectFrom('orgs')
      .select(['id'])
      .where('code', '=', '330282109203')
      .executeTakeFirstOrThrow();
    const { asAdmin } = await import('../../test/admin-login.js');
    const { client: sys } = await asAdmin(s, 'sysadmin');
    expect((await sys.patch(`/api/v1/orgs/${orgs.id}`, { name: '五丰新村' })).status).toBe(200);
    const hit = await (
      await s.as('reviewer')
    ).get(`/api/v1/search?q=${encodeURIComponent('五丰新村')}`);
    expect(hit.json.items[0].title).toBe('五丰新村');
  });

  it('asks for a query in Chinese when it is empty', async () => {
    const res = await (await s.as('reviewer')).get('/api/v1/search?q=');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('请输入搜索内容');
  });
});
