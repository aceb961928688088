import smCrypto from 'sm-crypto';

/**
 * SM2 signatures (GB/T 32918) through `sm-crypto`: Node's OpenSSL has SM3 and SM4 but no usable SM2.
 * Signatures hash with SM3 over the signer's Z value (default user id), and are `r ‖ s` in hex.
 */
const { sm2 } = smCrypto;

/** Order of the SM2 curve's base point: private keys lie in [1, n − 2]. */
const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

export interface Sm2KeyPair {
  privateKey: string;
  /** Uncompressed point, `04 ‖ x ‖ y` in hex. */
  publicKey: string;
}

/** A key pair fixed by a secret seed (≥ 40 bytes, so the reduction mod n leaves no usable bias). */
export function sm2KeyPairFromSeed(seed: Buffer): Sm2KeyPair {
  if (seed.length < 40) throw new Error('SM2 seed too short');
  const d = (BigInt(`0x${seed.toString('hex')}`) % (N - 2n)) + 1n;
  const privateKey = d.toString(16).padStart(64, '0');
  return { privateKey, publicKey: sm2.getPublicKeyFromPrivateKey(privateKey) };
}

export const sm2Sign = (message: string, keys: Sm2KeyPair): string =>
  sm2.doSignature(message, keys.privateKey, { hash: true, publicKey: keys.publicKey });

export function sm2Verify(message: string, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-f]{128}$/.test(signature)) return false;
  try {
    return sm2.doVerifySignature(message, signature, publicKey, { hash: true });
  } catch {
    return false;
  }
}
