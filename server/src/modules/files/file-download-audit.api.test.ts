import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** Security issue #8: downloading an attachment is an audit event. */
describe.skipIf(pgMissing())('attachment downloads leave an audit event', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('records who downloaded which file; a refused download records none', async () => {
    const clerk = await s.as('clerk');
    const fd = new FormData();
    fd.append(
      'file',
      new Blob([
        Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(64, 1),
        ]),
      ]),
      '身份证复印件.png',
    );
    const up = await clerk.post('/api/v1/files', fd);
    expect(up.status).toBe(201);
    expect((await clerk.get(`/api/v1/files/${up.json.id}`)).status).toBe(200);
    expect((await (await s.as('cadre')).get(`/api/v1/files/${up.json.id}`)).status).toBe(404);
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['actorName', 'targetId', 'meta'])
      .where('action', '=', 'file.file.downloaded')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorName: 'clerk', targetId: up.json.id });
    expect(JSON.parse(events[0]!.meta!).name).toBe('身份证复印件.png');
  });
});
