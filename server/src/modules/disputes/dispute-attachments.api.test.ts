import { crc32, deflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** A real PNG (8-bit RGBA): `pixel` gives each pixel's bytes (a drawn stroke, or noise). */
function png(width: number, height: number, pixel: (x: number, y: number) => number[]) {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = [0];
    for (let x = 0; x < width; x++) row.push(...pixel(x, y));
    rows.push(Buffer.from(row));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
/** A signature: a dark stroke across a transparent pad. */
const signature = png(300, 100, (x, y) =>
  Math.abs(y - 50 - Math.round(20 * Math.sin(x / 20))) < 3 ? [20, 20, 20, 255] : [0, 0, 0, 0],
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(256, 7)]);

describe.skipIf(pgMissing())('signatures on the 调解协议书 and site photos', () => {
  let s: TestServer;
  let mediator: TestClient;
  let county: TestClient;

  const upload = async (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await mediator.post('/api/v1/files', form);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json.id as string;
  };
  const post = (id: string, path: string, body: unknown) =>
    mediator.post(`/api/v1/disputes/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown = {}) => {
    const res = await post(id, path, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };

  beforeAll(async () => {
    s = await startTestServer({ now: '2025-03-03T01:00:00Z' });
    [mediator, county] = await Promise.all([s.as('mediator'), s.as('county')]);
  });
  afterAll(() => s?.close());

  it('keeps each party’s PNG signature with the agreement, once, and the mediator’s site photos', async () => {
    const created = await mediator.post('/api/v1/disputes', {
      channel: 'village',
      category: 'neighbour',
      title: '宅前排水沟纠纷',
      facts: '被申请人堆放杂物堵塞排水沟。',
      parties: [
        { role: 'applicant', name: '李四', address: '上林湖村' },
        { role: 'respondent', name: '王五', address: '上林湖村' },
      ],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const d = created.json;
    await ok(d.id, 'route', {
      handlerKind: 'village_committee',
      handlerName: '上林湖村人民调解委员会',
      mediatorName: '吴调解',
    });
    await ok(d.id, 'accept');

    // A photo of the courtyard, taken on the phone while mediating.
    const photo = await ok(d.id, 'photos', {
      fileId: await upload(JPEG, '现场.jpg'),
      note: '排水沟现场',
    });
    expect(photo.photos).toHaveLength(1);
    expect(photo.photos[0].note).toBe('排水沟现场');
    const pdf = await post(d.id, 'photos', {
      fileId: await upload(Buffer.from('%PDF-1.4\n%test\n'), '不是照片.pdf'),
    });
    expect(pdf.status).toBe(400);
    expect(pdf.json.error.message).toContain('JPEG 或 PNG');

    const early = await post(d.id, 'signatures', {
      fileId: await upload(signature, '签名.png'),
      signer: '李四',
    });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('AGREEMENT_REQUIRED');

    await ok(d.id, 'sessions', { place: '上林湖村文化礼堂', attendees: '双方', summary: '协商' });
    const agreed = await ok(d.id, 'agree', {
      responsibilities: '被申请人负主要责任。',
      terms: '被申请人清理杂物并疏通排水沟。',
      performance: '2025年3月10日前完成。',
    });
    expect(agreed.signatures).toEqual([]);

    const signedFile = await upload(signature, '李四签名.png');
    const signed = await ok(d.id, 'signatures', { fileId: signedFile, signer: '李四' });
    expect(signed.signatures).toEqual([
      expect.objectContaining({ signer: '李四', fileId: signedFile }),
    ]);
    const back = await mediator.get(`/api/v1/files/${signedFile}`);
    expect(back.status).toBe(200);
    expect(Buffer.compare(back.body, signature)).toBe(0);

    const twice = await post(d.id, 'signatures', {
      fileId: await upload(signature, '再签.png'),
      signer: '李四',
    });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('SIGNATURE_RECORDED');
    const stranger = await post(d.id, 'signatures', {
      fileId: await upload(signature, '外人.png'),
      signer: '赵六',
    });
    expect(stranger.status).toBe(400);
    const jpeg = await post(d.id, 'signatures', {
      fileId: await upload(JPEG, '签名.jpg'),
      signer: '王五',
    });
    expect(jpeg.status).toBe(400);
    expect(jpeg.json.error.message).toContain('PNG');
    // Noise does not compress: a PNG over 512 KB is refused, and nothing is attached.
    const huge = await upload(
      png(512, 300, () => [...randomBytes(4)]),
      '过大.png',
    );
    const tooBig = await post(d.id, 'signatures', { fileId: huge, signer: '王五' });
    expect(tooBig.status).toBe(400);
    expect(tooBig.json.error.message).toContain('512 KB');
    const meta = await mediator.get(`/api/v1/files/${huge}/meta`);
    expect(meta.json.ownerId).toBeNull();

    const both = await ok(d.id, 'signatures', {
      fileId: await upload(signature, '王五签名.png'),
      signer: '王五',
    });
    expect(both.signatures.map((x: { signer: string }) => x.signer)).toEqual(['李四', '王五']);
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', d.id)
      .where('action', 'in', ['disputes.dispute.signed', 'disputes.dispute.photo_added'])
      .execute();
    expect(events).toHaveLength(3);

    // Above the town: that the parties signed, not their signatures.
    const seen = await county.get(`/api/v1/disputes/${d.id}`);
    expect(seen.json.signatures[0]).toMatchObject({ signer: '李*', fileId: null });
    const acted = await county.post(`/api/v1/disputes/${d.id}/photos`, { fileId: signedFile });
    expect(acted.status).toBe(403);
  });
});
