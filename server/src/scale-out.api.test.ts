import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from './core/audit/verify.js';
import { TestClient } from './test/test-client.js';
import { createTestEnv, pgMissing, testDb, type TestEnv } from './test/test-env.js';
import { spawnServer, type ServerProcess } from './test/spawn-server.js';

/**
 * Scale-out is PostgreSQL plus stateless app servers: two real server processes share one database
 * and nothing else (each has its own data directory).
 */
describe.skipIf(testDb() !== 'pg' || pgMissing())('two app servers on one PostgreSQL', () => {
  let env: TestEnv;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    env = await createTestEnv();
    const common = {
      DATABASE_URL: env.databaseUrl!,
      // The servers share the master key of the database's first writer, the test env (its trail's
      // chain key), as a deployment's servers share one.
      FAZHI_SECRET_KEY:
        process.env.FAZHI_SECRET_KEY ||
        fs.readFileSync(path.join(env.dataDir, 'secret.key'), 'utf8').trim(),
      FAZHI_DEMO: '0',
      FAZHI_SWEEP_SCHEDULE: 'every:2s',
      FAZHI_SCHEDULER_TICK_MS: '150',
    };
    [a, b] = await Promise.all([
      spawnServer({ ...common, FAZHI_DATA_DIR: `${env.dataDir}/a` }),
      spawnServer({ ...common, FAZHI_DATA_DIR: `${env.dataDir}/b` }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await env?.close();
  });

  it('accepts on one server a session made on the other, including its CSRF token', async () => {
    const onA = new TestClient(a.url);
    expect((await onA.login('clerk', 'Demo@2024')).status).toBe(200);
    const onB = new TestClient(b.url);
    onB.cookie = onA.cookie;
    onB.csrfToken = onA.csrfToken;
    const me = await onB.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.json.user.username).toBe('clerk');
    expect((await onB.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('runs each scheduled slot exactly once across both servers', async () => {
    await new Promise((r) => setTimeout(r, 9000));
    const q = env.deps.db.kysely;
    const runs = await q
      .selectFrom('jobRuns')
      .select(['slot', 'instanceId', 'status'])
      .where('jobName', '=', 'deadline-sweep')
      .orderBy('slot')
      .execute();
    const events = await q
      .selectFrom('auditEvents')
      .select(['meta'])
      .where('action', '=', 'system.job.ran')
      .where('targetId', '=', 'deadline-sweep')
      .execute();
    const slots = runs.map((r) => r.slot);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slots).size).toBe(runs.length);
    expect(events).toHaveLength(runs.length);
    const eventSlots = events.map((e) => JSON.parse(e.meta!).slot as string);
    expect(new Set(eventSlots).size).toBe(events.length);
    // Consecutive slots, two seconds apart: none skipped, none doubled.
    for (let i = 1; i < slots.length; i++)
      expect(Date.parse(slots[i]!) - Date.parse(slots[i - 1]!)).toBe(2000);
    expect(runs.every((r) => r.status === 'ok')).toBe(true);
  }, 30_000);

  it("chains one town's writes arriving at both servers at once: gap-free numbers, every event, a verified trail", async () => {
    const onA = new TestClient(a.url);
    expect((await onA.login('clerk', 'Demo@2024')).status).toBe(200);
    const onB = new TestClient(b.url);
    expect((await onB.login('head', 'Demo@2024')).status).toBe(200);
    // Each server commits its share in batches whose events it appends at the batch's end, from the
    // head it last wrote: the other server's batches make that guess wrong, and the real head is read.
    const results = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        (i % 2 ? onA : onB).post('/api/v1/numbering/issue', {
          kind: 'legality_opinion',
          title: `两台服务器第${i}件`,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(64).fill(201));
    const seqs = results.map((r) => r.json.seq as number).sort((x, y) => x - y);
    expect(seqs).toEqual(seqs.map((_, k) => seqs[0]! + k));
    const q = env.deps.db.kysely;
    const events = await q
      .selectFrom('auditEvents')
      .select('targetId')
      .where('action', '=', 'numbering.number.issued')
      .where(
        'targetId',
        'in',
        results.map((r) => r.json.id as string),
      )
      .execute();
    expect(events).toHaveLength(64);
    expect((await verifyChains(q, env.deps.secrets.audit.chainKey)).filter((r) => !r.ok)).toEqual(
      [],
    );
  });

  it('shuts down gracefully on SIGTERM', async () => {
    expect(await a.stop()).toBe(0);
    expect(await b.stop()).toBe(0);
  });
});
