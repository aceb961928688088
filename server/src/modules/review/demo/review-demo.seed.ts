import type { Deps } from '../../../core/deps.js';
import { today } from '../../../core/deps.js';
import { issueNumber } from '../../../core/documents/numbering.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { loadUserActor } from '../../auth/actor-loader.js';
import { demoIsLive } from '../../demo/demo-now.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { indexItem, ITEM_OWNER, type LoadedItem } from '../items/item.repository.js';
import { approverOf, assignStep, submitterOf, type Assignee } from '../items/item.tasks.js';
import { recordOfflineContracts } from '../ledger/offline-record.js';
import { OFFLINE_CAMPAIGN } from '../ledger/import.service.js';
import { settingsOf } from '../settings/settings.service.js';
import { OPINION_NUMBER_KIND } from '../work/opinion.service.js';
import { opinionTitle } from '../work/opinion-letter.js';
import { loadCast } from './review-demo.cast.js';
import { closeLeftover } from './review-demo.closing.js';
import { demoContracts } from './review-demo.contracts.js';
import { seedFcrDemo } from './review-demo.fcr.js';
import { demoOffline } from './review-demo.offline.js';
import { demoOthers } from './review-demo.others.js';
import { emptyRows, recordItem, type DemoRows } from './review-demo.recorder.js';

// tenancy: the demo seed runs as the system

/**
 * 桥头镇's legality review of 2024, from which the report's figures are computed: 89 contracts,
 * 8 village rules, 1 major-decision filing and 2 other items reviewed on the platform, 356 village
 * contracts reviewed offline, plus items still in progress on 20 November (closed in January 2025 when
 * the demo is loaded later, see review-demo.closing.ts). Rows are written in bulk in
 * one transaction; each item gets its 流转记录 with the 2024 dates and an audit event for its loading.
 */
export async function seedReviewDemo(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const cast = await loadCast(q);
  if (!cast) return;
  if (
    await q
      .selectFrom('reviewItems')
      .select('id')
      .where('orgId', 'in', [
        cast.townId,
        ...cast.villages.map((v) => v.id),
        ...Object.values(cast.offices).map((o) => o.id),
      ])
      .executeTakeFirst()
  )
    return;
  const [cal, settings, actor] = await Promise.all([
    loadCalendar(q),
    settingsOf(q, cast.townId),
    loadUserActor(q, cast.reviewer.userId!),
  ]);
  const ctx = { actor, ip: null, userAgent: null, requestId: 'demo-seed' };
  await mutation(deps, ctx, async (m) => {
    const rows = emptyRows();
    const env = { cast, cal, today: today(deps), settings, now: m.now.toISOString() };
    const history = [...demoContracts(cast, cal), ...demoOthers(cast, cal)];
    for (const item of demoIsLive(env.today)
      ? history.map((d) => closeLeftover(d, cast, cal))
      : history)
      recordItem(rows, env, item);
    await numberOpinions(m, rows, cast.reviewer.userId);
    await insertRows(m, rows);
    await openTasks(m, rows);
    const names = new Map(
      (
        await m.trx
          .selectFrom('orgs')
          .select(['id', 'name'])
          .where('townId', '=', cast.townId)
          .execute()
      ).map((o) => [o.id, o.name]),
    );
    for (const item of rows.items) {
      await indexItem(m.trx, item, names.get(item.orgId) ?? '', m.now);
      await m.audit({
        action: 'review.item.imported',
        targetType: ITEM_OWNER,
        targetId: item.id,
        orgId: item.orgId,
        meta: {
          source: '2024年演示数据',
          state: item.state,
          steps: rows.steps.filter((s) => s.itemId === item.id).length,
        },
      });
    }
    const engine = { tradingThresholdFen: settings.tradingThresholdFen, calendar: cal };
    await recordOfflineContracts(
      m,
      { townId: cast.townId, by: cast.reviewer, campaign: OFFLINE_CAMPAIGN, engine },
      demoOffline(cast, cal),
    );
    const policy = rows.items.find((i) => i.type === 'normative_doc')!;
    await seedFcrDemo(m, cast, cal, {
      id: policy.id,
      orgId: policy.orgId,
      text: rows.versions.find((v) => v.itemId === policy.id)!.text,
    });
  });
}

/** 桥法审〔2024〕N号 in the order the opinions were issued, each with its 发文登记 entry. */
async function numberOpinions(m: MutationScope, rows: DemoRows, reviewerId: string | null) {
  const ordered = [...rows.opinions].sort(
    (a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.id.localeCompare(b.id),
  );
  for (const o of ordered) {
    const n = await issueNumber(m, {
      orgId: o.orgId,
      kind: OPINION_NUMBER_KIND,
      year: Number(o.issuedOn.slice(0, 4)),
      title: opinionTitle(o.title),
      subjectType: ITEM_OWNER,
      subjectId: o.itemId,
      issuedBy: reviewerId,
    });
    o.docNumber = n.text;
    o.docNumberId = n.id;
  }
}

async function insertRows(m: MutationScope, rows: DemoRows) {
  const chunks = async (table: string, list: Record<string, unknown>[]) => {
    for (let i = 0; i < list.length; i += 50)
      await m.trx
        .insertInto(table as never)
        .values(list.slice(i, i + 50) as never)
        .execute();
  };
  await chunks('reviewItems', rows.items as never);
  await chunks('reviewItemVersions', rows.versions as never);
  await chunks(
    'reviewOpinions',
    rows.opinions.map(({ title: _t, ...o }) => o),
  );
  await chunks('reviewFindings', rows.findings as never);
  await chunks('reviewHits', rows.hits as never);
  await chunks('reviewSteps', rows.steps as never);
  await chunks('clocks', rows.clocks as never);
  for (const table of [
    'reviewMaterials',
    'reviewAdviserOpinions',
    'reviewCoReviews',
    'reviewFilings',
  ] as const) {
    await chunks(
      table,
      rows.other.filter((o) => o.table === table).map((o) => o.row),
    );
  }
}

/** Whoever's turn it is on 20 November finds the item in 我的待办. */
async function openTasks(m: MutationScope, rows: DemoRows) {
  for (const o of rows.open) {
    const org = await m.trx
      .selectFrom('orgs as o')
      .innerJoin('orgs as t', 't.id', 'o.townId')
      .select(['o.path', 'o.kind', 't.id as townId', 't.name as townName', 't.path as townPath'])
      .where('o.id', '=', o.item.orgId)
      .executeTakeFirstOrThrow();
    const item: LoadedItem = {
      ...o.item,
      orgName: o.orgName,
      orgPath: org.path,
      orgKind: org.kind,
      townId: org.townId,
      townName: org.townName,
      townPath: org.townPath,
    };
    const who: Assignee | { coordinators: true } | { county: true } =
      o.who === 'coordinators'
        ? { coordinators: true }
        : o.who === 'county'
          ? { county: true }
          : o.who === 'reviewer'
            ? { role: 'legal_reviewer' }
            : o.who === 'approver'
              ? approverOf(item)
              : submitterOf(item);
    await assignStep(m, item, o.key, who, o.clockId);
  }
}
