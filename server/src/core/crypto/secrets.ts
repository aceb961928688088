import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { deriveKey, hmacSm3Hex, sm4Decrypt, sm4Encrypt } from './sm.js';
import { sm2KeyPairFromSeed, type Sm2KeyPair } from './sm2.js';

/**
 * Keys for personal data at rest. The master key comes from FAZHI_SECRET_KEY (64 hex characters;
 * every app server of one deployment must share it) or, failing that, from `secret.key` in the
 * data directory, created on first start with mode 0600.
 */
export interface Secrets {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed digest for lookups (e.g. a phone number) without storing the value. */
  blindIndex(value: string): string;
  /**
   * Keys of the trail, derived from the master key and never stored in the database: the HMAC-SM3 key
   * of the hash chains, and the SM2 key pair that signs exported chain heads (锚点).
   */
  audit: { chainKey: Buffer; anchorKeys(): Sm2KeyPair };
  /** Where the master key came from, for the start-up banner. */
  source: 'env' | 'file';
}

export function loadSecrets(dataDir: string, envKey = process.env.FAZHI_SECRET_KEY): Secrets {
  let master: Buffer;
  let source: Secrets['source'];
  if (envKey) {
    if (!/^[0-9a-fA-F]{64}$/.test(envKey))
      throw new Error('FAZHI_SECRET_KEY 必须是 64 位十六进制字符串');
    master = Buffer.from(envKey, 'hex');
    source = 'env';
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'secret.key');
    if (!fs.existsSync(file)) {
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    master = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
    source = 'file';
  }
  const encKey = deriveKey(master, 'pii-sm4');
  const indexKey = deriveKey(master, 'pii-index', 32);
  return {
    encrypt: (plain) => sm4Encrypt(encKey, plain),
    decrypt: (sealed) => sm4Decrypt(encKey, sealed),
    blindIndex: (value) => hmacSm3Hex(indexKey, value),
    audit: auditKeys(master),
    source,
  };
}

/**
 * The trail's keys for a master key (also used by tests to play an attacker holding the wrong key). The
 * SM2 pair is derived on first use: its public point costs tens of milliseconds of pure-JS arithmetic.
 */
export function auditKeys(master: Buffer): Secrets['audit'] {
  let anchor: Sm2KeyPair | undefined;
  return {
    chainKey: deriveKey(master, 'audit-chain', 32),
    anchorKeys: () => (anchor ??= sm2KeyPairFromSeed(deriveKey(master, 'audit-anchor-sm2', 48))),
  };
}
