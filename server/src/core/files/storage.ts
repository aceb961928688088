import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Content-addressed attachment storage: `<dataDir>/files/<2 hex>/<2 hex>/<sm3>`. Identical uploads are
 * kept once; a blob is written to a temp file, flushed, then renamed, so a crash never leaves a
 * half-written blob under a valid name. Blobs are never changed in place.
 */
const root = (dataDir: string) => path.join(dataDir, 'files');
const tmpDir = (dataDir: string) => path.join(root(dataDir), 'tmp');

export const blobPath = (dataDir: string, sm3: string): string => {
  if (!/^[0-9a-f]{64}$/.test(sm3)) throw new Error(`not an SM3 digest: ${sm3}`);
  return path.join(root(dataDir), sm3.slice(0, 2), sm3.slice(2, 4), sm3);
};

interface ReceivedBlob {
  tempPath: string;
  sm3: string;
  size: number;
}

/** Streams `source` into a temp file, computing its SM3 and size on the way. */
export async function receiveToTemp(dataDir: string, source: Readable): Promise<ReceivedBlob> {
  await fs.promises.mkdir(tmpDir(dataDir), { recursive: true });
  const tempPath = path.join(tmpDir(dataDir), randomUUID());
  const hash = createHash('sm3');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const out = fs.createWriteStream(tempPath, { flags: 'wx' });
  try {
    await pipeline(source, tap, out);
    const fd = await fs.promises.open(tempPath, 'r+');
    await fd.sync().finally(() => fd.close());
  } catch (e) {
    await discardTemp(tempPath);
    throw e;
  }
  return { tempPath, sm3: hash.digest('hex'), size };
}

export const discardTemp = (tempPath: string): Promise<void> =>
  fs.promises.rm(tempPath, { force: true });

/** Moves a received temp file to its content address; if that blob already exists the temp is dropped. */
export async function commitBlob(dataDir: string, blob: ReceivedBlob): Promise<string> {
  const target = blobPath(dataDir, blob.sm3);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  if (fs.existsSync(target)) {
    await discardTemp(blob.tempPath);
    return target;
  }
  await fs.promises.rename(blob.tempPath, target);
  return target;
}

/** Stores bytes produced by Fazhi itself (a generated DOCX, an export) and returns their address. */
export async function storeBytes(
  dataDir: string,
  data: Buffer,
): Promise<{ sm3: string; size: number }> {
  const blob = await receiveToTemp(dataDir, Readable.from([data]));
  await commitBlob(dataDir, blob);
  return { sm3: blob.sm3, size: blob.size };
}

export const openBlob = (dataDir: string, sm3: string): fs.ReadStream =>
  fs.createReadStream(blobPath(dataDir, sm3));

export const readTemp = (blob: ReceivedBlob): Promise<Buffer> =>
  fs.promises.readFile(blob.tempPath);
