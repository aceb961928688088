import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './excel-module.js';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../files/content-disposition.js';

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

export interface XlsxSheet<R> {
  sheetName: string;
  columns: XlsxColumn<R>[];
  /** Any iterable; pass `inPages(…)` (row-pages.ts) so the list is read a page at a time. */
  rows: AsyncIterable<R> | Iterable<R>;
}

/** How many rows between checks that the reader keeps up (bounded memory on slow downloads). */
const DRAIN_EVERY = 500;

/**
 * Writes one sheet to `out` as a streaming XLSX: each row is committed (serialised and released) as it
 * arrives, so 100 000 rows cost about as much memory as 500. Resolves with the number of data rows.
 */
export async function writeXlsx<R>(out: Writable, sheet: XlsxSheet<R>): Promise<number> {
  const { stream } = await loadExcelJs();
  const wb: ExcelJS.stream.xlsx.WorkbookWriter = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let count = 0;
  for await (const row of sheet.rows) {
    const values: Record<string, XlsxCell> = {};
    for (const c of sheet.columns) values[c.key] = c.format ? c.format(row) : ((row as Record<string, XlsxCell>)[c.key] ?? null);
    ws.addRow(values).commit();
    count += 1;
    if (count % DRAIN_EVERY === 0 && out.writableNeedDrain) await once(out, 'drain');
  }
  ws.commit();
  await wb.commit();
  return count;
}

/**
 * Sends a list as an XLSX download named `filename` (Chinese is fine). The workbook is produced while
 * it is sent; a failure half-way aborts the response rather than delivering a truncated file.
 */
export function sendXlsx<R>(reply: FastifyReply, filename: string, sheet: XlsxSheet<R>): FastifyReply {
  const out = new PassThrough();
  writeXlsx(out, sheet).catch((err: unknown) => {
    reply.log.error({ err }, 'xlsx export failed');
    out.destroy(err as Error);
  });
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', contentDisposition(filename.endsWith('.xlsx') ? filename : `${filename}.xlsx`))
    .header('cache-control', 'no-store')
    .send(out);
}
