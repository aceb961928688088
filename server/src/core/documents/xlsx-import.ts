import type ExcelJS from 'exceljs';
import { loadExcelJs } from './excel-module.js';
import { z } from 'zod';
import { badRequest } from '../errors.js';
import { rezipBounded, ZipFormatError } from './safe-zip.js';

export interface ImportColumn {
  /** Header users type (matched after trimming, ignoring a trailing * that marks required columns). */
  header: string;
  key: string;
  required?: boolean;
  /** Shown in the template's example row. */
  example?: string | number;
  width?: number;
}

export interface ImportError {
  /** Excel row number as users see it (the header is row 1). */
  row: number;
  /** The Chinese header of the offending column, or null for a row- or file-level problem. */
  column: string | null;
  message: string;
}

interface ImportResult<T> {
  /** Every row, when all of them are valid; empty as soon as there is any error. */
  rows: { row: number; value: T }[];
  /** The rows that passed the schema even when others did not, for further checks that report more problems at once. */
  wellFormed: { row: number; value: T }[];
  errors: ImportError[];
}

interface ImportSpec<T> {
  columns: ImportColumn[];
  /** Validates one row, keyed by `ImportColumn.key`; messages should be Chinese. */
  schema: z.ZodType<T>;
  /** Refuse files longer than this many data rows. */
  maxRows?: number;
}

const normaliseHeader = (h: string) => h.replace(/\s+/g, '').replace(/[*＊]$/, '');

/** A cell as plain data: trimmed text, number, boolean, `YYYY-MM-DD` for whole days, or undefined when empty. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value !== 'object') return value;
  if ('richText' in value) return plain(value.richText.map((t) => t.text).join(''));
  if ('formula' in value || 'sharedFormula' in value)
    return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return undefined;
  return undefined;
}

/**
 * Reads an uploaded XLSX: maps the first sheet's header row to keys by Chinese header name, validates
 * every row with `schema`, and reports every problem at once (row, column, message). Callers write
 * nothing when `errors` is non-empty.
 */
export async function parseXlsx<T>(file: Buffer, spec: ImportSpec<T>): Promise<ImportResult<T>> {
  const invalid = () =>
    badRequest('文件不是有效的 Excel 工作簿（.xlsx），请使用下载的导入模板填写');
  let checked: Buffer;
  try {
    // Within the ZIP limits (a zip bomb is a 422); ExcelJS then sees only the checked entries.
    checked = rezipBounded(file);
  } catch (e) {
    if (e instanceof ZipFormatError) throw invalid();
    throw e;
  }
  const wb = new (await loadExcelJs()).Workbook();
  try {
    await wb.xlsx.load(checked as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid();
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badRequest('工作簿中没有工作表');

  const errors: ImportError[] = [];
  const keyAt = new Map<number, ImportColumn>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = String(plain(cell.value) ?? '');
    const column = spec.columns.find((c) => normaliseHeader(c.header) === normaliseHeader(text));
    if (column) keyAt.set(col, column);
  });
  const found = new Set([...keyAt.values()].map((c) => c.key));
  for (const c of spec.columns.filter((c) => c.required && !found.has(c.key))) {
    errors.push({ row: 1, column: c.header, message: `缺少必填列“${c.header}”` });
  }
  if (errors.length) return { rows: [], wellFormed: [], errors };

  const maxRows = spec.maxRows ?? 10_000;
  if (ws.actualRowCount - 1 > maxRows) {
    return {
      rows: [],
      wellFormed: [],
      errors: [
        {
          row: 1,
          column: null,
          message: `一次最多导入 ${maxRows} 行，本文件有 ${ws.actualRowCount - 1} 行`,
        },
      ],
    };
  }
  const headerOf = new Map(spec.columns.map((c) => [c.key, c.header]));
  const rows: ImportResult<T>['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const record: Record<string, unknown> = {};
    for (const [col, column] of keyAt) {
      const v = plain(row.getCell(col).value);
      if (v !== undefined) record[column.key] = v;
    }
    if (!Object.keys(record).length) return; // formatted but empty rows
    const parsed = spec.schema.safeParse(record);
    if (parsed.success) {
      rows.push({ row: rowNumber, value: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      errors.push({
        row: rowNumber,
        column: typeof key === 'string' ? (headerOf.get(key) ?? null) : null,
        message: issue.message,
      });
    }
  });
  if (!rows.length && !errors.length)
    errors.push({ row: 2, column: null, message: '文件中没有数据行' });
  return { rows: errors.length ? [] : rows, wellFormed: rows, errors };
}

/**
 * The import template: a header row (required columns marked *) and one example row, plus a sheet of
 * instructions. Users overwrite the example row; it is imported like any other row if left in place.
 */
export async function xlsxTemplate(
  sheetName: string,
  columns: ImportColumn[],
  notes: string[] = [],
): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length * 2 + 4),
  }));
  ws.getRow(1).font = { bold: true };
  const example = ws.addRow(Object.fromEntries(columns.map((c) => [c.key, c.example ?? ''])));
  example.font = { italic: true, color: { argb: 'FF808080' } };
  const help = wb.addWorksheet('填写说明');
  const lines = [
    '第1行为列名，请勿修改；带 * 的列必填。',
    '第2行为示例，请用实际数据覆盖或删除，否则会按实际数据导入。',
    ...notes,
  ];
  lines.forEach((line, i) => (help.getCell(`A${i + 1}`).value = line));
  help.getColumn(1).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A cell naming one entry of a vocabulary: its key, its label, or the label's part before a bracket
 * (委托 for 委托（以委托机关名义）); anything else is refused with the labels it may be.
 */
export function vocabularyCell<K extends string>(what: string, vocab: Record<K, string>) {
  const keys = Object.keys(vocab) as K[];
  return z.string().transform((v, ctx): K => {
    const hit = keys.find((k) => k === v || vocab[k] === v || vocab[k].split('（')[0] === v);
    if (hit) return hit;
    ctx.addIssue({
      code: 'custom',
      message: `${what}“${v}”无法识别，应为：${keys.map((k) => vocab[k]).join('、')}`,
    });
    return z.NEVER;
  });
}
