import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../../../core/calendar/index.js';
import type { ItemFields } from '../review.fields.js';
import { preReview } from '../rules/engine.js';
import { BAD_VILLAGE_RULES } from '../rules/fixtures/village-rules-samples.js';
import { engineFields, engineKinds, runEngine } from './prereview.js';

const FULL: ItemFields = {
  counterparty: '慈溪市桥头恒达鞋业有限公司',
  amountFen: 43_000_000,
  termYears: 5,
  startDate: '2025-01-01',
  endDate: '2029-12-31',
  liquidatedDamagesPercent: 40,
  depositPercent: 10,
  collectiveAsset: true,
  toNonMember: true,
  contractType: 'lease',
  openTrading: false,
  vote: {
    body: 'villagers_assembly',
    entitled: 1200,
    present: 700,
    votesFor: 650,
    households: 400,
    householdsPresent: 300,
    date: '2024-11-14',
  },
};

describe('pre-review of items', () => {
  it.each([
    ['village_rules', false, ['village_rules']],
    ['village_contract', false, ['contract']],
    ['gov_contract', true, ['contract', 'fair_competition']],
    ['normative_doc', true, ['fair_competition']],
    ['major_enforcement', false, []],
  ] as const)('runs the rule sets of %s (market: %s)', (type, market, kinds) => {
    expect(engineKinds(type, market)).toEqual(kinds);
  });

  it('hands the engine its own field names, which it accepts for every kind', () => {
    const contract = engineFields('contract', FULL);
    expect(contract).toMatchObject({
      amountYuan: 430_000,
      isCollectiveAsset: true,
      membersEntitled: 1200,
      votesFor: 650,
      counterpartyIsMember: false,
      contractType: 'lease',
      openTrading: false,
    });
    expect(contract).not.toHaveProperty('counterparty');
    expect(engineFields('village_rules', FULL)).toEqual({
      adoptedBy: 'villagers_assembly',
      adults: 1200,
      attendees: 700,
      votesFor: 650,
      households: 400,
      attendeeHouseholds: 300,
      adoptedOn: '2024-11-14',
    });
    expect(engineFields('village_rules', {})).toEqual({});
    for (const kind of ['contract', 'village_rules', 'fair_competition'] as const) {
      expect(() =>
        preReview({ kind, text: '第一条 测试。', fields: engineFields(kind, FULL) }),
      ).not.toThrow();
    }
  });

  it('finds the unlawful clauses of village rules, in text order', () => {
    const hits = runEngine(
      'village_rules',
      false,
      BAD_VILLAGE_RULES,
      {},
      { tradingThresholdFen: 10_000_000, calendar: buildWorkCalendar([], []) },
    );
    expect(hits.map((h) => h.ruleId)).toEqual(expect.arrayContaining(['R1', 'R4']));
    const starts = hits.filter((h) => h.clause).map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
