import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { sendDownload } from '../http/download.js';
import {
  columnLetter,
  contentTypes,
  rootRels,
  SHEET_END,
  sheetStart,
  styles,
  workbook,
  workbookRels,
  xmlText,
} from './xlsx-parts.js';
import { ZipStream } from './zip-stream.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell as exceljs writes it: text, number, date (shown per `numFmt`), or blank. */
export type XlsxCell = string | number | Date | boolean | null | undefined;

export interface XlsxColumn<R> {
  /** Column title users see, in Chinese; the importer maps it back to `key`. */
  header: string;
  key: string;
  /** In characters; Chinese text needs about 2 per character. */
  width?: number;
  /** Turns the row into the cell (labels for codes, 0/1 → 是/否 …); default `row[key]`. */
  format?: (row: R) => XlsxCell;
  /** Excel number format, e.g. 'yyyy-mm-dd' or '0.00'. */
  numFmt?: string;
}

interface XlsxSheet<R> {
  sheetName: string;
  columns: XlsxColumn<R>[];
  /** Any iterable; pass `inPages(…)` (row-pages.ts) so the list is read a page at a time. */
  rows: AsyncIterable<R> | Iterable<R>;
}

/**
 * The one XLSX export spec: the download name and its sheet. Dated names carry the Shanghai day
 * (`today(deps)`), never the UTC one.
 */
export interface XlsxExport<R> extends XlsxSheet<R> {
  filename: string;
}

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** One cell as SpreadsheetML; empty cells are left out. */
function cellXml(ref: string, v: XlsxCell, style: number | undefined, dateStyle: number): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number')
    return Number.isFinite(v) ? `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = v.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS;
    return Number.isFinite(serial)
      ? `<c r="${ref}" s="${style ?? dateStyle}"><v>${serial}</v></c>`
      : '';
  }
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/**
 * Writes one sheet to `out` as a streaming XLSX: rows are turned into SpreadsheetML and compressed as
 * they arrive, so 100 000 rows cost about as much memory as one page of them. Header row bold and
 * frozen; `numFmt` columns (and dates) get their number format. Resolves with the number of data rows.
 */
export async function writeXlsx<R>(out: Writable, sheet: XlsxSheet<R>): Promise<number> {
  const zip = new ZipStream(out);
  const formats = [
    ...new Set([
      DEFAULT_DATE_FORMAT,
      ...sheet.columns.flatMap((c) => (c.numFmt ? [c.numFmt] : [])),
    ]),
  ];
  const { xml: stylesXml, xfOf } = styles(formats);
  const letters = sheet.columns.map((_, i) => columnLetter(i));
  const colStyle = sheet.columns.map((c) => (c.numFmt ? xfOf.get(c.numFmt) : undefined));
  const dateStyle = xfOf.get(DEFAULT_DATE_FORMAT)!;

  await zip.addFile('[Content_Types].xml', (put) => put(contentTypes()));
  await zip.addFile('_rels/.rels', (put) => put(rootRels()));
  await zip.addFile('xl/workbook.xml', (put) => put(workbook(sheet.sheetName)));
  await zip.addFile('xl/_rels/workbook.xml.rels', (put) => put(workbookRels()));
  await zip.addFile('xl/styles.xml', (put) => put(stylesXml));
  let count = 0;
  await zip.addFile('xl/worksheets/sheet1.xml', async (put) => {
    await put(
      sheetStart(sheet.columns.map((c) => c.width ?? Math.max(10, c.header.length * 2 + 2))),
    );
    await put(
      `<row r="1">${sheet.columns.map((c, i) => `<c r="${letters[i]}1" s="1" t="inlineStr"><is><t>${xmlText(c.header)}</t></is></c>`).join('')}</row>`,
    );
    let batch = '';
    for await (const row of sheet.rows) {
      const r = count + 2;
      let cells = '';
      sheet.columns.forEach((c, i) => {
        const v = c.format ? c.format(row) : ((row as Record<string, XlsxCell>)[c.key] ?? null);
        cells += cellXml(`${letters[i]}${r}`, v, colStyle[i], dateStyle);
      });
      batch += `<row r="${r}">${cells}</row>`;
      count += 1;
      if (batch.length > 64_000) {
        await put(batch);
        batch = '';
      }
    }
    await put(batch + SHEET_END);
  });
  await zip.finish();
  await new Promise<void>((resolve) => out.end(resolve));
  return count;
}

/**
 * Sends a list as an XLSX download named `spec.filename` (Chinese is fine). The workbook is produced
 * while it is sent; a failure half-way aborts the response rather than delivering a truncated file.
 * `after` runs once every row is written, before the download ends (the export's audit event,
 * export-trace.ts); if it fails, the download is aborted too.
 */
export function sendXlsx<R>(
  reply: FastifyReply,
  spec: XlsxExport<R>,
  after?: (rows: number) => Promise<void>,
): FastifyReply {
  const { filename, ...sheet } = spec;
  const out = new PassThrough();
  const sheetOut = after ? new PassThrough() : out;
  const drained = new Promise<void>((resolve) => sheetOut.once('end', resolve));
  if (after) sheetOut.pipe(out, { end: false });
  writeXlsx(sheetOut, sheet)
    .then(async (rows) => {
      if (!after) return;
      await after(rows);
      await drained;
      out.end();
    })
    .catch((err: unknown) => {
      reply.log.error({ err }, 'xlsx export failed');
      out.destroy(err as Error);
    });
  return sendDownload(reply, {
    name: filename.endsWith('.xlsx') ? filename : `${filename}.xlsx`,
    mime: XLSX_MIME,
    body: out,
    cache: 'no-store',
  });
}
