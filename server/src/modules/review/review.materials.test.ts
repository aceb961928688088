import { describe, expect, it } from 'vitest';
import { materialsFor, missingMaterials, type MaterialContext } from './review.materials.js';

const ctx = (over: Partial<MaterialContext>): MaterialContext => ({
  type: 'other',
  fields: {},
  affectsMarket: false,
  tradingThresholdFen: 10_000_000,
  ...over,
});
const keys = (c: MaterialContext) => materialsFor(c).map((m) => `${m.key}${m.required ? '' : '?'}`);

describe('materials checklist', () => {
  it('asks village rules for the 村民会议 minutes with attendance', () => {
    expect(keys(ctx({ type: 'village_rules' }))).toEqual([
      'draft',
      'assembly_minutes',
      'opinion_solicitation?',
    ]);
  });

  it('asks village contracts for licence and resolution, and for valuation, publicity and trading when the facts require', () => {
    expect(keys(ctx({ type: 'village_contract' }))).toEqual([
      'draft',
      'counterparty_licence',
      'assembly_resolution',
    ]);
    const asset = ctx({
      type: 'village_contract',
      fields: { collectiveAsset: true, assetTransfer: true, amountFen: 20_000_000 },
    });
    expect(keys(asset)).toEqual([
      'draft',
      'counterparty_licence',
      'assembly_resolution',
      'publicity_record',
      'valuation_report',
      'trading_certificate',
    ]);
    expect(materialsFor(asset).find((m) => m.key === 'valuation_report')!.basis).toContain(
      '第三十六条',
    );
    expect(
      keys(
        ctx({ type: 'village_contract', fields: { collectiveAsset: true, amountFen: 9_999_999 } }),
      ),
    ).not.toContain('trading_certificate');
  });

  it('asks for the fair-competition conclusion when market entities are affected', () => {
    expect(keys(ctx({ type: 'normative_doc' }))).not.toContain('fcr_conclusion');
    expect(keys(ctx({ type: 'normative_doc', affectsMarket: true }))).toContain('fcr_conclusion');
    expect(keys(ctx({ type: 'major_decision' }))).toContain('procedure_statement');
  });

  it('lists what is missing, counting the text as the draft', () => {
    const c = ctx({ type: 'village_rules' });
    expect(missingMaterials(c, new Set(), true).map((m) => m.key)).toEqual(['assembly_minutes']);
    expect(missingMaterials(c, new Set(['assembly_minutes']), false).map((m) => m.key)).toEqual([
      'draft',
    ]);
    expect(missingMaterials(c, new Set(['assembly_minutes']), true)).toEqual([]);
  });
});
