import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOfficialLetter } from '../../core/documents/docx-letter.js';
import { xlsxTemplate } from '../../core/documents/xlsx-import.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { findOrgByCode, insertOrg } from '../orgs/org.repository.js';
import { insertUser, setRoles } from '../users/user.repository.js';

const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');

async function samples(): Promise<Record<string, { bytes: Buffer; name: string; mime: string }>> {
  const ofd = new JSZip();
  ofd.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>');
  ofd.file('Doc_0/Document.xml', '<ofd:Document/>');
  const letter = await buildOfficialLetter({
    issuer: '桥头镇人民政府',
    docNumber: '桥政发〔2024〕1号',
    title: '测试',
    blocks: [],
    signatory: '桥头镇人民政府',
    date: '2024-11-20',
  });
  return {
    pdf: {
      bytes: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      name: '签发稿.pdf',
      mime: 'application/pdf',
    },
    png: {
      bytes: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(64, 1),
      ]),
      name: '现场照片.png',
      mime: 'image/png',
    },
    jpeg: {
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]),
      name: '照片.jpeg',
      mime: 'image/jpeg',
    },
    docx: {
      bytes: letter,
      name: '审查意见书.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
    xlsx: {
      bytes: await xlsxTemplate('名单', [{ header: '姓名', key: 'name' }]),
      name: '名单.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    ofd: {
      bytes: await ofd.generateAsync({ type: 'nodebuffer' }),
      name: '电子公文.ofd',
      mime: 'application/ofd',
    },
  };
}

const form = (bytes: Buffer, name: string, declared = 'application/octet-stream') => {
  const fd = new FormData();
  fd.append('file', new Blob([bytes], { type: declared }), name);
  return fd;
};

