import { describe, expect, it } from 'vitest';
import { classify, expected, matches, resolve, sample, type Caller } from './authz-expect.js';
import type { RouteRow } from './authz-matrix.js';

const TOWN = '/zj/nb/cx/qt/';
const clerk: Caller = {
  name: 'clerk',
  username: 'clerk',
  permissions: new Set(['review.item.read']),
  scopePath: TOWN,
  aboveTown: false,
};
const county: Caller = {
  name: 'county',
  username: 'county',
  permissions: new Set(['review.item.read']),
  scopePath: '/zj/nb/cx/',
  aboveTown: true,
};
const officer: Caller = {
  name: 'officer',
  username: 'officer',
  permissions: new Set(['task.read']),
  scopePath: TOWN,
  aboveTown: false,
};
const anonymous: Caller = {
  name: 'anonymous',
  username: '',
  permissions: null,
  scopePath: '/',
  aboveTown: false,
};
const own = { orgPath: `${TOWN}office/` };
const sibling = { orgPath: '/zj/nb/cx/ky/' };
const otherCounty = { orgPath: '/zj/nb/yy/lz/' };

describe('the answer a row expects', () => {
  const read: RouteRow = { access: 'review.item.read', record: 'reviewItem' };

  it.each([
    ['anonymous', anonymous, own, ['unauthenticated']],
    ['a holder, own town', clerk, own, ['allowed']],
    ['a holder, sibling town', clerk, sibling, ['not_found']],
    ['the county, sibling town', county, sibling, ['allowed']],
    ['the county, another county', county, otherCounty, ['not_found']],
    ['no permission, own town', officer, own, ['forbidden']],
    ['no permission, out of reach', officer, sibling, ['forbidden', 'not_found']],
  ] as const)('%s', (_, caller, record, want) => {
    expect(expected(read, caller, record, TOWN)).toEqual(want);
  });

  it('refuses writes on town records to staff above the town level when the row says so', () => {
    expect(expected({ ...read, townWrite: true }, county, own, TOWN)).toEqual(['forbidden']);
    expect(expected({ ...read, townWrite: true }, clerk, own, TOWN)).toEqual(['allowed']);
  });

  it('shows the county centre only the review items sent to it: any other is out of reach', () => {
    const centre: Caller = {
      ...county,
      name: 'countyreview',
      permissions: new Set(['review.item.read', 'review.item.co_review']),
    };
    const decide: RouteRow = { access: 'review.item.decide', record: 'reviewItem' };
    expect(expected(read, centre, own, TOWN)).toEqual(['not_found']);
    expect(expected(decide, centre, own, TOWN)).toEqual(['forbidden', 'not_found']);
    // A supervisor reads every item and is refused the step by its permission.
    expect(expected(read, county, own, TOWN)).toEqual(['allowed']);
    expect(expected(decide, county, own, TOWN)).toEqual(['forbidden']);
  });

  it('serves public portal records of the portal town only, to anyone', () => {
    const portal: RouteRow = { access: 'public', record: 'publicDisclosureFile', portal: true };
    expect(expected(portal, anonymous, own, TOWN)).toEqual(['allowed']);
    expect(expected(portal, clerk, sibling, TOWN)).toEqual(['not_found']);
  });

  it('shows an unattached upload to its uploader only', () => {
    const file: RouteRow = { access: 'signed-in', record: 'file', uploaderOnly: true };
    expect(expected(file, clerk, { ...own, owner: 'clerk' }, TOWN)).toEqual(['allowed']);
    expect(expected(file, officer, { ...own, owner: 'clerk' }, TOWN)).toEqual(['not_found']);
  });

  it('accepts 404 on a stand-in sub-record for callers who reach its parent', () => {
    expect(expected(read, clerk, { ...own, synthetic: true }, TOWN)).toEqual([
      'allowed',
      'not_found',
    ]);
  });
});

describe('reading an answer', () => {
  it('counts state and validation refusals and step refusals as past authorisation, nothing else', () => {
    expect([200, 201, 400, 409, 422].map(classify)).toEqual([
      'allowed',
      'allowed',
      'allowed',
      'allowed',
      'allowed',
    ]);
    expect(matches(403, 'NOT_YOUR_STEP', ['allowed'])).toBe(true);
    expect(matches(403, 'FORBIDDEN', ['allowed'])).toBe(false);
    expect(matches(404, 'NOT_FOUND', ['allowed'])).toBe(false);
    expect(matches(401, 'UNAUTHENTICATED', ['forbidden'])).toBe(false);
  });
});

describe('request bodies', () => {
  it('samples required fields in range and fills placeholders', () => {
    const schema = {
      type: 'object',
      required: ['kind', 'on', 'days', 'note'],
      properties: {
        kind: { type: 'string', enum: ['a', 'b'] },
        on: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        days: { type: 'integer', minimum: 5 },
        note: { type: 'string', minLength: 20 },
        extra: { type: 'string' },
      },
    };
    const body = sample(schema) as Record<string, unknown>;
    expect(body).toMatchObject({ kind: 'a', on: '2024-11-20', days: 5 });
    expect((body.note as string).length).toBeGreaterThanOrEqual(20);
    expect(body).not.toHaveProperty('extra');
    expect(resolve({ orgId: '{org}', list: ['{org}'], n: 1 }, { org: 'X' })).toEqual({
      orgId: 'X',
      list: ['X'],
      n: 1,
    });
  });
});
