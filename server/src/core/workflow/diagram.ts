import { actionsOf, type BaseFacts, type Workflow } from './table.js';

/**
 * The state diagram of a workflow as Mermaid text, generated from its table (never drawn by hand).
 * Steps whose target depends on the facts draw an edge to each of their `targets`; steps that keep
 * the state (延长期限, 区分处理 …) are listed in the table below the diagram, not drawn.
 */
export function mermaidOf<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(w: Workflow<S, A, F, P>): string {
  const id = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
  const lines = ['stateDiagram-v2'];
  for (const [s, label] of Object.entries(w.states) as [S, string][])
    lines.push(`  ${id(s)}: ${label}`);
  for (const s of w.initial) lines.push(`  [*] --> ${id(s)}`);
  for (const a of actionsOf(w)) {
    const t = w.transitions[a];
    if (t.to === undefined) continue;
    if (typeof t.to === 'function' && !t.targets)
      throw new Error(
        `diagram: ${w.key}.${a} leads to a computed state; name its possible targets`,
      );
    const tos = typeof t.to === 'function' ? t.targets! : [t.to];
    for (const from of t.from)
      for (const to of tos)
        lines.push(`  ${id(from)} --> ${id(to)}: ${t.label}（${w.parties[t.by].label}）`);
  }
  return lines.join('\n') + '\n';
}

/** The Markdown file checked in under docs/workflows/. */
export function workflowDoc<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(w: Workflow<S, A, F, P>): string {
  const rows = actionsOf(w).map((a) => {
    const t = w.transitions[a];
    const from = t.from.map((f) => w.states[f]).join('、');
    const to =
      t.to === undefined
        ? '（状态不变）'
        : typeof t.to === 'function'
          ? t.targets!.map((x) => w.states[x]).join(' / ')
          : w.states[t.to];
    return `| \`${a}\` | ${t.label} | ${from} | ${to} | ${w.parties[t.by].label}${t.followOn ? '（随其他步骤发生）' : ''} | ${t.basis ?? '—'} |`;
  });
  return [
    `# ${w.title} — workflow \`${w.key}\``,
    '',
    'Generated from the transition table by `npm run docs:workflows`; do not edit by hand.',
    '',
    '```mermaid',
    mermaidOf(w).trimEnd(),
    '```',
    '',
    '| action | 步骤 | 起始状态 | 结果状态 | 办理方 | 依据 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
