import { describe, expect, it } from 'vitest';
import { rosterFigures } from './team-figures.js';

const m = (over: Partial<Parameters<typeof rosterFigures>[0][number]>) => ({
  townStaff: 1,
  roles: '["cadre"]',
  degree: 'bachelor',
  lawMajor: 1,
  legalQualification: 0,
  joinedOn: '2020-01-01',
  leftOn: null,
  ...over,
});

describe('team figures', () => {
  it('counts town staff only, by highest law degree and qualification', () => {
    const f = rosterFigures(
      [
        m({ roles: '["legal_reviewer"]', degree: 'master', legalQualification: 1 }),
        m({ legalQualification: 1 }),
        m({}),
        m({ degree: 'bachelor', lawMajor: 0, legalQualification: 1 }),
        m({ townStaff: 0, roles: '["adviser"]', degree: 'master', legalQualification: 1 }),
      ],
      2024,
    );
    expect([f.lawMasterReviewers.value, f.lawBachelors.value, f.legalQualified.value]).toEqual([
      1, 2, 3,
    ]);
  });

  it('counts whoever served in the year, and not who left before it or joined after', () => {
    const f = rosterFigures(
      [m({ leftOn: '2024-03-01' }), m({ leftOn: '2023-12-31' }), m({ joinedOn: '2025-01-02' })],
      2024,
    );
    expect(f.lawBachelors.value).toBe(1);
  });
});
