import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { findFile } from '../files/files.public.js';
import { reportTitle } from './report.service.js';

// tenancy: only published reports of the portal's own town, which are public

const PUBLIC_STATES = ['published', 'reported'] as const;

/** The town whose portal this deployment serves (FAZHI_PORTAL_TOWN). */
async function portalTownId(deps: Deps): Promise<string> {
  const town = await deps.db.kysely
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', deps.config.portalTownCode)
    .executeTakeFirst();
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  return town.id;
}

/** 门户：法治政府建设年度报告, the published ones, newest first. */
export async function portalReports(deps: Deps) {
  const rows = await deps.db.kysely
    .selectFrom('lawReports')
    .select(['year', 'publishedAt'])
    .where('orgId', '=', await portalTownId(deps))
    .where('status', 'in', PUBLIC_STATES)
    .orderBy('year', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      year: r.year,
      title: reportTitle(r.year),
      publishedAt: r.publishedAt,
    })),
  };
}

/** The DOCX of a published report of the portal's town. */
export async function portalReportFile(deps: Deps, year: number) {
  const q = deps.db.kysely;
  const row = await q
    .selectFrom('lawReports')
    .select('docxFileId')
    .where('orgId', '=', await portalTownId(deps))
    .where('year', '=', year)
    .where('status', 'in', PUBLIC_STATES)
    .executeTakeFirst();
  const file = row?.docxFileId ? await findFile(q, row.docxFileId) : undefined;
  if (!file) throw notFound(`${year}年法治政府建设年度报告尚未公开`);
  return file;
}
