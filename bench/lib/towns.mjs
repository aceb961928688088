/**
 * Sixteen towns for the 16-town write scenario: one clerk (办公室经办人) per town of the demo county,
 * copied from the demo clerk (same password and role), each town with its own 发文 template, so every
 * town has its own 文号 sequence and its own audit chain.
 */

/**
 * Creates (once) `count` town clerks `bench_clerk_1…`; returns their usernames.
 * @param {import('./engines.mjs').Sql} sql @param {number} count
 * @returns {Promise<string[]>}
 */
export async function seedTownClerks(sql, count) {
  const [clerk] = await sql.all(
    `SELECT u.id, u.password_hash, o.parent_id FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.username = 'clerk'`,
  );
  if (!clerk)
    throw new Error('演示账号 clerk 不存在：服务器首次启动时应以 FAZHI_DEMO=1 载入演示数据');
  const roles = (
    await sql.all(`SELECT role_key FROM user_roles WHERE user_id = '${clerk.id}'`)
  ).map((r) => r.role_key);
  const [town] = await sql.all(`SELECT parent_id FROM orgs WHERE id = '${clerk.parent_id}'`);
  const towns = await sql.all(
    `SELECT id, name FROM orgs WHERE kind = 'town' AND parent_id = '${town?.parent_id}' ORDER BY code`,
  );
  if (towns.length < count)
    throw new Error(`the demo county has ${towns.length} towns, the scenario needs ${count}`);
  const now = new Date().toISOString();
  const names = [];
  for (const [i, t] of towns.slice(0, count).entries()) {
    const username = `bench_clerk_${i + 1}`;
    names.push(username);
    if ((await sql.all(`SELECT id FROM users WHERE username = '${username}'`)).length) continue;
    const id = `00000000-0000-7000-b000-${String(i + 1).padStart(12, '0')}`;
    await sql.exec(
      `INSERT INTO users (id, org_id, username, display_name, password_hash, is_demo, created_at, updated_at)
       VALUES ('${id}', '${t.id}', '${username}', '基准经办${i + 1}', '${clerk.password_hash}', 1, '${now}', '${now}')`,
    );
    for (const role of roles)
      await sql.exec(
        `INSERT INTO user_roles (user_id, role_key, granted_at) VALUES ('${id}', '${role}', '${now}')`,
      );
    await sql.exec(
      `INSERT INTO doc_number_templates (org_id, kind, template, name)
       VALUES ('${t.id}', 'town_document', '基准${i + 1}发〔{year}〕{n}号', '镇政府发文')
       ON CONFLICT (org_id, kind) DO NOTHING`,
    );
  }
  return names;
}
