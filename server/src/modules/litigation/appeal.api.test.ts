import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** A suit through appeal: the 答辩状 as DOCX, the appeal clock, a second 会商 before the second answer. */
describe.skipIf(pgMissing())('litigation: 答辩状, appeal and repeat 会商', () => {
  let s: TestServer;
  let clerk: TestClient;

  const at = async (iso: string) => {
    s.time.set(iso);
    clerk = await s.as('clerk');
  };
  const call = (id: string, path: string, body: unknown) =>
    clerk.post(`/api/v1/litigation/cases/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown) => {
    const res = await call(id, path, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const refused = async (id: string, path: string, body: unknown, code: string) => {
    const res = await call(id, path, body);
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    expect(res.json.error.code).toBe(code);
    return res.json.error;
  };
  const docText = async (fileId: string) => {
    const res = await clerk.get(`/api/v1/files/${fileId}`);
    expect(res.status).toBe(200);
    return (
      await (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string')
    ).replace(/<[^>]+>/g, '');
  };
  const register = async (caseNo: string) => {
    const res = await clerk.post('/api/v1/litigation/cases', {
      kind: 'litigation',
      caseNo,
      title: '不服责令限期拆除决定',
      claimantName: '张三',
      claimantIsPerson: true,
      reviewBody: '慈溪市人民法院',
      receivedOn: '2025-03-03',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };
  const meeting = (heldOn: string, decision: string) => ({
    heldOn,
    attendees: ['王副镇长（分管领导）', '周律师（法律顾问）'],
    analysis: '拆除决定事实清楚、程序合法。',
    decision,
  });

  beforeAll(async () => {
    s = await startTestServer();
    await at('2025-03-05T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('issues the 答辩状, answers the other side’s appeal after a second 会商, and ends final', async () => {
    const c = await register('（2025）浙0282行初7号');
    await ok(c.id, 'consult', meeting('2025-03-04', '按期答辩'));
    const answered = await ok(c.id, 'answer', {
      filedOn: '2025-03-05',
      opinion: '被诉拆除决定认定事实清楚，适用法律正确，程序合法，请求驳回原告诉讼请求。',
      evidence: ['责令限期拆除决定书及送达回证', '现场勘验笔录和照片'],
    });
    expect(answered.answerFileId).toBeTruthy();
    const defence = await docText(answered.answerFileId);
    for (const part of [
      '行政诉讼答辩状',
      '答辩人（被告）：桥头镇',
      '原告：张三',
      '（2025）浙0282行初7号',
      '《行政诉讼法》第六十七条',
      '请求驳回原告诉讼请求',
      '2. 现场勘验笔录和照片',
      '慈溪市人民法院',
    ])
      expect(defence).toContain(part);

    await at('2025-05-20T02:00:00Z');
    const judged = await ok(c.id, 'conclude', {
      outcome: 'revoked',
      decisionForm: 'judgment',
      servedOn: '2025-05-20',
    });
    // 行政诉讼法 第八十五条: 15 days from service of a judgment, as a clock of the case.
    expect(judged.appealDue).toBe('2025-06-04');
    expect(judged.appealClock).toMatchObject({
      dueDate: '2025-06-04',
      limitDays: 15,
      basis: expect.stringContaining('第八十五条'),
    });

    // The claimant appeals the part it lost: the town has 15 days from the copy to answer again.
    await at('2025-05-28T02:00:00Z');
    const appealed = await ok(c.id, 'appeal', { by: 'other', on: '2025-05-28' });
    expect(appealed).toMatchObject({
      status: 'appealed',
      appealedBy: 'other',
      answerDue: '2025-06-12',
      answeredOn: null,
    });
    expect(appealed.appealClock.status).toBe('stopped');
    expect(appealed.answerClock).toMatchObject({ dueDate: '2025-06-12', status: 'on_track' });
    // The first 会商 was before the appeal: a second one is needed before this answer.
    const again = await refused(c.id, 'answer', { filedOn: '2025-05-28' }, 'CONSULTATION_REQUIRED');
    expect(again.details.basis).toContain('会商');
    const reconsulted = await ok(c.id, 'reconsult', meeting('2025-05-28', '针对上诉理由答辩'));
    expect(reconsulted.status).toBe('appealed');
    expect(
      reconsulted.consultations.map((x: { heldOn: string; stageLabel: string }) => [
        x.heldOn,
        x.stageLabel,
      ]),
    ).toEqual([
      ['2025-03-04', '已收到副本（待会商）'],
      ['2025-05-28', '已上诉（二审）'],
    ]);
    await at('2025-05-29T02:00:00Z');
    const second = await ok(c.id, 'answer', {
      filedOn: '2025-05-29',
      opinion: '上诉理由不能成立，请求驳回上诉。',
    });
    expect(await docText(second.answerFileId)).toContain('被上诉人：桥头镇');
    expect(second.answerFileId).not.toBe(answered.answerFileId);

    await at('2025-08-01T02:00:00Z');
    const final = await ok(c.id, 'conclude', {
      outcome: 'dismissed',
      decisionForm: 'judgment',
      servedOn: '2025-08-01',
    });
    // A second-instance judgment is final: no appeal period, nothing to appeal.
    expect(final.appealDue).toBeNull();
    await refused(c.id, 'appeal', { by: 'town', on: '2025-08-01' }, 'NOT_APPEALABLE');
    expect(final.path.map((p: { label: string }) => p.label)).toEqual([
      '案件会商',
      '提交答复/答辩',
      '登记结果',
      '上诉',
      '再次会商',
      '提交答复/答辩',
      '登记结果',
    ]);
  });

  it('lets the town appeal a ruling within 10 days, only after a 会商 since it', async () => {
    await at('2025-03-05T02:00:00Z');
    const c = await register('（2025）浙0282行初8号');
    await ok(c.id, 'consult', meeting('2025-03-04', '按期答辩'));
    await ok(c.id, 'answer', { filedOn: '2025-03-05' });
    await at('2025-04-01T02:00:00Z');
    const ruled = await ok(c.id, 'conclude', {
      outcome: 'rejected',
      decisionForm: 'ruling',
      servedOn: '2025-04-01',
    });
    expect(ruled.appealDue).toBe('2025-04-11');
    await refused(c.id, 'appeal', { by: 'town', on: '2025-04-01' }, 'CONSULTATION_REQUIRED');
    await ok(c.id, 'reconsult', meeting('2025-04-01', '不上诉'));
    await at('2025-04-14T02:00:00Z');
    const late = await refused(c.id, 'appeal', { by: 'town', on: '2025-04-14' }, 'APPEAL_LATE');
    expect(late.details.basis).toContain('《行政诉讼法》第八十五条');
    const inTime = await ok(c.id, 'appeal', {
      by: 'town',
      on: '2025-04-10',
      court: '宁波市中级人民法院',
    });
    expect(inTime).toMatchObject({ status: 'appealed', appealedBy: 'town' });
    expect(inTime.abilities).not.toContain('answer');
    await refused(c.id, 'answer', { filedOn: '2025-04-14' }, 'OWN_APPEAL');
  });
});
