import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { DEFAULT_ZIP_LIMITS, rezipBounded, unzipBounded, ZipFormatError } from './safe-zip.js';
import { zipBomb } from './zip-bomb.fixture.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('not refused');
};

describe('unzipBounded', () => {
  it('reads the wanted entries of an ordinary package', () => {
    const zip = zipSync({
      'word/document.xml': new TextEncoder().encode('<w:document/>'),
      'word/styles.xml': new Uint8Array(10),
    });
    const entries = unzipBounded(zip, (n) => n === 'word/document.xml');
    expect([...entries.keys()]).toEqual(['word/document.xml']);
    expect(new TextDecoder().decode(entries.get('word/document.xml'))).toBe('<w:document/>');
  });

  it('refuses a zip bomb (300 KB → 300 MB) that declares its size, before inflating', () => {
    const bomb = zipBomb('word/document.xml', 300);
    expect(bomb.length).toBeLessThan(400_000);
    expect(
      inflateRawSync(bomb.subarray(30 + 17, 30 + 17 + 1100), { finishFlush: 2 }).length,
    ).toBeGreaterThan(1_000_000);
    const e = refusal(() => unzipBounded(bomb));
    expect(isAppError(e) && e.status).toBe(422);
    expect(isAppError(e) && e.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect((e as Error).message).toContain('压缩炸弹');
  });

  it('refuses a bomb that lies about its size once the inflated bytes reach the cap', () => {
    const bomb = zipBomb('xl/worksheets/sheet1.xml', 300, 1000);
    const e = refusal(() =>
      unzipBounded(bomb, () => true, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 4 * 1024 * 1024 }),
    );
    expect(isAppError(e) && e.status).toBe(422);
    expect(isAppError(e) && e.details).toMatchObject({ entry: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses an entry whose compression ratio is beyond the limit, even under the size caps', () => {
    const e = refusal(() =>
      unzipBounded(zipBomb('a.xml', 8), () => true, { ...DEFAULT_ZIP_LIMITS, maxRatio: 100 }),
    );
    expect(isAppError(e) && e.message).toContain('压缩比超过 100 倍');
  });

  it('refuses too many entries and too many bytes in all', () => {
    const many = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`f${i}.xml`, new Uint8Array(1000)]),
    );
    expect(
      isAppError(
        refusal(() =>
          unzipBounded(zipSync(many), () => true, { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 }),
        ),
      ),
    ).toBe(true);
    expect(
      isAppError(
        refusal(() =>
          unzipBounded(zipSync(many), () => true, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 20_000 }),
        ),
      ),
    ).toBe(true);
  });

  it('answers damaged bytes with ZipFormatError', () => {
    const zip = zipSync({ 'a.xml': randomBytes(5000) });
    expect(refusal(() => unzipBounded(zip.subarray(0, 60)))).toBeInstanceOf(ZipFormatError);
  });
});

describe('rezipBounded', () => {
  it('gives ExcelJS the checked entries of a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRow(['村', '金额']);
    const checked = rezipBounded(Buffer.from(await wb.xlsx.writeBuffer()));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(checked as unknown as ExcelJS.Buffer);
    expect(back.worksheets[0]!.getRow(1).values).toEqual([undefined, '村', '金额']);
  });
});
