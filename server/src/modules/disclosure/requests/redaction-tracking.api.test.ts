import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { signDownload } from './download-token.js';
import { docxText, ensureNoticeTemplate, personBody } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';
const PHONE = '13905741234';
const SECRET_ID = '330282197808150022';

async function sourceDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('上林湖村土地征收补偿花名册')] }),
          new Paragraph({
            children: [
              new TextRun(
                `被征收户：李四，身份证号码${SECRET_ID}，联系电话13857400001，补偿金额86000元。`,
              ),
            ],
          }),
          new Paragraph({
            children: [new TextRun('被征收户：王二，联系电话0574-63001111，补偿金额54000元。')],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe.skipIf(pgMissing())('区分处理 and the applicant’s tracking page', () => {
  let s: TestServer;
  let clerk: TestClient;
  const upload = async (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.set('file', new Blob([bytes]), name);
    const res = await clerk.post('/api/v1/files', form);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json.id as string;
  };
  const register = async () =>
    (await clerk.post(API, { ...personBody(), channel: 'in_person', submittedOn: '2024-11-20' }))
      .json;
  const track = (code: string, phone = PHONE) =>
    s.client().post('/api/v1/portal/disclosure/track', { code, phone });

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await ensureNoticeTemplate(s.deps);
    clerk = await s.as('clerk');
  });
  afterAll(() => s?.close());

  it('redacts a DOCX original, records each removal with its ground, and releases only the redacted copy', async () => {
    const req = await register();
    const originalId = await upload(await sourceDocx(), '补偿花名册.docx');
    const kept = await clerk.post(`${API}/${req.id}/originals`, { fileId: originalId });
    expect(kept.json.documents).toEqual([
      expect.objectContaining({ kind: 'original', visibleToApplicant: false }),
    ]);
    const notFoundMark = await clerk.post(`${API}/${req.id}/redactions`, {
      originalFileId: originalId,
      mode: 'auto',
      marks: [{ text: '赵六', ground: 'personal_privacy' }],
    });
    expect(notFoundMark.status).toBe(422);
    const red = await clerk.post(`${API}/${req.id}/redactions`, {
      originalFileId: originalId,
      mode: 'auto',
      marks: [
        { text: '李四', ground: 'personal_privacy' },
        { text: '王二', ground: 'personal_privacy' },
      ],
      idNumbers: 'personal_privacy',
      phones: 'personal_privacy',
    });
    expect(red.status, JSON.stringify(red.json)).toBe(200);
    const r = red.json.redactions[0];
    expect(r.items.map((i: { kind: string; count: number }) => [i.kind, i.count])).toEqual([
      ['marked', 1],
      ['marked', 1],
      ['id_number', 1],
      ['phone', 2],
    ]);
    expect(r.items[2].samples).toEqual(['330282********0022']);
    expect(r.grounds).toBe('个人隐私（《政府信息公开条例》第十五条）');
    const copy = red.json.documents.find((d: { kind: string }) => d.kind === 'released_copy');
    expect(copy.visibleToApplicant).toBe(false);
    const copyText = await docxText((await clerk.get(`/api/v1/files/${copy.fileId}`)).body);
    expect(copyText).not.toContain(SECRET_ID);
    expect(copyText).not.toContain('李四');
    expect(copyText).not.toContain('13857400001');
    expect(copyText).toContain('补偿金额86000元');
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['basis', 'meta'])
      .where('action', '=', 'disclosure.request.redacted')
      .where('targetId', '=', req.id)
      .executeTakeFirstOrThrow();
    expect(ev.basis).toBe('《政府信息公开条例》第十五条、第三十七条');
    expect(ev.meta).not.toContain('李四');

    const reply = await clerk.post(`${API}/${req.id}/reply`, {
      outcome: 'partially_disclosed',
      reasons: '花名册中被征收户的姓名、身份证号码和联系电话属于个人隐私',
    });
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    const letter = await docxText(
      (
        await clerk.get(
          `/api/v1/files/${reply.json.documents.find((d: { kind: string }) => d.kind === 'reply').fileId}`,
        )
      ).body,
    );
    expect(letter).toContain('第三十七条');
    expect(letter).toContain('身份证号码1处（个人隐私，依据《政府信息公开条例》第十五条）');
    expect(letter).toContain('应当先向行政复议机关申请行政复议');

    const wrong = await track(req.trackingCode, '13900000000');
    expect(wrong.status).toBe(404);
    expect(wrong.json.error.message).toBe('查询码或联系电话不正确');
    const seen = await track(req.trackingCode);
    expect(seen.status).toBe(200);
    expect(seen.json).toMatchObject({
      state: 'replied',
      stateLabel: '已答复',
      outcome: { label: '部分公开' },
    });
    expect(seen.json.documents.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'released_copy',
      'reply',
    ]);
    const released = seen.json.documents.find((d: { kind: string }) => d.kind === 'released_copy');
    const dl = await s.client().get(released.url);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toContain('attachment');
    expect(await docxText(dl.body)).not.toContain(SECRET_ID);

    // The original: never on the tracking page, never by a signed link, never to the public via /files.
    const original = (await clerk.get(`${API}/${req.id}`)).json.documents.find(
      (d: { kind: string }) => d.kind === 'original',
    );
    const forged = signDownload(s.deps.secrets, original.id, s.time.now()).token;
    expect((await s.client().get(`/api/v1/portal/disclosure/files/${forged}`)).status).toBe(404);
    const genuine = released.url.split('/').pop()!;
    const tampered = genuine.slice(0, -1) + (genuine.endsWith('0') ? '1' : '0');
    expect((await s.client().get(`/api/v1/portal/disclosure/files/${tampered}`)).status).toBe(404);
    expect((await s.client().get(`/api/v1/files/${originalId}`)).status).toBe(401);
    expect((await (await s.as('citizen')).get(`/api/v1/files/${originalId}`)).status).toBe(404);
    expect((await clerk.get(`/api/v1/files/${originalId}`)).status).toBe(200);
    s.time.set('2024-11-20T03:00:00Z');
    expect((await s.client().get(released.url)).status).toBe(404); // the link has expired
    s.time.set('2024-11-20T02:00:00Z');
    clerk = await s.as('clerk');
  });

  it('takes a redacted PDF prepared by staff, with its grounds; refuses automatic redaction of a PDF', async () => {
    const req = await register();
    const pdf = (t: string) => Buffer.from(`%PDF-1.4\n% ${t}\n%%EOF\n`);
    const originalId = await upload(pdf('原件：含有第三方经营数据'), '原件.pdf');
    await clerk.post(`${API}/${req.id}/originals`, { fileId: originalId });
    const auto = await clerk.post(`${API}/${req.id}/redactions`, {
      originalFileId: originalId,
      mode: 'auto',
      idNumbers: 'personal_privacy',
    });
    expect(auto.status).toBe(422);
    expect(auto.json.error.code).toBe('AUTO_REDACTION_UNSUPPORTED');
    const noGrounds = await clerk.post(`${API}/${req.id}/redactions`, {
      originalFileId: originalId,
      mode: 'uploaded',
      releasedFileId: await upload(pdf('公开文本'), '公开文本.pdf'),
    });
    expect(noGrounds.status).toBe(400);
    const same = await clerk.post(`${API}/${req.id}/redactions`, {
      originalFileId: originalId,
      mode: 'uploaded',
      releasedFileId: await upload(pdf('原件：含有第三方经营数据'), '副本.pdf'),
      grounds: ['trade_secret'],
    });
    expect(same.status).toBe(422);
    expect(same.json.error.code).toBe('SAME_AS_ORIGINAL');
    const ok = await clerk.post(`${API}/${req.id}/redactions`, {
      originalFileId: originalId,
      mode: 'uploaded',
      releasedFileId: await upload(pdf('公开文本：■■■'), '公开文本2.pdf'),
      grounds: ['trade_secret', 'process_info'],
      note: '第三方不同意公开其报价',
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.redactions[0]).toMatchObject({
      method: 'uploaded',
      grounds:
        '商业秘密（《政府信息公开条例》第十五条）；过程性信息（《政府信息公开条例》第十六条第二款）；第三方不同意公开其报价',
    });
    // The partial disclosure rests on 第三十七条 and on both grounds of the removed content.
    const reply = await clerk.post(`${API}/${req.id}/reply`, {
      outcome: 'partially_disclosed',
      reasons: '报价属于商业秘密，评审意见属于过程性信息',
    });
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    const letter = await docxText(
      (
        await clerk.get(
          `/api/v1/files/${reply.json.documents.find((d: { kind: string }) => d.kind === 'reply').fileId}`,
        )
      ).body,
    );
    expect(letter).toContain('依据：《政府信息公开条例》第三十七条、第十五条、第十六条第二款。');
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('basis')
      .where('targetId', '=', req.id)
      .where('action', '=', 'disclosure.request.replied')
      .executeTakeFirstOrThrow();
    expect(ev.basis).toBe('《政府信息公开条例》第三十七条、第十五条、第十六条第二款');
  });

  it('rate-limits failed look-ups per code (and per address) on the flood counters', async () => {
    const req = await register();
    for (let i = 0; i < 5; i++)
      expect((await track(req.trackingCode, `1390000000${i}`)).status).toBe(404);
    const blocked = await track(req.trackingCode);
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.message).toBe('查询失败次数过多，请 15 分钟后再试');
    s.time.set('2024-11-20T02:16:00Z');
    expect((await track(req.trackingCode)).status).toBe(200);
    const failed = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('id')
      .where('action', '=', 'disclosure.request.tracking_failed')
      .execute();
    expect(failed.length).toBeGreaterThanOrEqual(5);
  });
});
