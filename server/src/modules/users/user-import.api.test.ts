import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin } from '../../test/admin-login.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

async function sheet(rows: (string | number)[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号导入');
  ws.addRow(['用户名', '姓名', '机构代码', '手机号', '初始密码']);
  for (const r of rows) ws.addRow(r);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

const upload = (c: TestClient, blob: Blob) => {
  const form = new FormData();
  form.append('file', blob, '账号.xlsx');
  return c.post('/api/v1/users/import', form);
};

describe.skipIf(pgMissing())('account import and export (XLSX)', () => {
  let s: TestServer;
  let sys: TestClient;
  beforeAll(async () => {
    s = await startTestServer();
    sys = (await asAdmin(s, 'sysadmin')).client;
  });
  afterAll(() => s?.close());

  it('writes nothing when any row is invalid and reports every problem by row', async () => {
    const res = await upload(
      sys,
      await sheet([
        ['wufeng01', '张一', '330282109203', '13800000001', 'Chushi#2024'],
        ['clerk', '重名', '330282109203', '', 'Chushi#2024'],
        ['wufeng03', '张三', '330282999999', '', 'Chushi#2024'],
        ['wufeng04', '张四', '330282109203', '123', 'weak'],
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('IMPORT_INVALID');
    const rows = res.json.error.details.errors.map((e: { row: number }) => e.row);
    expect(rows).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(rows).not.toContain(2);
    const created = await s.deps.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'wufeng01')
      .executeTakeFirst();
    expect(created).toBeUndefined();
  });

  it('creates every account of a valid sheet, each with an audit event and a forced password change', async () => {
    const res = await upload(
      sys,
      await sheet([
        ['wufeng01', '张一', '330282109203', '13800000001', 'Chushi#2024'],
        ['wufeng02', '张二', '330282109203', '', 'Chushi#2025'],
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.json.created).toBe(2);
    const c = s.client();
    expect((await c.login('wufeng02', 'Chushi#2025')).json.stage).toBe('password_change');
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'user.user.created')
      .where('meta', 'like', '%xlsx_import%')
      .execute();
    expect(events).toHaveLength(2);
  });

  it('exports the filtered list as XLSX with phones masked', async () => {
    const res = await sys.get(
      `/api/v1/users?format=xlsx&orgId=${(await s.deps.db.kysely.selectFrom('orgs').select('id').where('code', '=', '330282109203').executeTakeFirstOrThrow()).id}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('用户名');
    const names = [];
    for (let r = 2; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(1).value);
    expect(names).toEqual(['wufeng01', 'wufeng02']);
    expect(ws.getRow(2).getCell(5).value).toBe('138****0001');
  });

  it('offers a template to fill in', async () => {
    const res = await sys.get('/api/v1/users/import/template');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toMatch(/用户名/);
  });
});
