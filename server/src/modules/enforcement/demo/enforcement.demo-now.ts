import { addDays } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { actorCtx, on } from '../../demo/demo-actors.js';
import { closeDefence, endInvestigation, fileCase, notifyParty } from '../case-steps.service.js';
import { createCertificate, createEntrustment } from '../authority.service.js';
import { createCase } from '../case.service.js';
import { decidePreserved, preserveEvidence } from '../preservation-steps.service.js';
import { ENTRUSTMENT } from './enforcement-data.js';
import { seedOverdue } from './enforcement-overdue.demo.js';
import { TEAM_OFFICERS } from './enforcement.demo.js';

// tenancy: the demo seed runs as the system

/**
 * The team's open cases on the day of loading: a clue awaiting 立案, one under investigation with
 * evidence registered and preserved (先行登记保存) awaiting its decision, one whose
 * party has the 事先告知书 (issued as DOCX), a major case awaiting its 法制审核 and 集体讨论, and two
 * unpaid fines on their way to the court (enforcement-overdue.demo.ts).
 */
export async function seedEnforcementNow(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const officer = await actorCtx(deps, 'officer');
  if (
    await q
      .selectFrom('enforcementCases')
      .select('id')
      .where('clueOn', '>', '2024-12-31')
      .executeTakeFirst()
  )
    return;
  const team = await q
    .selectFrom('users')
    .select('id')
    .where(
      'username',
      'in',
      TEAM_OFFICERS.map((o) => o.username),
    )
    .orderBy('username')
    .execute();
  const officerIds = [officer.actor!.userId!, ...team.map((u) => u.id)];
  const day = today(deps);
  await renewAuthority(deps, day, officerIds);
  const entrustment = await q
    .selectFrom('enforcementEntrustments')
    .select('id')
    .orderBy('startsOn', 'desc')
    .executeTakeFirstOrThrow();
  const back = (d: number) => on(deps, addDays(day, -d));
  const open = async (title: string, partyName: string, ago: number, major = false) =>
    (
      await createCase(back(ago), officer, {
        title,
        field: 'safety_fire',
        authorityBasis: 'entrusted',
        entrustmentId: entrustment.id,
        partyName,
        partyKind: 'organisation',
        facts: `经检查发现，当事人${title}。`,
        major,
        officerIds: officerIds.slice(0, 2),
      })
    ).id;

  await open('仓库内电动自行车违规停放充电', '桥头镇某物流仓库', 2);
  const investigating = await open('未按规定配备灭火器材', '慈溪市某纺织有限公司', 20);
  await fileCase(back(19), officer, investigating);
  // 先行登记保存 (行政处罚法 第五十六条) twice, at the plant and at its warehouse: the first is decided
  // on, the second's seven working days are running today.
  const first = await preserveEvidence(back(10), officer, investigating, {
    evidence: '车间内过期灭火器2具（就地封存）',
  });
  await decidePreserved(back(8), officer, investigating, {
    preservationId: first.id,
    outcome: 'confiscate',
    note: '作为证据随案处理',
  });
  await preserveEvidence(back(3), officer, investigating, {
    evidence: '压力不足的干粉灭火器4具（已张贴封条，就地封存）',
  });
  const notified = await open('未建立安全生产教育培训档案', '慈溪市某机械有限公司', 30);
  await fileCase(back(29), officer, notified);
  await endInvestigation(back(10), officer, notified);
  await notifyParty(back(2), officer, notified, {
    proposedFine: 8_000,
    legalBasis: '《安全生产法》第九十七条',
  });
  const major = await open('违规动火作业引发火情', '慈溪市某化工有限公司', 45, true);
  await fileCase(back(44), officer, major);
  await endInvestigation(back(20), officer, major);
  await notifyParty(back(15), officer, major, {
    proposedFine: 150_000,
    legalBasis: '《安全生产法》第一百零一条',
  });
  await closeDefence(back(5), officer, major);
  await seedOverdue(deps, officer, officerIds.slice(0, 2), day);
}

/**
 * On a day past the 2024 history's entrustment (to 2025-12-31) and certificates (to 2026-02-28), the
 * entrustment renewed for three years and the officers' 执法证 re-issued for five, as a town would have
 * done, so today's cases stand on valid authority (行政处罚法 第二十条; 浙江省综合行政执法条例 第二十八条).
 */
async function renewAuthority(deps: Deps, day: string, officerIds: string[]) {
  const officer = await actorCtx(deps, 'officer');
  if (day > ENTRUSTMENT.endsOn) {
    const year = Number(day.slice(0, 4));
    await createEntrustment(on(deps, '2025-12-20'), officer, {
      ...ENTRUSTMENT,
      documentNo: '慈应急〔2025〕21号',
      startsOn: '2026-01-01',
      endsOn: `${Math.max(2028, year + 1)}-12-31`,
    });
  }
  if (day > '2026-02-28')
    for (const [i, userId] of officerIds.entries())
      await createCertificate(on(deps, '2026-02-20'), officer, {
        userId,
        certNo: `浙33028226001${i + 1}`,
        fields: ['safety_fire', 'food_safety'],
        issuedOn: '2026-03-01',
        expiresOn: `${Math.max(2031, Number(day.slice(0, 4)) + 1)}-02-28`,
      });
}
