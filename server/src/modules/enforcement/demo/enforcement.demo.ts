import { addDays } from '../../../core/calendar/index.js';
import type { Deps } from '../../../core/deps.js';
import { hashPassword } from '../../auth/passwords.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { insertUser, setRoles } from '../../users/users.public.js';
import { createCertificate, createEntrustment } from '../authority.service.js';
import {
  closeCase,
  closeDefence,
  decideCase,
  endInvestigation,
  fileCase,
  notifyParty,
  serveDecision,
} from '../case-steps.service.js';
import { createCase } from '../case.service.js';
import { recordPayment } from '../overdue-steps.service.js';
import { publishDecision } from '../publication-steps.service.js';
import type { EnforcementField } from '../enforcement.vocabulary.js';
import {
  ENTRUSTED_FINES,
  ENTRUSTMENT,
  FOOD_FINES,
  foodCase,
  safetyCase,
} from './enforcement-data.js';
import { seedPlans, seedTraining } from './enforcement-plans.demo.js';

// tenancy: the demo seed runs as the system

/** The team's other certified officers (行政处罚法 第四十二条: at least two per case). */
export const TEAM_OFFICERS = [
  { username: 'officer2', name: '周执法' },
  { username: 'officer3', name: '林执法' },
];

/**
 * 桥头镇's 2024 enforcement history through the real services: the entrustment, two certificates, and
 * every decision stepped from 线索 to 结案. The letters were issued on paper at the time, so each
 * notice and decision is recorded with its paper 文号 (no DOCX is generated for the history).
 */
export const seedEnforcementDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  if (await q.selectFrom('enforcementEntrustments').select('id').executeTakeFirst()) return;
  const officer = await actorCtx(deps, 'officer');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const team = [officer.actor!.userId!];
  for (const o of TEAM_OFFICERS) {
    const user = await insertUser(q, {
      orgId: officer.actor!.orgId,
      username: o.username,
      displayName: o.name,
      passwordHash,
      mustChangePassword: false,
      now: deps.time.now(),
    });
    await setRoles(q, user.id, ['enforcement_officer'], null, deps.time.now());
    team.push(user.id);
  }
  const start = on(deps, '2023-12-28');
  const { id: entrustmentId } = await createEntrustment(start, officer, ENTRUSTMENT);
  for (const [i, userId] of team.entries())
    await createCertificate(start, officer, {
      userId,
      certNo: `浙33028223001${i + 1}`,
      fields: ['safety_fire', 'food_safety'],
      issuedOn: '2021-03-01',
      expiresOn: '2026-02-28',
    });
  await seedPlans(deps, officer);
  await seedTraining(deps, officer, team);
  const officerIds = team.slice(0, 2);

  let n = 0;
  const history = async (
    field: EnforcementField,
    fine: number,
    text: { title: string; partyName: string; facts: string; legalBasis: string; penalty: string },
    clueOn: string,
  ) => {
    n += 1;
    const { id } = await createCase(on(deps, clueOn), officer, {
      title: text.title,
      field,
      authorityBasis: field === 'safety_fire' ? 'entrusted' : 'granted',
      ...(field === 'safety_fire' ? { entrustmentId } : {}),
      partyName: text.partyName,
      partyKind: 'organisation',
      facts: text.facts,
      officerIds,
    });
    const at = (d: number) => on(deps, addDays(clueOn, d));
    await fileCase(at(1), officer, id);
    await endInvestigation(at(20), officer, id);
    const paper = field === 'safety_fire' ? '慈应急罚' : '桥综执罚';
    await notifyParty(at(22), officer, id, {
      proposedFine: fine,
      legalBasis: text.legalBasis,
      offlineDocNo: `${paper}告〔2024〕${n}号`,
    });
    await closeDefence(at(30), officer, id);
    await decideCase(at(35), officer, id, {
      fine,
      penalty: text.penalty,
      legalBasis: text.legalBasis,
      // Fines on businesses carry social impact: published within seven working days (art 48).
      publishable: true,
      offlineDocNo: `${paper}决〔2024〕${n}号`,
    });
    await serveDecision(at(36), officer, id);
    await publishDecision(at(38), officer, id);
    await recordPayment(at(45), officer, id);
    await closeCase(at(50), officer, id);
  };
  // Spread over the year: a case every week from mid-January, decisions by early December.
  for (const [i, fine] of ENTRUSTED_FINES.entries())
    await history('safety_fire', fine, safetyCase(i), addDays('2024-01-08', i * 6));
  for (const [i, fine] of FOOD_FINES.entries())
    await history('food_safety', fine, foodCase(i), addDays('2024-02-05', i * 30));
}
