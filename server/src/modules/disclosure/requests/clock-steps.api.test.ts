import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { docxText, ensureNoticeTemplate, personBody } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';

describe.skipIf(pgMissing())(
  'the reply clock: extension (第三十三条), consultations (第三十二至三十四条), excessive requests (第三十五条)',
  () => {
    let s: TestServer;
    let clerk: TestClient;
    let head: TestClient;
    const at = async (iso: string) => {
      s.time.set(iso);
      clerk = await s.as('clerk');
      head = await s.as('head');
    };
    const register = async (submittedOn = '2024-11-20') =>
      (await clerk.post(API, { ...personBody(), channel: 'in_person', submittedOn })).json;
    const letter = async (fileId: string) =>
      docxText((await clerk.get(`/api/v1/files/${fileId}`)).body);
    const audit = (action: string, targetId: string) =>
      s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['basis', 'meta', 'actorName'])
        .where('action', '=', action)
        .where('targetId', '=', targetId)
        .execute();

    beforeAll(async () => {
      s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
      await ensureNoticeTemplate(s.deps);
      await at('2024-11-20T02:00:00Z');
    });
    afterAll(() => s?.close());

    it('extends once, by at most 20 working days, only with the office head’s approval, telling the applicant', async () => {
      const req = await register();
      expect(req.abilities.extend).toBe(false);
      const byClerk = await clerk.post(`${API}/${req.id}/extend`, {
        days: 10,
        reason: '需调取村级档案资料',
      });
      expect(byClerk.status).toBe(403);
      expect(byClerk.json.error.message).toContain('批准延长政府信息公开答复期限');
      expect((await head.get(`${API}/${req.id}`)).json.abilities.extend).toBe(true);
      const tooLong = await head.post(`${API}/${req.id}/extend`, {
        days: 21,
        reason: '需调取村级档案资料',
      });
      expect(tooLong.status).toBe(422);
      expect(tooLong.json.error.message).toBe(
        '依据《政府信息公开条例》第三十三条第二款，延长的期限最长不得超过20个工作日',
      );
      const ok = await head.post(`${API}/${req.id}/extend`, {
        days: 10,
        reason: '需调取村级档案资料',
      });
      expect(ok.status, JSON.stringify(ok.json)).toBe(200);
      // 2024-12-18 + 10 working days, skipping 2025-01-01 (元旦).
      expect(ok.json.clocks.reply).toMatchObject({ dueDate: '2025-01-02', extensionDays: 10 });
      expect(ok.json.extension).toEqual({ days: 10, on: '2024-11-20' });
      expect(ok.json.abilities.extend).toBe(false);
      const doc = ok.json.documents.find((d: { kind: string }) => d.kind === 'extension_notice');
      expect(doc.visibleToApplicant).toBe(true);
      const text = await letter(doc.fileId);
      expect(text).toContain('延长10个工作日');
      expect(text).toContain('2025年1月2日前作出答复');
      // The letter explains the date: the extension and the skipped 元旦.
      expect(text).toContain('期限计算说明');
      expect(text).toContain('经批准延长10个工作日');
      expect(text).toContain('元旦放假1天');
      expect(text).toContain('政府信息公开工作机构负责人同意');
      const [ev] = await audit('disclosure.request.extended', req.id);
      expect(ev?.basis).toBe('《政府信息公开条例》第三十三条第二款');
      expect(JSON.parse(ev!.meta!)).toMatchObject({
        approvedBy: '陈镇长',
        newDueDate: '2025-01-02',
      });
      const again = await head.post(`${API}/${req.id}/extend`, { days: 5, reason: '仍需时间' });
      expect(again.status).toBe(422);
      expect(again.json.error.message).toContain('只能延长一次');
    });

    it('refuses an extension once the reply period has run out (it must be decided and told within it)', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register();
      expect(req.clocks.reply.dueDate).toBe('2024-12-18');
      await at('2024-12-19T02:00:00Z');
      expect((await head.get(`${API}/${req.id}`)).json.abilities.extend).toBe(false);
      const late = await head.post(`${API}/${req.id}/extend`, {
        days: 10,
        reason: '需调取村级档案资料',
      });
      expect(late.status).toBe(422);
      expect(late.json.error.message).toContain('第三十三条第二款');
      expect(late.json.error.message).toContain('2024-12-18 届满');
      expect((await audit('disclosure.request.extended', req.id)).length).toBe(0);
      await at('2024-11-20T02:00:00Z');
    });

    it('stands the clock still while a third party is consulted, then withholds on its reasoned objection', async () => {
      const req = await register();
      await at('2024-11-22T02:00:00Z');
      const started = await clerk.post(`${API}/${req.id}/consultations`, {
        kind: 'third_party',
        partyName: '慈溪市桥头五金制品有限公司',
        matter: '申请公开的补偿协议中含有贵公司的经营数据',
        sentOn: '2024-11-22',
      });
      expect(started.status, JSON.stringify(started.json)).toBe(200);
      expect(started.json.state).toBe('consulting');
      expect(started.json.clocks.reply.state).toBe('paused');
      expect(started.json.consultations[0]).toMatchObject({
        dueOn: '2024-12-13',
        kindLabel: '征求第三方意见',
      });
      const letterDoc = started.json.documents.find(
        (d: { kind: string }) => d.kind === 'consultation_letter',
      );
      expect(letterDoc.visibleToApplicant).toBe(false);
      expect(await letter(letterDoc.fileId)).toContain('15个工作日内');
      expect(
        (await clerk.post(`${API}/${req.id}/reply`, { outcome: 'disclosed' })).json.error.code,
      ).toBe('INVALID_STATE');

      await at('2024-12-04T02:00:00Z');
      const cid = started.json.consultations[0].id;
      expect(
        (await clerk.post(`${API}/${req.id}/consultations/${cid}/answer`, { opinion: 'object' }))
          .status,
      ).toBe(400);
      const answered = await clerk.post(`${API}/${req.id}/consultations/${cid}/answer`, {
        opinion: 'object',
        note: '涉及本公司商业秘密，不同意公开',
      });
      expect(answered.json.state).toBe('in_process');
      // Counted 11-21 and 11-22, stood still to 12-04, then 18 more working days.
      expect(answered.json.clocks.reply).toMatchObject({ state: 'running', dueDate: '2024-12-30' });
      const pauses = await s.deps.db.kysely
        .selectFrom('clockPauses')
        .select(['reason', 'fromDate', 'toDate'])
        .where('clockId', '=', answered.json.clocks.reply.id)
        .execute();
      expect(pauses).toEqual([
        { reason: 'third_party', fromDate: '2024-11-22', toDate: '2024-12-04' },
      ]);
      const reply = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'withheld_third_party',
        reasons: '第三方书面提出不同意公开并说明了合理理由',
      });
      expect(reply.json.outcome).toMatchObject({
        key: 'withheld_third_party',
        row: '4.保护第三方合法权益',
      });
      const text = await letter(
        reply.json.documents.find((d: { kind: string }) => d.kind === 'reply').fileId,
      );
      expect(text).toContain('第十五条、第三十二条、第三十六条第（三）项');
      expect(text).toContain('应当先向行政复议机关申请行政复议');
    });

    it('a late third-party answer ends the excluded time on its 15th working day; the record keeps the real date', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register();
      await at('2024-11-22T02:00:00Z');
      const started = await clerk.post(`${API}/${req.id}/consultations`, {
        kind: 'third_party',
        partyName: '慈溪市桥头五金制品有限公司',
        matter: '补偿协议含经营数据',
        sentOn: '2024-11-22',
      });
      const c = started.json.consultations[0];
      expect(c.dueOn).toBe('2024-12-13');
      await at('2024-12-20T02:00:00Z');
      const answered = await clerk.post(`${API}/${req.id}/consultations/${c.id}/answer`, {
        opinion: 'agree',
      });
      expect(answered.status, JSON.stringify(answered.json)).toBe(200);
      expect(answered.json.consultations[0].answeredOn).toBe('2024-12-20');
      const pauses = await s.deps.db.kysely
        .selectFrom('clockPauses')
        .select(['fromDate', 'toDate'])
        .where('clockId', '=', answered.json.clocks.reply.id)
        .execute();
      expect(pauses).toEqual([{ fromDate: '2024-11-22', toDate: '2024-12-13' }]);
      // 11-21 and 11-22 counted; from 12-13 on 18 more working days, skipping 2025-01-01.
      expect(answered.json.clocks.reply).toMatchObject({ state: 'running', dueDate: '2025-01-09' });
      const [ev] = await audit('disclosure.request.consultation_answered', req.id);
      expect(JSON.parse(ev!.meta!)).toMatchObject({
        answeredOn: '2024-12-20',
        late: true,
        excludedUntil: '2024-12-13',
      });
    });

    it('an agency’s silence counts as consent only after its 15 working days; the excluded time ends on the last day', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register();
      const started = await clerk.post(`${API}/${req.id}/consultations`, {
        kind: 'interagency',
        partyName: '慈溪市自然资源和规划局',
        matter: '该信息由贵局与本机关共同制作',
        sentOn: '2024-11-20',
      });
      const c = started.json.consultations[0];
      expect(c.dueOn).toBe('2024-12-11');
      await at('2024-12-11T08:00:00Z');
      const early = await clerk.post(`${API}/${req.id}/consultations/${c.id}/answer`, {
        opinion: 'no_reply',
      });
      expect(early.status).toBe(422);
      expect(early.json.error.message).toContain('第三十四条');
      await at('2024-12-16T02:00:00Z');
      const silent = await clerk.post(`${API}/${req.id}/consultations/${c.id}/answer`, {
        opinion: 'no_reply',
      });
      expect(silent.json.consultations[0]).toMatchObject({
        answeredOn: '2024-12-11',
        opinionLabel: '逾期未提出意见',
      });
      const pauses = await s.deps.db.kysely
        .selectFrom('clockPauses')
        .select(['fromDate', 'toDate'])
        .where('clockId', '=', silent.json.clocks.reply.id)
        .execute();
      expect(pauses).toEqual([{ fromDate: '2024-11-20', toDate: '2024-12-11' }]);
    });

    it('asks for reasons before refusing an excessive request, and may set a later deadline (第三十五条)', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register();
      await clerk.post(`${API}/${req.id}/accept`);
      expect(
        (
          await clerk.post(`${API}/${req.id}/reply`, {
            outcome: 'rejected_excessive',
            reasons: '一周内提出同类申请五十件',
          })
        ).status,
      ).toBe(422);
      const asked = await clerk.post(`${API}/${req.id}/explanation`, {
        reason: '一周内就同类事项提出申请五十件',
      });
      expect(asked.json.explanationRequestedOn).toBe('2024-11-20');
      expect(
        asked.json.documents.some(
          (d: { kind: string; visibleToApplicant: boolean }) =>
            d.kind === 'explanation_notice' && d.visibleToApplicant,
        ),
      ).toBe(true);
      expect(
        (await clerk.post(`${API}/${req.id}/delay`, { dueOn: '2025-01-20', reason: '需逐件检索' }))
          .status,
      ).toBe(403);
      const delayed = await head.post(`${API}/${req.id}/delay`, {
        dueOn: '2025-01-20',
        reason: '所涉信息数量较大需逐件检索',
      });
      expect(delayed.status, JSON.stringify(delayed.json)).toBe(200);
      expect(delayed.json.clocks.reply.dueDate).toBe('2025-01-20');
      expect(delayed.json.delayDueOn).toBe('2025-01-20');
      // The art 35 delay is not the art 33 extension: that one is still available.
      expect(delayed.json.abilities.extend).toBe(true);
      const [ev] = await audit('disclosure.request.delay_set', req.id);
      expect(ev?.basis).toBe('《政府信息公开条例》第三十五条');
      const reply = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'rejected_excessive',
        reasons: '申请人未能说明合理理由',
      });
      expect(reply.json.outcome.key).toBe('rejected_excessive');
    });
  },
);
