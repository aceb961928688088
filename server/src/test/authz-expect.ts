import type { Permission } from '@fazhi/shared';
import type { RouteRow } from './authz-matrix.js';

/** What an answer means for authorisation. */
export type Outcome = 'allowed' | 'unauthenticated' | 'forbidden' | 'not_found';

/** Who calls: a role's demo account (or nobody), with the org subtree it sees and its level. */
export interface Caller {
  name: string;
  username: string;
  /** Permissions from the role grants; null for an anonymous caller. */
  permissions: ReadonlySet<string> | null;
  /** Path of the org whose subtree the caller sees. */
  scopePath: string;
  /** Staff above the town level (county, city) read towns' records but may not write them. */
  aboveTown: boolean;
}

/** Refusals that come after the permission and tenancy gates: the record's workflow step, self-actions. */
const STEP_REFUSALS = new Set(['NOT_YOUR_STEP', 'SELF_ACTION']);

/** Reads an answer: 2xx/3xx and state or validation refusals (409, 422, 400 …) passed authorisation. */
export function classify(status: number): Outcome {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'allowed';
}

/** Whether an answer is one of the acceptable outcomes. A step refusal (403) counts as having passed authorisation. */
export function matches(
  status: number,
  code: string | undefined,
  acceptable: readonly Outcome[],
): boolean {
  if (acceptable.includes(classify(status))) return true;
  return status === 403 && !!code && STEP_REFUSALS.has(code) && acceptable.includes('allowed');
}

/** The records of a 合法性审查 item: the item and what hangs from it (materials, hits, findings, opinions). */
const REVIEW_ITEM_RECORDS = new Set([
  'reviewItem',
  'reviewMaterial',
  'reviewHit',
  'reviewFinding',
  'reviewOpinion',
]);

/**
 * Above the town, the county centre's staff (who co-review, and do not review themselves) see only the
 * items sent to the county (co-review, filings): any other item of a town is out of their reach, as if
 * in another county — 404, never a 403 that would tell them a town's draft exists (review.policy.ts
 * seesOnlyCountyWork); without the step's permission 403 is as good, as it says nothing of the item.
 * A supervisor (county_supervisor) reads every item and is refused each step (403).
 */
const seesOnlyCountyWork = (caller: Caller, row: RouteRow) =>
  caller.aboveTown &&
  !!row.record &&
  REVIEW_ITEM_RECORDS.has(row.record) &&
  caller.permissions!.has('review.item.co_review') &&
  !caller.permissions!.has('review.item.review');

const holds = (caller: Caller, access: Permission | Permission[]) =>
  (Array.isArray(access) ? access : [access]).some((p) => caller.permissions!.has(p));

/**
 * The answers the row allows for a caller and the record the route names (null: none).
 * Derived from the row and the role grants only — never from what the server answers. Without the
 * permission the answer is 403; when the record is also outside the caller's subtree, 404 is as good
 * (neither reveals the record).
 */
export function expected(
  row: RouteRow,
  caller: Caller,
  record: { orgPath: string; owner?: string; synthetic?: true } | null,
  portalPath: string,
): Outcome[] {
  const answers = expectedFor(row, caller, record, portalPath);
  return record?.synthetic && !answers.includes('not_found') && caller.permissions
    ? [...answers, 'not_found']
    : answers;
}

function expectedFor(
  row: RouteRow,
  caller: Caller,
  record: { orgPath: string; owner?: string } | null,
  portalPath: string,
): Outcome[] {
  const recordPath = record?.orgPath ?? null;
  if (row.access === 'public') {
    return row.portal && recordPath !== null && !recordPath.startsWith(portalPath)
      ? ['not_found']
      : ['allowed'];
  }
  if (!caller.permissions) return ['unauthenticated'];
  const outside =
    (recordPath !== null && !recordPath.startsWith(caller.scopePath)) ||
    seesOnlyCountyWork(caller, row);
  if (row.access !== 'signed-in' && !holds(caller, row.access))
    return outside ? ['forbidden', 'not_found'] : ['forbidden'];
  if (row.self || outside || (row.uploaderOnly && record?.owner !== caller.username))
    return ['not_found'];
  if (row.townWrite && caller.aboveTown) return ['forbidden'];
  return ['allowed'];
}

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  pattern?: string;
  format?: string;
  minimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
}

const PATTERN_SAMPLES = [
  '2024-11-20',
  '13800000000',
  '123456',
  '01890000-0000-7000-8000-000000000000',
  'town_document',
  'ABC123',
];

/** A value the schema accepts: required properties only, first enum value, in-range numbers. */
export function sample(schema: Schema | undefined): unknown {
  if (!schema) return {};
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return sample(variant);
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') {
    const required = schema.required ?? [];
    return Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([k]) => required.includes(k))
        .map(([k, v]) => [k, sample(v)]),
    );
  }
  if (type === 'array')
    return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(schema.items));
  if (type === 'integer' || type === 'number') return Math.max(schema.minimum ?? 1, 1);
  if (type === 'boolean') return true;
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    return PATTERN_SAMPLES.find((s) => re.test(s)) ?? 'x';
  }
  const text = '矩阵测试内容，用于核对权限。';
  return text
    .repeat(Math.ceil((schema.minLength ?? 1) / text.length))
    .slice(0, schema.maxLength ?? 2000);
}

/** Replaces `{name}` placeholders in string values (recursively) with the given values. */
export function resolve(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  if (Array.isArray(value)) return value.map((v) => resolve(v, vars));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, vars)]));
  return value;
}
