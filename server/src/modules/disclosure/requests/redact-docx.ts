import JSZip from 'jszip';
import { rezipBounded, ZipFormatError } from '../../../core/documents/safe-zip.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { maskIdNumber, maskPhone } from '../../../core/crypto/mask.js';
import type { RedactionGround } from './redaction-grounds.js';
import {
  elements,
  parseXml,
  serializeXml,
  XmlFormatError,
  type XmlDocument,
  type XmlElement,
} from './xml-tree.js';

const notWord = () => badRequest('无法读取该原件：不是有效的 Word 文档（.docx）');

/**
 * Blacks out text in a DOCX (区分处理, 《政府信息公开条例》第三十七条): every character of a match becomes
 * ■, so the layout and the run structure stay as they were. Every XML part of the package is parsed
 * (entities decoded before matching) and walked: body, headers, footers, notes, comments, tracked
 * changes, field codes, document and custom properties. Word splits text into runs at will, so
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

function sampleOf(kind: RedactionRule['kind'], text: string): string {
  if (kind === 'id_number') return maskIdNumber(text.toUpperCase());
  if (kind === 'phone') return maskPhone(text.replace('-', ''));
  return `${text.length}个字`;
}

/** Elements whose text Word keeps: shown text, tracked deletions (修订), field codes (域代码). */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText']);
/** Attributes naming a person: revision and comment authors, people.xml, presence ids. */
const PERSON_ATTR = /(?:^|:)(?:author|initials|userId|providerId)$/;
/** Document properties naming a person or an organisation (docProps/core.xml, app.xml). */
const PERSON_PROPS = new Set(['dc:creator', 'cp:lastModifiedBy', 'Manager', 'Company']);
const XML_PART = /\.(?:xml|rels)$/i;

/** Blacks out in `text` the characters `hidden` marks from `offset`. */
const blackOut = (text: string, hidden: Uint8Array, offset: number) =>
  Array.from(text, (ch, j) => (hidden[offset + j] ? BLOCK : ch)).join('');

/** Marks every match of every rule in `joined` (the first rule wins an overlap); counts them. */
function mark(joined: string, rules: RedactionRule[], counts: RedactionCount[]) {
  const hidden = new Uint8Array(joined.length);
  let found = 0;
  rules.forEach((rule, i) => {
    for (const m of joined.matchAll(rule.pattern)) {
      const at = m.index;
      if (hidden.subarray(at, at + m[0].length).some(Boolean)) continue;
      hidden.fill(1, at, at + m[0].length);
      found += 1;
      const c = counts[i]!;
      c.count += 1;
      if (c.samples.length < 3) c.samples.push(sampleOf(rule.kind, m[0]));
    }
  });
  return { hidden, found };
}

function redactString(text: string, rules: RedactionRule[], counts: RedactionCount[]) {
  const { hidden, found } = mark(text, rules, counts);
  return { text: found ? blackOut(text, hidden, 0) : text, found };
}

/** A paragraph's text nodes by element kind, not descending into nested paragraphs (text boxes). */
function paragraphTexts(p: XmlElement): Map<string, { text: string }[]> {
  const out = new Map<string, { text: string }[]>();
  const walk = (el: XmlElement, channel: string | null) => {
    for (const c of el.children) {
      if ('name' in c) {
        if (c.name !== 'w:p') walk(c, TEXT_ELEMENTS.has(c.name) ? c.name : channel);
      } else if ('text' in c && channel) {
        if (!out.has(channel)) out.set(channel, []);
        out.get(channel)!.push(c);
      }
    }
  };
  walk(p, null);
  return out;
}

/**
 * Redacts one parsed XML part; returns how many matches it held. Paragraphs first: the shown text, the
 * tracked deletions and the field codes, each joined across runs (a match never spans two paragraphs);
 * then every other text node and attribute value (document properties, custom properties, relationship
 * targets, fields' instructions). Person-naming attributes and properties are emptied.
 */
