import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { OUTCOMES, type Outcome } from './outcomes.js';
import { basisOf } from './reply-letter.js';
import { docxText, ensureNoticeTemplate, personBody } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';
const REVIEW_FIRST =
  '应当先向行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼';
const REVIEW_OR_COURT =
  '六个月内向有管辖权的人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）';

/** Each selectable outcome: what its reply must say (ground and article) beyond the remedy. */
const CASES: [Outcome, Record<string, unknown>, string[]][] = [
  ['disclosed', {}, ['属于公开范围', '第三十六条第（二）项', '见附件']],
  [
    'disclosed',
    { details: '桥头镇人民政府门户网站“政府信息公开”栏目' },
    ['已经主动公开', '第三十六条第（一）项', '门户网站'],
  ],
  [
    'withheld_state_secret',
    { reasons: '该文件经定密为秘密级' },
    ['国家秘密', '第十四条、第三十六条第（三）项', '该文件经定密为秘密级'],
  ],
  [
    'withheld_law_prohibited',
    { reasons: '属于法律禁止公开的信息', details: '《中华人民共和国统计法》第三十九条' },
    ['法律、行政法规禁止公开', '统计法', '第十四条'],
  ],
  [
    'withheld_security_stability',
    { reasons: '公开后可能引发群体性事件' },
    ['危及国家安全、公共安全、经济安全、社会稳定', '第十四条'],
  ],
  [
    'withheld_third_party',
    { reasons: '涉及被征收户个人隐私' },
    ['第三方合法权益', '第十五条、第三十二条'],
  ],
  [
    'withheld_internal_affairs',
    { reasons: '系机关内部人员考勤记录' },
    ['内部事务信息', '第十六条第一款'],
  ],
  ['withheld_process_info', { reasons: '系党委会讨论记录' }, ['过程性信息', '第十六条第二款']],
  [
    'withheld_enforcement_file',
    { reasons: '系行政处罚案卷材料' },
    ['行政执法案卷信息', '第十六条第二款'],
  ],
  [
    'withheld_admin_query',
    { reasons: '属于不动产登记资料', details: '《不动产登记暂行条例》' },
    ['不动产登记资料', '第三十六条第（七）项', '不动产登记暂行条例'],
  ],
  ['unavailable_not_held', {}, ['经检索，本机关没有', '第三十六条第（四）项']],
  [
    'unavailable_not_held',
    {
      notResponsible: true,
      reasons: '该规划图由市级部门编制并保存',
      competentBody: { name: '慈溪市自然资源和规划局', contact: '0574-63000000' },
    },
    [
      '不属于本机关负责公开',
      '理由如下：该规划图由市级部门编制并保存',
      '第三十六条第（五）项',
      '慈溪市自然资源和规划局，联系方式：0574-63000000',
    ],
  ],
  [
    'unavailable_not_held',
    { notResponsible: true, reasons: '该信息不属于镇政府职责范围' },
    ['不属于本机关负责公开', '无法确定负责公开该政府信息的行政机关'],
  ],
  ['unavailable_needs_creation', { reasons: '需对多年数据汇总分析' }, ['加工、分析', '第三十八条']],
  [
    'rejected_petition',
    { details: '镇信访办' },
    ['信访、投诉、举报', '第三十九条第一款', '镇信访办'],
  ],
  [
    'rejected_repeat',
    { details: '桥政信复〔2024〕3号' },
    ['不予重复处理', '第三十六条第（六）项', '桥政信复〔2024〕3号'],
  ],
  ['rejected_publication', { details: '新华书店' }, ['公开出版物', '第三十九条第二款']],
  ['rejected_confirm_obtained', {}, ['确认或者重新出具已获取的信息', '不予处理']],
  ['other_other', { reasons: '申请人于2024年11月20日书面撤回申请' }, ['书面撤回申请', '终止办理']],
  // The clerk's reasons are printed whatever the outcome, and typed punctuation is not doubled.
  [
    'disclosed',
    {
      reasons: '该信息已于2024年10月在门户网站公开。',
      details: '桥头镇人民政府门户网站“财政资金”栏目。',
    },
    ['理由如下：该信息已于2024年10月在门户网站公开。', '栏目。'],
  ],
  [
    'rejected_petition',
    { reasons: '申请内容系要求查处违法建筑；', details: '镇信访办' },
    ['理由如下：申请内容系要求查处违法建筑。'],
  ],
  [
    'unavailable_not_held',
    { reasons: '经查档案室及各办公室，均无该信息', details: '' },
    ['第三十六条第（四）项', '理由如下：经查档案室及各办公室，均无该信息。'],
  ],
];

