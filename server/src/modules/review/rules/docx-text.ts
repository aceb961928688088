import { SaxesParser } from 'saxes';
import {
  DEFAULT_ZIP_LIMITS,
  unzipBounded,
  type ZipLimits,
} from '../../../core/documents/safe-zip.js';
import { badRequest, isAppError } from '../../../core/errors.js';

const BODY = 'word/document.xml';

/** The body of a Word document stays well under this; larger is refused before it is parsed. */
export const DOCX_LIMITS: ZipLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
};

const notWord = () => badRequest('无法读取该文件：不是有效的 Word 文档（.docx）');

/**
 * The plain text of a DOCX body: one line per paragraph (table cells are paragraphs too), tabs and
 * breaks kept. Deleted text (w:delText) and field codes (w:instrText) are other elements and so are
 * left out. The package is read within DOCX_LIMITS (a zip bomb is a 422) and the XML by a streaming
 * parser, linear in its input (issue #8). Throws a 400 when the bytes are not a Word document.
 */
export async function extractDocxText(buffer: Buffer | Uint8Array): Promise<string> {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipBounded(buffer, (name) => name === BODY, DOCX_LIMITS).get(BODY);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw notWord();
  }
  if (xml === undefined) throw notWord();
  const parts: string[] = [];
  let inText = false;
  let inRun = false;
  const parser = new SaxesParser();
  // Tabs and breaks count inside a run only: w:tab also names a tab stop in paragraph properties.
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:r') inRun = true;
    else if (tag.name === 'w:t') inText = true;
    else if (inRun && tag.name === 'w:tab') parts.push('\t');
    else if (inRun && (tag.name === 'w:br' || tag.name === 'w:cr')) parts.push('\n');
  });
  // Self-closing elements are closed at once (<w:p/> is an empty paragraph).
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:r') inRun = false;
    else if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:p') parts.push('\n');
  });
  parser.on('text', (t) => {
    if (inText) parts.push(t);
  });
  try {
    parser.write(new TextDecoder('utf-8', { fatal: true }).decode(xml)).close();
  } catch {
    throw notWord();
  }
  return parts.join('').replace(/\n+$/, '');
}
