import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../core/errors.js';
import { preReview, RULES, type Hit } from './engine.js';
import {
  BAD_LEASE,
  BAD_LEASE_CLAUSES,
  LAWFUL_LEASE,
  LAND_TRANSFER,
  repeatToLength,
} from './fixtures/contract-samples.js';
import {
  BAD_CLAUSES,
  BAD_VILLAGE_RULES,
  LAWFUL_VILLAGE_RULES,
} from './fixtures/village-rules-samples.js';

const high = (hits: Hit[]) => hits.filter((h) => h.severity === 'high');

describe('the rule catalogue', () => {
  it('holds R1–R24, C1–C19 and the fair-competition flags, each with a Chinese title, a cited article and a suggestion', () => {
    const ids = RULES.map((r) => r.id);
    for (let i = 1; i <= 24; i++) expect(ids).toContain(`R${i}`);
    for (let i = 1; i <= 19; i++) expect(ids).toContain(`C${i}`);
    expect(ids.filter((id) => id.startsWith('F')).length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.basis).toMatch(/第[一二三四五六七八九十百零]+条/);
      expect(r.suggestion.length).toBeGreaterThan(10);
    }
  });
});

describe('whole documents', () => {
  it('finds nothing in a lawful 村规民约 full of the same keywords', () => {
    expect(preReview({ kind: 'village_rules', text: LAWFUL_VILLAGE_RULES })).toEqual([]);
  });

  it('finds each planted clause of a bad 村规民约 and points at it', () => {
    const hits = preReview({ kind: 'village_rules', text: BAD_VILLAGE_RULES });
    expect(hits.map((h) => h.ruleId).sort()).toEqual(BAD_CLAUSES.flatMap((c) => c.ruleIds).sort());
    for (const h of hits) {
      expect(BAD_VILLAGE_RULES.slice(h.start, h.end)).toBe(h.clause);
      expect(
        BAD_CLAUSES.some((c) => h.clause.includes(c.text) && c.ruleIds.includes(h.ruleId)),
      ).toBe(true);
    }
    expect(hits.map((h) => h.start)).toEqual([...hits.map((h) => h.start)].sort((a, b) => a - b));
  });

  it('finds nothing to strike in a lawful lease or land-transfer contract', () => {
    expect(preReview({ kind: 'contract', text: LAWFUL_LEASE })).toEqual([]);
    expect(preReview({ kind: 'contract', text: LAND_TRANSFER })).toEqual([]);
  });

  it('finds each planted clause of a bad lease', () => {
    const hits = preReview({ kind: 'contract', text: BAD_LEASE });
    for (const c of BAD_LEASE_CLAUSES) {
      for (const id of c.ruleIds)
        expect(hits.some((h) => h.ruleId === id && h.clause.includes(c.text.slice(0, 12)))).toBe(
          true,
        );
    }
    for (const h of hits) if (h.clause) expect(BAD_LEASE.slice(h.start, h.end)).toBe(h.clause);
    expect(
      high(hits)
        .map((h) => h.ruleId)
        .sort(),
    ).toEqual(['C1', 'C10', 'C9']);
  });

  it('reads a 30 000-character contract', () => {
    const text = repeatToLength(30_000, BAD_LEASE);
    expect(text.length).toBeGreaterThanOrEqual(30_000);
    expect(preReview({ kind: 'contract', text }).some((h) => h.ruleId === 'C1')).toBe(true);
  });

  it('puts whole-document findings after clause findings, with an empty clause', () => {
    const hits = preReview({
      kind: 'contract',
      text: '租赁期限为三十年。',
      fields: { contractType: 'lease', written: false },
    });
    expect(hits.map((h) => h.ruleId)).toEqual(['C1', 'C2']);
    expect(hits[1]).toMatchObject({ clause: '', start: 0, end: 0 });
  });

  it('uses the caller’s thresholds', () => {
    const fields = { isCollectiveAsset: true, amountYuan: 80_000, openTrading: false };
    const text = '甲方将村集体厂房出租给乙方。';
    expect(preReview({ kind: 'contract', text, fields }).map((h) => h.ruleId)).not.toContain('C8');
    expect(
      preReview(
        { kind: 'contract', text, fields },
        { thresholds: { openTradingThresholdYuan: 50_000 } },
      ).map((h) => h.ruleId),
    ).toContain('C8');
  });
});

describe('bad input', () => {
  const fail = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('did not throw');
  };

  it('refuses fields that do not fit the kind, in Chinese, as a 400', () => {
    const e = fail(() =>
      preReview({ kind: 'contract', text: '租赁合同', fields: { termYears: -1 } }),
    );
    expect(isAppError(e) && e.status).toBe(400);
    expect((e as Error).message).toContain('fields.termYears');
    const unknown = fail(() =>
      preReview({ kind: 'village_rules', text: '村规民约', fields: { termYears: 5 } }),
    );
    expect(isAppError(unknown) && unknown.status).toBe(400);
    const inconsistent = fail(() =>
      preReview({
        kind: 'village_rules',
        text: '村规民约',
        fields: { adults: 100, attendees: 120 },
      }),
    );
    expect((inconsistent as Error).message).toContain('到会人数不能多于');
  });

  it('refuses an unknown kind', () => {
    const e = fail(() => preReview({ kind: 'ordinance' as never, text: 'x' }));
    expect(isAppError(e) && e.status).toBe(400);
  });

  it('returns nothing for empty text', () => {
    expect(preReview({ kind: 'village_rules', text: '' })).toEqual([]);
  });
});
