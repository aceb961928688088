import { can } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { OwnerVisibility } from '../../../core/files/owners.js';

export const REPORT_OWNER = 'disclosure_annual_report';

/** A published report's DOCX is a file of the report: staff who may read reports of its town see it. */
export const canSeeReportFiles: OwnerVisibility = async (deps, actor, ownerId) => {
  if (!can(actor, 'disclosure.report.read')) return false;
  return !!(await scoped(deps.db.kysely, actor)
    .selectFrom('disclosureAnnualReports')
    .select('disclosureAnnualReports.id')
    .where('disclosureAnnualReports.id', '=', ownerId)
    .executeTakeFirst());
};
