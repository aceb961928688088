import { maskPhone } from '../../core/crypto/mask.js';
import type { Secrets } from '../../core/crypto/secrets.js';
import type { Flag } from '../../core/db/schema.js';

interface UserRowView {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  phoneEnc: string | null;
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  mustChangePassword: Flag;
  totpEnabledAt: string | null;
  lastLoginAt: string | null;
  isDemo: Flag;
}

/** The list/detail shape: personal data masked, lock state derived from now. */
export function presentUser(
  secrets: Secrets,
  row: UserRowView,
  roles: { key: string; name: string }[],
  nowIso: string,
) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    org: { id: row.orgId, name: row.orgName },
    roles,
    phoneMasked: row.phoneEnc ? maskPhone(secrets.decrypt(row.phoneEnc)) : null,
    status: row.status,
    locked: !!row.lockedUntil && row.lockedUntil > nowIso,
    lockedUntil: row.lockedUntil && row.lockedUntil > nowIso ? row.lockedUntil : null,
    mustChangePassword: row.mustChangePassword === 1,
    totpEnabled: !!row.totpEnabledAt,
    lastLoginAt: row.lastLoginAt,
    isDemo: row.isDemo === 1,
  };
}
