import { computeClock, type WorkCalendar } from '../../../core/calendar/index.js';
import type { ClocksTable } from '../../../core/db/schema-machinery.js';
import { newId } from '../../../core/ids.js';
import { ITEM_OWNER } from '../items/item.repository.js';
import { materialsFor } from '../review.materials.js';
import { DIMENSION_KEYS, type State } from '../review.enums.js';
import { VILLAGE_RULES_FILING, type ReviewSettings } from '../review.settings.js';
import type {
  ReviewFindingsTable,
  ReviewItemsTable,
  ReviewItemVersionsTable,
  ReviewOpinionsTable,
  ReviewStepsTable,
} from '../review.tables.js';
import { hitRows, runEngine } from '../work/prereview.js';
import { at } from './review-demo.dates.js';
import type { DemoCast, DemoItem, Who } from './review-demo.types.js';
import { materialsRuleOf, reviewRequiredBy } from '../review-required.js';

/** Turns demo items (what happened, with dates) into the rows real use would have left behind. */

export interface DemoRows {
  items: ReviewItemsTable[];
  versions: ReviewItemVersionsTable[];
  hits: ReturnType<typeof hitRows>;
  findings: ReviewFindingsTable[];
  opinions: (ReviewOpinionsTable & { title: string })[];
  steps: ReviewStepsTable[];
  clocks: ClocksTable[];
  other: {
    table: 'reviewMaterials' | 'reviewAdviserOpinions' | 'reviewCoReviews' | 'reviewFilings';
    row: Record<string, unknown>;
  }[];
  /** Open work for the inbox: [item, task key, assignee, clock]. */
  open: {
    item: ReviewItemsTable;
    orgName: string;
    key: 'accept' | 'review' | 'coReview' | 'correct' | 'feedback' | 'decide' | 'file' | 'archive';
    who: 'coordinators' | 'county' | 'reviewer' | 'submitter' | 'approver';
    clockId: string | null;
  }[];
}

export const emptyRows = (): DemoRows => ({
  items: [],
  versions: [],
  hits: [],
  findings: [],
  opinions: [],
  steps: [],
  clocks: [],
  other: [],
  open: [],
});

interface RecordEnv {
  cast: DemoCast;
  cal: WorkCalendar;
  today: string;
  settings: ReviewSettings;
  now: string;
}

function clockRow(
  env: RecordEnv,
  item: { id: string; orgId: string },
  purpose: string,
  startDate: string,
  limitDays: number,
  unit: 'working' | 'calendar',
  basis: string,
  stoppedOn: string | null,
): ClocksTable {
  const c = computeClock(
    { startDate, limitDays, unit, pauses: [], extensions: [], stoppedOn },
    env.cal,
    env.today,
  );
  return {
    id: newId(),
    orgId: item.orgId,
    subjectType: ITEM_OWNER,
    subjectId: item.id,
    purpose,
    startDate,
    limitDays,
    unit,
    basis,
    extensionDays: 0,
    state: stoppedOn ? 'stopped' : 'running',
    dueDate: c.dueDate,
    provisional: 0,
    stoppedOn,
    createdAt: env.now,
    updatedAt: env.now,
  };
}

