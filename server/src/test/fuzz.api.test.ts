import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../core/audit/verify.js';
import { asAdmin } from './admin-login.js';
import type { TestClient, TestResponse } from './test-client.js';
import { pgMissing, startTestServer, type TestServer } from './test-env.js';

/**
 * Fuzzing over every route of the OpenAPI document (等保 2.0: 输入验证): malformed JSON, wrong types,
 * huge and odd Unicode strings, SQL / HTML / spreadsheet-formula payloads and path tricks, sent by an
 * anonymous caller, a town clerk, the town head and the system administrator. Every answer must be a
 * 2xx/3xx or a 4xx with the `{ error: { code, message } }` shape — never a 5xx; a refused write leaves
 * every business table as it was; and the trail still verifies at the end.
 */

interface Operation {
  method: string;
  path: string;
  body: Schema | null;
  query: Schema[];
}
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  name?: string;
}

/** Steps that end the fuzzing session itself; they have their own tests. */
const SKIP = [
  /\/auth\/logout$/,
  /\/auth\/password$/,
  /\/auth\/sessions/,
  /\/auth\/totp/,
  /\/tokens/,
  /\/restore/,
];

const NASTY = [
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x","点我")',
  "+cmd|' /C calc'!A0",
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  '\u0000\u0001\u001f',
  '\u202e\u202d反向文本',
  '𠮷𩸽😀👨‍👩‍👧',
  '　',
  '',
  ' ',
  '9'.repeat(400),
  '壹'.repeat(5000),
  'x'.repeat(70_000),
  '2024-02-30',
  '-1',
  '1e309',
  'NaN',
  'null',
  '{"$ne":null}',
  '__proto__',
];

const PATH_TRICKS = [
  '..',
  '%2e%2e%2f',
  'x'.repeat(2000),
  '%00',
  '01890000-0000-7000-8000-000000000000',
  "1' OR '1'='1",
  '%F0%9F%98%80',
  '-1',
  '0',
];

const nasty = fc.constantFrom(...NASTY);
/** A value of any JSON shape (objects, arrays, numbers, booleans, null) or a nasty string. */
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), nasty);

/** A body shaped like the schema, with nasty or wrong-typed leaves. */
function shaped(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 3) return anyJson;
  const variants = schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => shaped(v, depth + 1)));
  if (schema.enum?.length) return fc.oneof(fc.constantFrom(...schema.enum), nasty);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' && schema.properties) {
    const entries = Object.entries(schema.properties).map(
      ([k, v]) => [k, shaped(v, depth + 1)] as const,
    );
    return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
  }
  if (type === 'array')
    return fc.oneof(fc.array(shaped(schema.items, depth + 1), { maxLength: 4 }), nasty);
  if (type === 'integer' || type === 'number')
    return fc.oneof(fc.integer(), fc.double(), nasty, fc.constant(Number.MAX_SAFE_INTEGER));
  if (type === 'boolean') return fc.oneof(fc.boolean(), nasty, fc.constant(1));
  return fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 50 }), fc.integer());
}

function operations(spec: {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: Schema }> };
        parameters?: (Schema & { in: string; schema?: Schema })[];
      }
    >
  >;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith('/api/v1/') || SKIP.some((r) => r.test(path))) continue;
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      if (Object.keys(content).some((c) => c.startsWith('multipart/'))) continue;
      const query = (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ ...p.schema, name: p.name }));
      ops.push({
        method: method.toUpperCase(),
        path,
        body: content['application/json']?.schema ?? null,
        query,
      });
    }
  }
  return ops;
}

const fill = (path: string, trick: string) =>
  path.replace(/\{[^}]+\}/g, encodeURIComponent(trick).replace(/%25/g, '%'));