describe.skipIf(pgMissing())('attachments', () => {
  let s: TestServer;
  let clerk: TestClient;
  const auditCount = async (action: string) =>
    Number(
      (
        await s.deps.db.kysely
          .selectFrom('auditEvents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('clerk');
  });
  afterAll(() => s?.close());

  it('accepts each allowed type, typed by content whatever the name and declared type say', async () => {
    for (const [kind, f] of Object.entries(await samples())) {
      const res = await clerk.post(
        '/api/v1/files',
        form(f.bytes, kind === 'png' ? '照片.pdf' : f.name, 'text/plain'),
      );
      expect(res.status, kind).toBe(201);
      expect(res.json).toMatchObject({ mime: f.mime, size: f.bytes.length, sm3: sm3(f.bytes) });
      if (kind === 'png') expect(res.json.name).toBe('照片.png');
    }
    expect(await auditCount('file.file.uploaded')).toBe(6);
  });

  it('rejects an executable renamed .pdf, and a plain ZIP, with 415 listing the allowed types', async () => {
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(200),
    ]);
    const res = await clerk.post('/api/v1/files', form(exe, '通知.pdf', 'application/pdf'));
    expect(res.status).toBe(415);
    expect(res.json.error.message).toContain(
      '允许上传：PDF、PNG 图片、JPEG 图片、Word 文档（.docx）、Excel 表格（.xlsx）、OFD 版式文件',
    );
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const plain = await clerk.post(
      '/api/v1/files',
      form(await zip.generateAsync({ type: 'nodebuffer' }), '资料.docx'),
    );
    expect(plain.status).toBe(415);
    expect(fs.readdirSync(path.join(s.dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses a request without the file field, and anonymous uploads', async () => {
    const fd = new FormData();
    fd.append('other', new Blob([Buffer.from('%PDF-1.4')]), 'a.pdf');
    const res = await clerk.post('/api/v1/files', fd);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('file');
    expect(
      (await s.client().post('/api/v1/files', form(Buffer.from('%PDF-1.4'), 'a.pdf'))).status,
    ).toBe(401);
  });

  it('stores content once under its SM3 and takes files larger than the JSON body limit', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_500_000, 0x20)]);
    const a = await clerk.post('/api/v1/files', form(big, '大文件.pdf'));
    const b = await clerk.post('/api/v1/files', form(big, '大文件副本.pdf'));
    expect(a.status).toBe(201);
    expect(b.json.sm3).toBe(a.json.sm3);
    expect(b.json.id).not.toBe(a.json.id);
    const digest: string = a.json.sm3;
    const blob = path.join(s.dataDir, 'files', digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(fs.readFileSync(blob).equals(big)).toBe(true);
  });

  describe('who may download', () => {
    let pdf: Buffer;
    let fileId: string;
    let entryId: string;
    let otherTown: TestClient;

    beforeAll(async () => {
      pdf = Buffer.from('%PDF-1.7\n% 签发稿扫描件\n%%EOF\n');
      fileId = (
        await clerk.post('/api/v1/files', form(pdf, '关于加强法治宣传的通知（签发稿）.pdf'))
      ).json.id;
      entryId = (
        await clerk.post('/api/v1/numbering/issue', {
          kind: 'town_document',
          title: '关于加强法治宣传的通知',
        })
      ).json.id;

      // A second town of 慈溪市 with its own office clerk.
      const q = s.deps.db.kysely;
      const county = (await findOrgByCode(q, '330282000000'))!;
      const town = await insertOrg(q, {
        code: '330282999000',
        name: '测试镇',
        kind: 'town',
        parent: county,
        now: s.time.now(),
      });
      const user = await insertUser(q, {
        orgId: town.id,
        username: 'otherclerk',
        displayName: '外镇经办',
        passwordHash: await hashPassword('Demo@2024'),
        mustChangePassword: false,
        now: s.time.now(),
      });
      await setRoles(q, user.id, ['office_clerk'], null, s.time.now());
      otherTown = await s.as('otherclerk');
    });

    it('shows an unattached file to its uploader only', async () => {
      expect((await clerk.get(`/api/v1/files/${fileId}/meta`)).json).toMatchObject({
        id: fileId,
        ownerType: null,
        sm3: sm3(pdf),
      });
      expect((await (await s.as('head')).get(`/api/v1/files/${fileId}`)).status).toBe(404);
    });

    it('attaches the signed scan to a 发文登记 entry, once, with an audit event', async () => {
      const head = await s.as('head');
      const notMine = await head.post(`/api/v1/numbering/register/${entryId}/attachment`, {
        fileId,
      });
      expect(notMine.status).toBe(404);
      const res = await clerk.post(`/api/v1/numbering/register/${entryId}/attachment`, { fileId });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ id: fileId, sm3: sm3(pdf) });
      expect(
        (await clerk.post(`/api/v1/numbering/register/${entryId}/attachment`, { fileId })).status,
      ).toBe(409);
      expect(await auditCount('file.file.attached')).toBe(1);
      const register = await head.get('/api/v1/numbering/register?q=法治宣传');
      expect(register.json.items[0].attachments).toEqual([
        {
          id: fileId,
          name: '关于加强法治宣传的通知（签发稿）.pdf',
          size: pdf.length,
          mime: 'application/pdf',
        },
      ]);
      expect(
        (await otherTown.post(`/api/v1/numbering/register/${entryId}/attachment`, { fileId }))
          .status,
      ).toBe(404);
    });

    it('lets same-scope staff who see the register download it byte for byte', async () => {
      const head = await s.as('head');
      const res = await head.get(`/api/v1/files/${fileId}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.body.equals(pdf)).toBe(true);
      expect(sm3(res.body)).toBe((await head.get(`/api/v1/files/${fileId}/meta`)).json.sm3);
      const cd = res.headers.get('content-disposition')!;
      expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe(
        '关于加强法治宣传的通知（签发稿）.pdf',
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('answers 404 to another town, a village cadre and staff who cannot see the register', async () => {
      for (const who of [otherTown, await s.as('cadre'), await s.as('officer')]) {
        expect((await who.get(`/api/v1/files/${fileId}`)).status).toBe(404);
        expect((await who.get(`/api/v1/files/${fileId}/meta`)).status).toBe(404);
      }
      expect((await otherTown.get('/api/v1/numbering/register')).json.total).toBe(0);
      expect((await clerk.get('/api/v1/files/0190a0b0-0000-7000-8000-000000000000')).status).toBe(
        404,
      );
    });
  });
});

describe.skipIf(pgMissing())('attachment size limit', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { FAZHI_UPLOAD_MAX_MB: '0.01' } });
  });
  afterAll(() => s?.close());

  it('answers 413 in Chinese above FAZHI_UPLOAD_MAX_MB and keeps nothing', async () => {
    const clerk = await s.as('clerk');
    const ok = await clerk.post(
      '/api/v1/files',
      form(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(9000)]), 'ok.pdf'),
    );
    expect(ok.status).toBe(201);
    const res = await clerk.post(
      '/api/v1/files',
      form(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20_000)]), '过大.pdf'),
    );
    expect(res.status).toBe(413);
    expect(res.json.error.message).toContain('最大 0.01 MB');
    expect(fs.readdirSync(path.join(s.dataDir, 'files', 'tmp'))).toEqual([]);
    const rows = await s.deps.db.kysely.selectFrom('files').select('id').execute();
    expect(rows).toHaveLength(1);
  });
});
