import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { storeBytes } from '../files/storage.js';
import { sendDownload, sendStoredFile } from './download.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-download-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sendDownload', () => {
  it('names the file in UTF-8 and forbids sniffing, for a buffer', async () => {
    const app = Fastify();
    app.get('/d', (_req, reply) =>
      sendDownload(reply, {
        name: '答复告知书（桥政信复〔2024〕1号）.docx',
        mime: 'application/x-test',
        body: Buffer.from('abc'),
        cache: 'no-store',
      }),
    );
    const res = await app.inject({ method: 'GET', url: '/d' });
    await app.close();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toBe('application/x-test');
    expect(res.headers['content-length']).toBe('3');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const cd = String(res.headers['content-disposition']);
    expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe(
      '答复告知书（桥政信复〔2024〕1号）.docx',
    );
  });

  it('streams a stored file with its length, digest and cache rule', async () => {
    const { sm3, size } = await storeBytes(dir, Buffer.from('%PDF-1.4 test'));
    const app = Fastify();
    app.get('/f', (_req, reply) =>
      sendStoredFile(
        reply,
        dir,
        { originalName: '附件.pdf', mime: 'application/pdf', size, sm3 },
        'public',
      ),
    );
    const res = await app.inject({ method: 'GET', url: '/f' });
    await app.close();
    expect(res.body).toBe('%PDF-1.4 test');
    expect(res.headers['content-length']).toBe(String(size));
    expect(res.headers.etag).toBe(`"${sm3}"`);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