describe.skipIf(pgMissing())(
  '答复: every outcome row of 表三 gives its 答复告知书 with ground, article and remedy',
  () => {
    let s: TestServer;
    let clerk: TestClient;
    const register = async () =>
      (
        await clerk.post(API, {
          ...personBody(),
          description: '2024年桥头镇财政预算执行情况。',
          channel: 'in_person',
          submittedOn: '2024-11-20',
        })
      ).json;

    beforeAll(async () => {
      s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
      await ensureNoticeTemplate(s.deps);
      clerk = await s.as('clerk');
    });
    afterAll(() => s?.close());

    it.each(CASES)('%s %o', async (outcome, body, phrases) => {
      const req = await register();
      const res = await clerk.post(`${API}/${req.id}/reply`, { outcome, ...body });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      const def = OUTCOMES[outcome];
      expect(res.json).toMatchObject({
        state: def.group === 'other' ? 'closed' : 'replied',
        outcome: { key: outcome, row: def.row, basis: def.basis, on: '2024-11-20' },
      });
      expect(res.json.clocks.reply.state).toBe('stopped');
      const doc = res.json.documents.find((d: { kind: string }) => d.kind === 'reply');
      expect(doc).toMatchObject({ visibleToApplicant: true });
      expect(doc.docNumber).toMatch(/^桥政信复〔2024〕\d+号$/);
      const text = await docxText((await clerk.get(`/api/v1/files/${doc.fileId}`)).body);
      expect(text).toContain('慈溪市桥头镇人民政府');
      expect(text).toContain(doc.docNumber);
      expect(text).toContain('张三丰：');
      expect(text).toContain('2024年11月20日收到你（单位）通过当面提交方式');
      for (const p of phrases) expect(text).toContain(p);
      const basis =
        outcome === 'unavailable_not_held'
          ? `《政府信息公开条例》第三十六条第（${body.notResponsible ? '五' : '四'}）项`
          : def.basis;
      // The 依据 line cites the same paragraph of art 36 as the decision above it; a withdrawal rests on no article.
      if (outcome === 'other_other') expect(text).not.toContain('依据：');
      else expect(text).toContain(`依据：${basisOf(outcome, body)}。`);
      if (outcome === 'disclosed' || outcome === 'unavailable_not_held')
        expect(text).not.toContain(def.basis);
      expect(text).not.toMatch(/。。|。”。|；。/);
      // A reply says how its period was counted (民法典 第二百零一条); a closure rests on no period.
      if (def.group === 'other') expect(text).not.toContain('答复期限计算说明');
      else {
        expect(text).toContain('答复期限计算说明：自2024年11月20日次日起算，计20个工作日');
        expect(text).toContain('截止日为2024年12月18日');
        expect(text).toContain('第二百零一条');
      }
      expect(text).toContain('六十日内向慈溪市人民政府申请行政复议');
      expect(text).toContain(def.reviewFirst ? REVIEW_FIRST : REVIEW_OR_COURT);
      const ev = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['basis', 'meta'])
        .where('targetId', '=', req.id)
        .where('action', 'in', ['disclosure.request.replied', 'disclosure.request.closed'])
        .executeTakeFirstOrThrow();
      expect(ev.basis).toBe(basis);
      expect(JSON.parse(ev.meta!)).toMatchObject({
        outcome,
        docNumber: doc.docNumber,
        reviewFirst: def.reviewFirst,
      });
    });

    it('requires the reasons of a “not ours to disclose” reply (第三十六条第（五）项) and a full competent body', async () => {
      const req = await register();
      const bare = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'unavailable_not_held',
        competentBody: { name: '慈溪市农业农村局', contact: '0574-63012345' },
      });
      expect(bare.status).toBe(400);
      expect(bare.json.error.code).toBe('REASONS_REQUIRED');
      expect(bare.json.error.message).toContain('第三十六条第（五）项');
      const noContact = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'unavailable_not_held',
        reasons: '属农业部门职责',
        competentBody: { name: '慈溪市农业农村局' },
      });
      expect(noContact.status).toBe(400);
      expect(noContact.json.error.message).toContain('联系方式');
    });

    it('closes a withdrawn application without resting it on 第三十三条', async () => {
      const req = await register();
      const res = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'other_other',
        reasons: '申请人于2024年11月20日书面撤回申请',
      });
      expect(res.status).toBe(200);
      const doc = res.json.documents.find((d: { kind: string }) => d.kind === 'reply');
      const text = await docxText((await clerk.get(`/api/v1/files/${doc.fileId}`)).body);
      expect(text).toContain('终止办理');
      expect(text).not.toContain('第三十三条');
      const ev = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select('basis')
        .where('targetId', '=', req.id)
        .where('action', '=', 'disclosure.request.closed')
        .executeTakeFirstOrThrow();
      expect(ev.basis).not.toContain('第三十三条');
    });

    it('requires reasons where less is given than asked, and keeps the closing outcomes to their own steps', async () => {
      const req = await register();
      const noReasons = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'withheld_process_info',
      });
      expect(noReasons.status).toBe(400);
      expect(noReasons.json.error).toMatchObject({
        code: 'REASONS_REQUIRED',
        message:
          '“不予公开：四类过程性信息”须说明理由（《政府信息公开条例》第十六条第二款、第三十六条第（三）项）',
      });
      const system = await clerk.post(`${API}/${req.id}/reply`, { outcome: 'other_fee_unpaid' });
      expect(system.status).toBe(422);
      expect(system.json.error.code).toBe('OUTCOME_SYSTEM_ONLY');
      const partial = await clerk.post(`${API}/${req.id}/reply`, {
        outcome: 'partially_disclosed',
        reasons: '含个人信息',
      });
      expect(partial.status).toBe(422);
      expect(partial.json.error).toMatchObject({
        code: 'REDACTION_REQUIRED',
        details: { basis: '《政府信息公开条例》第三十七条' },
      });
      const unknown = await clerk.post(`${API}/${req.id}/reply`, { outcome: 'maybe' });
      expect(unknown.status).toBe(400);
      expect(unknown.json.error.message).toContain('答复类型无效');
      const done = await clerk.post(`${API}/${req.id}/reply`, { outcome: 'disclosed' });
      expect(done.status).toBe(200);
      const twice = await clerk.post(`${API}/${req.id}/reply`, { outcome: 'disclosed' });
      expect(twice.status).toBe(409);
      expect(twice.json.error.code).toBe('INVALID_STATE');
      const head = await s.as('head');
      expect((await head.post(`${API}/${req.id}/reply`, { outcome: 'disclosed' })).status).toBe(
        403,
      );
    });
  },
);
