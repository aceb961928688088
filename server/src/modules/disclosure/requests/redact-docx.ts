import JSZip from 'jszip';
import { rezipBounded, ZipFormatError } from '../../../core/documents/safe-zip.js';
import { badRequest } from '../../../core/errors.js';
import { maskIdNumber, maskPhone } from '../../../core/crypto/mask.js';
import type { RedactionGround } from './redaction-grounds.js';

/**
 * Blacks out text in a DOCX (区分处理, 《政府信息公开条例》第三十七条): every character of a match becomes
 * ■, so the layout and the run structure stay as they were. Word splits text into runs at will, so
 * matching happens on each paragraph's joined text and is mapped back onto the runs. Pure: bytes in,
 * bytes and a count per rule out; the removed text itself is never returned.
 */
export interface RedactionRule {
  kind: 'id_number' | 'phone' | 'marked';
  ground: RedactionGround;
  /** Global regular expression. */
  pattern: RegExp;
}

export interface RedactionCount {
  kind: RedactionRule['kind'];
  ground: RedactionGround;
  count: number;
  /** Masked examples (330282********1234) so a reviewer can tell what went, without the data. */
  samples: string[];
}

export const BLOCK = '■';

/** 18-digit resident ID numbers with a plausible birth date; over-matching is the safe side here. */
export const ID_NUMBER_PATTERN =
  /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
/** Mobile numbers and area-coded landlines. */
export const PHONE_PATTERN = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)/g;

export const markedPattern = (text: string): RegExp =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');

const PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;
// [^<>]: an unclosed tag ends its scan at the next '<', so the pattern stays linear (issue #8).
const TEXT_RUN = /(<w:t(?:\s[^<>]*)?>)([^<]*)(<\/w:t>)|<\/w:p>/g;

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sampleOf(kind: RedactionRule['kind'], text: string): string {
  if (kind === 'id_number') return maskIdNumber(text.toUpperCase());
  if (kind === 'phone') return maskPhone(text.replace('-', ''));
  return `${text.length}个字`;
}

/** Redacts one XML part; adds to `counts`. */
export function redactXml(xml: string, rules: RedactionRule[], counts: RedactionCount[]): string {
  const segments: { start: number; text: string }[] = [];
  let joined = '';
  for (const m of xml.matchAll(TEXT_RUN)) {
    if (m[1] === undefined) {
      joined += '\n'; // paragraph end: a match never spans two paragraphs
      continue;
    }
    const text = unescapeXml(m[2]!);
    segments.push({ start: joined.length, text });
    joined += text;
  }
  const hidden = new Uint8Array(joined.length);
  rules.forEach((rule, i) => {
    for (const m of joined.matchAll(rule.pattern)) {
      const at = m.index;
      if (hidden.subarray(at, at + m[0].length).some(Boolean)) continue;
      hidden.fill(1, at, at + m[0].length);
      const c = counts[i]!;
      c.count += 1;
      if (c.samples.length < 3) c.samples.push(sampleOf(rule.kind, m[0]));
    }
  });
  let k = 0;
  return xml.replace(TEXT_RUN, (whole, open: string | undefined, _t: string, close: string) => {
    if (open === undefined) return whole;
    const seg = segments[k++]!;
    const out = Array.from(seg.text, (ch, j) => (hidden[seg.start + j] ? BLOCK : ch)).join('');
    return `${open}${escapeXml(out)}${close}`;
  });
}

/** Clears author fields of docProps/core.xml: the drafter's name is personal data too. */
const scrubCore = (xml: string) =>
  xml.replace(
    /(<dc:creator>|<cp:lastModifiedBy>)[^<]*(<\/dc:creator>|<\/cp:lastModifiedBy>)/g,
    '$1$2',
  );

export async function redactDocx(
  bytes: Buffer,
  rules: RedactionRule[],
): Promise<{ bytes: Buffer; counts: RedactionCount[] }> {
  let checked: Buffer;
  try {
    // Within the ZIP limits (a zip bomb is a 422); JSZip then sees only the checked entries.
    checked = rezipBounded(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError)
      throw badRequest('无法读取该原件：不是有效的 Word 文档（.docx）');
    throw e;
  }
  const zip = await JSZip.loadAsync(checked);
  const counts: RedactionCount[] = rules.map((r) => ({
    kind: r.kind,
    ground: r.ground,
    count: 0,
    samples: [],
  }));
  for (const name of Object.keys(zip.files)) {
    if (PARTS.test(name))
      zip.file(name, redactXml(await zip.file(name)!.async('string'), rules, counts));
    else if (name === 'docProps/core.xml')
      zip.file(name, scrubCore(await zip.file(name)!.async('string')));
  }
  return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), counts };
}
