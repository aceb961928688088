import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';

/** The DOCX of a published report of the portal's town: public, like the report itself. */
export async function publicReportDocx(deps: Deps, townId: string, year: number) {
  const row = await deps.db.kysely
    // tenancy: only a published report of the portal's own town, which is public
    .selectFrom('disclosureAnnualReports as r')
    .innerJoin('files as f', 'f.id', 'r.docxFileId')
    .select(['f.sm3', 'f.size', 'f.originalName'])
    .where('r.orgId', '=', townId)
    .where('r.year', '=', year)
    .where('r.status', '=', 'published')
    .executeTakeFirst();
  if (!row) throw notFound(`${year}年政府信息公开工作年度报告尚未发布`);
  return row;
}
