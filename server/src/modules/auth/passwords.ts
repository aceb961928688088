import { hash, verify } from '@node-rs/argon2';
import { badRequest } from '../../core/errors.js';
import { passwordProblems } from './password-policy.js';

const OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifies against a fixed hash so unknown usernames take as long as known ones. */
let dummyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('fazhi-timing-equaliser-Aa1!');
  await verifyPassword(await dummyHash, password);
}

/** Throws a 400 listing every rule the password breaks. */
export function assertPasswordAcceptable(password: string, username?: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length)
    throw badRequest(`密码不符合要求：${problems.join('；')}`, { problems }, 'WEAK_PASSWORD');
}
