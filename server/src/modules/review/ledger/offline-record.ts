import { newId } from '../../../core/ids.js';
import type { MutationScope } from '../../../core/mutation.js';
import { indexItem } from '../items/item.repository.js';
import { CONCLUSIONS, DIMENSION_KEYS, type OpinionConclusion } from '../review.enums.js';
import type { ItemFields } from '../review.fields.js';
import type { ReviewItemsTable } from '../review.tables.js';
import type { Hit } from '../rules/engine.js';
import { hitRows, runEngine, type EngineSettings } from '../work/prereview.js';

/**
 * Records village contracts reviewed offline (the 三清一促 clean-up) as archived items with their
 * offline opinion, and pre-reviews each text on the way in. Used by the XLSX import and the demo data.
 */

export interface OfflineContract {
  orgId: string;
  orgName: string;
  title: string;
  text: string;
  fields: ItemFields;
  reviewedOn: string;
  conclusion: OpinionConclusion;
  summary: string;
  reviewerName: string;
  row?: number;
  /** 智能预审 hits found before the transaction (the import runs the engine's worker pool); the demo data leaves this out and is pre-reviewed in process. */
  hits?: Hit[];
}

const CHUNK = 50;

async function insertChunks<T>(
  m: MutationScope,
  table: 'reviewItems' | 'reviewItemVersions' | 'reviewOpinions' | 'reviewSteps' | 'reviewHits',
  rows: T[],
) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await m.trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
}

export async function recordOfflineContracts(
  m: MutationScope,
  at: {
    townId: string;
    by: { userId: string | null; name: string };
    campaign: string;
    engine: EngineSettings;
  },
  contracts: OfflineContract[],
): Promise<{ imported: number; hits: number; withHits: number }> {
  const now = m.now.toISOString();
  const { by, campaign, engine } = at;
  const items: ReviewItemsTable[] = [];
  const versions = [];
  const opinions = [];
  const steps = [];
  const hits = [];
  const hitCount = new Map<string, number>();
  for (const c of contracts) {
    const id = newId();
    const opinionId = newId();
    const fields = JSON.stringify(c.fields);
    items.push({
      id,
      orgId: c.orgId,
      type: 'village_contract',
      title: c.title,
      summary: c.summary || null,
      state: 'archived',
      channel: 'offline',
      track: c.fields.isTemplate ? 'simplified' : 'standard',
      affectsMarket: 0,
      version: 1,
      fields,
      returnedFrom: null,
      conclusion: c.conclusion,
      opinionId,
      opinionIssuedOn: c.reviewedOn,
      draftOpinion: null,
      submittedBy: null,
      submittedAt: null,
      acceptedOn: c.reviewedOn,
      clockId: null,
      filingClockId: null,
      adoption: null,
      feedbackNote: null,
      feedbackAt: null,
      decisionKind: null,
      decidedOn: null,
      decidedBy: null,
      decisionFacts: null,
      filedOn: null,
      archivedAt: now,
      fcrId: null,
      createdBy: by.userId,
      createdAt: now,
      updatedAt: now,
    });
    versions.push({
      id: newId(),
      itemId: id,
      orgId: c.orgId,
      version: 1,
      text: c.text,
      fields,
      source: 'import' as const,
      sourceFileId: null,
      note: campaign,
      createdBy: by.userId,
      createdAt: now,
    });
    opinions.push({
      id: opinionId,
      itemId: id,
      orgId: c.orgId,
      version: 1,
      conclusion: c.conclusion,
      checklist: JSON.stringify(Object.fromEntries(DIMENSION_KEYS.map((d) => [d, 'pass']))),
      summary: c.summary || CONCLUSIONS[c.conclusion],
      bases: JSON.stringify([]),
      riskStatement: null,
      reviewerId: null,
      reviewerName: c.reviewerName,
      issuedOn: c.reviewedOn,
      issuedAt: now,
      docNumber: null,
      docNumberId: null,
      fileId: null,
      channel: 'offline' as const,
    });
    steps.push({
      id: newId(),
      itemId: id,
      orgId: c.orgId,
      action: 'import',
      fromState: null,
      toState: 'archived' as const,
      version: 1,
      actorUserId: by.userId,
      actorName: by.name,
      at: now,
      note: `${campaign}：线下审查于 ${c.reviewedOn}，结论“${CONCLUSIONS[c.conclusion]}”`,
      basis: null,
    });
    const found = c.hits ?? runEngine('village_contract', false, c.text, c.fields, engine);
    hitCount.set(id, found.length);
    hits.push(...hitRows({ itemId: id, orgId: c.orgId, version: 1 }, found));
  }
  await insertChunks(m, 'reviewItems', items);
  await insertChunks(m, 'reviewItemVersions', versions);
  await insertChunks(m, 'reviewOpinions', opinions);
  await insertChunks(m, 'reviewSteps', steps);
  await insertChunks(m, 'reviewHits', hits);
  for (const [i, item] of items.entries())
    await indexItem(m.trx, item, contracts[i]!.orgName, m.now);
  // One event for the batch: a clean-up imports hundreds of contracts at once; each keeps its own 流转记录.
  await m.audit({
    action: 'review.offline.imported',
    targetType: 'org',
    targetId: at.townId,
    orgId: at.townId,
    meta: {
      campaign,
      imported: items.length,
      preReviewHits: hits.length,
      itemIds: items.map((x) => x.id),
    },
  });
  return {
    imported: items.length,
    hits: hits.length,
    withHits: [...hitCount.values()].filter((n) => n > 0).length,
  };
}
