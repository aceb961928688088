import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), the format every authenticator app reads. */
const make = (secretBase32: string, label = 'fazhi') =>
  new TOTP({
    issuer: 'Fazhi法治',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** Accepts the current code and one step either side (clock drift). */
export function totpValid(secretBase32: string, code: string, at: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return make(secretBase32).validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null;
}

export async function enrolment(secretBase32: string, username: string) {
  const uri = make(secretBase32, username).toString();
  return {
    secret: secretBase32,
    otpauthUri: uri,
    qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }),
  };
}
