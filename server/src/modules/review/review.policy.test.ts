import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/authz/actor.js';
import { levelOf, partiesOf, seesOnlyCountyWork, type PolicyItem } from './review.policy.js';
import { REVIEW_GRANTS } from './review.grants.js';

const COUNTY = '/cn/zj/nb/cx/';
const TOWN = `${COUNTY}qt/`;
const actor = (
  role: keyof typeof REVIEW_GRANTS,
  scopePath: string,
  orgId: string,
  userId = `u-${role}-${orgId}`,
): Actor => ({
  kind: 'user',
  userId,
  tokenId: null,
  name: role,
  displayName: role,
  orgId,
  orgKind: 'unit',
  townId: null,
  scopePath,
  roles: [role],
  permissions: new Set(REVIEW_GRANTS[role]),
});
const villageItem: PolicyItem = {
  orgId: 'shl',
  orgPath: `${TOWN}shl/`,
  townPath: TOWN,
  type: 'village_contract',
  createdBy: 'u-village_cadre-shl',
};
const townItem: PolicyItem = {
  orgId: 'jjfzb',
  orgPath: `${TOWN}jjfzb/`,
  townPath: TOWN,
  type: 'gov_contract',
  createdBy: 'u-office_clerk-djzhb',
};

describe('who takes part in an item', () => {
  it('places actors relative to the item’s town', () => {
    expect(levelOf(actor('office_clerk', TOWN, 'djzhb'), townItem)).toBe('town');
    expect(levelOf(actor('office_clerk', COUNTY, 'sfj'), townItem)).toBe('county');
    expect(levelOf(actor('village_cadre', `${TOWN}shl/`, 'shl'), townItem)).toBe('village');
    expect(levelOf(actor('office_clerk', '/cn/zj/nb/yy/xx/', 'o'), townItem)).toBe('none');
  });

  it.each([
    ['village_cadre', `${TOWN}shl/`, 'shl', villageItem, ['approver', 'submitter']],
    ['village_cadre', `${TOWN}wf/`, 'wf', villageItem, []],
    ['office_clerk', TOWN, 'djzhb', villageItem, ['coordinator']],
    ['office_clerk', TOWN, 'djzhb', townItem, ['coordinator', 'submitter']],
    ['office_clerk', TOWN, 'nyncb', townItem, ['coordinator']],
    ['office_clerk', COUNTY, 'sfj', townItem, ['county']],
    ['legal_reviewer', TOWN, 'djzhb', villageItem, ['reviewer']],
    ['deputy_head', TOWN, 'town', townItem, ['approver']],
    ['deputy_head', TOWN, 'town', villageItem, []],
    ['legal_adviser', TOWN, 'sfs', townItem, []],
    ['county_supervisor', COUNTY, 'sfj', townItem, []],
  ] as const)('%s at %s (%s) on %o → %o', (role, scope, org, item, parties) => {
    expect([...partiesOf(actor(role, scope, org), item)].sort()).toEqual(parties);
  });

  it('shows county staff only the county’s part of the work', () => {
    expect(seesOnlyCountyWork(actor('office_clerk', COUNTY, 'sfj'), 'county')).toBe(true);
    expect(seesOnlyCountyWork(actor('office_clerk', TOWN, 'djzhb'), 'town')).toBe(false);
    // A supervisor reads every item of its towns (and takes no step: it plays no party above).
    expect(seesOnlyCountyWork(actor('county_supervisor', COUNTY, 'sfj'), 'county')).toBe(false);
  });
});
