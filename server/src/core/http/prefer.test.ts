import { describe, expect, it } from 'vitest';
import { prefersMinimal } from './prefer.js';

describe('Prefer: return=minimal (RFC 7240)', () => {
  it.each([
    ['return=minimal', true],
    ['Return=Minimal', true],
    ['handling=strict, return=minimal', true],
    ['return=minimal; foo=bar', true],
    [['respond-async', 'return=minimal'], true],
    ['return=representation', false],
    ['return=minimalist', false],
    ['respond-async', false],
    ['', false],
    [undefined, false],
  ] as const)('%j → %s', (header, minimal) => {
    expect(prefersMinimal(header as string | string[] | undefined)).toBe(minimal);
  });
});
