import type { FastifyReply, FastifyRequest } from 'fastify';

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

/**
 * The answer to a create: 201 with the new record's `Location`, and `{ id }` when the caller prefers
 * return=minimal, else the record's detail (read only then).
 */
export async function sendCreated(
  req: FastifyRequest,
  reply: FastifyReply,
  created: { id: string; location: string },
  detail: () => Promise<unknown>,
) {
  reply.status(201).header('location', created.location);
  if (prefersMinimal(req.headers.prefer)) return applyMinimal(reply).send({ id: created.id });
  return reply.send(await detail());
}
