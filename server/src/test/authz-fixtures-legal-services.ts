import { hashPassword } from '../modules/auth/passwords.js';
import { insertUser, setRoles } from '../modules/users/user.repository.js';
import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

const PASSWORD = 'Demo@2024';

/**
 * 公共法律服务 records in the town of `clerkName` (桥头镇's demo clerk, or a matrix town's clerk), made
 * through the API by the town's window clerk: a window with a ticket and a visit, a legal-aid
 * application, a village adviser. Bookings and questions arrive only on the portal (桥头镇's): in
 * another town they are written as rows, the way that town's own portal would have left them.
 */
export async function legalServicesRecords(
  s: TestServer,
  clerkName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const q = s.deps.db.kysely;
  const clerk = await q
    .selectFrom('users')
    .select('orgId')
    .where('username', '=', clerkName)
    .executeTakeFirstOrThrow();
  const town = await q
    .selectFrom('orgs')
    .select(['id', 'path', 'townId'])
    .where('id', '=', clerk.orgId)
    .executeTakeFirstOrThrow();
  const townId = town.townId ?? town.id;
  const { path } = await q
    .selectFrom('orgs')
    .select('path')
    .where('id', '=', townId)
    .executeTakeFirstOrThrow();
  const username = clerkName === 'clerk' ? 'window' : `${clerkName}-window`;
  if (username !== 'window') {
    const user = await insertUser(q, {
      orgId: clerk.orgId,
      username,
      displayName: username,
      passwordHash: await hashPassword(PASSWORD),
      mustChangePassword: false,
      now: s.time.now(),
    });
    await setRoles(q, user.id, ['window_clerk'], null, s.time.now());
  }
  const window = await s.as(username);
  const ok = <T>(res: { status: number; json: T }, what: string) => {
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  };

  const existing = await window.get('/api/v1/legal-services/windows');
  const windows = existing.json.items.length
    ? existing.json.items
    : ok(await window.post('/api/v1/legal-services/windows/defaults', {}), 'windows').items;
  const consult = windows.find((w: { kind: string }) => w.kind === 'consultation');
  const ticket = ok(
    await window.post(`/api/v1/legal-services/windows/${consult.id}/tickets`, {}),
    'ticket',
  );
  const visit = ok(
    await window.post(`/api/v1/legal-services/windows/${consult.id}/visits`, {
      channel: 'walk_in',
      visitorName: '矩阵测试',
      topic: '矩阵测试事项',
      outcome: 'answered',
    }),
    'visit',
  );
  const aid = ok(
    await window.post('/api/v1/legal-services/aid', {
      applicantName: '矩阵测试',
      matter: 'a31_labour',
      summary: '矩阵测试',
      meansMethod: 'pledge',
      pledgeSigned: true,
    }),
    'aid',
  );
  const village = await q
    .selectFrom('orgs')
    .select('id')
    .where('parentId', '=', townId)
    .where('kind', 'in', ['village', 'community'])
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const adviser = ok(
    await window.post('/api/v1/legal-services/advisers', {
      villageId: clerkName === 'clerk' ? await cadreVillage(s) : village.id,
      name: '矩阵顾问',
      firm: '矩阵律师事务所',
      phone: '0574-63210000',
      hours: '每周三上午',
      place: '村便民服务中心',
      since: '2024-11-19',
    }),
    'adviser',
  );
  const at = s.time.now().toISOString();
  const appointment = { id: crypto.randomUUID() };
  const question = { id: crypto.randomUUID() };
  await q
    .insertInto('legalAppointments')
    .values({
      id: appointment.id,
      orgId: townId,
      windowId: consult.id,
      onDate: '2024-11-21',
      slot: 'am',
      name: '矩阵测试',
      phone: '13900000000',
      topic: '矩阵测试',
      code: `YY-MX${clerkName}`.slice(0, 20),
      status: 'booked',
      ticketId: null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  await q
    .insertInto('legalQuestions')
    .values({
      id: question.id,
      orgId: townId,
      code: `ZX-MX${clerkName}`.slice(0, 20),
      name: '矩阵测试',
      phone: '13900000000',
      village: null,
      question: '矩阵测试问题',
      askedOn: '2024-11-19',
      answer: null,
      answeredOn: null,
      answeredBy: null,
      answeredByName: null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  const villagePath = (
    await q
      .selectFrom('orgs')
      .select('path')
      .where('id', '=', adviser.villageId)
      .executeTakeFirstOrThrow()
  ).path;
  const of = (id: string): Fixture => ({ params: { id }, orgPath: path });
  return {
    legalWindow: of(consult.id),
    legalTicket: of(ticket.id),
    legalVisit: of(visit.id),
    legalAid: of(aid.id),
    legalAppointment: of(appointment.id),
    legalQuestion: of(question.id),
    legalAdviser: { params: { id: adviser.id }, orgPath: villagePath },
  };
}

/** 上林湖村, the demo cadre's village: the cadre keeps its adviser's log. */
async function cadreVillage(s: TestServer) {
  const row = await s.deps.db.kysely
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', '330282109202')
    .executeTakeFirstOrThrow();
  return row.id;
}
