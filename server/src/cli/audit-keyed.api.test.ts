import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../core/audit/chain.js';
import { signAnchors, type AnchorFile } from '../core/audit/anchors.js';
import { verifyChains } from '../core/audit/verify.js';
import { auditKeys } from '../core/crypto/secrets.js';
import type { AuditEventsTable } from '../core/db/schema.js';
import { mutation } from '../core/mutation.js';
import { asAdmin } from '../test/admin-login.js';
import { runCliAsync } from '../test/run-cli.js';
import type { TestClient } from '../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../test/test-env.js';

/**
 * The trail against someone who can write the database but does not hold the master key: they switch
 * off the append-only triggers, edit events and recompute hashes — with plain SM3 (what sufficed before
 * chains were keyed) or with a key of their own — and cut chains back consistently. Each scenario tampers
 * with one chain and puts its rows back afterwards, so the next one starts from an intact trail.
 */
describe.skipIf(pgMissing())(
  'the keyed trail and its anchors against a database writer',
  { timeout: 240_000 },
  () => {
    let s: TestServer;
    let aud: TestClient;
    let townId: string;
    let otherTownId: string;
    const anchorsFile = () => `${s.dataDir}/anchors.json`;
    const ctx = { actor: null, ip: '127.0.0.1', userAgent: null, requestId: 't' };
    const q = () => s.deps.db.kysely;

    const record = async (orgId: string, n: number) => {
      for (let i = 1; i <= n; i++)
        await mutation(s.deps, ctx, (m) =>
          m.audit({ action: 'test.event.recorded', orgId, meta: { i } }),
        );
    };
    const events = (chainId: string) =>
      q()
        .selectFrom('auditEvents')
        .selectAll()
        .where('chainId', '=', chainId)
        .orderBy('seq')
        .execute();

    /** Rewrites events from `from` on (editing that one's IP) with `key` (null: plain SM3), and the head to match. */
    async function recompute(chainId: string, from: number, key: Buffer | null) {
      let prev = from > 1 ? (await events(chainId))[from - 2]!.hash : GENESIS_HASH;
      for (const e of await events(chainId)) {
        if (Number(e.seq) < from) continue;
        const edited: AuditEventsTable = {
          ...e,
          seq: Number(e.seq),
          prevHash: prev,
          ip: Number(e.seq) === from ? '10.6.6.6' : e.ip,
        };
        const hash = eventHash(edited, key);
        await q()
          .updateTable('auditEvents')
          .set({ ip: edited.ip, prevHash: prev, hash })
          .where('id', '=', e.id)
          .execute();
        prev = hash;
      }
      const last = await events(chainId);
      await q()
        .updateTable('auditChainHeads')
        .set({ seq: last.length, hash: prev })
        .where('chainId', '=', chainId)
        .execute();
    }

    /** Keeps a chain's rows and head, and returns how to put them back. */
    async function snapshot(chainId: string) {
      const rows = await events(chainId);
      const head = await q()
        .selectFrom('auditChainHeads')
        .selectAll()
        .where('chainId', '=', chainId)
        .executeTakeFirstOrThrow();
      return async () => {
        await q().deleteFrom('auditEvents').where('chainId', '=', chainId).execute();
        await q().insertInto('auditEvents').values(rows).execute();
        await q()
          .updateTable('auditChainHeads')
          .set({ seq: head.seq, hash: head.hash })
          .where('chainId', '=', chainId)
          .execute();
      };
    }

    beforeAll(async () => {
      s = await startTestServer();
      aud = (await asAdmin(s, 'auditadmin')).client;
      const towns = await q()
        .selectFrom('orgs')
        .select(['id', 'code'])
        .where('kind', '=', 'town')
        .orderBy('code')
        .execute();
      townId = towns.find((t) => t.code === '330282109000')!.id;
      otherTownId = towns.find((t) => t.code !== '330282109000')!.id;
      await record(townId, 4);
      await record(otherTownId, 5);
      // The writer's first step: switch off the append-only triggers.
      if (s.databaseUrl)
        await sql.raw('ALTER TABLE audit_events DISABLE TRIGGER USER').execute(q());
      else
        for (const t of ['audit_events_no_update', 'audit_events_no_delete'])
          await sql.raw(`DROP TRIGGER ${t}`).execute(q());
    });
    afterAll(() => s?.close());

    it('keys every event with the master-derived key from the first event of a fresh database', async () => {
      const reports = await verifyChains(q(), s.deps.secrets.audit.chainKey);
      expect(reports.length).toBeGreaterThanOrEqual(3);
      for (const r of reports)
        expect(r).toMatchObject({ ok: true, unkeyedEvents: 0, unprotected: false });
      const first = (await events('system'))[0]!;
      expect(first.seq).toBe(1);
      expect(eventHash(first, s.deps.secrets.audit.chainKey)).toBe(first.hash);
      expect(eventHash(first, null)).not.toBe(first.hash);
      const strict = await runCliAsync(s, ['audit', 'verify', '--strict']);
      expect(strict.out).toContain('校验通过');
      expect(strict.code).toBe(0);
    });

    it('fails every chain, naming the likely cause, when the verifier holds another master key', async () => {
      const res = await runCliAsync(s, ['audit', 'verify'], { FAZHI_SECRET_KEY: 'b2'.repeat(32) });
      expect(res.stderr).toContain('第 1 号事件');
      expect(res.stderr).toContain('多半是本机的主密钥');
      expect(res.code).toBe(1);
    });

    it('lets the audit admin download signed anchors (traced) that the CLI accepts; other roles are refused', async () => {
      const head = await q()
        .selectFrom('auditChainHeads')
        .selectAll()
        .where('chainId', '=', townId)
        .executeTakeFirstOrThrow();
      const res = await aud.get('/api/v1/audit/anchors');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('attachment');
      const file = res.json as AnchorFile;
      expect(file.publicKey).toBe(s.deps.secrets.audit.anchorKeys().publicKey);
      // The chain's end as it was before the export, whose own event follows the anchor.
      expect(file.anchors.find((a) => a.chainId === townId)).toMatchObject({
        seq: Number(head.seq),
        hash: head.hash,
      });
      expect(file.anchors.some((a) => a.chainId === otherTownId)).toBe(false); // outside the admin's town
      fs.writeFileSync(anchorsFile(), res.body);

      const traced = await q()
        .selectFrom('auditEvents')
        .select(['actorName', 'meta'])
        .where('action', '=', 'audit.anchors.exported')
        .execute();
      expect(traced).toHaveLength(1);
      expect(traced[0]!.actorName).toBe('auditadmin');
      expect(file.issuedBy).toBe('auditadmin');
      const sys = (await asAdmin(s, 'sysadmin')).client;
      expect((await sys.get('/api/v1/audit/anchors')).status).toBe(403);

      await record(townId, 2); // the trail goes on after the anchor
      const ok = await runCliAsync(s, ['audit', 'verify', '--anchors', anchorsFile()]);
      expect(ok.out).toContain(`${file.anchors.length} 个锚点`);
      expect(ok.out).toContain('全部吻合');
      expect(ok.code).toBe(0);
    });

    it('catches an edited event whose chain was recomputed with plain SM3 (what worked before keying)', async () => {
      const restore = await snapshot(otherTownId);
      const third = (await events(otherTownId))[2]!;
      await recompute(otherTownId, 3, null);
      const res = await runCliAsync(s, ['audit', 'verify']);
      expect(res.stderr).toContain(
        `第 3 号事件 ${third.id} 校验失败 — 未加密钥的事件出现在已加密钥的事件之后`,
      );
      expect(res.code).toBe(1);
      await restore();
      expect((await runCliAsync(s, ['audit', 'verify'])).code).toBe(0);
    });

    it('catches an edited event whose chain was recomputed with a key not derived from this master key', async () => {
      const restore = await snapshot(otherTownId);
      const third = (await events(otherTownId))[2]!;
      await recompute(otherTownId, 3, auditKeys(Buffer.alloc(32, 0x5a)).chainKey);
      const res = await runCliAsync(s, ['audit', 'verify']);
      expect(res.stderr).toContain(`第 3 号事件 ${third.id} 校验失败 — 内容哈希不符`);
      expect(res.code).toBe(1);
      await restore();
    });

    it('flags a chain rewritten whole with plain SM3 as unprotected: a warning, a failure under --strict, and a mismatch against the anchors', async () => {
      const restore = await snapshot(townId);
      await recompute(townId, 1, null);
      const loose = await runCliAsync(s, ['audit', 'verify']);
      expect(loose.stderr).toMatch(new RegExp(`! .*（${townId}）：\\d+ 条事件，未加密钥保护`));
      expect(loose.code).toBe(0);
      const strict = await runCliAsync(s, ['audit', 'verify', '--strict']);
      expect(strict.out).toContain('（--strict：视为失败）');
      expect(strict.code).toBe(1);
      const anchored = await runCliAsync(s, ['audit', 'verify', '--anchors', anchorsFile()]);
      expect(anchored.stderr).toMatch(/锚定的第 \d+ 号事件哈希已改变：链被改写/);
      expect(anchored.code).toBe(1);
      const api = await aud.post('/api/v1/audit/verify');
      expect(api.json.chains.find((c: { chainId: string }) => c.chainId === townId)).toMatchObject({
        ok: true,
        unprotected: true,
      });
      await restore();
    });

    it('catches a chain cut back consistently (events and head) to before an anchor, which the chain alone cannot show', async () => {
      const restore = await snapshot(townId);
      const file = JSON.parse(fs.readFileSync(anchorsFile(), 'utf8')) as AnchorFile;
      const anchor = file.anchors.find((a) => a.chainId === townId)!;
      const keep = (await events(townId)).filter((e) => Number(e.seq) < anchor.seq);
      await q()
        .deleteFrom('auditEvents')
        .where('chainId', '=', townId)
        .where('seq', '>=', anchor.seq)
        .execute();
      await q()
        .updateTable('auditChainHeads')
        .set({ seq: keep.length, hash: keep[keep.length - 1]!.hash })
        .where('chainId', '=', townId)
        .execute();
      expect((await runCliAsync(s, ['audit', 'verify'])).code).toBe(0);
      const res = await runCliAsync(s, ['audit', 'verify', '--anchors', anchorsFile()]);
      expect(res.stderr).toContain(
        `（${townId}）：锚定的第 ${anchor.seq} 号事件已不存在：链被截断或删除`,
      );
      expect(res.out).toContain('1 个锚点不再吻合');
      expect(res.code).toBe(1);
      await restore();
    });

    it('refuses a tampered, re-signed or garbled anchor file', async () => {
      const file = JSON.parse(fs.readFileSync(anchorsFile(), 'utf8')) as AnchorFile;
      const tryFile = async (content: string) => {
        const path = `${s.dataDir}/forged.json`;
        fs.writeFileSync(path, content);
        return runCliAsync(s, ['audit', 'verify', '--anchors', path]);
      };
      // Moving an anchor back to match a rewritten chain breaks the signature.
      const moved = {
        ...file,
        anchors: file.anchors.map((a) => (a.chainId === townId ? { ...a, seq: a.seq - 1 } : a)),
      };
      const edited = await tryFile(JSON.stringify(moved));
      expect(edited.stderr).toContain('SM2 签名无效：锚点文件被改动过');
      expect(edited.code).toBe(1);
      // Re-signed with a key pair of the forger's own: not this deployment's public key.
      const forger = auditKeys(Buffer.alloc(32, 0x33)).anchorKeys();
      const resigned = await tryFile(
        JSON.stringify(signAnchors(moved.anchors, file.issuedAt, file.issuedBy, forger)),
      );
      expect(resigned.stderr).toContain('公钥不符');
      expect(resigned.code).toBe(1);
      // …or claiming this deployment's public key over the forger's signature.
      const claimed = signAnchors(moved.anchors, file.issuedAt, file.issuedBy, {
        ...forger,
        publicKey: file.publicKey,
      });
      const impostor = await tryFile(JSON.stringify(claimed));
      expect(impostor.stderr).toContain('SM2 签名无效');
      expect(impostor.code).toBe(1);
      const garbled = await tryFile(fs.readFileSync(anchorsFile(), 'utf8').slice(0, 40));
      expect(garbled.stderr).toContain('不是有效的 JSON');
      expect(garbled.code).toBe(1);
      expect(
        (await runCliAsync(s, ['audit', 'verify', '--anchors', `${s.dataDir}/absent.json`])).code,
      ).toBe(2);
    });

    it('refuses to anchor a broken chain, naming it', async () => {
      const restore = await snapshot(townId);
      const second = (await events(townId))[1]!;
      await sql`UPDATE audit_events SET action = 'forged' WHERE id = ${second.id}`.execute(q());
      const res = await aud.get('/api/v1/audit/anchors');
      expect(res.status).toBe(409);
      expect(res.json.error.code).toBe('AUDIT_CHAIN_BROKEN');
      expect(res.json.error.details.broken[0]).toMatchObject({ chainId: townId, seq: 2 });
      await restore();
      expect((await aud.get('/api/v1/audit/anchors')).status).toBe(200);
    });
  },
);
