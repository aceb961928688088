import JSZip from 'jszip';
import { badRequest } from '../../../core/errors.js';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(Number.parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );

/**
 * Paragraph ends, text runs, tabs and breaks of WordprocessingML. Deleted text (w:delText) and
 * field codes (w:instrText) are other elements and so are left out.
 */
const TOKENS = /<\/w:p>|<w:p\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g;

/**
 * The plain text of a DOCX body: one line per paragraph (table cells are paragraphs too).
 * Throws a 400 when the bytes are not a Word document.
 */
export async function extractDocxText(buffer: Buffer | Uint8Array): Promise<string> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (xml === undefined) throw badRequest('无法读取该文件：不是有效的 Word 文档（.docx）');
  const parts: string[] = [];
  for (const m of xml.matchAll(TOKENS)) {
    if (m[1] !== undefined) parts.push(decode(m[1]));
    else if (m[0] === '<w:tab/>') parts.push('\t');
    else parts.push('\n');
  }
  return parts.join('').replace(/\n+$/, '');
}
