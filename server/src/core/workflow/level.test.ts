import { describe, expect, it } from 'vitest';
import { ownTownPath, placeOf } from './level.js';

const TOWN = '/root/county/town1/';

describe('an actor’s place relative to a town', () => {
  it('gives the town’s path from the scope of someone working in it, never for anyone else', () => {
    expect(ownTownPath({ townId: 'town1', scopePath: TOWN }, 'town1')).toBe(TOWN);
    // Another town's staff, and staff above the town (no town of their own), read the path instead.
    expect(ownTownPath({ townId: 'town2', scopePath: '/root/county/town2/' }, 'town1')).toBeNull();
    expect(ownTownPath({ townId: null, scopePath: '/root/county/' }, 'town1')).toBeNull();
    // A town id that only prefixes another segment is not the town.
    expect(ownTownPath({ townId: 'town1', scopePath: '/root/county/town10/' }, 'town1')).toBeNull();
  });

  it('places the county above the town, its staff in it, a village within it, others nowhere', () => {
    expect(placeOf({ scopePath: '/root/county/' }, TOWN)).toBe('above');
    expect(placeOf({ scopePath: TOWN }, TOWN)).toBe('town');
    expect(placeOf({ scopePath: `${TOWN}village1/` }, TOWN)).toBe('village');
    expect(placeOf({ scopePath: '/root/county/town2/' }, TOWN)).toBe('none');
  });
});
