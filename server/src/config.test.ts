import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.js';

describe('settings that guard production', () => {
  it('reads FAZHI_TRUST_PROXY as off, a hop count or a list of proxy addresses, never "trust all"', () => {
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1')).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
    ]);
    expect(() => parseTrustProxy('true')).toThrow(/FAZHI_TRUST_PROXY/);
    expect(() => parseTrustProxy('proxy.local')).toThrow(/proxy\.local/);
  });

  it('sets Secure cookies by default; only a demo on loopback goes without', () => {
    expect(loadConfig({}).secureCookies).toBe(true);
    expect(loadConfig({ HOST: '127.0.0.1' }).secureCookies).toBe(false);
    expect(loadConfig({ HOST: '127.0.0.1', FAZHI_DEMO: '0' }).secureCookies).toBe(true);
    expect(loadConfig({ HOST: '127.0.0.1', FAZHI_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
  });

  it('creates demo accounts only on the demo flag, never in a production database', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/fazhi' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/fazhi', FAZHI_DEMO: '1' }),
    ).toThrow(/演示账号/);
  });
});
