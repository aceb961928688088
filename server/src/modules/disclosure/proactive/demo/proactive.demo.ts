import type { Deps } from '../../../../core/deps.js';
import { DEMO_TOWN_CODE } from '../../../demo/demo-data.js';
import { saveAnnualStats } from '../annual-stats.service.js';
import { saveGuide } from '../guide.service.js';
import { createItem } from '../item.service.js';
import { approveItem, recordAbolition, submitItem, withholdItem } from '../review.service.js';
import { actorCtx, inOneTransaction, on } from '../../../demo/demo-actors.js';
import { DEMO_CATALOGUE, DEMO_GUIDE, DEMO_STATS_2024 } from './catalogue-data.js';

// tenancy: the demo seed runs as the system

/**
 * 桥头镇's catalogue, guide and 表二 statistics for 2024, created through the services as 赵经办
 * (clerk, 党建综合办) drafts and 李法审 (reviewer) does the 保密审查, each on its 2024 date.
 */
export const seedProactiveDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const town = await q
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', DEMO_TOWN_CODE)
    .executeTakeFirstOrThrow();
  if (
    await q
      .selectFrom('disclosureItems')
      .select('id')
      .where('townId', '=', town.id)
      .executeTakeFirst()
  )
    return;
  const [clerk, reviewer] = await Promise.all([
    actorCtx(deps, 'clerk'),
    actorCtx(deps, 'reviewer'),
  ]);
  const ids = new Map<string, string>();

  // Every step on its own 2024 date, run in date order so the trail reads chronologically.
  const steps: { at: string; run: () => Promise<unknown> }[] = [
    { at: '2024-01-08 09:30', run: () => saveGuide(on(deps, '2024-01-08'), clerk, DEMO_GUIDE) },
  ];
  for (const e of DEMO_CATALOGUE) {
    const id = () => ids.get(e.key)!;
    steps.push({
      at: `${e.createdOn} 09:00`,
      run: async () =>
        ids.set(
          e.key,
          await createItem(on(deps, e.createdOn, '09:00'), clerk, {
            kind: e.explains ? 'interpretation' : 'information',
            category: e.category as never,
            title: e.title,
            summary: e.summary,
            body: e.body,
            docNumber: e.docNumber ?? null,
            groupClass: e.groupClass ?? null,
            publishMode: 'proactive',
            createdOn: e.createdOn,
            normativeKind: e.normativeKind ?? null,
            issuedOn: e.issuedOn ?? null,
            explainsId: e.explains ? ids.get(e.explains)! : null,
          }),
        ),
    });
    if (e.state !== 'draft')
      steps.push({
        at: `${e.createdOn} 15:00`,
        run: () => submitItem(on(deps, e.createdOn, '15:00'), clerk, id()),
      });
    if (e.decidedOn && e.state === 'withheld')
      steps.push({
        at: `${e.decidedOn} 10:30`,
        run: () =>
          withholdItem(
            on(deps, e.decidedOn!, '10:30'),
            reviewer,
            id(),
            e.withhold!.ground,
            e.withhold!.reason,
          ),
      });
    if (e.decidedOn && e.state === 'published')
      steps.push({
        at: `${e.decidedOn} 10:30`,
        run: () =>
          approveItem(
            on(deps, e.decidedOn!, '10:30'),
            reviewer,
            id(),
            '经保密审查，不涉及国家秘密、商业秘密和个人隐私，同意公开',
          ),
      });
    if (e.abolishedOn)
      steps.push({
        at: `${e.abolishedOn} 16:00`,
        run: () => recordAbolition(on(deps, e.abolishedOn!, '16:00'), clerk, id(), e.abolishedOn!),
      });
  }
  // Stable sort: steps of one moment keep list order (a document before its 政策解读).
  steps.sort((a, b) => a.at.localeCompare(b.at));
  for (const step of steps) await step.run();
  await saveAnnualStats(on(deps, '2024-11-19'), clerk, 2024, DEMO_STATS_2024);
}
