import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { pageTown } from '../orgs/orgs.public.js';
import type { DecisionCatalogueEntriesTable, DecisionCataloguesTable } from './decisions.tables.js';
import { DECISION_STATES } from './decision.workflow.js';
import {
  CATALOGUE_STATES,
  CHANGE_KINDS,
  PROCEDURES,
  type Procedure,
} from './decisions.vocabulary.js';

// tenancy: the catalogue is read through scoped() (staff) or for the portal town (public); its entries,
// changes and decisions are read after it

const presentEntry = (e: DecisionCatalogueEntriesTable) => {
  const procedures = JSON.parse(e.procedures) as Procedure[];
  return {
    id: e.id,
    seq: e.seq,
    title: e.title,
    decisionBody: e.decisionBody,
    leadOffice: e.leadOffice,
    partners: e.partners,
    legalBasis: e.legalBasis,
    procedures,
    proceduresText: procedures.map((p) => PROCEDURES[p]).join('、'),
    plannedBy: e.plannedBy,
    affectsMarket: e.affectsMarket === 1,
    withdrawn: e.withdrawn === 1,
  };
};

/** The catalogue with its entries (each with its decision, if launched) and its history of changes. */
export async function catalogueView(q: Q, cat: DecisionCataloguesTable, publicView: boolean) {
  const [entries, changes, decisions] = await Promise.all([
    q
      .selectFrom('decisionCatalogueEntries')
      .selectAll()
      .where('catalogueId', '=', cat.id)
      .orderBy('seq')
      .execute(),
    q
      .selectFrom('decisionCatalogueChanges')
      .innerJoin(
        'decisionCatalogueEntries',
        'decisionCatalogueEntries.id',
        'decisionCatalogueChanges.entryId',
      )
      .select([
        'decisionCatalogueChanges.id',
        'decisionCatalogueChanges.entryId',
        'decisionCatalogueChanges.kind',
        'decisionCatalogueChanges.reason',
        'decisionCatalogueChanges.before',
        'decisionCatalogueChanges.after',
        'decisionCatalogueChanges.changedOn',
        'decisionCatalogueEntries.title',
      ])
      .where('decisionCatalogueChanges.catalogueId', '=', cat.id)
      .orderBy('decisionCatalogueChanges.createdAt')
      .execute(),
    q
      .selectFrom('decisions')
      .select(['id', 'entryId', 'state', 'publishedOn'])
      .where('orgId', '=', cat.orgId)
      .execute(),
  ]);
  const byEntry = new Map(decisions.map((d) => [d.entryId, d]));
  return {
    id: cat.id,
    year: cat.year,
    status: cat.status,
    statusLabel: CATALOGUE_STATES[cat.status],
    approvedOn: cat.approvedOn,
    approvedBy: cat.approvedBy,
    publishedOn: cat.publishedOn,
    entries: entries
      .filter((e) => !publicView || !e.withdrawn)
      .map((e) => {
        const d = byEntry.get(e.id);
        return {
          ...presentEntry(e),
          decision: d
            ? {
                id: publicView ? null : d.id,
                status: d.state,
                statusLabel: DECISION_STATES[d.state],
                publishedOn: d.publishedOn,
              }
            : null,
        };
      }),
    changes: changes.map((c) => ({
      id: c.id,
      entryId: c.entryId,
      title: c.title,
      kind: c.kind,
      kindLabel: CHANGE_KINDS[c.kind],
      reason: c.reason,
      before: c.before ? (JSON.parse(c.before) as Record<string, unknown>) : null,
      after: JSON.parse(c.after) as Record<string, unknown>,
      changedOn: c.changedOn,
    })),
  };
}

/** The town's catalogues by year (newest first), for the staff page. */
export async function listCatalogues(
  deps: Deps,
  ctx: RequestContext,
  f: { orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '决策事项目录按乡镇编制');
  const rows = await scoped(q, actor)
    .selectFrom('decisionCatalogues')
    .selectAll()
    .where('orgId', '=', town.id)
    .orderBy('year', 'desc')
    .execute();
  return { town: town.name, items: await Promise.all(rows.map((c) => catalogueView(q, c, false))) };
}
