import { addDays } from '../../../core/calendar/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { on } from '../../demo/demo-actors.js';
import {
  closeDefence,
  decideCase,
  endInvestigation,
  fileCase,
  notifyParty,
  serveDecision,
} from '../case-steps.service.js';
import { createCase } from '../case.service.js';
import { urgeParty } from '../overdue-steps.service.js';
import { publishDecision } from '../publication-steps.service.js';

// tenancy: the demo seed runs as the system

/** The two unpaid food-safety fines of the town's execution docket, by title. */
const OVERDUE_CASES = {
  unpaid: { title: '经营超过保质期的食品（逾期未缴纳罚款）', partyName: '桥头镇某副食品商店' },
  urged: { title: '经营标签不符合规定的食品（逾期未缴纳罚款）', partyName: '桥头镇某超市' },
};

/**
 * Two decisions served about two hundred days before `day` and never paid (行政处罚法 第六十七条): one
 * still awaiting its 催告 (行政强制法 第三十五条), the other urged a month ago, whose ten working days
 * (第五十四条) and the review and litigation periods (第五十三条) have run — ready for the court. Only on
 * a day when they fall after 2024, whose figures are the annual report's (enforcement-data.ts).
 */
export async function seedOverdue(
  deps: Deps,
  officer: RequestContext,
  officerIds: readonly string[],
  day: string,
): Promise<void> {
  if (addDays(day, -230) <= '2024-12-31') return;
  for (const [key, text] of Object.entries(OVERDUE_CASES)) {
    const at = (daysAgo: number) => on(deps, addDays(day, -daysAgo));
    const { id } = await createCase(at(230), officer, {
      ...text,
      field: 'food_safety',
      authorityBasis: 'granted',
      partyKind: 'organisation',
      facts: `经检查发现，当事人${text.title.replace(/（.*）$/, '')}，违反了《食品安全法》的规定。`,
      officerIds: [...officerIds],
    });
    const basis = '《食品安全法》第一百二十四条';
    await fileCase(at(229), officer, id);
    await endInvestigation(at(215), officer, id);
    await notifyParty(at(213), officer, id, { proposedFine: 3_000, legalBasis: basis });
    await closeDefence(at(205), officer, id);
    await decideCase(at(203), officer, id, {
      fine: 3_000,
      penalty: '罚款',
      legalBasis: basis,
      publishable: true,
    });
    await serveDecision(at(200), officer, id);
    await publishDecision(at(198), officer, id);
    if (key === 'urged') await urgeParty(at(30), officer, id);
  }
}
