import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** Security issue #8: an upload is authorised before its multipart body is read. */
describe.skipIf(pgMissing())('uploads are refused before their body is read', () => {
  let s: TestServer;
  const form = () => {
    const f = new FormData();
    // A field the routes would reject once they read the body: a 400 would show it had been read.
    f.append('not-the-file', new Blob([Buffer.alloc(64 * 1024, 1)]), 'big.bin');
    return f;
  };
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('answers 401 to an anonymous upload', async () => {
    for (const path of [
      '/api/v1/files',
      '/api/v1/users/import',
      '/api/v1/review/pre-review/docx',
    ]) {
      const res = await s.client().post(path, form());
      expect(res.status, path).toBe(401);
    }
  });

  it('answers 403 to a signed-in caller without the route’s permission', async () => {
    const reviewer = await s.as('reviewer');
    const res = await reviewer.post('/api/v1/users/import', form());
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('FORBIDDEN');
  });

  it('still reads the body for a caller who may upload', async () => {
    const clerk = await s.as('clerk');
    const res = await clerk.post('/api/v1/files', form());
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('file');
  });
});
