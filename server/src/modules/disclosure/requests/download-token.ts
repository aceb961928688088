import { timingSafeEqual } from 'node:crypto';
import type { Secrets } from '../../../core/crypto/secrets.js';

/**
 * Links an applicant can follow without an account: `<document id>.<expiry, unix seconds>.<signature>`,
 * signed with the deployment's keyed digest. Stateless, so nothing to clean up; the signature binds the
 * link to one document, and the server still checks that the document is one released to the applicant.
 */
const DOWNLOAD_TTL_SECONDS = 30 * 60;

const signature = (secrets: Secrets, documentId: string, exp: number) =>
  secrets.blindIndex(`disclosure-download:${documentId}:${exp}`).slice(0, 40);

export function signDownload(
  secrets: Secrets,
  documentId: string,
  now: Date,
): { token: string; expiresAt: string } {
  const exp = Math.floor(now.getTime() / 1000) + DOWNLOAD_TTL_SECONDS;
  return {
    token: `${documentId}.${exp}.${signature(secrets, documentId, exp)}`,
    expiresAt: new Date(exp * 1000).toISOString(),
  };
}

/** The document id, or null when the token is malformed, forged or expired. */
export function verifyDownload(secrets: Secrets, token: string, now: Date): string | null {
  const [documentId, expText, sig] = token.split('.');
  if (!documentId || !expText || !sig || !/^\d{1,12}$/.test(expText)) return null;
  const exp = Number(expText);
  if (exp * 1000 < now.getTime()) return null;
  const expected = Buffer.from(signature(secrets, documentId, exp));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? documentId : null;
}
