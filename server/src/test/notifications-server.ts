import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { RequestContext } from '../core/authz/actor.js';
import type { createTask } from '../core/tasks/tasks.js';
import { fakeProvider } from './fake-sms-provider.js';
import { startTestServer, type TestServer } from './test-env.js';
import { loadUserActor } from '../modules/auth/actor-loader.js';

/**
 * The notifications tests' server: the demo on Wednesday 2026-12-02, an SMS provider over HTTP that
 * fails its first call, and the clerk with a phone number. Call inside a `describe`.
 */
export function notificationsServer() {
  const f = {
    s: undefined as unknown as TestServer,
    provider: fakeProvider(1),
    townId: '',
    q: () => f.s.deps.db.kysely,
    userId: async (username: string) =>
      (
        await f
          .q()
          .selectFrom('users')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id,
    ctxOf: async (username: string): Promise<RequestContext> => ({
      actor: await loadUserActor(f.q(), await f.userId(username)),
      ip: null,
      userAgent: null,
      requestId: 'test',
    }),
    task: (over: Record<string, unknown>) =>
      ({
        orgId: f.townId,
        module: 'review',
        kind: 'test.todo',
        subjectType: 'test_case',
        link: '/test',
        ...over,
      }) as Parameters<typeof createTask>[1],
  };
  beforeAll(async () => {
    await new Promise<void>((r) => f.provider.server.listen(0, '127.0.0.1', r));
    const port = (f.provider.server.address() as AddressInfo).port;
    f.s = await startTestServer({
      now: '2026-12-02T02:00:00Z', // Wednesday
      env: {
        FAZHI_SMS_URL: `http://127.0.0.1:${port}/sms/send`,
        FAZHI_SMS_KEY: 'test-key',
        FAZHI_SMS_SIGNATURE: '【桥头镇人民政府】',
        FAZHI_SMS_TEMPLATE: 'SMS_0001',
      },
    });
    f.townId = (
      await f
        .q()
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    await f
      .q()
      .updateTable('users')
      .set({ phoneEnc: f.s.deps.secrets.encrypt('13812345678') })
      .where('username', '=', 'clerk')
      .execute();
  });
  afterAll(async () => {
    await f.s?.close();
    f.provider.server.close();
  });
  return f;
}
