import { describe, expect, it } from 'vitest';
import { auditKeys } from '../crypto/secrets.js';
import { readAnchorFile, signAnchors } from './anchors.js';

const ours = auditKeys(Buffer.alloc(32, 1)).anchorKeys();
const theirs = auditKeys(Buffer.alloc(32, 2)).anchorKeys();
const anchors = [
  { chainId: 'system', seq: 3, hash: 'a'.repeat(64), at: '2024-11-20T02:00:00.000Z' },
  { chainId: 'town-1', seq: 12, hash: 'b'.repeat(64), at: '2024-11-20T02:01:00.000Z' },
];
const file = signAnchors(anchors, '2024-11-20T03:00:00.000Z', 'auditadmin', ours);

describe('SM2-signed anchors', () => {
  it('derives the same key pair from the same master key, and another from another', () => {
    expect(auditKeys(Buffer.alloc(32, 1)).anchorKeys()).toEqual(ours);
    expect(ours.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(theirs.publicKey).not.toBe(ours.publicKey);
  });

  it('accepts the file as signed', () => {
    expect(readAnchorFile(JSON.stringify(file), ours.publicKey)).toEqual({ file });
  });

  it.each([
    [
      'a changed hash',
      { ...file, anchors: [anchors[0]!, { ...anchors[1]!, hash: 'c'.repeat(64) }] },
      'SM2 签名无效',
    ],
    ['a dropped anchor', { ...file, anchors: [anchors[0]!] }, 'SM2 签名无效'],
    ['a changed issue time', { ...file, issuedAt: '2024-11-21T03:00:00.000Z' }, 'SM2 签名无效'],
    [
      'a file re-signed with another key pair',
      signAnchors(anchors, file.issuedAt, file.issuedBy, theirs),
      '公钥不符',
    ],
    [
      'another signature under our public key',
      {
        ...signAnchors(anchors, file.issuedAt, file.issuedBy, {
          ...theirs,
          publicKey: ours.publicKey,
        }),
      },
      'SM2 签名无效',
    ],
    ['an extra field', { ...file, note: 'x' }, '格式不符'],
  ])('refuses %s', (_name, forged, reason) => {
    const read = readAnchorFile(JSON.stringify(forged), ours.publicKey);
    expect('refused' in read && read.refused).toContain(reason);
  });

  it('refuses text that is not JSON', () => {
    expect(readAnchorFile('{"format":', ours.publicKey)).toEqual({
      refused: '锚点文件不是有效的 JSON',
    });
  });
});
