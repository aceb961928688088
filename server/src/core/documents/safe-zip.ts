import { inflateRawSync } from 'node:zlib';
import { Unzip, zipSync, type AsyncFlateStreamHandler, type UnzipDecoder } from 'fflate';
import { AppError } from '../errors.js';

/**
 * Reading uploaded ZIP packages (DOCX, XLSX) without trusting them (security issue #8): a zip bomb of
 * a few kilobytes can claim or hold hundreds of megabytes. fflate walks the entries; every deflated
 * entry is inflated by zlib with a hard output cap, so a package over its limits is refused after at
 * most the allowed bytes were produced, never inflated in full.
 */
export interface ZipLimits {
  /** Entries in the package (a DOCX has ~15, an XLSX a few dozen). */
  maxEntries: number;
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of all the entries read. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed bytes of one entry, above `ratioFloorBytes`; office XML compresses ~10:1. */
  maxRatio: number;
  /** Entries this small may compress as well as they like. */
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
  maxRatio: 400,
  ratioFloorBytes: MiB,
};

/** The bytes are not a ZIP package, or a damaged one. Callers answer with their own 400. */
export class ZipFormatError extends Error {}

const refused = (why: string, details: Record<string, unknown>) =>
  new AppError(
    422,
    'ARCHIVE_LIMIT_EXCEEDED',
    `文件解压后${why}，疑似压缩炸弹，已拒绝处理；请检查文件或者另存后重新上传`,
    details,
  );

/**
 * The entries of `bytes` whose name `wanted` accepts, inflated within `limits`. Throws a 422
 * AppError (ARCHIVE_LIMIT_EXCEEDED) when a limit is exceeded and ZipFormatError for damaged bytes.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let entries = 0;
  /** Entries started and not yet complete: any left at the end mean the bytes were cut off. */
  const open = new Set<string>();

  /** The most one entry may inflate to, given what it takes compressed and what is left overall. */
  const capOf = (compressed: number) =>
    Math.min(
      limits.maxEntryBytes,
      limits.maxTotalBytes - total,
      Math.max(limits.ratioFloorBytes, compressed * limits.maxRatio),
    );
  const overCap = (name: string, compressed: number) => {
    const cap = capOf(compressed);
    if (cap === limits.maxEntryBytes)
      return refused(`单个部件超过 ${limits.maxEntryBytes / MiB} MB`, {
        entry: name,
        limitBytes: cap,
      });
    if (cap === limits.maxTotalBytes - total)
      return refused(`总大小超过 ${limits.maxTotalBytes / MiB} MB`, {
        entry: name,
        limitBytes: limits.maxTotalBytes,
      });
    return refused(`压缩比超过 ${limits.maxRatio} 倍`, {
      entry: name,
      compressedBytes: compressed,
    });
  };

  /** Collects an entry's compressed bytes, then inflates them with zlib under the entry's cap. */
  class BoundedInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private readonly chunks: Buffer[] = [];
    private size = 0;
    /** A declared size over the cap is refused before any inflating (a lying one is caught by the cap). */
    constructor(
      private readonly name: string,
      size?: number,
      originalSize?: number,
    ) {
      if (
        size !== undefined &&
        size >= 0 &&
        originalSize !== undefined &&
        originalSize > capOf(size)
      )
        throw overCap(name, size);
    }
    push(chunk: Uint8Array, final: boolean) {
      this.chunks.push(Buffer.from(chunk));
      this.size += chunk.length;
      if (!final) return;
      const cap = capOf(this.size);
      if (cap <= 0) throw overCap(this.name, this.size);
      let data: Buffer;
      try {
        data = inflateRawSync(Buffer.concat(this.chunks), { maxOutputLength: cap });
      } catch (e) {
        if (e instanceof RangeError) throw overCap(this.name, this.size);
        throw new ZipFormatError(`damaged entry ${this.name}`);
      }
      this.ondata(null, data as Uint8Array<ArrayBuffer>, true);
    }
  }

  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries)
      throw refused(`包含的部件超过 ${limits.maxEntries} 个`, { limitEntries: limits.maxEntries });
    if (!wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8)
      throw new ZipFormatError(`compression ${file.compression}`);
    const parts: Uint8Array[] = [];
    let size = 0;
    open.add(file.name);
    file.ondata = (err, data, final) => {
      if (err) throw new ZipFormatError(err.message);
      size += data.length;
      // Stored entries arrive as they are: bounded by the upload, still counted against the limits.
      if (size > limits.maxEntryBytes || total + size > limits.maxTotalBytes)
        throw overCap(file.name, size);
      parts.push(data);
      if (!final) return;
      total += size;
      open.delete(file.name);
      out.set(file.name, parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    };
    file.start();
  });
  unzip.register(BoundedInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    if (e instanceof AppError || e instanceof ZipFormatError) throw e;
    throw new ZipFormatError(e instanceof Error ? e.message : String(e));
  }
  if (open.size) throw new ZipFormatError(`truncated entry ${[...open][0]}`);
  return out;
}

/**
 * The package re-written from the entries read within the limits (stored, not compressed), for
 * libraries that unzip on their own (ExcelJS, JSZip): they then see only what was checked.
 */
export function rezipBounded(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Buffer {
  const entries = unzipBounded(bytes, (name) => !name.endsWith('/'), limits);
  if (!entries.size) throw new ZipFormatError('no entries');
  return Buffer.from(zipSync(Object.fromEntries(entries), { level: 0 }));
}
