import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

/** 国密 primitives from Node's OpenSSL: SM3 for digests and HMAC, SM4-CBC for data at rest. */
export const sm3Hex = (data: string | Buffer): string =>
  createHash('sm3').update(data).digest('hex');

export const hmacSm3Hex = (key: Buffer, data: string): string =>
  createHmac('sm3', key).update(data).digest('hex');

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export function deriveKey(master: Buffer, label: string, length = 16): Buffer {
  return Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), `fazhi:${label}`, length));
}

/** `v1:<iv b64>:<ciphertext b64>` — SM4-CBC with a fresh IV per value. */
export function sm4Encrypt(key: Buffer, plaintext: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `v1:${iv.toString('base64')}:${body.toString('base64')}`;
}

export function sm4Decrypt(key: Buffer, sealed: string): string {
  const [version, iv, body] = sealed.split(':');
  if (version !== 'v1' || !iv || !body) throw new Error('unrecognised ciphertext');
  const decipher = createDecipheriv('sm4-cbc', key, Buffer.from(iv, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString(
    'utf8',
  );
}
