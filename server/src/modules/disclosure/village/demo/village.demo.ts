import type { Deps } from '../../../../core/deps.js';
import { mutation } from '../../../../core/mutation.js';
import { addDays, isWorkingDay } from '../../../../core/calendar/index.js';
import { loadCalendar } from '../../../calendar/calendar.public.js';
import { hashPassword } from '../../../auth/passwords.js';
import { DEMO_PASSWORD, DEMO_TOWN_CODE } from '../../../demo/demo-data.js';
import { findUserByUsername, insertUser, setRoles } from '../../../users/users.public.js';
import { actorCtx, inOneTransaction, on } from '../../../demo/demo-actors.js';
import { startInvestigation, submitPublicComplaint } from '../complaint.service.js';
import { periodBounds, periodDue, periodsOfYear } from '../frequency.js';
import { addSupervisor } from '../supervisors.js';
import { saveFrequency } from '../village-admin.service.js';
import {
  approveVillageItem,
  createVillageItem,
  submitVillageItem,
} from '../village-item.service.js';
import { VILLAGE_DEFAULTS } from '../village-settings.js';
import { DEMO_COMPLAINT, DEMO_MAJORS, DEMO_VILLAGES, routineText } from './village-data.js';

// tenancy: the demo seed runs as the system

const SEED_CTX = { actor: null, ip: null, userAgent: 'demo-seed', requestId: 'demo-seed' };
/** The report's reference day: the 2024 record is complete up to here. */
export const VILLAGE_HISTORY_AS_OF = '2024-11-20';
const AS_OF = VILLAGE_HISTORY_AS_OF;

/**
 * 桥头镇's nine village-level units in 2024: their 村干部 and 监委会 accounts, committees, frequencies,
 * every routine and major publication through the real services (drafted by the cadre, reviewed by
 * the committee chair, posted to 群治分 on its day), two villages falling short, and one complaint.
 */
