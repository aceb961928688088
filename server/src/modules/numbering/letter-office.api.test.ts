import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobPath } from '../../core/files/storage.js';
import { mutation } from '../../core/mutation.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { insertOrg } from '../orgs/org.repository.js';
import { issuingAuthority } from '../orgs/issuing-authority.js';
import { issueLetter } from './letter-office.js';

const SYSTEM = { actor: null, ip: null, userAgent: null, requestId: 'test' };

async function bodyText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe.skipIf(pgMissing())('the letter office (发文)', () => {
  let s: TestServer;
  let townId: string;
  beforeAll(async () => {
    s = await startTestServer();
    townId = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => s?.close());

  it('names the town government with its county as issuer and seal line, takes the 文号 and keeps the DOCX with its owner', async () => {
    const issued = await mutation(s.deps, SYSTEM, async (m) => {
      const out = await issueLetter(m, s.deps, {
        townId,
        orgId: townId,
        owner: { type: 'test_owner', id: 'owner-1' },
        number: { kind: 'legality_opinion', register: '测试函（发文登记）' },
        content: {
          title: '关于测试事项的函',
          recipient: '上林湖村',
          blocks: [{ kind: 'paragraph', text: '特此函告。' }],
        },
        date: '2024-11-20',
        by: null,
      });
      await m.audit({ action: 'test.letter.issued', orgId: townId });
      return out;
    });
    expect(issued).toMatchObject({
      issuer: '慈溪市桥头镇人民政府',
      docNumber: '桥法审〔2024〕1号',
    });
    expect(issued.file).toMatchObject({
      ownerType: 'test_owner',
      ownerId: 'owner-1',
      orgId: townId,
      originalName: '关于测试事项的函（桥法审〔2024〕1号）.docx',
    });
    const text = await bodyText(fs.readFileSync(blobPath(s.deps.config.dataDir, issued.file.sm3)));
    expect(text.startsWith('慈溪市桥头镇人民政府')).toBe(true);
    expect(text).toContain('桥法审〔2024〕1号');
    expect(text).toContain('2024年11月20日');
    const register = await s.deps.db.kysely
      .selectFrom('docNumbers')
      .selectAll()
      .where('id', '=', issued.docNumberId!)
      .executeTakeFirstOrThrow();
    expect(register).toMatchObject({
      title: '测试函（发文登记）',
      subjectType: 'test_owner',
      subjectId: 'owner-1',
    });
  });

  it('names a town without a county-level parent by the town alone', async () => {
    const q = s.deps.db.kysely;
    const city = await q
      .selectFrom('orgs')
      .selectAll()
      .where('kind', '=', 'city')
      .executeTakeFirst();
    const parent =
      city ??
      (await q
        .selectFrom('orgs')
        .selectAll()
        .where('kind', '=', 'province')
        .executeTakeFirstOrThrow());
    const town = await insertOrg(q, {
      code: '330299999000',
      name: '测试镇',
      kind: 'town',
      parent,
      now: s.time.now(),
    });
    expect(await issuingAuthority(q, town.id)).toEqual({
      issuer: '测试镇人民政府',
      countyName: null,
    });
    expect(await issuingAuthority(q, townId)).toEqual({
      issuer: '慈溪市桥头镇人民政府',
      countyName: '慈溪市',
    });
  });
});
