import { describe, expect, it } from 'vitest';
import { blockedSteps, openSteps } from './abilities.js';
import { stepsAhead } from './ahead.js';
import { checkStep } from './check.js';
import { mermaidOf } from './diagram.js';
import { placeOf, playableParties, supervisesOnly } from './level.js';
import { rule } from './refusal.js';
import type { Workflow } from './table.js';

type S = 'open' | 'done' | 'void';
type A = 'finish' | 'cancel' | 'note' | 'expire';
interface F {
  state: S;
  ready: boolean;
  cancelled: boolean;
}

const W: Workflow<S, A, F, 'office' | 'county'> = {
  key: 'sample',
  title: '示例',
  states: { open: '办理中', done: '已办结', void: '已作废' },
  initial: ['open'],
  parties: {
    office: { label: '乡镇办公室', townOffice: true },
    county: { label: '县级机关', townOffice: false },
  },
  permission: 'review.item.read',
  transitions: {
    finish: {
      label: '办结',
      verb: 'finished',
      from: ['open'],
      to: 'done',
      by: 'office',
      basis: '第一条',
      guard: (f) => (f.ready ? null : rule('NOT_READY', '尚未办理完毕', '第一条')),
    },
    cancel: {
      label: '作废',
      verb: 'cancelled',
      from: ['open'],
      to: (f) => (f.cancelled ? 'void' : 'open'),
      targets: ['void', 'open'],
      by: 'county',
      basis: null,
    },
    note: { label: '登记说明', verb: 'noted', from: ['open', 'done'], by: 'office', basis: null },
    expire: {
      label: '期满作废',
      verb: 'expired',
      from: ['open'],
      to: 'void',
      by: 'office',
      basis: null,
      followOn: true,
    },
  },
};
const at = (state: S, over: Partial<F> = {}): F => ({
  state,
  ready: true,
  cancelled: true,
  ...over,
});

describe('workflow kernel: checking a step', () => {
  it('leads to the target, a computed target, or keeps the state', () => {
    expect(checkStep(W, 'finish', at('open'))).toEqual({ ok: true, to: 'done' });
    expect(checkStep(W, 'cancel', at('open', { cancelled: false }))).toEqual({
      ok: true,
      to: 'open',
    });
    expect(checkStep(W, 'note', at('done'))).toEqual({ ok: true, to: 'done' });
  });

  it('refuses a wrong state with 409 INVALID_STATE and a failed guard with 422, its code and article', () => {
    expect(checkStep(W, 'finish', at('done'))).toMatchObject({
      ok: false,
      refusal: { status: 409, code: 'INVALID_STATE', basis: null },
    });
    expect(checkStep(W, 'finish', at('open', { ready: false }))).toEqual({
      ok: false,
      refusal: { status: 422, code: 'NOT_READY', message: '尚未办理完毕', basis: '第一条' },
    });
  });
});

describe('workflow kernel: abilities and blocked steps', () => {
  const office = new Set(['office'] as const);
  it('offers only the caller’s steps that pass, never follow-on steps', () => {
    expect([...openSteps(W, at('open'), office)]).toEqual(['finish', 'note']);
    expect([...openSteps(W, at('open', { ready: false }), office)]).toEqual(['note']);
  });

  it('explains the caller’s steps a guard refuses, with code and basis', () => {
    expect(blockedSteps(W, at('open', { ready: false }), office)).toEqual([
      {
        action: 'finish',
        label: '办结',
        code: 'NOT_READY',
        message: '尚未办理完毕',
        basis: '第一条',
      },
    ]);
    expect(blockedSteps(W, at('done'), office)).toEqual([]);
  });
});

describe('workflow kernel: the steps ahead', () => {
  it('lists what may follow from a state, with the party and the resulting states', () => {
    expect(stepsAhead(W, 'open')).toEqual([
      { action: 'finish', label: '办结', party: '乡镇办公室', to: ['已办结'] },
      { action: 'cancel', label: '作废', party: '县级机关', to: ['已作废', '办理中'] },
      { action: 'note', label: '登记说明', party: '乡镇办公室', to: [] },
    ]);
    expect(stepsAhead(W, 'void')).toEqual([]);
  });
});

describe('workflow kernel: supervision from above the town', () => {
  const town = '/cn/zj/cixi/qiaotou/';
  it('places an actor relative to the record’s town', () => {
    expect(placeOf({ scopePath: town }, town)).toBe('town');
    expect(placeOf({ scopePath: '/cn/zj/cixi/' }, town)).toBe('above');
    expect(placeOf({ scopePath: `${town}v1/` }, town)).toBe('village');
    expect(placeOf({ scopePath: '/cn/zj/yuyao/' }, town)).toBe('none');
  });

  it('never lets staff above the town play a town-office party', () => {
    const county = { scopePath: '/cn/zj/cixi/' };
    expect(supervisesOnly(county, town, W.parties.office)).toBe(true);
    expect(supervisesOnly(county, town, W.parties.county)).toBe(false);
    expect([
      ...playableParties(W.parties, new Set(['office', 'county'] as const), county, town),
    ]).toEqual(['county']);
    expect([
      ...playableParties(W.parties, new Set(['office'] as const), { scopePath: town }, town),
    ]).toEqual(['office']);
  });
});

describe('workflow kernel: the diagram', () => {
  it('draws every state-changing step from the table, each computed target included', () => {
    expect(mermaidOf(W)).toBe(
      [
        'stateDiagram-v2',
        '  open: 办理中',
        '  done: 已办结',
        '  void: 已作废',
        '  [*] --> open',
        '  open --> done: 办结（乡镇办公室）',
        '  open --> void: 作废（县级机关）',
        '  open --> open: 作废（县级机关）',
        '  open --> void: 期满作废（乡镇办公室）',
        '',
      ].join('\n'),
    );
  });
});
