import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { today, type Deps } from '../../core/deps.js';
import { inPages } from '../../core/documents/row-pages.js';
import type { XlsxColumn, XlsxExport } from '../../core/documents/xlsx-export.js';
import { registerPageRows, type RegisterFilter, type RegisterRow } from './numbering.repository.js';

/** An instant as people read it in the deployment's zone: 2024-11-20 10:00. */
function localTime(iso: string, timeZone: string): string {
  const f = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return f.format(new Date(iso));
}

/**
 * The register under the caller's current filters as an XLSX sheet, read a page at a time. It names
 * who registered each letter, so the route sends it traced (export-trace.ts).
 */
export async function registerExport(
  deps: Deps,
  ctx: RequestContext,
  f: RegisterFilter,
): Promise<XlsxExport<RegisterRow>> {
  const actor = authorize(ctx, 'numbering.read');
  const tz = deps.config.timezone;
  const columns: XlsxColumn<RegisterRow>[] = [
    { header: '文号', key: 'numberText', width: 24 },
    { header: '文件标题', key: 'title', width: 50 },
    { header: '文件类别', key: 'kindName', width: 20, format: (r) => r.kindName ?? r.kind },
    { header: '年度', key: 'year', width: 8, format: (r) => Number(r.year) },
    { header: '顺序号', key: 'seq', width: 8, format: (r) => Number(r.seq) },
    { header: '发文机关', key: 'orgName', width: 24 },
    { header: '登记人', key: 'issuedByName', width: 12 },
    { header: '登记时间', key: 'issuedAt', width: 18, format: (r) => localTime(r.issuedAt, tz) },
  ];
  const rows = inPages((offset, limit) =>
    registerPageRows(deps.db.kysely, actor, f, offset, limit),
  );
  return {
    filename: `发文登记${f.year ? `（${f.year}年）` : ''}-${today(deps)}.xlsx`,
    sheetName: '发文登记',
    columns,
    rows,
  };
}
