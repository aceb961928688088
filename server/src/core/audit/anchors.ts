import { z } from 'zod';
import { sm2Sign, sm2Verify, type Sm2KeyPair } from '../crypto/sm2.js';
import type { Q } from '../db/database.js';

/**
 * 锚点 (anchors): the end of each chain at one moment, signed with SM2 and kept by the audit admin outside
 * the database. Whoever later rewrites or cuts a chain — even recomputing it with the right key — cannot
 * keep an anchored (seq, hash) in place, and cannot re-sign the file without the signing key.
 */
const ANCHOR_FORMAT = 'fazhi-audit-anchors/1';

interface Anchor {
  chainId: string;
  seq: number;
  hash: string;
  at: string;
}

const anchorFile = z
  .object({
    format: z.literal(ANCHOR_FORMAT),
    issuedAt: z.string(),
    issuedBy: z.string(),
    /** The signer's SM2 public key, for reference: verifiers use the key they derive themselves. */
    publicKey: z.string(),
    anchors: z.array(
      z
        .object({
          chainId: z.string(),
          seq: z.number().int().min(1),
          hash: z.string().regex(/^[0-9a-f]{64}$/),
          at: z.string(),
        })
        .strict(),
    ),
    signature: z.string(),
  })
  .strict();

export type AnchorFile = z.infer<typeof anchorFile>;

/** The signed bytes: every field but the signature, in a fixed order. */
const signedText = (f: Omit<AnchorFile, 'signature'>) =>
  JSON.stringify([
    f.format,
    f.issuedAt,
    f.issuedBy,
    f.publicKey,
    f.anchors.map((a) => [a.chainId, a.seq, a.hash, a.at]),
  ]);

export function signAnchors(
  anchors: Anchor[],
  issuedAt: string,
  issuedBy: string,
  keys: Sm2KeyPair,
): AnchorFile {
  const body = {
    format: ANCHOR_FORMAT,
    issuedAt,
    issuedBy,
    publicKey: keys.publicKey,
    anchors,
  } as const;
  return { ...body, signature: sm2Sign(signedText(body), keys) };
}

/** Parses an anchor file and checks its SM2 signature against this deployment's public key. */
export function readAnchorFile(
  text: string,
  publicKey: string,
): { file: AnchorFile } | { refused: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { refused: '锚点文件不是有效的 JSON' };
  }
  const shape = anchorFile.safeParse(parsed);
  if (!shape.success) return { refused: '锚点文件格式不符' };
  const file = shape.data;
  if (file.publicKey !== publicKey)
    return { refused: '锚点文件不是以本部署的签名密钥签发的（公钥不符）' };
  if (!sm2Verify(signedText(file), file.signature, publicKey))
    return { refused: 'SM2 签名无效：锚点文件被改动过' };
  return { file };
}

interface AnchorMiss {
  anchor: Anchor;
  problem: 'missing' | 'rewritten';
  message: string;
}

/** Anchors whose (seq, hash) is no longer in the chain: a cut-off tail, or a rewritten chain. */
export async function unmatchedAnchors(q: Q, anchors: Anchor[]): Promise<AnchorMiss[]> {
  const misses: AnchorMiss[] = [];
  for (const anchor of anchors) {
    const row = await q
      .selectFrom('auditEvents')
      .select('hash')
      .where('chainId', '=', anchor.chainId)
      .where('seq', '=', anchor.seq)
      .executeTakeFirst();
    if (!row)
      misses.push({
        anchor,
        problem: 'missing',
        message: `锚定的第 ${anchor.seq} 号事件已不存在：链被截断或删除`,
      });
    else if (row.hash !== anchor.hash)
      misses.push({
        anchor,
        problem: 'rewritten',
        message: `锚定的第 ${anchor.seq} 号事件哈希已改变：链被改写`,
      });
  }
  return misses;
}
