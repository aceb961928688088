import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { docxText, ensureNoticeTemplate, personBody } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';
const PHONE = '13905741234';

describe.skipIf(pgMissing())(
  '补正 (第三十条): once, within 7 working days, the reply period restarts, overdue closes',
  () => {
    let s: TestServer;
    let clerk: TestClient;
    const at = async (iso: string) => {
      s.time.set(iso);
      clerk = await s.as('clerk'); // a jump in time idles out the old session
    };
    const register = async (submittedOn: string) => {
      const res = await clerk.post(API, { ...personBody(), channel: 'in_person', submittedOn });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      return res.json;
    };
    const letter = async (fileId: string) =>
      docxText((await clerk.get(`/api/v1/files/${fileId}`)).body);

    beforeAll(async () => {
      s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
      await ensureNoticeTemplate(s.deps);
      clerk = await s.as('clerk');
    });
    afterAll(() => s?.close());

    it('notifies once with a numbered 补正告知书; the applicant corrects on the tracking page and the 20 days restart', async () => {
      const req = await register('2024-11-20');
      expect(req.clocks.reply.dueDate).toBe('2024-12-18');
      await at('2024-11-22T02:00:00Z');
      const notice = await clerk.post(`${API}/${req.id}/correction-request`, {
        items: '请写明所需土地征收补偿方案的具体村组和年份',
      });
      expect(notice.status, JSON.stringify(notice.json)).toBe(200);
      expect(notice.json).toMatchObject({
        state: 'correction_requested',
        correction: { requestedOn: '2024-11-22', dueOn: '2024-12-13' },
      });
      expect(notice.json.clocks.reply).toMatchObject({ state: 'stopped' });
      expect(notice.json.clocks.correction).toMatchObject({
        dueDate: '2024-12-13',
        basis: '《政府信息公开条例》第三十条',
      });
      const doc = notice.json.documents.find(
        (d: { kind: string }) => d.kind === 'correction_notice',
      );
      expect(doc).toMatchObject({ docNumber: '桥政信告〔2024〕1号', visibleToApplicant: true });
      const text = await letter(doc.fileId);
      expect(text).toContain('政府信息公开申请补正告知书');
      expect(text).toContain('请写明所需土地征收补偿方案的具体村组和年份');
      expect(text).toContain('2024年12月13日前');
      expect(text).toContain('期限计算说明：自2024年11月22日次日起算');
      expect(text).toContain('第三十条');
      expect(text).toContain('视为放弃申请');
      const again = await clerk.post(`${API}/${req.id}/correction-request`, { items: '再次补正' });
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe('INVALID_STATE');

      await at('2024-11-27T02:00:00Z');
      const anon = s.client();
      const track = await anon.post('/api/v1/portal/disclosure/track', {
        code: req.trackingCode,
        phone: PHONE,
      });
      expect(track.json).toMatchObject({
        state: 'correction_requested',
        correction: { dueOn: '2024-12-13' },
        replyDueOn: null,
        replyDueExplained: null,
      });
      // The 补正 window explains itself too: 15 working days from the notice, under 第三十条.
      expect(track.json.correction.dueExplained.summary).toContain(
        '自2024年11月22日次日起算，计15个工作日',
      );
      expect(track.json.correction.dueExplained.summary).toContain('截止日为2024年12月13日');
      expect(track.json.correction.dueExplained.basis).toContain('第三十条');
      expect(track.json.correction.dueExplained.explained).toContain('依据：');
      expect(track.json.documents.map((d: { kindLabel: string }) => d.kindLabel)).toEqual([
        '补正告知书',
      ]);
      const fixed = await anon.post('/api/v1/portal/disclosure/correction', {
        code: req.trackingCode.toLowerCase(),
        phone: PHONE,
        text: '桥头镇上林湖村第三村民小组2024年土地征收补偿方案',
      });
      expect(fixed.status, JSON.stringify(fixed.json)).toBe(200);
      expect(fixed.json).toMatchObject({
        state: 'in_process',
        replyDueOn: '2024-12-25',
        correction: null,
      });
      const twice = await anon.post('/api/v1/portal/disclosure/correction', {
        code: req.trackingCode,
        phone: PHONE,
        text: '再补一次',
      });
      expect(twice.json.error.code).toBe('INVALID_STATE');
      // The applicant sees how the date was reached and on which articles.
      expect(fixed.json.replyDueExplained.summary).toContain(
        '自2024年11月27日次日起算，计20个工作日',
      );
      expect(fixed.json.replyDueExplained.summary).toContain('截止日为2024年12月25日');
      expect(fixed.json.replyDueExplained.basis).toContain('第三十条、第三十三条第二款');
      expect(fixed.json.replyDueExplained.basis).toContain('第二百零一条');
      const detail = (await clerk.get(`${API}/${req.id}`)).json;
      expect(detail.clocks.reply).toMatchObject({
        startDate: '2024-11-27',
        dueDate: '2024-12-25',
        basis: '《政府信息公开条例》第三十条、第三十三条第二款',
      });
      expect(detail.correction).toMatchObject({
        correctedOn: '2024-11-27',
        text: '桥头镇上林湖村第三村民小组2024年土地征收补偿方案',
      });
      const ev = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['basis', 'actorName', 'meta'])
        .where('action', '=', 'disclosure.request.corrected')
        .where('targetId', '=', req.id)
        .executeTakeFirstOrThrow();
      expect(ev).toMatchObject({
        basis: '《政府信息公开条例》第三十条',
        actorName: '申请人（查询页面）',
      });
      const inbox = (await clerk.get('/api/v1/inbox')).json.items.filter(
        (i: { subjectId: string }) => i.subjectId === req.id,
      );
      expect(inbox.map((i: { kind: string; dueDate: string }) => [i.kind, i.dueDate])).toEqual([
        ['disclosure.reply_due', '2024-12-25'],
      ]);
      // Still unclear after the one correction: 无法提供 (表三 （四）3) is now open, a second notice is not.
      const second = await clerk.post(`${API}/${req.id}/correction-request`, { items: '仍不明确' });
      expect(second.json.error.code).toBe('INVALID_STATE');
      const reply = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'unavailable_still_unclear',
        reasons: '补正后仍未能指明所需信息的名称或特征',
      });
      expect(reply.json.outcome).toMatchObject({
        key: 'unavailable_still_unclear',
        row: '3.补正后申请内容仍不明确',
      });
    });

    it('refuses a 补正 notice after the 7th working day, naming the article', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register('2024-11-20');
      await at('2024-12-02T02:00:00Z');
      const late = await clerk.post(`${API}/${req.id}/correction-request`, {
        items: '请补正所需信息的名称',
      });
      expect(late.status).toBe(422);
      expect(late.json.error.message).toBe(
        '依据《政府信息公开条例》第三十条，补正应当自收到申请之日起7个工作日内告知（最迟 2024-11-29），现已逾期',
      );
    });

    it('a correction received on paper is registered by staff with its date', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register('2024-11-20');
      await clerk.post(`${API}/${req.id}/correction-request`, {
        items: '请说明所需信息的文号',
        periodDays: 10,
      });
      await at('2024-11-26T02:00:00Z');
      const future = await clerk.post(`${API}/${req.id}/correction`, {
        correctedOn: '2024-11-27',
        text: '桥政发〔2024〕12号',
      });
      expect(future.status).toBe(400);
      const ok = await clerk.post(`${API}/${req.id}/correction`, {
        correctedOn: '2024-11-25',
        text: '桥政发〔2024〕12号',
      });
      expect(ok.json.clocks.reply).toMatchObject({
        startDate: '2024-11-25',
        dueDate: '2024-12-23',
      });
    });

    it('closes as 其他处理-1 only once the correction period has run out, with a 终止办理告知书', async () => {
      await at('2024-11-20T02:00:00Z');
      const req = await register('2024-11-20');
      const notice = await clerk.post(`${API}/${req.id}/correction-request`, {
        items: '请写明所需信息的名称',
      });
      expect(notice.json.correction.dueOn).toBe('2024-12-11');
      await at('2024-12-11T08:00:00Z');
      const early = await clerk.post(`${API}/${req.id}/close-correction-overdue`);
      expect(early.status).toBe(422);
      expect(early.json.error.message).toContain('补正期限至 2024-12-11 届满');
      await at('2024-12-12T02:00:00Z');
      const closed = await clerk.post(`${API}/${req.id}/close-correction-overdue`);
      expect(closed.json).toMatchObject({
        state: 'closed',
        outcome: { key: 'other_correction_overdue', on: '2024-12-12' },
      });
      expect(closed.json.clocks.correction.state).toBe('stopped');
      const doc = closed.json.documents.find((d: { kind: string }) => d.kind === 'reply');
      const text = await letter(doc.fileId);
      expect(text).toContain('政府信息公开申请终止办理告知书');
      expect(text).toContain('无正当理由逾期未补正');
      expect(text).toContain('第三十条');
      expect(text).toContain('六个月内');
      expect(doc.docNumber).toMatch(/^桥政信复〔2024〕\d+号$/);
      const tasks = await s.deps.db.kysely
        .selectFrom('tasks')
        .select('status')
        .where('subjectId', '=', req.id)
        .execute();
      expect(tasks.every((t) => t.status === 'done')).toBe(true);
    });
  },
);
