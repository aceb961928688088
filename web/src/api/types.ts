import type { paths } from './generated/openapi';

/** The server's routes, named as in its OpenAPI document ('/api/v1/users/{id}'). */
type Path = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends Path, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer J } } ? Stated<J> : never;
/** A schema that states no fields (`{ [key: string]: unknown }`) says nothing: `unknown`, so no use compiles. */
type Stated<J> = string extends keyof J ? (unknown extends J[keyof J] ? unknown : J) : J;

/**
 * The JSON a route answers with when it succeeds (its 200, else 201, else 202), as its schema states it;
 * `unknown` (so that any use of it fails to compile) when the route states none.
 */
export type Reply<P extends Path, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? Json<Ok>
      : R extends { 201: infer Created }
        ? Json<Created>
        : R extends { 202: infer Accepted }
          ? Json<Accepted>
          : unknown
    : unknown;

/** The JSON body a route accepts. */
export type RequestBody<P extends Path, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
