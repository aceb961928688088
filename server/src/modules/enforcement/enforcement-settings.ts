import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { pageTown } from '../orgs/orgs.public.js';
import type { EnforcementSettingsTable } from './enforcement.tables.js';
import {
  ART,
  HEARING_DEFAULTS,
  PUBLISHABLE_DEFAULTS,
  SIMPLE_DEFAULTS,
  TRAINING_HOURS_DEFAULT,
} from './enforcement.vocabulary.js';

const RULE = '行政处罚数额标准按乡镇设置';

const flag = (v: 0 | 1 | null | undefined, fallback: boolean) => (v == null ? fallback : v === 1);

/** The columns of a town's settings row (settingsFrom). */
const SETTINGS_COLUMNS = [
  'hearingFineCitizen',
  'hearingFineOrganisation',
  'simpleFineCitizen',
  'simpleFineOrganisation',
  'simpleReportDays',
  'trainingHours',
  'publishableGeneral',
  'publishableSimple',
  'updatedAt',
] as const;

type SettingsRow = {
  [K in (typeof SETTINGS_COLUMNS)[number]]: EnforcementSettingsTable[K] | null;
};

/** A town's settings from its row (all null, or none, until it sets its own: the defaults). */
export function settingsFrom(row: Partial<SettingsRow> | undefined) {
  return {
    citizen: row?.hearingFineCitizen ?? HEARING_DEFAULTS.citizen,
    organisation: row?.hearingFineOrganisation ?? HEARING_DEFAULTS.organisation,
    basis: ART.hearing,
    simpleCitizen: row?.simpleFineCitizen ?? SIMPLE_DEFAULTS.citizen,
    simpleOrganisation: row?.simpleFineOrganisation ?? SIMPLE_DEFAULTS.organisation,
    simpleReportDays: row?.simpleReportDays ?? SIMPLE_DEFAULTS.reportDays,
    simpleBasis: `${ART.simple}、${ART.spotReport}`,
    trainingHours: row?.trainingHours ?? TRAINING_HOURS_DEFAULT,
    trainingBasis: ART.training,
    publishableGeneral: flag(row?.publishableGeneral, PUBLISHABLE_DEFAULTS.general),
    publishableSimple: flag(row?.publishableSimple, PUBLISHABLE_DEFAULTS.simple),
    publishableBasis: ART.publication,
    updatedAt: row?.updatedAt ?? null,
  };
}

export type TownSettings = ReturnType<typeof settingsFrom>;

/** A town's settings, or the defaults until it sets its own. */
async function townSettings(q: Q, townId: string): Promise<TownSettings> {
  // tenancy: keyed by the town whose settings are asked for
  const row = await q
    .selectFrom('enforcementSettings')
    .select(SETTINGS_COLUMNS)
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return settingsFrom(row);
}

/** The town's art 63 "较大数额" (元). */
export const hearingThresholds = townSettings;

/** 执法人员年度培训学时 the town requires (its own setting, else the default). */
export const trainingRequirement = async (q: Q, townId: string) =>
  (await townSettings(q, townId)).trainingHours;

/** The town's art 51 limits for an on-the-spot decision and the days to report it (art 52 ¶3). */
export async function simpleLimits(q: Q, townId: string) {
  const s = await townSettings(q, townId);
  return {
    citizen: s.simpleCitizen,
    organisation: s.simpleOrganisation,
    reportDays: s.simpleReportDays,
  };
}

export async function getEnforcementSettings(
  deps: Deps,
  ctx: RequestContext,
  orgId: string | undefined,
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const town = await pageTown(deps.db.kysely, actor, orgId, RULE);
  return townSettings(deps.db.kysely, town.id);
}

interface SettingsInput {
  orgId?: string | undefined;
  citizen: number;
  organisation: number;
  simpleCitizen?: number | undefined;
  simpleOrganisation?: number | undefined;
  simpleReportDays?: number | undefined;
  trainingHours?: number | undefined;
  publishableGeneral?: boolean | undefined;
  publishableSimple?: boolean | undefined;
}

