import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { blobPath } from '../files/storage.js';

const INDEX = '00-卷内目录.xlsx';
const PAPER_ONLY = '纸质文书（未在系统中生成）';

/** One document of a 案卷: a stored file, bytes made for the archive, or a paper one listed by number only. */
export interface ArchivePaper {
  title: string;
  docNo: string;
  /** YYYY-MM-DD. */
  on: string;
  content: { file: { originalName: string; sm3: string } } | { name: string; bytes: Buffer } | null;
}

/**
 * 案卷 as one ZIP (归档): a 卷内目录 XLSX listing every document in the given order — 序号, 文书名称, 文号,
 * 日期, 文件 — then the documents themselves, numbered as listed. Paper documents are listed, not packed.
 */
export async function buildArchive(
  dataDir: string,
  heading: string[],
  papers: readonly ArchivePaper[],
): Promise<Buffer> {
  const zip = new JSZip();
  const rows: (string | number)[][] = [];
  let n = 0;
  for (const p of papers) {
    n += 1;
    if (!p.content) {
      rows.push([n, p.title, p.docNo, p.on, PAPER_ONLY]);
      continue;
    }
    const original = 'file' in p.content ? p.content.file.originalName : p.content.name;
    const name = `${String(n).padStart(2, '0')}-${original}`;
    zip.file(
      name,
      'file' in p.content ? await readFile(blobPath(dataDir, p.content.file.sm3)) : p.content.bytes,
    );
    rows.push([n, p.title, p.docNo, p.on, name]);
  }
  zip.file(INDEX, await indexSheet(heading, rows));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function indexSheet(heading: string[], rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('卷内目录');
  sheet.addRow(heading);
  sheet.addRow(['序号', '文书名称', '文号', '日期', '文件']);
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((col, i) => (col.width = [8, 28, 24, 14, 40][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
