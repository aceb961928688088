import { describe, expect, it } from 'vitest';
import { caseFacts, caseOutcome } from './case-facts.fixture.js';
import { buildWorkCalendar } from '../../core/calendar/index.js';
import { chineseDaysYear } from '../calendar/calendar-seed.js';
import { CASE_PERIODS } from './case-periods.js';
import { publishDueFor } from './decision-publication.js';
import { preservationDueOf } from './evidence-preservation.js';

const cal = buildWorkCalendar([2024, 2025].flatMap(chineseDaysYear), [2024, 2025]);

const facts = caseFacts;
const outcome = caseOutcome;

describe('先行登记保存 (行政处罚法 第五十六条)', () => {
  it('gives seven working days to decide (art 85)', () => {
    expect(CASE_PERIODS.preservation).toMatchObject({ days: 7, unit: 'working' });
    // Preserved on a Monday; 端午 (2024-06-10) is off: the Thursday after next.
    expect(preservationDueOf(cal, '2024-06-03')).toBe('2024-06-13');
    // Saturday 2024-05-11 is a make-up workday: it counts.
    expect(preservationDueOf(cal, '2024-05-06')).toBe('2024-05-14');
    // Over 国庆 2024 (10-01..07 off, 10-12 a make-up workday).
    expect(preservationDueOf(cal, '2024-09-30')).toBe('2024-10-15');
    // Over 元旦 2025: 12-24..12-31 are six, 01-02 the seventh.
    expect(preservationDueOf(cal, '2024-12-23')).toBe('2025-01-02');
  });

  it('preserves any number of times during the investigation, each decided on before it ends or the case is withdrawn', () => {
    const one = { preserved: 1, undecided: 1 };
    const two = { preserved: 2, undecided: 2 };
    expect(outcome('preserve_evidence', facts('investigating'))).toBe('investigating');
    expect(outcome('preserve_evidence', facts('investigating', two))).toBe('investigating');
    expect(outcome('preserve_evidence', facts('clue'))).toBe('INVALID_STATE');
    expect(outcome('preserve_evidence', facts('investigated', one))).toBe('INVALID_STATE');
    expect(outcome('decide_preserved', facts('investigating'))).toBe('NO_PRESERVED_EVIDENCE');
    for (const f of [one, two, { preserved: 2, undecided: 1 }]) {
      expect(outcome('end_investigation', facts('investigating', f))).toBe(
        'PRESERVATION_UNDECIDED',
      );
      expect(outcome('withdraw', facts('investigating', f))).toBe('PRESERVATION_UNDECIDED');
    }
    const target = (t: 'undecided' | 'decided' | 'missing') => ({
      preserved: 2,
      undecided: 1,
      preservationTarget: t,
    });
    expect(outcome('decide_preserved', facts('investigating', two))).toBe('investigating');
    expect(outcome('decide_preserved', facts('investigating', target('undecided')))).toBe(
      'investigating',
    );
    expect(outcome('decide_preserved', facts('investigating', target('decided')))).toBe(
      'PRESERVATION_DECIDED',
    );
    expect(outcome('decide_preserved', facts('investigating', target('missing')))).toBe(
      'PRESERVATION_NOT_FOUND',
    );
    const decided = { preserved: 2, undecided: 0 };
    expect(outcome('decide_preserved', facts('investigating', decided))).toBe(
      'PRESERVATION_DECIDED',
    );
    expect(outcome('end_investigation', facts('investigating', decided))).toBe('investigated');
    expect(outcome('withdraw', facts('investigating', decided))).toBe('withdrawn');
  });
});

describe('公开 only for decisions with social impact (行政处罚法 第四十八条第一款)', () => {
  const decided = { decidedOn: '2024-06-03', publishedOn: null };

  it('runs the 公开 period only for a decision judged to have social impact', () => {
    expect(publishDueFor(cal, { ...decided, publishable: true })).toBe('2024-06-13');
    expect(publishDueFor(cal, { ...decided, publishable: false })).toBeNull();
    expect(publishDueFor(cal, { ...decided, publishable: null })).toBeNull();
    expect(
      publishDueFor(cal, { ...decided, publishable: true, publishedOn: '2024-06-05' }),
    ).toBeNull();
  });

  it('refuses to publish a decision without social impact', () => {
    expect(outcome('publish', facts('served', { publishable: false }))).toBe('NOT_PUBLISHABLE');
    expect(outcome('publish', facts('served', { publishable: null }))).toBe('NOT_PUBLISHABLE');
    expect(outcome('publish', facts('served', { publishable: true }))).toBe('served');
  });
});
