import { rule, type Refusal } from '../../core/workflow/index.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import { ART, ENFORCEMENT_FIELDS, type EnforcementField } from './enforcement.vocabulary.js';

/** What of an entrustment the check reads. */
export interface EntrustmentTerms {
  fields: string;
  startsOn: string;
  endsOn: string;
  entrustingBody: string;
}

/**
 * 行政处罚法 第二十条: an entrusted body acts only within the 委托书's 事项、权限、期限. A 委托 case
 * whose field the entrustment does not cover, or whose 立案 falls outside its period, is refused.
 */
export function checkEntrustment(
  e: EntrustmentTerms | undefined,
  field: EnforcementField,
  day: string,
): Refusal | null {
  if (!e) return rule('ENTRUSTMENT_MISSING', '委托执法案件须关联有效的委托书', ART.entrust);
  if (!(JSON.parse(e.fields) as string[]).includes(field))
    return rule(
      'ENTRUSTMENT_OUT_OF_SCOPE',
      `${e.entrustingBody}的委托范围不包括“${ENFORCEMENT_FIELDS[field]}”`,
      ART.entrust,
    );
  if (day < e.startsOn || day > e.endsOn)
    return rule(
      'ENTRUSTMENT_EXPIRED',
      `立案日期不在委托期限（${e.startsOn}至${e.endsOn}）内`,
      ART.entrust,
    );
  return null;
}

type Entrusted = Pick<EnforcementCasesTable, 'authorityBasis' | 'entrustmentId' | 'field'>;

/** The refusal of a case whose entrustment was read with it (`e`: undefined when there is none). */
export const refusalOf = (c: Entrusted, e: EntrustmentTerms | undefined, day: string) =>
  c.authorityBasis === 'entrusted' ? checkEntrustment(e, c.field, day) : null;