/** 公民 limits may not exceed the organisations'; the art 51 limits never exceed the statute's. */
function validate(
  v: Required<
    Omit<SettingsInput, 'orgId' | 'trainingHours' | 'publishableGeneral' | 'publishableSimple'>
  >,
) {
  if (v.citizen > v.organisation)
    throw badRequest('公民的听证数额标准不应高于法人或者其他组织的标准', {
      field: 'citizen',
      basis: ART.hearing,
    });
  if (v.simpleCitizen > SIMPLE_DEFAULTS.citizen)
    throw badRequest('对公民当场处罚的罚款不得超过二百元', {
      field: 'simpleCitizen',
      basis: ART.simple,
    });
  if (v.simpleOrganisation > SIMPLE_DEFAULTS.organisation)
    throw badRequest('对法人或者其他组织当场处罚的罚款不得超过三千元', {
      field: 'simpleOrganisation',
      basis: ART.simple,
    });
  if (v.simpleCitizen > v.citizen || v.simpleOrganisation > v.organisation)
    throw badRequest('当场处罚的数额不应高于听证数额标准', { field: 'simpleCitizen' });
}

export async function saveEnforcementSettings(
  deps: Deps,
  ctx: RequestContext,
  input: SettingsInput,
) {
  const actor = authorize(ctx, 'enforcement.settings.manage');
  const town = await pageTown(deps.db.kysely, actor, input.orgId, RULE, 'write');
  const before = await townSettings(deps.db.kysely, town.id);
  const next = {
    citizen: input.citizen,
    organisation: input.organisation,
    simpleCitizen: input.simpleCitizen ?? before.simpleCitizen,
    simpleOrganisation: input.simpleOrganisation ?? before.simpleOrganisation,
    simpleReportDays: input.simpleReportDays ?? before.simpleReportDays,
    trainingHours: input.trainingHours ?? before.trainingHours,
    publishableGeneral: input.publishableGeneral ?? before.publishableGeneral,
    publishableSimple: input.publishableSimple ?? before.publishableSimple,
  };
  validate(next);
  await mutation(deps, ctx, async (m) => {
    const values = {
      hearingFineCitizen: next.citizen,
      hearingFineOrganisation: next.organisation,
      simpleFineCitizen: next.simpleCitizen,
      simpleFineOrganisation: next.simpleOrganisation,
      simpleReportDays: next.simpleReportDays,
      trainingHours: next.trainingHours,
      publishableGeneral: next.publishableGeneral ? (1 as const) : (0 as const),
      publishableSimple: next.publishableSimple ? (1 as const) : (0 as const),
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('enforcementSettings')
      .values({ orgId: town.id, ...values })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(values))
      .execute();
    const pair = (a: number, b: number) => `${a}/${b}`;
    await m.audit({
      action: 'enforcement.settings.updated',
      targetType: 'enforcement_settings',
      targetId: town.id,
      orgId: town.id,
      basis: `${ART.hearing}、${ART.simple}、${ART.training}、${ART.publication}`,
      changes: {
        hearingFine: {
          before: pair(before.citizen, before.organisation),
          after: pair(next.citizen, next.organisation),
        },
        simpleFine: {
          before: pair(before.simpleCitizen, before.simpleOrganisation),
          after: pair(next.simpleCitizen, next.simpleOrganisation),
        },
        simpleReportDays: { before: before.simpleReportDays, after: next.simpleReportDays },
        trainingHours: { before: before.trainingHours, after: next.trainingHours },
        publishableGeneral: { before: before.publishableGeneral, after: next.publishableGeneral },
        publishableSimple: { before: before.publishableSimple, after: next.publishableSimple },
      },
    });
  });
  return townSettings(deps.db.kysely, town.id);
}
