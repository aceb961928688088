import { z } from 'zod';
import type { RequestContext } from '../authz/actor.js';
import { contextOf } from '../http/context.js';
import { applyMinimal, prefersMinimal } from '../http/prefer.js';
import type { Api } from '../http/types.js';

/** What every step route of one kind of record shares. */
interface StepRouteSpec<P extends z.ZodType<{ id: string }>> {
  /** The record's URL, e.g. `/enforcement/cases/:id`; each step is a POST below it. */
  base: string;
  tags: string[];
  /** The path parameters (`:id`) of a step; a step with more of them names its own. */
  params: P;
  /** The schema of the 200 answer (the record's detail), where the module declares one. */
  response?: z.ZodType;
  /** The record's detail as the caller sees it once the step is taken. */
  detail: (ctx: RequestContext, id: string) => Promise<unknown>;
}

/** The service call of a step: the record's id, the checked body and all path parameters. */
type StepCall<B, P> = (ctx: RequestContext, id: string, body: B, params: P) => Promise<unknown>;

/**
 * One workflow step as an HTTP route: `POST <base>/<path>` with its body schema and OpenAPI summary runs
 * the service (which takes the step through the runner, refusals included) and answers with the
 * refreshed detail, abilities and `blocked[]` with it, or with 204 and no body when the caller prefers
 * `return=minimal` (RFC 7240). Returns the declarer for the module's steps.
 */
export function stepRoutes<P extends z.ZodType<{ id: string }>>(api: Api, spec: StepRouteSpec<P>) {
  return <B extends z.ZodType, Q extends z.ZodType<{ id: string }> = P>(
    path: string,
    summary: string,
    body: B | null,
    call: StepCall<z.infer<B>, z.infer<Q>>,
    params?: Q,
  ) =>
    api.post(
      `${spec.base}/${path}`,
      {
        schema: {
          tags: spec.tags,
          summary,
          params: params ?? spec.params,
          ...(body ? { body } : {}),
          response: { ...(spec.response ? { 200: spec.response } : {}), 204: z.null() },
        },
      },
      async (req, reply) => {
        const ctx = contextOf(req);
        const p = req.params as z.infer<Q>;
        await call(ctx, p.id, req.body as z.infer<B>, p);
        if (prefersMinimal(req.headers.prefer)) return applyMinimal(reply).status(204).send(null);
        return spec.detail(ctx, p.id);
      },
    );
}
