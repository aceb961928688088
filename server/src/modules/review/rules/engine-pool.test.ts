import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../../../core/documents/zip-bomb.fixture.js';
import { isAppError } from '../../../core/errors.js';
import { preReview } from './engine.js';
import { EnginePool } from './engine-pool.js';
import { BAD_VILLAGE_RULES } from './fixtures/village-rules-samples.js';

/** The pool runs the TypeScript worker through tsx here; the compiled one is exercised by the build. */
describe('the pre-review worker pool', () => {
  const pool = new EnginePool({ size: 2, budgetMs: 20_000, queue: 8 });
  afterAll(() => pool.close());

  it('answers what the engine answers in process', async () => {
    const fields = { adoptedBy: 'village_committee' as const };
    expect(await pool.run({ kind: 'village_rules', text: BAD_VILLAGE_RULES, fields })).toEqual(
      preReview({ kind: 'village_rules', text: BAD_VILLAGE_RULES, fields }),
    );
  });

  it('runs jobs side by side and queues the rest', async () => {
    const texts = Array.from(
      { length: 5 },
      (_, i) => `第${i + 1}条 乱倒垃圾者罚款${(i + 1) * 100}元。`,
    );
    const all = await Promise.all(texts.map((text) => pool.run({ kind: 'village_rules', text })));
    expect(all.map((hits) => hits.map((h) => h.ruleId))).toEqual(texts.map(() => ['R1']));
  });

  it('refuses at once with 429 PRE_REVIEW_BUSY when the waiting queue is full, and takes jobs again after', async () => {
    const small = new EnginePool({ size: 1, budgetMs: 20_000, queue: 2 });
    try {
      const text = '第一条 乱倒垃圾者罚款200元。';
      // One job runs, two wait, the rest are refused without waiting.
      const all = await Promise.allSettled(
        Array.from({ length: 6 }, () => small.run({ kind: 'village_rules', text })),
      );
      expect(all.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'rejected',
        'rejected',
        'rejected',
      ]);
      const e = (all[3] as PromiseRejectedResult).reason as unknown;
      expect(isAppError(e) && [e.status, e.code, e.details]).toEqual([
        429,
        'PRE_REVIEW_BUSY',
        { queue: 2 },
      ]);
      expect((e as Error).message).toContain('稍后再试');
      expect(await small.run({ kind: 'village_rules', text })).toHaveLength(1);
    } finally {
      await small.close();
    }
  });

  it('passes the engine’s 400 for bad fields back as an AppError', async () => {
    const e = await pool
      .run({ kind: 'village_rules', text: '第一条', fields: { attendees: 10, adults: 5 } })
      .catch((x: unknown) => x);
    expect(isAppError(e) && e.status).toBe(400);
    expect(isAppError(e) && e.message).toContain('到会人数不能多于');
  });

  it('stops a job over budget with 预审超时 and carries on with a fresh worker', async () => {
    const tight = new EnginePool({ size: 1, budgetMs: 1, queue: 8 });
    try {
      const text = `${'第一条 本村女子外嫁后不享受集体收益分配。'.repeat(9000)}`;
      const e = await tight.run({ kind: 'village_rules', text }).catch((x: unknown) => x);
      expect(isAppError(e) && e.code).toBe('PRE_REVIEW_TIMEOUT');
      expect(isAppError(e) && e.status).toBe(422);
      expect((e as Error).message).toMatch(/^预审超时/);
    } finally {
      await tight.close();
    }
    expect(
      await pool.run({ kind: 'village_rules', text: '第一条 乱倒垃圾者罚款200元。' }),
    ).toHaveLength(1);
  });

  it('reads a Word document’s text in a worker and passes a zip bomb’s 422 back', async () => {
    const docx = zipSync({
      'word/document.xml': new TextEncoder().encode(
        '<w:document><w:body><w:p><w:r><w:t>第一条 乱倒垃圾者罚款200元。</w:t></w:r></w:p></w:body></w:document>',
      ),
    });
    expect(await pool.extractText(docx)).toBe('第一条 乱倒垃圾者罚款200元。');
    const e = await pool.extractText(zipBomb('word/document.xml', 100)).catch((x: unknown) => x);
    expect(isAppError(e) && e.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
  });

  it('replaces a worker that crashed and rejects only the job it was running', async () => {
    const e = await pool.run(null as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(isAppError(e)).toBe(false);
    expect(
      await pool.run({ kind: 'village_rules', text: '第一条 乱倒垃圾者罚款200元。' }),
    ).toHaveLength(1);
  });
});

const compiled = fileURLToPath(
  new URL('../../../../dist/modules/review/rules/engine-pool.js', import.meta.url),
);

/** `npm test` builds first; a run without server/dist says so instead of passing quietly. */
describe.skipIf(!fs.existsSync(compiled))('the compiled pool (server/dist)', () => {
  it('starts the compiled .js worker and answers', async () => {
    const { EnginePool: Compiled } = (await import(
      pathToFileURL(compiled).href
    )) as typeof import('./engine-pool.js');
    const pool = new Compiled({ size: 1, budgetMs: 20_000, queue: 0 });
    try {
      expect(
        (await pool.run({ kind: 'village_rules', text: '第一条 乱倒垃圾者罚款200元。' })).map(
          (h) => h.ruleId,
        ),
      ).toEqual(['R1']);
    } finally {
      await pool.close();
    }
  });
});
if (!fs.existsSync(compiled))
  console.warn(
    'SKIPPED: the compiled pre-review pool — run `npm run build -w @fazhi/server` to test server/dist too',
  );
