import { SaxesParser } from 'saxes';

/**
 * A small DOM for the XML parts of an Office package: parsed by saxes (linear, entities and character
 * references decoded, no external entities), edited in place, written back. XML comments and the
 * DOCTYPE are dropped on the way: they are never part of what Word shows, and a comment could hide text.
 */
export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string } | { pi: string; body: string };

export interface XmlDocument {
  declaration: string | null;
  /** Processing instructions before the root, then the root element. */
  prolog: XmlNode[];
  root: XmlElement;
}

export class XmlFormatError extends Error {}

/** Word nests a few dozen levels at most; deeper is refused so the recursive walks stay bounded. */
const MAX_DEPTH = 256;

export function parseXml(xml: string): XmlDocument {
  const parser = new SaxesParser();
  let declaration: string | null = null;
  const prolog: XmlNode[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const add = (node: XmlNode) =>
    stack.length ? stack.at(-1)!.children.push(node) : prolog.push(node);
  parser.on('xmldecl', (d) => {
    const parts = [`version="${d.version ?? '1.0'}"`];
    if (d.encoding) parts.push(`encoding="${d.encoding}"`);
    if (d.standalone) parts.push(`standalone="${d.standalone}"`);
    declaration = `<?xml ${parts.join(' ')}?>`;
  });
  parser.on('processinginstruction', (p) => add({ pi: p.target, body: p.body }));
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      name: tag.name,
      attrs: new Map(Object.entries(tag.attributes as Record<string, string>)),
      children: [],
    };
    if (stack.length) stack.at(-1)!.children.push(el);
    else root = el;
    stack.push(el);
    if (stack.length > MAX_DEPTH) throw new XmlFormatError('nested too deeply');
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => {
    if (stack.length) add({ text: t });
  });
  parser.on('cdata', (t) => add({ text: t }));
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlFormatError((e as Error).message);
  }
  if (!root) throw new XmlFormatError('no root element');
  return { declaration, prolog, root };
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) =>
  escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');

function write(node: XmlNode, out: string[]): void {
  if ('text' in node) out.push(escapeText(node.text));
  else if ('pi' in node) out.push(`<?${node.pi}${node.body ? ` ${node.body}` : ''}?>`);
  else {
    out.push(`<${node.name}`);
    for (const [k, v] of node.attrs) out.push(` ${k}="${escapeAttr(v)}"`);
    if (!node.children.length) out.push('/>');
    else {
      out.push('>');
      for (const c of node.children) write(c, out);
      out.push(`</${node.name}>`);
    }
  }
}

export function serializeXml(doc: XmlDocument): string {
  const out: string[] = doc.declaration ? [doc.declaration, '\n'] : [];
  for (const n of doc.prolog) write(n, out);
  write(doc.root, out);
  return out.join('');
}

/** Every element of the tree, depth first, in document order. */
export function* elements(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) if ('name' in c) yield* elements(c);
}
