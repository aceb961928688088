import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { insertUser, setRoles } from '../users/user.repository.js';
import { serviceContract } from './demo/review-demo.texts.js';

const CONTRACT = serviceContract({
  buyer: '慈溪市桥头镇人民政府',
  provider: '慈溪市洁美环境服务有限公司',
  service: '镇区道路保洁',
  amountYuan: 460_000,
  startDate: '2025-01-01',
  endDate: '2025-12-31',
});

/** Where the office that submitted a review item also accepts it, the record says so (issue #15). */
describe.skipIf(pgMissing())('one office both submitting and accepting a review item', () => {
  let s: TestServer;
  let clerk: TestClient;
  const q = () => s.deps.db.kysely;

  /** An office clerk of 桥头镇 in the office with this slug (党建综合办 djzhb, 综合行政执法队 zfd). */
  async function clerkOf(username: string, slug: string): Promise<TestClient> {
    const org = await q()
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', `330282109000-${slug}`)
      .executeTakeFirstOrThrow();
    const user = await insertUser(q(), {
      orgId: org.id,
      username,
      displayName: username,
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: s.time.now(),
    });
    await setRoles(q(), user.id, ['office_clerk'], null, s.time.now());
    return s.as(username);
  }

  /** Submitted by `by`, accepted by the demo 党建综合办 clerk; the item's detail after acceptance. */
  async function submitAndAccept(by: TestClient, title: string) {
    const created = await by.post('/api/v1/review/items', {
      type: 'gov_contract',
      title,
      text: CONTRACT,
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    for (const key of ['counterparty_licence', 'decision_basis'])
      await by.post(`/api/v1/review/items/${id}/materials`, { key, note: '纸质原件已核对' });
    expect((await by.post(`/api/v1/review/items/${id}/submit`)).status).toBe(200);
    const accepted = await clerk.post(`/api/v1/review/items/${id}/accept`);
    expect(accepted.json.error ?? null).toBeNull();
    const event = await q()
      .selectFrom('auditEvents')
      .select('meta')
      .where('targetId', '=', id)
      .where('action', '=', 'review.item.accepted')
      .executeTakeFirstOrThrow();
    const detail = (await clerk.get(`/api/v1/review/items/${id}`)).json;
    const step = detail.steps.find((st: { action: string }) => st.action === 'accept');
    return { detail, step, meta: JSON.parse(event.meta!) };
  }

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('clerk');
  });
  afterAll(() => s?.close());

  it('says so when the same person submitted and accepted', async () => {
    const { detail, step, meta } = await submitAndAccept(clerk, '桥头镇镇区道路保洁服务合同');
    expect(detail.sameOffice).toMatchObject({ kind: 'same_person', acceptedBy: '赵经办' });
    expect(step.note).toBe(detail.sameOffice.message);
    expect(meta.sameOffice).toBe('same_person');
  });

  it('says so when a colleague in the submitting office accepted', async () => {
    const colleague = await clerkOf('djzhb2', 'djzhb');
    const { detail, step, meta } = await submitAndAccept(colleague, '桥头镇河道保洁服务合同');
    expect(detail.sameOffice).toMatchObject({ kind: 'same_office' });
    expect(step.note).toContain('同一科室');
    expect(meta.sameOffice).toBe('same_office');
  });

  it('records nothing when another office submitted', async () => {
    const other = await clerkOf('zfd2', 'zfd');
    const { detail, step, meta } = await submitAndAccept(other, '桥头镇执法车辆租赁合同');
    expect(detail.sameOffice).toBeNull();
    expect(step.note).toBeNull();
    expect(meta.sameOffice).toBeUndefined();
  });
});
