import { parseCitations } from '@fazhi/shared';
import { Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** GET /legal-basis: every article the platform cites, with our summary of it. */
interface LegalBasis {
  articles: { statute: string; article: number; summary: string }[];
}

/** Loaded once per page load; a failed load is retried by the next hover. */
let registry: Promise<Map<string, string>> | null = null;
function loadRegistry(): Promise<Map<string, string>> {
  registry ??= api.get<LegalBasis>('/legal-basis').then(
    (r) => new Map(r.articles.map((a) => [`${a.statute}#${a.article}`, a.summary])),
    (e: unknown) => {
      registry = null;
      throw e;
    },
  );
  return registry;
}

/**
 * Text that cites articles (《…》第…条): hovering it lists each cited article with the registry's
 * summary (core/legal/articles.ts). Text citing no article is printed as it is.
 */
export function BasisText({ text }: { text: string | null | undefined }) {
  const cited = text ? parseCitations(text) : [];
  const [summaries, setSummaries] = useState<Map<string, string> | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadRegistry().then(
      (m) => live && setSummaries(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  if (!text) return null;
  if (!cited.length) return <>{text}</>;
  const seen = new Set<string>();
  const lines = cited.flatMap((c) => {
    const key = `${c.statute}#${c.article}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const summary = summaries?.get(key);
    return [
      <div key={key} data-testid="basis-summary">
        《{c.statute}》第{c.article}条：{summary ?? (summaries ? '（未登记）' : '…')}
      </div>,
    ];
  });
  return (
    <Tooltip title={<div style={{ maxWidth: 420 }}>{lines}</div>} onOpenChange={setWanted}>
      <span style={{ borderBottom: '1px dotted #999', cursor: 'help' }} data-testid="basis-text">
        {text}
      </span>
    </Tooltip>
  );
}
