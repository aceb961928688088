import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Deps } from '../../core/deps.js';
import { readFile } from 'node:fs/promises';
import { blobPath } from '../../core/files/storage.js';
import { fileRow } from '../files/files.public.js';
import { pageTown } from '../orgs/orgs.public.js';
import { buildReportDocx, composeReport, reportTitle, RULE } from './report.service.js';

/** The published DOCX once published; before that a preview built from today's figures. */
export async function reportDocx(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  orgId: string | undefined,
) {
  const actor = authorize(ctx, 'report.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, orgId, RULE);
  const { row, blocks } = await composeReport(deps, actor, town, year);
  const name = `${town.name}${reportTitle(year)}${row?.docxFileId ? '' : '（预览）'}.docx`;
  if (row?.docxFileId) {
    const file = await fileRow(q, row.docxFileId);
    return { name, bytes: await readFile(blobPath(deps.config.dataDir, file.sm3)) };
  }
  return { name, bytes: await buildReportDocx(deps, town, year, blocks) };
}
