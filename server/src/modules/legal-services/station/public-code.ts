import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: read aloud at a window or typed from a phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random code a citizen quotes to look up a booking or question (unique column; ~10^15 values). */
export const publicCode = (prefix: string) =>
  `${prefix}-${Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
