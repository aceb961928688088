/**
 * Data for the quiz benchmark, written straight into the database (a copy of the demo's quiz, opened
 * for today, and 100 k handed-in attempts through the portal would take far longer than the figures
 * they are for). Rows are copied from the demo's own rows, so columns added later come along.
 * @typedef {import('./engines.mjs').Engine} Engine
 * @typedef {import('./engines.mjs').Sql} Sql
 */

/** A literal for either engine. @param {unknown} v */
const lit = (v) => {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return `'${v.toISOString()}'`;
  if (typeof v === 'object') return lit(JSON.stringify(v));
  return `'${String(v).replaceAll("'", "''")}'`;
};

/** @param {string} table @param {Record<string, unknown>[]} rows */
const insertSql = (table, rows) => {
  const cols = Object.keys(/** @type {Record<string, unknown>} */ (rows[0]));
  const values = rows.map((r) => `(${cols.map((c) => lit(r[c])).join(', ')})`);
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values.join(',\n')};`;
};

const shanghaiDay = (/** @type {number} */ offsetDays) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** @param {number} i @param {string} tag 4 hex digits (a valid RFC 4122 variant: 8–b first) */
const benchId = (i, tag) => `00000000-0000-7000-${tag}-${i.toString(16).padStart(12, '0')}`;

/**
 * A copy of the demo's quiz, open from yesterday for a month, without SMS verification.
 * @param {Engine} engine @returns {Promise<{ id: string }>}
 */
export function openBenchQuiz(engine) {
  return engine.withSql(async (sql) => {
    const [demo] = await sql.all('SELECT * FROM pufa_quizzes ORDER BY created_at LIMIT 1');
    if (!demo) throw new Error('演示数据缺失：服务器首次启动时应以 FAZHI_DEMO=1 载入演示数据');
    const id = benchId(1, '8e00');
    const quiz = {
      ...demo,
      id,
      title: '基准测试知识竞赛',
      status: 'open',
      sms_required: typeof demo.sms_required === 'boolean' ? false : 0,
      opens_on: shanghaiDay(-1),
      closes_on: shanghaiDay(30),
    };
    await sql.exec(insertSql('pufa_quizzes', [quiz]));
    return { id };
  });
}

/**
 * `count` handed-in attempts on the quiz, each by its own taker (so the leaderboard holds `count`
 * bests), with scores and answering times spread out, then ANALYZE.
 * @param {Engine} engine @param {string} quizId @param {number} count
 */
export function seedAttempts(engine, quizId, count) {
  return engine.withSql(async (sql) => {
    const [attempt] = await sql.all(
      "SELECT * FROM pufa_quiz_attempts WHERE status = 'submitted' ORDER BY submitted_at LIMIT 1",
    );
    const [best] = await sql.all('SELECT * FROM pufa_quiz_bests LIMIT 1');
    if (!attempt || !best) throw new Error('演示数据缺失：没有已交卷的答题记录');
    for (let from = 0; from < count; from += 1000) {
      const attempts = [];
      const bests = [];
      for (let i = from; i < Math.min(count, from + 1000); i++) {
        const id = benchId(i, '8e01');
        const key = i.toString(16).padStart(64, '0');
        const score = ((i * 7919) % 11) * 10;
        const durationMs = 30_000 + ((i * 104_729) % 540_000);
        const startedAt = new Date(Date.now() - 86_400_000 + i * 500);
        const submittedAt = new Date(startedAt.getTime() + durationMs).toISOString();
        const who = {
          name: `答题者${i}`,
          phone_masked: `139****${String(i % 10_000).padStart(4, '0')}`,
        };
        attempts.push({
          ...attempt,
          ...who,
          id,
          quiz_id: quizId,
          participant_key: key,
          day: shanghaiDay(0),
          day_seq: 1,
          token_hash: key,
          started_at: startedAt.toISOString(),
          deadline_at: new Date(startedAt.getTime() + 600_000).toISOString(),
          submitted_at: submittedAt,
          duration_ms: durationMs,
          score,
          correct_count: score / 10,
        });
        bests.push({
          ...best,
          ...who,
          quiz_id: quizId,
          participant_key: key,
          attempt_id: id,
          score,
          duration_ms: durationMs,
          submitted_at: submittedAt,
        });
      }
      await sql.exec(
        `BEGIN; ${insertSql('pufa_quiz_attempts', attempts)} ${insertSql('pufa_quiz_bests', bests)} COMMIT;`,
      );
    }
    await sql.exec('ANALYZE');
  });
}
