import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../documents/zip-bomb.fixture.js';
import { contentDisposition } from './content-disposition.js';
import { sniffFileType } from './sniff.js';
import { blobPath, commitBlob, receiveToTemp, storeBytes } from './storage.js';

const zipWith = async (entries: string[]) => {
  const z = new JSZip();
  for (const e of entries) z.file(e, '<x/>');
  return z.generateAsync({ type: 'nodebuffer' });
};

describe('sniffFileType', () => {
  it('tells types apart by their bytes only', async () => {
    expect(await sniffFileType(Buffer.from('%PDF-1.4\n'))).toBe('pdf');
    expect(await sniffFileType(Buffer.from('\r\n%PDF-1.7'))).toBe('pdf');
    expect(
      await sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toBe('png');
    expect(await sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('jpeg');
    expect(await sniffFileType(await zipWith(['[Content_Types].xml', 'word/document.xml']))).toBe(
      'docx',
    );
    expect(await sniffFileType(await zipWith(['[Content_Types].xml', 'xl/workbook.xml']))).toBe(
      'xlsx',
    );
    expect(await sniffFileType(await zipWith(['OFD.xml', 'Doc_0/Document.xml']))).toBe('ofd');
  });

  it('rejects executables, plain archives, text and broken ZIPs', async () => {
    expect(await sniffFileType(Buffer.from('MZ\x90\x00', 'latin1'))).toBeNull();
    expect(await sniffFileType(Buffer.from('\x7fELF', 'latin1'))).toBeNull();
    expect(await sniffFileType(await zipWith(['readme.txt']))).toBeNull();
    expect(await sniffFileType(Buffer.from('PK\x03\x04garbage', 'latin1'))).toBeNull();
    expect(await sniffFileType(Buffer.from('<html>%PDF-</html>'.padStart(2000, ' ')))).toBeNull();
  });

  it('reads only entry names: a zip bomb is still told a DOCX, a package of 3 000 entries is a 422 (issue #8)', async () => {
    expect(await sniffFileType(zipBomb('word/document.xml', 300))).toBe('docx');
    const many = await zipWith([
      'word/document.xml',
      ...Array.from({ length: 3000 }, (_, i) => `media/${i}.xml`),
    ]);
    await expect(sniffFileType(many)).rejects.toMatchObject({
      status: 422,
      code: 'ARCHIVE_LIMIT_EXCEEDED',
    });
  });
});

describe('content-addressed storage', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-files-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores under files/<2>/<2>/<sm3>, once per content, leaving no temp files', async () => {
    const data = Buffer.from('桥头镇法治宣传材料');
    const digest = createHash('sm3').update(data).digest('hex');
    expect(await storeBytes(dir, data)).toEqual({ sm3: digest, size: data.length });
    const again = await receiveToTemp(dir, Readable.from([data.subarray(0, 5), data.subarray(5)]));
    expect(again.sm3).toBe(digest);
    expect(await commitBlob(dir, again)).toBe(
      path.join(dir, 'files', digest.slice(0, 2), digest.slice(2, 4), digest),
    );
    expect(fs.readFileSync(blobPath(dir, digest)).equals(data)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'files', 'tmp'))).toEqual([]);
    expect(() => blobPath(dir, '../../etc/passwd')).toThrow();
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    const cd = contentDisposition('发文登记（2024年）.xlsx');
    expect(cd).toMatch(/^attachment; filename="_+.*\.xlsx"|^attachment; filename="download\.xlsx"/);
    expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1]!)).toBe('发文登记（2024年）.xlsx');
    expect(contentDisposition('report (1).pdf')).toBe(
      `attachment; filename="report (1).pdf"; filename*=UTF-8''report%20%281%29.pdf`,
    );
    expect(contentDisposition('a"b\r\n.pdf')).not.toMatch(/[\r\n]|a"b/);
  });
});
