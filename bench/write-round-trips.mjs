#!/usr/bin/env node
/**
 * Round trips to PostgreSQL per numbered, audited write (POST /api/v1/numbering/issue): a figure that
 * does not depend on the machine's load. The real server talks to PostgreSQL through a counting proxy
 * that reads the frontend protocol: each simple query (Q) and each extended-protocol Sync (S) is one
 * round trip, the client waiting for ReadyForQuery. Counted apart: those inside a transaction (begin …
 * commit on one connection: the town's locks are held meanwhile) and transactions (batches).
 *
 *   npm run build && node bench/write-round-trips.mjs [--writes 128] [--clients 1,16]
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pgEngine } from './lib/engines.mjs';
import { cleanup, freePort, startFazhi } from './lib/procs.mjs';
import { signIn } from './lib/scenarios.mjs';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '128' },
    clients: { type: 'string', default: '1,16' },
  },
});
const WRITES = Number(values.writes);

const counts = { roundTrips: 0, inTransaction: 0, transactions: 0, savepoints: 0 };

/** Forwards one client connection to PostgreSQL, counting the client's round trips. */
function proxy(/** @type {net.Socket} */ client, /** @type {URL} */ target) {
  const server = net.connect(Number(target.port || 5432), target.hostname);
  client.pipe(server);
  server.pipe(client);
  const close = () => (client.destroy(), server.destroy());
  client.on('error', close);
  server.on('error', close);
  let buf = Buffer.alloc(0);
  let started = false;
  let inTx = false;
  client.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (!started) {
        if (buf.length < 4) return;
        const len = buf.readInt32BE(0);
        if (buf.length < len) return;
        buf = buf.subarray(len);
        started = true;
        continue;
      }
      if (buf.length < 5) return;
      const type = String.fromCharCode(buf.readUInt8(0));
      const len = buf.readInt32BE(1);
      if (buf.length < 1 + len) return;
      const body = buf.subarray(5, 1 + len);
      buf = buf.subarray(1 + len);
      if (type !== 'Q' && type !== 'S') continue;
      counts.roundTrips += 1;
      const text = type === 'Q' ? body.toString('utf8').trim().toLowerCase() : '';
      if (text.startsWith('begin')) {
        inTx = true;
        counts.transactions += 1;
      }
      if (inTx) counts.inTransaction += 1;
      if (text.startsWith('savepoint')) counts.savepoints += 1;
      if (text.startsWith('commit') || text.startsWith('rollback')) inTx = false;
    }
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-rt-'));
try {
  const engine = await pgEngine(dataDir);
  const target = new URL(engine.fazhiEnv.DATABASE_URL ?? '');
  const port = await freePort();
  const listener = net.createServer((c) => proxy(c, target));
  await new Promise((r) => listener.listen(port, '127.0.0.1', () => r(null)));
  const viaProxy = new URL(target);
  viaProxy.host = `127.0.0.1:${port}`;
  const fazhi = await startFazhi(
    {
      ...engine.fazhiEnv,
      DATABASE_URL: viaProxy.toString(),
      FAZHI_DEMO: '1',
      FAZHI_SCHEDULER: '0',
    },
    path.join(dataDir, 'fazhi.log'),
  );
  const { headers, csrf } = await signIn(fazhi.url);
  const post = (/** @type {number} */ i) =>
    fetch(`${fazhi.url}/api/v1/numbering/issue`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ kind: 'town_document', title: `往返计数（${i}）` }),
    }).then((r) => {
      if (r.status !== 201) throw new Error(`HTTP ${r.status}`);
    });
  await post(-1); // warms the actor cache and the chain head this process knows
  console.log('round trips to PostgreSQL per POST /api/v1/numbering/issue (one town, clerk)');
  console.log('clients | writes | round trips/write | in transaction/write | writes/transaction');
  for (const clients of values.clients.split(',').map(Number)) {
    Object.keys(counts).forEach((k) => (counts[/** @type {keyof counts} */ (k)] = 0));
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < WRITES) await post(next++);
      }),
    );
    const per = (/** @type {number} */ n) => (n / WRITES).toFixed(2);
    console.log(
      `${String(clients).padStart(7)} | ${String(WRITES).padStart(6)} | ${per(counts.roundTrips).padStart(17)} | ${per(counts.inTransaction).padStart(20)} | ${(WRITES / counts.transactions).toFixed(1).padStart(18)}`,
    );
  }
  listener.close();
  await fazhi.stop();
} finally {
  await cleanup();
}
