import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { newId } from '../../../core/ids.js';
import { startClock } from '../../calendar/calendar.public.js';
import { stopIfOpen } from '../items/item.clock.js';
import { ITEM_OWNER } from '../items/item.repository.js';
import { approverOf, assignStep, closeSteps, submitterOf } from '../items/item.tasks.js';
import { runTransition } from '../items/item.transition.js';
import {
  ADOPTIONS,
  DECISION_KINDS,
  FILING_TARGETS,
  ITEM_TYPES,
  type Adoption,
  type DecisionKind,
  type ItemType,
} from '../review.enums.js';
import { parseFields, twoThirdsRule } from '../review.fields.js';
import { VILLAGE_RULES_FILING } from '../review.settings.js';
import { checkVote, voteProblems, type VoteFacts } from '../review.votes.js';
import { BASIS } from '../review.workflow.js';
import { reviewRequiredBy } from '../review-required.js';

/** 采纳情况反馈 → 决定（签署/发布/村民会议表决）→ 备案. */

export function giveFeedback(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { adoption: Adoption; note?: string | undefined },
) {
  return runTransition(deps, ctx, id, 'give_feedback', async ({ m, item }) => {
    await closeSteps(m, item.id, 'feedback');
    await assignStep(m, item, 'decide', approverOf(item));
    return {
      patch: {
        adoption: input.adoption,
        feedbackNote: input.note ?? null,
        feedbackAt: m.now.toISOString(),
      },
      note: `${ADOPTIONS[input.adoption]}${input.note ? `：${input.note}` : ''}`,
      changes: { adoption: { before: null, after: ADOPTIONS[input.adoption] } },
    };
  });
}

/** How each type is acted on: a village adopts its rules by vote (组织法 art 27); contracts are signed; and so on. */
const KINDS_BY_TYPE: Record<ItemType, DecisionKind[]> = {
  normative_doc: ['discussed', 'published'],
  major_decision: ['discussed'],
  major_enforcement: ['discussed', 'signed'],
  gov_contract: ['signed'],
  village_contract: ['signed'],
  village_rules: ['voted'],
  other: ['discussed', 'signed', 'published'],
};

interface DecideInput {
  kind: DecisionKind;
  decidedOn: string;
  meeting?: string | undefined;
  vote?: VoteFacts | undefined;
}

export function decideItem(deps: Deps, ctx: RequestContext, id: string, input: DecideInput) {
  return runTransition(deps, ctx, id, 'decide', async ({ m, item, actor, today, facts }) => {
    if (!KINDS_BY_TYPE[item.type].includes(input.kind))
      throw badRequest(
        `${ITEM_TYPES[item.type]}不能以“${DECISION_KINDS[input.kind]}”的方式作出决定`,
      );
    if (input.decidedOn > today) throw badRequest('决定日期不能晚于今天');
    if (item.opinionIssuedOn && input.decidedOn < item.opinionIssuedOn)
      throw ruleViolation(
        `决定日期不能早于审查意见书出具日期 ${item.opinionIssuedOn}（依据${reviewRequiredBy(item.type)}）`,
        'DECIDED_BEFORE_REVIEW',
        { basis: reviewRequiredBy(item.type) },
      );
    if (item.type === 'village_rules') {
      // 组织法 art 27: only the 村民会议 makes the rules, with its quorum and majority (art 22).
      if (!input.vote || input.vote.body !== 'villagers_assembly')
        throw badRequest(
          '村规民约须由村民会议表决通过，请填写村民会议的应到、实到和同意人数（《村民委员会组织法》第二十七条）',
        );
    }
    if (input.vote) {
      const rule = twoThirdsRule(parseFields(item.fields));
      const problems = voteProblems(
        checkVote(
          input.vote,
          rule ? { twoThirdsOfEntitled: true, twoThirdsBasis: rule.basis } : {},
        ),
      );
      if (problems.length)
        throw ruleViolation(
          problems.map((p) => `${p.detail}（${p.basis}）`).join('；'),
          'VOTE_INVALID',
          { basis: problems[0]!.basis, problems },
        );
    }
    await closeSteps(m, item.id, 'decide');
    let filingClockId: string | null = null;
    if (facts.filingTarget && item.type === 'village_rules') {
      // 宁波条例 art 14: filed with the town within 10 days of the vote.
      const clock = await startClock(m, {
        orgId: item.orgId,
        subjectType: ITEM_OWNER,
        subjectId: item.id,
        purpose: 'review.filing',
        startDate: input.decidedOn,
        limitDays: VILLAGE_RULES_FILING.days,
        unit: VILLAGE_RULES_FILING.unit,
        basis: VILLAGE_RULES_FILING.basis,
      });
      filingClockId = clock.id;
      await assignStep(m, item, 'file', submitterOf(item), clock.id);
    } else if (facts.filingTarget) await assignStep(m, item, 'file', submitterOf(item));
    else await assignStep(m, item, 'archive', { coordinators: true });
    const decisionFacts = { meeting: input.meeting ?? null, vote: input.vote ?? null };
    return {
      patch: {
        decisionKind: input.kind,
        decidedOn: input.decidedOn,
        decidedBy: actor.userId,
        decisionFacts: JSON.stringify(decisionFacts),
        filingClockId,
      },
      changes: {
        decision: { before: null, after: `${DECISION_KINDS[input.kind]}（${input.decidedOn}）` },
      },
      note: input.meeting ?? null,
      basis: reviewRequiredBy(item.type),
      meta: { ...decisionFacts, filingTarget: facts.filingTarget },
    };
  });
}

/** 备案: the final signed text goes to the county centre or, for village rules, to the town. */
export function fileItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { fileId: string; filedOn?: string | undefined; note?: string | undefined },
) {
  return runTransition(deps, ctx, id, 'file', async ({ m, item, actor, today, facts }) => {
    const filedOn = input.filedOn ?? today;
    if (filedOn > today) throw badRequest('备案日期不能晚于今天');
    if (item.decidedOn && filedOn < item.decidedOn)
      throw badRequest(`备案日期不能早于决定日期 ${item.decidedOn}`);
    const target = facts.filingTarget!;
    const targetOrgId =
      target === 'town'
        ? item.townId
        : ((
            await m.trx
              .selectFrom('orgs')
              .select('parentId')
              .where('id', '=', item.townId)
              .executeTakeFirstOrThrow()
          ).parentId ?? item.townId);
    await attachFile(m, {
      fileId: input.fileId,
      ownerType: ITEM_OWNER,
      ownerId: item.id,
      orgId: item.orgId,
      by: actor,
    });
    const clock = await stopIfOpen(m, ctx, item.filingClockId, filedOn);
    const filingId = newId();
    await m.trx
      .insertInto('reviewFilings')
      .values({
        id: filingId,
        itemId: item.id,
        orgId: item.orgId,
        target,
        targetOrgId,
        filedOn,
        filedBy: actor.userId,
        fileId: input.fileId,
        note: input.note ?? null,
        dueDate: clock?.dueDate ?? null,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await closeSteps(m, item.id, 'file');
    await assignStep(m, item, 'archive', { coordinators: true });
    return {
      patch: { filedOn },
      note: input.note ?? null,
      basis: item.type === 'village_rules' ? BASIS.villageRulesFiling : null,
      meta: {
        filingId,
        target: FILING_TARGETS[target],
        fileId: input.fileId,
        dueDate: clock?.dueDate ?? null,
        onTime: clock ? filedOn <= clock.dueDate : null,
      },
    };
  });
}
