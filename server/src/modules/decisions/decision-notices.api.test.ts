import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import type { TestClient, TestResponse } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { importDivision } from '../orgs/org.service.js';
import { insertUser, setRoles } from '../users/user.repository.js';

const TITLE = '桥头镇农贸市场周边停车管理办法';
const NUMBER = /^桥政发〔2025〕\d+号$/;
const HEARING = {
  hearingOn: '2025-03-20',
  place: '桥头镇人民政府三楼会议室',
  matters: '泊位收费标准和限时规则',
  selectionRule: '市场经营户自愿报名，按摊位区域抽签产生代表',
  participants: [
    { name: '陈某', role: '经营户代表' },
    { name: '林某', role: '居民代表' },
  ],
  announcedOn: '2025-03-03',
  materialsSentOn: '2025-03-03',
};

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** 征求意见公告、听证公告、采纳情况说明、决策公告 through the letter office, and the 决策案卷 ZIP (条例 第十五至十七、三十二、三十三条). */
describe.skipIf(pgMissing())('major decision notices and file', () => {
  let s: TestServer;
  let clerk: TestClient;
  let id: string;
  let firstHearing: string;
  const at = async (iso: string) => {
    s.time.set(`${iso}T02:00:00Z`);
    clerk = await s.as('clerk');
  };
  const ok = async (p: Promise<TestResponse>, status = 200) => {
    const res = await p;
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    return res.json;
  };
  const refused = async (p: Promise<TestResponse>, status: number, code: string) => {
    const res = await p;
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    expect(res.json.error.code).toBe(code);
    return res.json.error;
  };
  const url = (path = '') => `/api/v1/decisions/${id}${path}`;
  /** Issues a notice and reads its DOCX back. */
  const issue = async (kind: string) => {
    const detail = await ok(clerk.post(url(`/notices/${kind}`)), 201);
    const notice = detail.notices.find((n: { kind: string }) => n.kind === kind);
    expect(notice.issued.docNumber).toMatch(NUMBER);
    const file = await clerk.get(`/api/v1/files/${notice.issued.fileId}`);
    expect(file.status).toBe(200);
    return { notice, text: await docxText(file.body) };
  };

  beforeAll(async () => {
    s = await startTestServer();
    await at('2025-03-03');
    const head = await s.as('head');
    const cat = await ok(clerk.post('/api/v1/decisions/catalogues', { year: 2025 }), 201);
    const entry = await ok(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, {
        title: TITLE,
        decisionBody: '桥头镇人民政府',
        leadOffice: '经济发展办公室',
        legalBasis: '《浙江省机动车停车管理条例》',
        procedures: ['public_participation', 'hearing'],
        plannedBy: '2025-09-30',
        affectsMarket: false,
      }),
      201,
    );
    await ok(
      head.post(`/api/v1/decisions/catalogues/${cat.id}/approve`, {
        approvedOn: '2025-03-03',
        approvedBy: '镇党委会议',
      }),
    );
    await ok(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/publish`, { publishedOn: '2025-03-03' }),
    );
    id = (
      await ok(
        clerk.post('/api/v1/decisions', { entryId: entry.id, proposedOn: '2025-03-03' }),
        201,
      )
    ).id;
    await ok(head.post(url('/launch'), { launchedOn: '2025-03-03', leadOffice: '经济发展办公室' }));
    await ok(
      clerk.post(url('/draft'), {
        title: TITLE,
        articles: [{ text: '市场周边道路施划限时泊位。' }, { text: '泊位收费标准另行公布。' }],
      }),
    );
  }, 120_000);
  afterAll(() => s?.close());

  it('refuses a notice before its step, issues the 征求意见公告 once with its period and 文号', async () => {
    const early = await refused(clerk.post(url('/notices/comment')), 422, 'NOTICE_NOT_READY');
    expect(early.details.basis).toContain('第十五条');
    await ok(clerk.post(url('/open-comment'), { opensOn: '2025-03-03', closesOn: '2025-04-01' }));
    const before = await ok(clerk.get(url()));
    expect(before.notices.map((n: { canIssue: boolean }) => n.canIssue)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    const { notice, text } = await issue('comment');
    expect(text).toContain('慈溪市桥头镇人民政府');
    expect(text).toContain(notice.issued.docNumber);
    expect(text).toContain(`关于公开征求《${TITLE}》意见的公告`);
    expect(text).toContain('2025年3月3日至2025年4月1日，共30日');
    expect(text).toContain('第十五条');
    expect(text).toContain('法治门户网站');
    const again = await refused(clerk.post(url('/notices/comment')), 409, 'NOTICE_ISSUED');
    expect(again.details.docNumber).toBe(notice.issued.docNumber);
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'decisions.notice.issued')
      .where('targetId', '=', id)
      .execute();
    expect(events).toHaveLength(1);
  });

  it('issues the 听证公告 from the hearing notice (第十六、十七条)', async () => {
    await refused(clerk.post(url('/notices/hearing')), 422, 'NOTICE_NOT_READY');
    await ok(clerk.post(url('/hearing'), HEARING));
    // Two clerks at once: one notice, the other request refused.
    const both = await Promise.all([1, 2].map(() => clerk.post(url('/notices/hearing'))));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const issued = both.find((r) => r.status === 201)!.json.notices[1];
    expect(issued.kind).toBe('hearing');
    const text = await docxText((await clerk.get(`/api/v1/files/${issued.issued.fileId}`)).body);
    expect(text).toContain('2025年3月20日');
    expect(text).toContain('桥头镇人民政府三楼会议室');
    expect(text).toContain('按摊位区域抽签产生代表');
    expect(text).toContain('陈某（经营户代表）、林某（居民代表）');
    expect(text).toContain('第十六条');
    firstHearing = issued.issued.docNumber;
  });

  it('re-issues the 听证公告 under a new 文号 only after the hearing is rescheduled (第十六条)', async () => {
    // Announcing the same hearing again changes nothing: the notice stands.
    await ok(clerk.post(url('/hearing'), HEARING));
    const same = await refused(clerk.post(url('/notices/hearing')), 409, 'NOTICE_ISSUED');
    expect(same.details.docNumber).toBe(firstHearing);
    expect(same.message).toContain('未变更');
    await ok(
      clerk.post(url('/hearing'), {
        ...HEARING,
        hearingOn: '2025-03-25',
        place: '桥头镇文化礼堂',
      }),
    );
    const stale = (await ok(clerk.get(url()))).notices[1];
    expect(stale.outdated).toContain('已变更');
    expect(stale.canIssue).toBe(true);
    const detail = await ok(clerk.post(url('/notices/hearing')), 201);
    const hearing = detail.notices[1];
    expect(hearing.issued.docNumber).toMatch(NUMBER);
    expect(hearing.issued.docNumber).not.toBe(firstHearing);
    expect(hearing.outdated).toBeNull();
    expect(hearing.canIssue).toBe(false);
    expect(hearing.superseded).toEqual([
      expect.objectContaining({ docNumber: firstHearing, supersededBy: hearing.issued.docNumber }),
    ]);
    const text = await docxText((await clerk.get(`/api/v1/files/${hearing.issued.fileId}`)).body);
    expect(text).toContain('2025年3月25日');
    expect(text).toContain('桥头镇文化礼堂');
    expect(text).toContain(`原听证公告（${firstHearing}）所载事项已变更`);
    const old = await clerk.get(`/api/v1/files/${hearing.superseded[0].fileId}`);
    expect(await docxText(old.body)).toContain('桥头镇人民政府三楼会议室');
    await refused(clerk.post(url('/notices/hearing')), 409, 'NOTICE_ISSUED');
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'decisions.notice.reissued')
      .where('targetId', '=', id)
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.meta)).toContain(firstHearing);
  });

  it('issues the 采纳情况说明 with the counts and the reasons once comments are closed', async () => {
    const anon = s.client();
    const answers = [
      ['adopted', '采纳，增设夜间免费时段。'],
      ['partly', '部分采纳，节假日收费标准下调。'],
      ['not_adopted', '不予采纳，全面免费不利于泊位周转。'],
    ] as const;
    for (const [adoption, answer] of answers) {
      const sent = await ok(
        anon.post(`/api/v1/public/decisions/${id}/comments`, { body: `关于${adoption}的建议` }),
        201,
      );
      await ok(clerk.post(url(`/comments/${sent.id}/moderate`), { show: true }));
      await ok(clerk.post(url(`/comments/${sent.id}/answer`), { adoption, answer }));
    }
    await refused(clerk.post(url('/notices/adoption')), 422, 'NOTICE_NOT_READY');
    await at('2025-04-02');
    await ok(clerk.post(url('/close-comment')));
    const { text } = await issue('adoption');
    expect(text).toContain('共收到并公开公众意见3条，其中采纳1条、部分采纳1条、不予采纳1条');
    expect(text).toContain('节假日收费标准下调');
    expect(text).toContain('全面免费不利于泊位周转');
    expect(text).not.toContain('增设夜间免费时段');
    expect(text).toContain('第三十二条');
  });

  it('enters the hearing record only under a current 听证公告, which then never goes out of date (第十六、十七条)', async () => {
    const current = (await ok(clerk.get(url()))).notices[1].issued.docNumber;
    const moved = { ...HEARING, hearingOn: '2025-03-28', place: '桥头镇文化礼堂' };
    await ok(clerk.post(url('/hearing'), moved));
    const record = { record: '听证会笔录，参加人已签字确认。', recordedOn: '2025-03-28' };
    const held = await refused(
      clerk.post(url('/hearing/record'), record),
      422,
      'HEARING_NOTICE_OUTDATED',
    );
    expect(held.details).toMatchObject({
      docNumber: current,
      basis: expect.stringContaining('第十六条'),
    });
    // Back to the terms the standing notice announces: the record goes in.
    await ok(
      clerk.post(url('/hearing'), { ...HEARING, hearingOn: '2025-03-25', place: '桥头镇文化礼堂' }),
    );
    await ok(clerk.post(url('/hearing/record'), { ...record, recordedOn: '2025-03-25' }));
    await refused(clerk.post(url('/hearing'), moved), 409, 'HEARING_RECORDED');
    const after = (await ok(clerk.get(url()))).notices[1];
    expect(after.outdated).toBeNull();
    expect(after.canIssue).toBe(false);
    expect(after.issued.docNumber).toBe(current);
    await refused(clerk.post(url('/notices/hearing')), 409, 'NOTICE_ISSUED');
  });

  it('issues the 决策公告 on publication (第三十二条)', async () => {
    // The legality review, hearing record and meeting are covered by decision-procedures.api.test.ts;
    // here the decision is put straight into 已集体讨论决定.
    await s.deps.db.kysely
      .updateTable('decisions')
      .set({
        state: 'decided',
        meetingName: '镇政府第5次常务会议',
        meetingOn: '2025-04-10',
        decidedOn: '2025-04-10',
        decisionText: '同意实施市场周边限时停车管理，自公布之日起施行。',
      })
      .where('id', '=', id)
      .execute();
    await refused(clerk.post(url('/notices/publication')), 422, 'NOTICE_NOT_READY');
    await at('2025-04-15');
    await ok(clerk.post(url('/publish'), { publishedOn: '2025-04-15' }));
    const { text } = await issue('publication');
    expect(text).toContain(`关于《${TITLE}》的公告`);
    expect(text).toContain('2025年4月10日镇政府第5次常务会议集体讨论决定');
    expect(text).toContain('同意实施市场周边限时停车管理');
    expect(text).toContain('2025年4月15日');
  });

  it('downloads the 决策案卷 as a ZIP with its 卷内目录 in procedure order', async () => {
    const res = await clerk.get(url('/file'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const zip = await JSZip.loadAsync(res.body);
    const names = Object.keys(zip.files).sort();
    expect(names.map((n) => n.replace(/（.*$/, '').replace(/\.\w+$/, ''))).toEqual([
      '00-卷内目录',
      '01-决策草案第1稿',
      `02-关于公开征求《${TITLE}》意见的公告`,
      `03-关于召开《${TITLE}》听证会的公告`,
      `04-关于召开《${TITLE}》听证会的公告`,
      '05-听证会记录',
      `06-关于《${TITLE}》公众意见采纳情况的说明`,
      '07-集体讨论决定摘录',
      `08-关于《${TITLE}》的公告`,
    ]);
    // The papers made for the 案卷 are GB/T 9704-style DOCX too, each with its content.
    expect(names[1]).toBe('01-决策草案第1稿.docx');
    const draft = await docxText(await zip.file(names[1]!)!.async('nodebuffer'));
    expect(draft).toContain(`${TITLE}（第1稿）`);
    expect(draft).toContain('第一条　市场周边道路施划限时泊位。');
    expect(draft).toContain('第二条　泊位收费标准另行公布。');
    // The superseded 听证公告 stays in the file, before the one that replaced it.
    expect(names[3]).toContain(firstHearing);
    expect(await docxText(await zip.file(names[4]!)!.async('nodebuffer'))).toContain(
      '桥头镇文化礼堂',
    );
    expect(await docxText(await zip.file(names[5]!)!.async('nodebuffer'))).toContain(
      '参加人已签字确认',
    );
    expect(names[7]).toBe('07-集体讨论决定摘录.docx');
    const extract = await docxText(await zip.file(names[7]!)!.async('nodebuffer'));
    expect(extract).toContain('镇政府第5次常务会议纪要（摘录）');
    expect(extract).toContain('会议决定');
    expect(extract).toContain('同意实施市场周边限时停车管理，自公布之日起施行。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('00-卷内目录.xlsx')!.async('nodebuffer')) as never);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe(`决策事项：${TITLE}`);
    const rows = [3, 4, 5, 6, 7, 8, 9, 10].map((r) => sheet.getRow(r));
    expect(rows.map((r) => r.getCell(2).value)).toEqual([
      '决策草案（第1稿）',
      '征求意见公告',
      `听证公告（已被${String(rows[3]!.getCell(3).value)}取代）`,
      '听证公告',
      '听证会记录',
      '公众意见采纳情况说明',
      '集体讨论决定（会议纪要摘录）',
      '重大行政决策公告',
    ]);
    expect(String(rows[1]!.getCell(3).value)).toMatch(NUMBER);
    expect(rows[1]!.getCell(5).value).toBe(names[2]);
  });

  it('lets the county read the decision but not issue or download; another town sees nothing', async () => {
    const county = await s.as('county');
    const seen = await ok(county.get(url()));
    expect(seen.notices.every((n: { canIssue: boolean }) => !n.canIssue)).toBe(true);
    await refused(county.post(url('/notices/comment')), 403, 'FORBIDDEN');
    const countyClerk = await s.as('countyreview');
    await refused(countyClerk.post(url('/notices/comment')), 403, 'SUPERVISION_ONLY');
    await refused(county.get(url('/file')), 403, 'SUPERVISION_ONLY');
    const q = s.deps.db.kysely;
    const { org } = await mutation(
      s.deps,
      { actor: null, ip: null, userAgent: 'test', requestId: 'decletters' },
      (m) => importDivision(m, '330282110'),
    );
    const user = await insertUser(q, {
      orgId: org.id,
      username: 'other-clerk',
      displayName: '外镇经办',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: s.deps.time.now(),
    });
    await setRoles(q, user.id, ['office_clerk'], null, s.deps.time.now());
    const outsider = await s.as('other-clerk');
    await refused(outsider.post(url('/notices/hearing')), 404, 'NOT_FOUND');
    await refused(outsider.get(url('/file')), 404, 'NOT_FOUND');
  });
});
