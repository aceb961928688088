import { addDays } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { actorCtx, on } from '../../disclosure/proactive/demo/demo-actors.js';
import { closeDefence, endInvestigation, fileCase, notifyParty } from '../case-steps.service.js';
import { createCertificate, createEntrustment } from '../authority.service.js';
import { createCase } from '../case.service.js';
import { ENTRUSTMENT } from './enforcement-data.js';
import { SECOND_OFFICER } from './enforcement.demo.js';

// tenancy: the demo seed runs as the system

/**
 * The team's open cases on the day of loading: a clue awaiting 立案, one under investigation, one whose
 * party has the 事先告知书 (issued as DOCX), and a major case awaiting its 法制审核 and 集体讨论.
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
  const second = await q
    .selectFrom('users')
    .select('id')
    .where('username', '=', SECOND_OFFICER.username)
    .executeTakeFirstOrThrow();
  const day = today(deps);
  await renewWhenLapsed(deps, officer, [officer.actor!.userId!, second.id], day);
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
        officerIds: [officer.actor!.userId!, second.id],
      })
    ).id;

  await open('仓库内电动自行车违规停放充电', '桥头镇某物流仓库', 2);
  const investigating = await open('未按规定配备灭火器材', '慈溪市某纺织有限公司', 20);
  await fileCase(back(19), officer, investigating);
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
}

/**
 * Loaded after the 2024 entrustment (to 2025-12-31) or the officers' 执法证 (to 2026-02-28) ran out, the
 * town would have renewed them: without that every case opened today is refused (立案日期不在委托期限内).
 * The renewals start 60 days back, before the oldest case below.
 */
async function renewWhenLapsed(
  deps: Deps,
  officer: Awaited<ReturnType<typeof actorCtx>>,
  officerIds: string[],
  day: string,
) {
  const q = deps.db.kysely;
  const from = addDays(day, -60);
  const year = Number(from.slice(0, 4));
  const renewedOn = on(deps, from);
  const latest = await q
    .selectFrom('enforcementEntrustments')
    .select('endsOn')
    .orderBy('endsOn', 'desc')
    .executeTakeFirst();
  if (latest && latest.endsOn < day)
    await createEntrustment(renewedOn, officer, {
      ...ENTRUSTMENT,
      documentNo: `慈应急〔${year}〕5号`,
      startsOn: from,
      endsOn: `${year + 2}-12-31`,
    });
  for (const [i, userId] of officerIds.entries()) {
    const valid = await q
      .selectFrom('enforcementCertificates')
      .select('id')
      .where('userId', '=', userId)
      .where('expiresOn', '>=', day)
      .executeTakeFirst();
    if (!valid)
      await createCertificate(renewedOn, officer, {
        userId,
        certNo: `浙330282${String(year).slice(2)}00${11 + i}`,
        fields: ['safety_fire', 'food_safety'],
        issuedOn: from,
        expiresOn: `${year + 5}-12-31`,
      });
  }
}
