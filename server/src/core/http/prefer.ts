import type { FastifyReply } from 'fastify';

/**
 * Whether a `Prefer` header asks to be answered without the record (RFC 7240 `return=minimal`):
 * machine clients that only write (batch entry, a provincial platform's sync) skip re-reading the page
 * the web app shows after each step. Preferences are comma-separated, each may carry `;` parameters.
 */
export function prefersMinimal(header: string | string[] | undefined): boolean {
  return [header ?? []]
    .flat()
    .flatMap((h) => h.split(','))
    .some((p) => (p.split(';')[0] ?? '').trim().toLowerCase() === 'return=minimal');
}

/** Marks the answer as honouring the preference (RFC 7240 §3). */
export const applyMinimal = (reply: FastifyReply) =>
  reply.header('preference-applied', 'return=minimal');
