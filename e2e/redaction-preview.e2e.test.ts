import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { shanghaiDay } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnv, e2eSkipped } from './context.js';
import { DEMO_PASSWORD, signIn } from './ui.js';

/** A resident ID with a valid check character, written in the original document. */
const ID_NUMBER = '330282198503120011';
const MASKED_SAMPLE = '330282********0011';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;

/**
 * A small Word document holding the ID number twice: once split across runs with one digit
 * entity-encoded (as Word writes it after edits), once in a tracked deletion.
 */
async function originalDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>` +
      `<w:p>${run('上林湖村道路拓宽补偿花名册')}</w:p>` +
      `<w:p>${run('被补偿人身份证号码：')}${run('33028219850')}${run('&#51;120011')}${run('，补偿款12万元。')}</w:p>` +
      `<w:p><w:del w:id="1" w:author="经办人" w:date="2024-11-20T10:00:00Z"><w:r><w:delText>旧证号${ID_NUMBER}</w:delText></w:r></w:del></w:p>` +
      '<w:sectPr/></w:body></w:document>',
  );
  return new Uint8Array(await zip.generateAsync({ type: 'arraybuffer' }));
}

/** The clerk over the API: an application received at the window, with the DOCX saved as its original. */
async function applicationWithOriginal(): Promise<string> {
  const base = e2eEnv().baseUrl;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'clerk', password: DEMO_PASSWORD }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('fazhi_sid='))!;
  const headers = { cookie, 'x-csrf-token': csrfToken };
  const call = async (path: string, body: FormData | object) => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers:
        body instanceof FormData ? headers : { ...headers, 'content-type': 'application/json' },
      body: body instanceof FormData ? body : JSON.stringify(body),
    });
    const json = (await r.json()) as { id: string; trackingCode: string };
    if (!r.ok) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  const req = await call('/disclosure/requests', {
    applicantKind: 'natural_person',
    applicantName: '陈建国',
    idType: 'resident_id',
    idNumber: '330282199001011231',
    phone: '13957412345',
    address: '浙江省慈溪市桥头镇上林湖村8号',
    description: '上林湖村道路拓宽工程的补偿花名册',
    formWanted: 'paper',
    delivery: 'post',
    channel: 'in_person',
    submittedOn: shanghaiDay(),
  });
  const form = new FormData();
  form.set('file', new Blob([await originalDocx()]), '补偿花名册.docx');
  const file = await call('/files', form);
  await call(`/disclosure/requests/${req.id}/originals`, { fileId: file.id });
  return req.trackingCode;
}

/**
 * 区分处理 in the browser (《政府信息公开条例》第三十七条): the reviewer previews the released text with
 * the ID number masked, releases the copy, downloads it, and the ID number is in none of its parts.
 */
describe.skipIf(e2eSkipped())('redaction preview → released copy without the ID number', () => {
  const browser = useBrowser();

  it('previews the masked text, releases it, and the downloaded DOCX holds no ID number', async () => {
    const code = await applicationWithOriginal();
    const staff = await browser.page();
    await signIn(staff, 'clerk');
    await staff.goto('/disclosure/requests');
    await staff.getByTestId('requests-filter-q').locator('input').fill(code);
    await staff.getByTestId('requests-filter-q').locator('input').press('Enter');
    await staff.getByTestId(`request-row-${code}`).click();
    await expect.poll(() => staff.getByTestId('request-actions').isVisible()).toBe(true);

    await staff.getByTestId('action-redact').click();
    await expect.poll(() => staff.getByTestId('redact').isVisible()).toBe(true);
    await staff.getByTestId('redact-preview-run').click();
    const preview = staff.getByTestId('redact-preview-text');
    await expect.poll(() => preview.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = await preview.innerText();
    expect(text).toContain(`被补偿人身份证号码：${'■'.repeat(18)}，补偿款12万元。`);
    expect(text).not.toContain(ID_NUMBER);
    const summary = await staff.getByTestId('redact-preview').innerText();
    expect(summary).toContain(MASKED_SAMPLE);
    expect(summary).not.toContain(ID_NUMBER);

    await staff.getByTestId('redact-ok').click();
    await expect
      .poll(() => staff.getByTestId('redact').isVisible(), { timeout: 15_000 })
      .toBe(false);
    const released = staff.getByTestId('doc-released_copy');
    await expect.poll(() => released.isVisible(), { timeout: 15_000 }).toBe(true);
    const [download] = await Promise.all([staff.waitForEvent('download'), released.click()]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const parts = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(parts).toContain('word/document.xml');
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      // Entities decoded, tags dropped: the number may not survive split, encoded or deleted.
      const plain = xml
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/<[^>]+>/g, '');
      expect(plain, name).not.toContain(ID_NUMBER);
    }
    const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(body).toContain('上林湖村道路拓宽补偿花名册');
    expect(body).toContain('■'.repeat(18));
  }, 120_000);
});
