import { Secret, TOTP } from 'otpauth';
import type { TestClient } from './test-client.js';
import type { TestServer } from './test-env.js';

/** The 6-digit code an authenticator app would show at the server's (manual) time. */
export const totpCode = (secret: string, at: Date) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });

/**
 * Signs in one of the three administrator accounts, enrolling its second factor on first use.
 * Returns the client and the TOTP secret (to sign in again later).
 */
export async function asAdmin(
  s: TestServer,
  username: string,
  password = 'Demo@2024',
): Promise<{ client: TestClient; secret: string }> {
  const client = s.client();
  const res = await client.login(username, password);
  if (res.status !== 200 || res.json.stage !== 'mfa_enroll')
    throw new Error(`${username}: unexpected login ${res.status} ${JSON.stringify(res.json)}`);
  const enrol = await client.post('/api/v1/auth/totp/enroll');
  const secret: string = enrol.json.secret;
  const act = await client.post('/api/v1/auth/totp/activate', {
    code: totpCode(secret, s.time.now()),
  });
  if (act.json?.stage !== 'active')
    throw new Error(`${username}: enrolment failed ${JSON.stringify(act.json)}`);
  return { client, secret };
}
