import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { hashPassword } from '../../auth/passwords.js';
import { insertUser, setRoles } from '../../users/user.repository.js';
import { companyBody, ensureNoticeTemplate, personBody, residentId } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';

describe.skipIf(pgMissing())(
  '依申请公开: receipt dates by channel (第三十一条), online applications, the queue',
  () => {
    let s: TestServer;
    let clerk: TestClient;
    const audits = async (action: string, targetId?: string) => {
      let q = s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['meta', 'basis', 'actorName'])
        .where('action', '=', action);
      if (targetId) q = q.where('targetId', '=', targetId);
      return q.execute();
    };

    beforeAll(async () => {
      s = await startTestServer(); // 2024-11-20 (Wednesday)
      await ensureNoticeTemplate(s.deps);
      clerk = await s.as('clerk');
    });
    afterAll(() => s?.close());

    it('in person: the day of submission is the receipt day, and the 20 working days run from it', async () => {
      const res = await clerk.post(API, {
        ...personBody(),
        channel: 'in_person',
        submittedOn: '2024-11-18',
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      expect(res.json).toMatchObject({
        state: 'received',
        dates: { receivedOn: '2024-11-18' },
        channelLabel: '当面提交',
      });
      expect(res.json.clocks.reply).toMatchObject({
        startDate: '2024-11-18',
        dueDate: '2024-12-16',
        basis: '《政府信息公开条例》第三十三条第二款',
        state: 'running',
      });
      // The 补正 window: 7 working days (第三十条).
      expect(res.json.clocks.correctionNotice).toMatchObject({ dueDate: '2024-11-27' });
      expect(res.json.idNumberMasked).toBe('330282********0011');
      expect(res.json.idNumberMasked).not.toContain('19850312');
      const [ev] = await audits('disclosure.request.registered', res.json.id);
      expect(ev?.basis).toBe('《政府信息公开条例》第三十一条');
      expect(JSON.parse(ev!.meta!)).toMatchObject({
        channel: 'in_person',
        receivedOn: '2024-11-18',
      });
      const inbox = await clerk.get('/api/v1/inbox');
      expect(
        inbox.json.items.some(
          (i: { kind: string; subjectId: string; dueDate: string }) =>
            i.kind === 'disclosure.reply_due' &&
            i.subjectId === res.json.id &&
            i.dueDate === '2024-12-16',
        ),
      ).toBe(true);
    });

    it('signed-for post: the day the office signed for it, not the day it was posted', async () => {
      const res = await clerk.post(API, {
        ...personBody(),
        channel: 'registered_post',
        submittedOn: '2024-11-12',
        signedOn: '2024-11-15',
      });
      expect(res.status).toBe(201);
      expect(res.json.dates).toMatchObject({ receivedOn: '2024-11-15', signedOn: '2024-11-15' });
      const missing = await clerk.post(API, {
        ...personBody(),
        channel: 'registered_post',
        submittedOn: '2024-11-12',
      });
      expect(missing.status).toBe(400);
      expect(missing.json.error.message).toContain('签收日期');
    });

    it('ordinary letter: the confirmation date, with a warning when not confirmed on the day it arrived', async () => {
      const same = await clerk.post(API, {
        ...personBody(),
        channel: 'ordinary_letter',
        arrivedOn: '2024-11-19',
        confirmedOn: '2024-11-19',
      });
      expect(same.json.dates.receivedOn).toBe('2024-11-19');
      expect(same.json.receiptNote).toBeNull();
      const late = await clerk.post(API, {
        ...personBody(),
        channel: 'ordinary_letter',
        arrivedOn: '2024-11-18',
        confirmedOn: '2024-11-20',
      });
      expect(late.json.dates.receivedOn).toBe('2024-11-20');
      expect(late.json.receiptNote).toContain('应当于收到申请的当日确认');
      const before = await clerk.post(API, {
        ...personBody(),
        channel: 'ordinary_letter',
        arrivedOn: '2024-11-19',
        confirmedOn: '2024-11-18',
      });
      expect(before.status).toBe(400);
      expect(before.json.error.message).toBe('确认日期不能早于信函收到日期');
    });

    it('fax: waits for 双方确认; the confirmation day becomes the receipt day', async () => {
      const res = await clerk.post(API, {
        ...personBody(),
        channel: 'fax',
        submittedOn: '2024-11-19',
      });
      expect(res.json).toMatchObject({
        state: 'pending_confirmation',
        dates: { receivedOn: null },
        clocks: { reply: null },
      });
      expect(res.json.abilities.confirmReceipt).toBe(true);
      const early = await clerk.post(`${API}/${res.json.id}/confirm`, {
        confirmedOn: '2024-11-18',
      });
      expect(early.status).toBe(400);
      expect(early.json.error.message).toBe('双方确认日期不能早于申请提交日期');
      const ok = await clerk.post(`${API}/${res.json.id}/confirm`, { confirmedOn: '2024-11-20' });
      expect(ok.json).toMatchObject({
        state: 'received',
        dates: { receivedOn: '2024-11-20', confirmedOn: '2024-11-20' },
      });
      expect(ok.json.clocks.reply.dueDate).toBe('2024-12-18');
      const [ev] = await audits('disclosure.request.receipt_confirmed', res.json.id);
      expect(ev?.basis).toBe('《政府信息公开条例》第三十一条第三项');
    });

    it('refuses a receipt date in the future, in Chinese, for every channel', async () => {
      const cases = [
        { channel: 'in_person', submittedOn: '2024-11-21' },
        { channel: 'registered_post', signedOn: '2024-11-25' },
        { channel: 'ordinary_letter', arrivedOn: '2024-11-20', confirmedOn: '2024-11-21' },
        { channel: 'online', confirmedOn: '2024-12-01' },
        { channel: 'fax', submittedOn: '2024-11-22' },
      ];
      for (const c of cases) {
        const res = await clerk.post(API, { ...personBody(), ...c });
        expect(res.status, JSON.stringify(c)).toBe(400);
        expect(res.json.error.message).toMatch(/晚于今天（2024-11-20）/);
      }
    });

    it('checks identity numbers: MOD 11-2 for resident IDs, GB 32100 for credit codes, and the type for the applicant', async () => {
      const wrongCheck = residentId('33028219850312001').slice(0, 17) + '9';
      const bad = await clerk.post(API, {
        ...personBody({ idNumber: wrongCheck }),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      });
      expect(bad.status).toBe(400);
      expect(bad.json.error).toMatchObject({
        code: 'INVALID_ID_NUMBER',
        message: '居民身份证号码校验位不正确，请核对（GB 11643-1999）',
      });
      const badCode = await clerk.post(API, {
        ...companyBody({ idNumber: '91330282MA2AJ8WQ70' }),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      });
      expect(badCode.json.error.message).toContain('统一社会信用代码');
      const mixed = await clerk.post(API, {
        ...companyBody({ idType: 'resident_id', idNumber: residentId('33028219850312001') }),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      });
      expect(mixed.json.error.message).toBe('法人或其他组织应提供统一社会信用代码');
      const company = await clerk.post(API, {
        ...companyBody(),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      });
      expect(company.status).toBe(201);
      expect(company.json).toMatchObject({
        applicantKindLabel: '商业企业',
        idTypeLabel: '统一社会信用代码',
        phoneMasked: '057****1234',
      });
    });

    it('online without an account: a tracking code, an SMS, and no clock until the office confirms', async () => {
      const anon = s.client();
      const res = await anon.post(
        '/api/v1/portal/disclosure/requests',
        personBody({ phone: '13800571111' }),
      );
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      expect(res.json.trackingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(res.json.state).toBe('pending_confirmation');
      const sms = await s.deps.db.kysely
        .selectFrom('smsOutbox')
        .select('text')
        .where('phone', '=', '13800571111')
        .execute();
      expect(sms[0]?.text).toContain(res.json.trackingCode);
      const [ev] = await audits('disclosure.request.submitted', res.json.id);
      expect(ev?.actorName).toBe('申请人（网上申请）');
      const row = await s.deps.db.kysely
        .selectFrom('disclosureRequests')
        .select(['idNumberEnc', 'phoneEnc'])
        .where('id', '=', res.json.id)
        .executeTakeFirstOrThrow();
      expect(row.idNumberEnc).not.toContain('3302821985');
      expect(row.phoneEnc).not.toContain('13800571111');
      const confirm = await clerk.post(`${API}/${res.json.id}/confirm`, {});
      expect(confirm.json.dates.receivedOn).toBe('2024-11-20');
    });

    it('shows full ID number and phone only with permission, each read audited', async () => {
      const res = await clerk.post(API, {
        ...personBody(),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      });
      const pii = await clerk.get(`${API}/${res.json.id}/pii`);
      expect(pii.json).toEqual({ idNumber: personBody().idNumber, phone: '13905741234' });
      expect(await audits('disclosure.request.pii_read', res.json.id)).toHaveLength(1);
      const head = await s.as('head');
      expect((await head.get(`${API}/${res.json.id}/pii`)).status).toBe(403);
      expect((await head.get(`${API}/${res.json.id}`)).json.abilities.readPii).toBe(false);
    });

    it('keeps applications to their town: 403 without the permission, 404 from another town', async () => {
      const res = await clerk.post(API, {
        ...personBody(),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      });
      const cadre = await s.as('cadre');
      expect((await cadre.get(API)).status).toBe(403);
      expect(
        (
          await cadre.post(API, {
            ...personBody(),
            channel: 'in_person',
            submittedOn: '2024-11-20',
          })
        ).status,
      ).toBe(403);
      const q = s.deps.db.kysely;
      const other = await q
        .selectFrom('orgs')
        .select('id')
        .where('kind', '=', 'town')
        .where('code', '!=', '330282109000')
        .executeTakeFirstOrThrow();
      const user = await insertUser(q, {
        orgId: other.id,
        username: 'othertown',
        displayName: '外镇经办',
        passwordHash: await hashPassword('Demo@2024'),
        mustChangePassword: false,
        now: s.time.now(),
      });
      await setRoles(q, user.id, ['office_clerk'], null, s.time.now());
      const outsider = await s.as('othertown');
      expect((await outsider.get(`${API}/${res.json.id}`)).status).toBe(404);
      expect((await outsider.post(`${API}/${res.json.id}/accept`)).status).toBe(404);
      expect((await outsider.get(API)).json.total).toBe(0);
      const county = await s.as('county');
      expect((await county.get(`${API}/${res.json.id}`)).status).toBe(200);
    });

    it('filters the queue by clocks due soon and overdue, overdue marked as such', async () => {
      const dueToday = await clerk.post(API, {
        ...personBody({ applicantName: '期限今日' }),
        channel: 'in_person',
        submittedOn: '2024-10-23',
      });
      const late = await clerk.post(API, {
        ...personBody({ applicantName: '已经超期' }),
        channel: 'in_person',
        submittedOn: '2024-10-15',
      });
      expect(dueToday.json.clocks.reply).toMatchObject({
        dueDate: '2024-11-20',
        status: 'due_soon',
        daysLeft: 0,
      });
      expect(late.json.clocks.reply).toMatchObject({ dueDate: '2024-11-12', status: 'overdue' });
      const overdue = (await clerk.get(`${API}?due=overdue`)).json;
      expect(overdue.items.map((i: { applicantName: string }) => i.applicantName)).toEqual([
        '已经超期',
      ]);
      expect(overdue.items[0]).toMatchObject({
        clockStatus: 'overdue',
        clockStatusLabel: '已超期',
        replyDueOn: '2024-11-12',
      });
      const soon = (await clerk.get(`${API}?due=due_soon`)).json;
      expect(soon.items.map((i: { applicantName: string }) => i.applicantName)).toEqual([
        '期限今日',
      ]);
      const inbox = (await clerk.get('/api/v1/inbox?status=overdue')).json;
      expect(inbox.items.some((i: { subjectId: string }) => i.subjectId === late.json.id)).toBe(
        true,
      );
    });

    it('lists with filters and exports the ledger without personal numbers', async () => {
      const list = await clerk.get(`${API}?channel=ordinary_letter&pageSize=5`);
      expect(list.json.total).toBe(2);
      expect(
        list.json.items.every((i: { channel: string }) => i.channel === 'ordinary_letter'),
      ).toBe(true);
      expect(
        (await clerk.get(`${API}?state=pending_confirmation`)).json.items.every(
          (i: { state: string }) => i.state === 'pending_confirmation',
        ),
      ).toBe(true);
      expect((await clerk.get(`${API}?q=${encodeURIComponent('工业用地')}`)).json.total).toBe(1);
      const bad = await clerk.get(`${API}?due=tomorrow`);
      expect(bad.status).toBe(400);
      const xlsx = await clerk.get(`${API}?format=xlsx&channel=ordinary_letter`);
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.getRow(1).values).toContain('收到申请之日');
      expect(ws.rowCount).toBe(3);
      const text = JSON.stringify(ws.getSheetValues());
      expect(text).not.toContain('19850312');
      expect(text).toContain('平常信函');
    });
  },
);
