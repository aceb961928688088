import { describe, expect, it } from 'vitest';
import { certificateState } from './certificate-expiry';

describe('certificateState', () => {
  const cert = { issuedOn: '2021-03-01', expiresOn: '2026-02-28' };
  it.each([
    ['2021-02-28', '未生效'],
    ['2025-06-01', '有效'],
    ['2025-11-30', '90 天后到期'],
    ['2026-02-28', '0 天后到期'],
    ['2026-03-01', '已过期'],
  ])('on %s reads %s', (today, label) => {
    expect(certificateState(cert, today).label).toBe(label);
  });
  it('flags only certificates within the warning window', () => {
    expect(certificateState(cert, '2025-11-29').expiring).toBe(false);
    expect(certificateState(cert, '2025-12-01').expiring).toBe(true);
  });
});