export function recordItem(rows: DemoRows, env: RecordEnv, d: DemoItem): void {
  const { cast } = env;
  const id = newId();
  let state = 'draft' as State;
  let version = 1;
  const stepsOf: ReviewStepsTable[] = [];
  const step = (
    action: string,
    to: State,
    day: string,
    hour: number,
    who: Who,
    note: string | null = null,
    basis: string | null = null,
  ) => {
    stepsOf.push({
      id: newId(),
      itemId: id,
      orgId: d.orgId,
      action,
      fromState: state,
      toState: to,
      version,
      actorUserId: who.userId,
      actorName: who.name,
      at: at(day, hour),
      note,
      basis,
    });
    state = to;
  };
  const period = env.settings.periods[d.type];
  const item: ReviewItemsTable = {
    id,
    orgId: d.orgId,
    type: d.type,
    title: d.title,
    summary: null,
    state: 'draft',
    channel: 'platform',
    track: d.versions[0]!.fields?.isTemplate ? 'simplified' : 'standard',
    affectsMarket: d.affectsMarket ? 1 : 0,
    version: 1,
    fields: JSON.stringify(d.versions[0]!.fields ?? {}),
    returnedFrom: null,
    conclusion: null,
    opinionId: null,
    opinionIssuedOn: null,
    draftOpinion: null,
    submittedBy: d.submittedOn ? d.submitter.userId : null,
    submittedAt: d.submittedOn ? at(d.submittedOn, 9, 30) : null,
    acceptedOn: d.acceptedOn ?? null,
    clockId: null,
    filingClockId: null,
    adoption: d.feedback?.adoption ?? null,
    feedbackNote: d.feedback?.note ?? null,
    feedbackAt: d.feedback ? at(d.feedback.on, 15) : null,
    decisionKind: d.decision?.kind ?? null,
    decidedOn: d.decision?.on ?? null,
    decidedBy: d.decision?.by.userId ?? null,
    decisionFacts: d.decision
      ? JSON.stringify({ meeting: d.decision.meeting ?? null, vote: d.decision.vote ?? null })
      : null,
    filedOn: d.filing?.on ?? null,
    archivedAt: d.archivedOn ? at(d.archivedOn, 16) : null,
    fcrId: null,
    createdBy: d.submitter.userId,
    createdAt: env.now,
    updatedAt: env.now,
  };
  const material = (key: string) =>
    rows.other.push({
      table: 'reviewMaterials',
      row: {
        id: newId(),
        itemId: id,
        orgId: d.orgId,
        materialKey: key,
        fileId: null,
        note: '纸质原件已核对',
        addedBy: d.submitter.userId,
        addedAt: env.now,
      },
    });
  for (const m of materialsFor({
    type: d.type,
    fields: d.versions[0]!.fields ?? {},
    affectsMarket: !!d.affectsMarket,
    tradingThresholdFen: env.settings.tradingThresholdFen,
  })) {
    if (m.key !== 'draft' && m.required && !d.missing?.includes(m.key)) material(m.key);
  }

  d.versions.forEach((v, i) => {
    const vn = i + 1;
    const created = i === 0 ? (d.submittedOn ?? env.today) : d.revisedOn!;
    rows.versions.push({
      id: newId(),
      itemId: id,
      orgId: d.orgId,
      version: vn,
      text: v.text,
      fields: JSON.stringify(v.fields ?? {}),
      source: 'text',
      sourceFileId: null,
      note: v.note ?? null,
      createdBy: d.submitter.userId,
      createdAt: at(created, 9),
    });
    if (!d.submittedOn) return;
    const opinion = d.opinions?.[i];
    const found = hitRows(
      { itemId: id, orgId: d.orgId, version: vn },
      runEngine(d.type, !!d.affectsMarket, v.text, v.fields ?? {}, {
        tradingThresholdFen: env.settings.tradingThresholdFen,
        calendar: env.cal,
      }),
    );
    for (const h of found) {
      if (!opinion) continue;
      const dismissed = opinion.dismiss?.includes(h.ruleId);
      h.decision = dismissed ? 'dismissed' : 'accepted';
      h.decidedBy = cast.reviewer.userId;
      h.decidedAt = at(opinion.on, 10);
      h.decisionNote = dismissed ? '经核对，该条款表述不存在所提示的问题' : null;
      if (!dismissed) {
        const findingId = newId();
        h.findingId = findingId;
        rows.findings.push({
          id: findingId,
          itemId: id,
          orgId: d.orgId,
          version: vn,
          dimension: 'content',
          clause: h.clause || null,
          problem: h.title,
          basis: h.basis,
          suggestion: h.suggestion,
          hitId: h.id,
          createdBy: cast.reviewer.userId,
          createdAt: at(opinion.on, 10),
        });
      }
    }
    rows.hits.push(...found);
  });
  if (!d.submittedOn) return void rows.items.push(item);

  step('submit', 'submitted', d.submittedOn, 9, d.submitter);
  if (d.returnedAtIntake) {
    step(
      'return_for_correction',
      'returned',
      d.returnedAtIntake.on,
      10,
      cast.clerk,
      d.returnedAtIntake.reason,
      materialsRuleOf(d.type),
    );
    if (d.returnedAtIntake.resubmittedOn)
      step('resubmit', 'submitted', d.returnedAtIntake.resubmittedOn, 9, d.submitter, '已补齐材料');
  }
  if (d.acceptedOn) {
    step('accept', 'accepted', d.acceptedOn, 10, cast.clerk);
    step('start_review', 'under_review', d.acceptedOn, 14, cast.reviewer);
  }
  if (d.adviser)
    rows.other.push({
      table: 'reviewAdviserOpinions',
      row: {
        id: newId(),
        itemId: id,
        orgId: d.orgId,
        version: 1,
        adviserId: cast.adviser.userId,
        adviserName: cast.adviser.name,
        text: d.adviser.text,
        fileId: null,
        createdAt: at(d.adviser.on, 16),
      },
    });
  if (d.coReview) {
    step('request_co_review', 'co_review', d.coReview.on, 11, cast.reviewer, d.coReview.reason);
    const a = d.coReview.answer;
    rows.other.push({
      table: 'reviewCoReviews',
      row: {
        id: newId(),
        itemId: id,
        orgId: d.orgId,
        reason: d.coReview.reason,
        requestedBy: cast.reviewer.userId,
        requestedAt: at(d.coReview.on, 11),
        pausedClock: 0,
        responderId: a ? cast.county.userId : null,
        responderName: a ? cast.county.name : null,
        response: a?.text ?? null,
        respondedAt: a ? at(a.on, 15) : null,
      },
    });
    if (a) step('answer_co_review', 'under_review', a.on, 15, cast.county, a.text);
  }
  let clockStart = d.acceptedOn;
  (d.opinions ?? []).forEach((o, i) => {
    version = i + 1;
    if (i > 0) {
      step(
        'revise_resubmit',
        'under_review',
        d.revisedOn!,
        9,
        d.submitter,
        d.versions[i]!.note ?? '已按审查意见修改',
        reviewRequiredBy(d.type),
      );
      clockStart = d.revisedOn!;
    }
    const clock = clockRow(
      env,
      item,
      'review.opinion',
      clockStart!,
      period.days,
      period.unit,
      period.basis,
      o.on,
    );
    rows.clocks.push(clock);
    const opinionId = newId();
    const issues = rows.findings.some((f) => f.itemId === id && f.version === version);
    rows.opinions.push({
      id: opinionId,
      itemId: id,
      orgId: d.orgId,
      version,
      conclusion: o.conclusion,
      title: d.title,
      checklist: JSON.stringify(
        Object.fromEntries(
          DIMENSION_KEYS.map((k) => [k, k === 'content' && issues ? 'issue' : 'pass']),
        ),
      ),
      summary: o.summary,
      bases: JSON.stringify(o.bases),
      riskStatement: null,
      reviewerId: cast.reviewer.userId,
      reviewerName: cast.reviewer.name,
      issuedOn: o.on,
      issuedAt: at(o.on, 16),
      docNumber: null,
      docNumberId: null,
      fileId: null,
      channel: 'platform',
    });
    step(
      'issue_opinion',
      'opinion_issued',
      o.on,
      16,
      cast.reviewer,
      null,
      reviewRequiredBy(d.type),
    );
    Object.assign(item, {
      conclusion: o.conclusion,
      opinionId,
      opinionIssuedOn: o.on,
      clockId: clock.id,
      version,
    });
  });
  if (d.feedback)
    step(
      'give_feedback',
      'feedback_given',
      d.feedback.on,
      15,
      d.submitter,
      d.feedback.note ?? null,
    );
  if (d.decision)
    step(
      'decide',
      'decided',
      d.decision.on,
      17,
      d.decision.by,
      d.decision.meeting ?? null,
      reviewRequiredBy(d.type),
    );
  let filingClock: ClocksTable | null = null;
  if (d.decision && d.type === 'village_rules') {
    filingClock = clockRow(
      env,
      item,
      'review.filing',
      d.decision.on,
      VILLAGE_RULES_FILING.days,
      VILLAGE_RULES_FILING.unit,
      VILLAGE_RULES_FILING.basis,
      d.filing?.on ?? null,
    );
    rows.clocks.push(filingClock);
    item.filingClockId = filingClock.id;
  }
  if (d.filing) {
    const targetOrgId = d.filing.target === 'county' ? cast.countyId : cast.townId;
    rows.other.push({
      table: 'reviewFilings',
      row: {
        id: newId(),
        itemId: id,
        orgId: d.orgId,
        target: d.filing.target,
        targetOrgId,
        filedOn: d.filing.on,
        filedBy: d.submitter.userId,
        fileId: null,
        note: null,
        dueDate: filingClock?.dueDate ?? null,
        createdAt: at(d.filing.on, 10),
      },
    });
    step(
      'file',
      'filed',
      d.filing.on,
      10,
      d.submitter,
      null,
      d.type === 'village_rules' ? VILLAGE_RULES_FILING.basis : null,
    );
  }
  if (d.archivedOn) step('archive', 'archived', d.archivedOn, 16, cast.clerk);

  if (!item.clockId && d.acceptedOn && !d.opinions?.length) {
    const running = clockRow(
      env,
      item,
      'review.opinion',
      d.acceptedOn,
      period.days,
      period.unit,
      period.basis,
      null,
    );
    rows.clocks.push(running);
    item.clockId = running.id;
  }
  item.state = state;
  item.fields = JSON.stringify(d.versions[item.version - 1]!.fields ?? {});
  rows.items.push(item);
  rows.steps.push(...stepsOf);

  const open = (
    key: DemoRows['open'][number]['key'],
    who: DemoRows['open'][number]['who'],
    clockId: string | null = null,
  ) => rows.open.push({ item, orgName: d.orgName, key, who, clockId });
  if (state === 'submitted') open('accept', 'coordinators');
  if (state === 'returned') open('correct', 'submitter');
  if (state === 'under_review') open('review', 'reviewer', item.clockId);
  if (state === 'co_review') open('coReview', 'county', item.clockId);
  if (state === 'opinion_issued' && item.conclusion !== 'unlawful') open('feedback', 'submitter');
  if (state === 'feedback_given') open('decide', 'approver');
  if (state === 'decided' && filingClock) open('file', 'submitter', filingClock.id);
  if (state === 'filed' || (state === 'decided' && !filingClock && !d.filing))
    open('archive', 'coordinators');
}