describe.skipIf(pgMissing())('fuzzing every route', () => {
  let s: TestServer;
  let callers: [string, TestClient][];
  let ops: Operation[];
  beforeAll(async () => {
    s = await startTestServer();
    const admin = await asAdmin(s, 'sysadmin');
    callers = [
      ['anonymous', s.client()],
      ['clerk', await s.as('clerk')],
      ['head', await s.as('head')],
      ['sysadmin', admin.client],
    ];
    ops = operations((await s.client().get('/api/docs/json')).json);
  }, 120_000);
  afterAll(() => s?.close());

  /** Row counts of every business table (the trail, sessions and throttles are expected to move). */
  async function businessCounts(): Promise<string> {
    const tables = await s.deps.db.kysely.introspection.getTables();
    const counts: string[] = [];
    for (const t of tables) {
      if (/audit|session|login|throttle|attempt|rate|sms|job|flood|read_log|notif/.test(t.name))
        continue;
      const row = await s.deps.db.kysely
        .selectFrom(t.name as never)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts.push(`${t.name}=${Number((row as { n: number }).n)}`);
    }
    return counts.join(',');
  }

  function check(res: TestResponse, what: string, failures: string[]) {
    // 431: Node's own HTTP parser refuses a request line over its 16 KB header limit before Fastify sees it.
    if (res.status >= 500)
      failures.push(
        `${res.status} ${what.slice(0, 160)} ${res.body.toString('utf8').slice(0, 200)}`,
      );
    else if (
      res.status >= 400 &&
      res.status !== 431 &&
      !(res.json?.error?.code && res.json?.error?.message)
    )
      failures.push(`${res.status} without the error shape: ${what.slice(0, 160)}`);
  }

  it('answers every malformed, hostile or wrong-typed request with a 4xx, writes nothing when it refuses, and keeps the trail intact', async () => {
    expect(ops.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    for (const op of ops) {
      const before = op.method === 'GET' ? null : await businessCounts();
      let anyAccepted = false;
      const send = async (
        caller: string,
        client: TestClient,
        path: string,
        body: unknown,
        raw = false,
      ) => {
        const res = raw
          ? await client.request(op.method, path, String(body), {
              'content-type': 'application/json',
            })
          : await client.request(op.method, path, op.method === 'GET' ? undefined : body);
        sent += 1;
        if (res.status < 400) anyAccepted = true;
        check(
          res,
          `${caller} ${op.method} ${path} ${raw ? String(body).slice(0, 40) : JSON.stringify(body)?.slice(0, 80)}`,
          failures,
        );
      };
      for (const [caller, client] of callers) {
        for (const trick of PATH_TRICKS.slice(0, caller === 'clerk' ? PATH_TRICKS.length : 3)) {
          await send(caller, client, fill(op.path, trick), {});
        }
        if (op.method !== 'GET') {
          for (const raw of [
            '{',
            '{"a":',
            '[1,2',
            '\u0000',
            'null',
            '"x"',
            '{"__proto__":{"admin":true}}',
          ])
            await send(caller, client, fill(op.path, 'x'), raw, true);
        }
        const bodies = fc.sample(shaped(op.body ?? undefined), {
          numRuns: caller === 'anonymous' ? 3 : 12,
          seed: sent,
        });
        const queries = op.query.length
          ? fc.sample(
              fc.record(
                Object.fromEntries(
                  op.query.map((q) => [q.name!, fc.oneof(nasty, fc.string({ maxLength: 20 }))]),
                ),
                { requiredKeys: [] },
              ),
              { numRuns: 6, seed: sent },
            )
          : [];
        for (const body of bodies)
          await send(caller, client, fill(op.path, '01890000-0000-7000-8000-000000000000'), body);
        for (const q of queries) {
          const qs = new URLSearchParams(
            Object.entries(q).map(([k, v]): [string, string] => [k, String(v)]),
          ).toString();
          await send(caller, client, `${fill(op.path, 'x')}?${qs}`, {});
        }
      }
      if (before !== null && !anyAccepted) {
        const after = await businessCounts();
        if (after !== before)
          failures.push(`${op.method} ${op.path}: refused every request but changed rows`);
      }
    }
    console.log(`模糊测试：${ops.length} 个接口，${sent} 个请求，${failures.length} 个问题`);
    expect(failures).toEqual([]);
    const chains = await verifyChains(s.deps.db.kysely, s.deps.secrets.audit.chainKey);
    expect(chains.every((c) => c.ok)).toBe(true);
  }, 600_000);
});
