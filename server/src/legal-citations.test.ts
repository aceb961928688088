import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASIS_MOVE, BASIS_START } from './core/calendar/basis.js';
import { ARTICLES, articleOf } from './core/legal/articles.js';
import { chineseNumber, parseCitations, type Citation } from '@fazhi/shared';
import { STATUTES, statuteOf } from './core/legal/statutes.js';
import { CLOCK_OWNERS } from './modules/calendar/clock-owners.js';
import { OUTCOME_KEYS, OUTCOMES } from './modules/disclosure/requests/outcomes.js';
import { REDACTION_GROUNDS } from './modules/disclosure/requests/redaction-grounds.js';
import { CLOCK_BASIS } from './modules/disclosure/requests/request-clocks.js';
import { decisionParagraph } from './modules/disclosure/requests/reply-letter.js';
import { REVIEW_REQUIRED_BY } from './modules/review/review-required.js';
import { DEFAULT_PERIODS, VILLAGE_RULES_FILING } from './modules/review/review.settings.js';
import { BASIS as REVIEW_BASIS } from './modules/review/review.workflow.js';

/**
 * Every article the product cites — in server and web source text and in the citation constants and letters built
 * from them — is checked against the statute texts in shared/laws: the statute is registered
 * (core/legal/statutes.ts), the article exists, and a cited paragraph or item exists in it.
 */
const SRC = path.dirname(new URL(import.meta.url).pathname);
const LAWS =
  [
    process.env.FAZHI_LAWS_DIR,
    path.resolve(SRC, '../../../shared/laws'),
    path.resolve(SRC, '../../../../shared/laws'),
  ].find((p): p is string => !!p && fs.existsSync(p)) ?? '';

interface ArticleShape {
  paragraphs: number;
  items: number;
}

/** Articles of a statute's text: paragraphs are the article's plain lines, items its （一）(二) lines. */
function articlesOf(files: readonly string[]): Map<number, ArticleShape> {
  const out = new Map<number, ArticleShape>();
  let current: ArticleShape | null = null;
  for (const file of files) {
    for (const raw of fs.readFileSync(path.join(LAWS, file), 'utf8').split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const head = /^第([零〇一二两三四五六七八九十百千]+)条[\s　]/.exec(line);
      if (head) {
        current = { paragraphs: 1, items: 0 };
        out.set(chineseNumber(head[1]!), current);
      } else if (line.startsWith('#') || line.startsWith('<!--')) current = null;
      else if (current && /^[（(][一二三四五六七八九十]+[）)]/.test(line)) current.items += 1;
      else if (current) current.paragraphs += 1;
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // The test harness (server/src/test) cites made-up statutes on purpose.
    if (e.isDirectory()) return e.name === 'test' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(p) && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Citations built at run time from constants (`${R}第三十三条`), which a scan of the source cannot see. */
function constantCitations(): string[] {
  return [
    BASIS_START,
    BASIS_MOVE,
    ...Object.values(OUTCOMES).map((o) => o.basis),
    ...OUTCOME_KEYS.map((o) =>
      decisionParagraph(o, {
        reasons: '理由',
        details: '说明',
        competentBody: '某机关',
        notResponsible: true,
      }),
    ),
    ...Object.values(REDACTION_GROUNDS).map((g) => g.basis),
    ...Object.values(CLOCK_BASIS).flatMap((b) => (typeof b === 'string' ? [b] : Object.values(b))),
    ...Object.values(REVIEW_BASIS),
    ...Object.values(REVIEW_REQUIRED_BY).map((r) => r.basis),
    ...Object.values(DEFAULT_PERIODS).map((p) => p.basis),
    VILLAGE_RULES_FILING.basis,
    ...Object.values(CLOCK_OWNERS).map((o) => o.basis),
  ].map((text) =>
    text.replace(
      /《中华人民共和国政府信息公开条例》|《政府信息公开条例》/g,
      '《政府信息公开条例》',
    ),
  );
}

/** Pattern lines (a regex literal on its own line, e.g. 依照《…) name no statute. */
const withoutRegexLiterals = (text: string) =>
  text
    .split('\n')
    .filter((l) => !/^\s*\/[^/*]/.test(l))
    .join('\n');

const label = (c: Citation) =>
  `《${c.statute}》第${c.article}条${c.paragraph ? `第${c.paragraph}款` : ''}${c.item ? `第${c.item}项` : ''}`;

describe('every cited article exists in the statute it names', () => {
  const WEB = path.resolve(SRC, '../../web/src');
  const files = [...sourceFiles(SRC), ...(fs.existsSync(WEB) ? sourceFiles(WEB) : [])];
  const cited = [
    ...files.flatMap((f) => parseCitations(withoutRegexLiterals(fs.readFileSync(f, 'utf8')))),
    ...constantCitations().flatMap(parseCitations),
  ];

  it('finds the citations', () => {
    expect(cited.length).toBeGreaterThan(250);
  });

  it('names only registered statutes', () => {
    expect([...new Set(cited.filter((c) => !statuteOf(c.statute)).map((c) => c.statute))]).toEqual(
      [],
    );
  });

  it('has a legal-basis entry with a summary for every cited article', () => {
    const unknown = new Set(
      cited
        .filter((c) => !articleOf(c.statute, c.article)?.summary)
        .map((c) => `《${c.statute}》第${c.article}条`),
    );
    expect([...unknown].sort()).toEqual([]);
  });

  it.skipIf(!LAWS)('registers each statute with the version of its text in shared/laws', () => {
    for (const s of STATUTES)
      for (const f of s.files)
        expect(fs.existsSync(path.join(LAWS, f)), `${s.name}: ${f}`).toBe(true);
  });

  it.skipIf(!LAWS)('cites articles, paragraphs and items that exist', () => {
    const texts = new Map(
      STATUTES.filter((s) => s.files.length).map((s) => [s.name, articlesOf(s.files)]),
    );
    const wrong = new Set<string>();
    const registered = ARTICLES.map((a) => ({ ...a, paragraph: null, item: null }));
    for (const c of [...cited, ...registered]) {
      const articles = texts.get(c.statute);
      if (!articles) continue; // not in shared/laws [U]
      const a = articles.get(c.article);
      if (!a || (c.paragraph && c.paragraph > a.paragraphs) || (c.item && c.item > a.items))
        wrong.add(label(c));
    }
    expect([...wrong].sort()).toEqual([]);
  });
});
