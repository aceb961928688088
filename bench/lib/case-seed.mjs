/**
 * Enforcement cases for the list benchmark, made inside the database (INSERT … SELECT over a number
 * series; a million cases through the API would take hours): copies of one of the demo's closed cases
 * with their own id, 案号 and 线索 date spread over eight years. Every other column is copied as it is,
 * so columns added later come along.
 * @typedef {import('./engines.mjs').Engine} Engine
 */

const CHUNK = 100_000;

/**
 * The column expressions of a copy numbered `n` (a column of the series `s`).
 * @param {'sqlite' | 'pg'} dialect @param {Map<string, string>} types column → PostgreSQL data type
 */
function expressions(dialect, types) {
  if (dialect === 'sqlite')
    return {
      id: "printf('00000000-0000-7000-8e02-%012x', s.n)",
      case_no: "'基准执〔' || s.n || '〕号'",
      clue_on: "date('2018-01-01', '+' || (s.n % 2900) || ' days')",
    };
  const day = "date '2018-01-01' + (s.n % 2900)::int";
  return {
    id: `'00000000-0000-7000-8e02-' || lpad(to_hex(s.n), 12, '0')${types.get('id') === 'uuid' ? '::uuid' : ''}`,
    case_no: "'基准执〔' || s.n || '〕号'",
    clue_on: types.get('clue_on') === 'date' ? day : `to_char(${day}, 'YYYY-MM-DD')`,
  };
}

/**
 * Adds `count` cases in the town of the demo's closed cases; returns how long it took.
 * @param {Engine} engine @param {number} count
 */
export function seedCases(engine, count) {
  return engine.withSql(async (sql) => {
    const started = performance.now();
    const [tpl] = await sql.all(
      "SELECT id FROM enforcement_cases WHERE status = 'closed' ORDER BY clue_on LIMIT 1",
    );
    if (!tpl) throw new Error('演示数据缺失：没有已结案的执法案件');
    const cols =
      engine.dialect === 'sqlite'
        ? (await sql.all('PRAGMA table_info(enforcement_cases)')).map((c) => [c.name, ''])
        : (
            await sql.all(
              "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'enforcement_cases'",
            )
          ).map((c) => [c.column_name, c.data_type]);
    const types = new Map(/** @type {[string, string][]} */ (cols));
    const own = /** @type {Record<string, string>} */ (expressions(engine.dialect, types));
    const names = [...types.keys()];
    const select = names.map((c) => own[c] ?? `t.${c}`).join(', ');
    for (let from = 1; from <= count; from += CHUNK) {
      const to = Math.min(count, from + CHUNK - 1);
      const series =
        engine.dialect === 'sqlite'
          ? `(WITH RECURSIVE r(n) AS (SELECT ${from} UNION ALL SELECT n + 1 FROM r WHERE n < ${to}) SELECT n FROM r) s`
          : `generate_series(${from}, ${to}) AS s(n)`;
      await sql.exec(
        `INSERT INTO enforcement_cases (${names.join(', ')}) SELECT ${select} FROM enforcement_cases t, ${series} WHERE t.id = '${tpl.id}'`,
      );
    }
    await sql.exec('ANALYZE');
    return performance.now() - started;
  });
}