export const seedVillageAffairsDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const town = await q
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', DEMO_TOWN_CODE)
    .executeTakeFirstOrThrow();
  if (
    await q
      .selectFrom('villageSupervisors')
      .innerJoin('orgs', 'orgs.id', 'villageSupervisors.orgId')
      .select('villageSupervisors.id')
      .where('orgs.townId', '=', town.id)
      .executeTakeFirst()
  )
    return;
  const villageIds = new Map(
    (await q.selectFrom('orgs').select(['id', 'code']).where('townId', '=', town.id).execute()).map(
      (o) => [o.code, o.id],
    ),
  );
  const idOf = (code: string) => villageIds.get(code) ?? raise(`demo village ${code} missing`);
  await createAccounts(deps, idOf);

  const cal = await loadCalendar(q);
  const workday = (day: string) => {
    let d = day;
    while (!isWorkingDay(cal, d)) d = addDays(d, 1);
    return d;
  };
  const clerk = await actorCtx(deps, 'clerk');
  // The committees as elected in the 2021 村级组织换届 (before any 2024 publication).
  for (const v of DEMO_VILLAGES) {
    const user = await findUserByUsername(q, v.supervisor.username);
    await addSupervisor(on(deps, '2024-01-05'), clerk, idOf(v.code), {
      userId: user!.id,
      role: 'chair',
      electedOn: '2021-01-20',
    });
  }
  const steps: { at: string; run: () => Promise<unknown> }[] = [];
  const publish = (
    v: (typeof DEMO_VILLAGES)[number],
    day: string,
    body: Parameters<typeof createVillageItem>[2],
  ) => {
    steps.push({
      at: `${day} 09:00 ${v.code}`,
      run: async () => {
        const [cadre, supervisor] = await Promise.all([
          actorCtx(deps, v.cadre.username),
          actorCtx(deps, v.supervisor.username),
        ]);
        const id = await createVillageItem(on(deps, day, '09:00'), cadre, body);
        await submitVillageItem(on(deps, day, '09:30'), cadre, id);
        await approveVillageItem(
          on(deps, day, '15:00'),
          supervisor,
          id,
          '经村务监督委员会审查，内容真实完整，同意公布',
        );
      },
    });
  };

  for (const v of DEMO_VILLAGES) {
    const vid = idOf(v.code);
    if (v.monthlyFinance)
      steps.push({
        at: '2024-01-05 09:10',
        run: () =>
          saveFrequency(on(deps, '2024-01-05'), clerk, vid, {
            category: 'finance',
            frequency: 'monthly',
          }),
      });
    let i = 0;
    for (const category of ['party', 'village', 'finance'] as const) {
      for (const period of periodsOfYear(
        2024,
        category === 'finance' && v.monthlyFinance ? 'monthly' : 'quarterly',
      )) {
        const due = periodDue(period, VILLAGE_DEFAULTS.dueDay.value);
        if (due > AS_OF || v.missing?.includes(`${category}:${period}`)) continue;
        const day =
          v.late?.[`${category}:${period}`] ??
          workday(addDays(periodBounds(period).end, 3 + (i++ % 3)));
        const text = routineText(v.short, category, period, i);
        publish(v, day, {
          orgId: vid,
          category,
          matterKind: 'regular',
          subject: text.subject as never,
          period,
          title: text.title,
          body: text.body,
        });
      }
    }
  }
  for (const m of DEMO_MAJORS) {
    const v = DEMO_VILLAGES.find((x) => x.code === m.code)!;
    const body = {
      orgId: idOf(m.code),
      category: 'village' as const,
      matterKind: 'major' as const,
      subject: 'meeting_decisions' as const,
      occurredOn: m.occurredOn,
      title: m.title,
      body: m.body,
    };
    if (m.publishOn) publish(v, m.publishOn, body);
    else
      steps.push({
        at: `${addDays(m.occurredOn, 1)} 09:00`,
        run: async () =>
          createVillageItem(
            on(deps, addDays(m.occurredOn, 1)),
            await actorCtx(deps, v.cadre.username),
            body,
          ),
      });
  }
  const c = DEMO_COMPLAINT;
  steps.push({
    at: `${c.receivedOn} 20:15`,
    run: () =>
      submitPublicComplaint(on(deps, c.receivedOn, '20:15'), SEED_CTX, town.id, {
        villageId: idOf(c.code),
        complainantName: c.complainantName,
        phone: c.phone,
        category: c.category,
        kind: c.kind,
        matter: c.matter,
      }),
  });
  steps.push({
    at: `${c.investigateOn} 09:00`,
    run: async () => {
      const row = await q
        .selectFrom('villageAffairsComplaints')
        .select('id')
        .where('orgId', '=', idOf(c.code))
        .executeTakeFirstOrThrow();
      await startInvestigation(on(deps, c.investigateOn), clerk, row.id);
    },
  });

  steps.sort((a, b) => a.at.localeCompare(b.at));
  for (const s of steps) await s.run();
}

/** The cadre and committee-chair accounts of the villages (上林湖村's cadre comes with the foundation). */
async function createAccounts(deps: Deps, idOf: (code: string) => string) {
  const hash = await hashPassword(DEMO_PASSWORD);
  await mutation(deps, SEED_CTX, async (m) => {
    let created = 0;
    for (const v of DEMO_VILLAGES) {
      for (const a of [v.cadre, v.supervisor]) {
        if (await findUserByUsername(m.trx, a.username)) continue;
        const user = await insertUser(m.trx, {
          orgId: idOf(v.code),
          username: a.username,
          displayName: a.name,
          passwordHash: hash,
          mustChangePassword: false,
          isDemo: true,
          now: m.now,
        });
        await setRoles(m.trx, user.id, ['village_cadre'], null, m.now);
        created += 1;
      }
    }
    await m.audit({
      action: 'village_affairs.demo.accounts_created',
      orgId: null,
      meta: { accounts: created },
    });
  });
}

function raise(message: string): never {
  throw new Error(message);
}
