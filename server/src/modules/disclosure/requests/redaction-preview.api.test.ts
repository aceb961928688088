import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { decodeEntities, everyPartDocx, SECRET_PARTS } from './redact-docx.fixture.js';
import { ensureNoticeTemplate, personBody } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';
const SECRETS = ['李四', '330282198503120011', '13905741234', '王经办', '赵审核'];
const RULES = {
  marks: [{ text: '李四', ground: 'personal_privacy' }],
  idNumbers: 'personal_privacy',
  phones: 'personal_privacy',
};

/**
 * 区分处理 of a DOCX original (《政府信息公开条例》第三十七条): the reviewer previews what will go, then the
 * released copy, read back part by part, holds the person's data nowhere — body, revisions, field codes,
 * comments, headers, footers, document properties.
 */
describe.skipIf(pgMissing())('redaction preview and the released copy, every part', () => {
  let s: TestServer;
  let clerk: TestClient;
  let reqId: string;
  let originalId: string;

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await ensureNoticeTemplate(s.deps);
    clerk = await s.as('clerk');
    reqId = (
      await clerk.post(API, { ...personBody(), channel: 'in_person', submittedOn: '2024-11-20' })
    ).json.id;
    const form = new FormData();
    form.set('file', new Blob([await everyPartDocx()]), '补偿花名册.docx');
    originalId = (await clerk.post('/api/v1/files', form)).json.id;
    expect((await clerk.post(`${API}/${reqId}/originals`, { fileId: originalId })).status).toBe(
      200,
    );
  });
  afterAll(() => s?.close());

  it('previews what automatic redaction removes, part by part, and stores nothing', async () => {
    const res = await clerk.post(`${API}/${reqId}/redactions/preview`, {
      originalFileId: originalId,
      ...RULES,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.items.map((i: { kind: string; count: number }) => [i.kind, i.count])).toEqual([
      ['marked', 7],
      ['id_number', 6],
      ['phone', 2],
    ]);
    expect(res.json.items[1].samples[0]).toBe('330282********0011');
    expect(res.json.parts.map((p: { part: string }) => p.part).sort()).toEqual(
      SECRET_PARTS.filter((p) => p !== 'word/people.xml').sort(),
    );
    expect(res.json.text).toBe('申请人：■■，身份证■■■■■■■■■■■■■■■■■■。');
    expect(JSON.stringify(res.json)).not.toContain('李四');
    expect((await clerk.get(`${API}/${reqId}`)).json.redactions).toEqual([]);

    const county = await s.as('countyreview');
    const refused = await county.post(`${API}/${reqId}/redactions/preview`, {
      originalFileId: originalId,
      ...RULES,
    });
    expect([refused.status, refused.json.error.code]).toEqual([403, 'SUPERVISION_ONLY']);
  });

  it('releases a copy that holds none of the data in any part', async () => {
    const red = await clerk.post(`${API}/${reqId}/redactions`, {
      originalFileId: originalId,
      mode: 'auto',
      ...RULES,
    });
    expect(red.status, JSON.stringify(red.json)).toBe(200);
    const copy = red.json.documents.find((d: { kind: string }) => d.kind === 'released_copy');
    const zip = await JSZip.loadAsync((await clerk.get(`/api/v1/files/${copy.fileId}`)).body);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toEqual(expect.arrayContaining(SECRET_PARTS));
    for (const name of names) {
      const xml = decodeEntities(await zip.file(name)!.async('string'));
      for (const secret of SECRETS) expect(xml, `${name}: ${secret}`).not.toContain(secret);
    }
  });
});