function redactTree(doc: XmlDocument, rules: RedactionRule[], counts: RedactionCount[]) {
  let found = 0;
  const done = new Set<object>();
  for (const el of elements(doc.root)) {
    if (el.name !== 'w:p') continue;
    for (const nodes of paragraphTexts(el).values()) {
      const m = mark(nodes.map((n) => n.text).join(''), rules, counts);
      found += m.found;
      let at = 0;
      for (const n of nodes) {
        const len = n.text.length;
        if (m.found) n.text = blackOut(n.text, m.hidden, at);
        at += len;
        done.add(n);
      }
    }
  }
  for (const el of elements(doc.root)) {
    for (const [k, v] of el.attrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      if (PERSON_ATTR.test(k)) {
        el.attrs.set(k, '');
        continue;
      }
      const r = redactString(v, rules, counts);
      found += r.found;
      el.attrs.set(k, r.text);
    }
    if (PERSON_PROPS.has(el.name)) el.children = [];
    for (const c of el.children) {
      if (!('text' in c) || done.has(c)) continue;
      const r = redactString(c.text, rules, counts);
      found += r.found;
      c.text = r.text;
    }
  }
  return found;
}

/** The shown text of a parsed document body, a line per paragraph (what the reviewer previews). */
function shownText(doc: XmlDocument): string {
  const lines: string[] = [];
  for (const el of elements(doc.root))
    if (el.name === 'w:p')
      lines.push((paragraphTexts(el).get('w:t') ?? []).map((n) => n.text).join(''));
  return lines.join('\n').trim();
}

/** Redacts one XML part given as text. */
export function redactXml(xml: string, rules: RedactionRule[], counts: RedactionCount[]): string {
  const doc = parseXml(xml);
  redactTree(doc, rules, counts);
  return serializeXml(doc);
}

/** Whether a part that is not XML (an embedded object, a picture's metadata) holds text a rule finds. */
function binaryHolds(bytes: Uint8Array, rules: RedactionRule[]): boolean {
  const buf = Buffer.from(bytes);
  const texts = [buf.toString('utf8'), buf.toString('utf16le')];
  return rules.some((r) => texts.some((t) => new RegExp(r.pattern.source).test(t)));
}

interface RedactedDocx {
  bytes: Buffer;
  counts: RedactionCount[];
  /** Matches per package part, for the preview. */
  parts: { part: string; count: number }[];
  /** The released body text, a line per paragraph. */
  text: string;
}

/**
 * Redacts every part of the package. A part that is not XML and holds a match (an embedded workbook,
 * an OLE object) cannot be redacted here: 422, the clerk redacts by hand and uploads the copy.
 */
export async function redactDocx(bytes: Buffer, rules: RedactionRule[]): Promise<RedactedDocx> {
  let checked: Buffer;
  try {
    // Within the ZIP limits (a zip bomb is a 422); JSZip then sees only the checked entries.
    checked = rezipBounded(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) throw notWord();
    throw e;
  }
  const zip = await JSZip.loadAsync(checked);
  const counts: RedactionCount[] = rules.map((r) => ({
    kind: r.kind,
    ground: r.ground,
    count: 0,
    samples: [],
  }));
  const parts: RedactedDocx['parts'] = [];
  let text = '';
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    if (!XML_PART.test(name)) {
      if (binaryHolds(await entry.async('uint8array'), rules))
        throw ruleViolation(
          `原件中的嵌入内容（${name}）含有需要遮盖的信息，无法自动处理；请手工处理后上传公开文本并注明理由`,
          'REDACTION_EMBEDDED_PART',
          { part: name },
        );
      continue;
    }
    let doc: XmlDocument;
    try {
      doc = parseXml(await entry.async('string'));
    } catch (e) {
      if (e instanceof XmlFormatError) throw notWord();
      throw e;
    }
    const found = redactTree(doc, rules, counts);
    if (found) parts.push({ part: name, count: found });
    if (name === 'word/document.xml') text = shownText(doc);
    zip.file(name, serializeXml(doc));
  }
  return {
    bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    counts,
    parts,
    text,
  };
}
