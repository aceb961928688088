import { addDays } from '../../../core/calendar/index.js';
import type { ContractFields } from './fields.js';
import { amountsIn } from './numerals.js';
import {
  addYears,
  dateRangeIn,
  namesTerm,
  spanYears,
  termYearsIn,
  type TermLabel,
} from './terms.js';
import type { Clause, Doc } from './types.js';

export type ContractDoc = Doc<ContractFields>;

const LAND_TRANSFER = /土地经营权流转|流转土地|土地流转|流转合同|承包土地的经营权|土地经营权出租/;
const LEASE = /租赁|出租|承租|租金|租期/;
/** The collective is a party, or the object is named as collective property (a household's own land is not). */
const COLLECTIVE =
  /(?:甲方|出租方|出租人|发包方|发包人|转让方|出让方)[^。；\n]{0,6}[:：][^。；\n]{0,20}(?:股份经济合作社|经济合作社|村民委员会|村集体)|村集体(?:所有)?的?(?:厂房|土地|资产|房屋|仓库|山林|鱼塘|建设用地|店面|商铺|耕地)|集体资产|集体经营性建设用地|集体所有的/;
/** 行政协议 types named in the Supreme People's Court rules on administrative-agreement cases (arts 1–2). */
const ADMINISTRATIVE =
  /行政协议|征收[^。；]{0,6}补偿(?:安置)?协议|房屋征收|拆迁补偿|特许经营协议|政府和社会资本合作|PPP/;

/** What kind of contract this is: the submitter's field first, else the text. */
export const isLandTransfer = (d: ContractDoc): boolean =>
  d.fields.contractType ? d.fields.contractType === 'land_transfer' : LAND_TRANSFER.test(d.norm);
export const isLease = (d: ContractDoc): boolean =>
  d.fields.contractType
    ? d.fields.contractType === 'lease'
    : LEASE.test(d.norm) && !LAND_TRANSFER.test(d.norm);
export const isCollective = (d: ContractDoc): boolean =>
  d.fields.isCollectiveAsset ?? COLLECTIVE.test(d.norm);
export const isAdministrative = (d: ContractDoc): boolean =>
  d.fields.isAdministrativeAgreement ?? ADMINISTRATIVE.test(d.norm);

interface Term {
  years: number;
  start?: string;
  end?: string;
  clause?: Clause;
}

const LABEL_ORDER: Record<NonNullable<ContractFields['contractType']> | 'unknown', TermLabel[]> = {
  lease: ['lease', 'generic'],
  land_transfer: ['transfer', 'lease', 'generic'],
  land_contracting: ['contracting', 'generic'],
  asset_transfer: ['generic'],
  construction: ['generic'],
  procurement: ['generic'],
  service: ['generic'],
  other: ['lease', 'transfer', 'generic'],
  unknown: ['lease', 'transfer', 'contracting', 'generic'],
};

function termInText(d: ContractDoc): Term | null {
  for (const label of LABEL_ORDER[d.fields.contractType ?? 'unknown']) {
    if (!namesTerm(d.norm, label)) continue;
    let best: Term | null = null;
    for (const c of d.clauses) {
      if (!namesTerm(c.norm, label)) continue;
      const range = dateRangeIn(c.norm);
      const stated = termYearsIn(c.norm, label);
      const t: Term | null = range
        ? { years: stated ?? spanYears(range.start, range.end), ...range, clause: c }
        : stated !== null
          ? { years: stated, clause: c }
          : null;
      if (t && (!best || t.years > best.years)) best = t;
    }
    if (best) return best;
  }
  return null;
}

const terms = new WeakMap<object, Term | null>();

/**
 * The contract's term, with the clause that states it. Where the fields and the text disagree the
 * longer one counts: a risk check must not be silenced by a short figure typed into a form.
 */
export function termOf(d: ContractDoc): Term | null {
  if (terms.has(d)) return terms.get(d)!;
  const f = d.fields;
  const fromText = termInText(d);
  const fromFields: Term | null =
    f.startDate && f.endDate
      ? {
          years: f.termYears ?? spanYears(f.startDate, f.endDate),
          start: f.startDate,
          end: f.endDate,
          clause: fromText?.clause,
        }
      : f.termYears !== undefined
        ? { years: f.termYears, start: f.startDate ?? fromText?.start, clause: fromText?.clause }
        : null;
  const t = fromText && (!fromFields || fromText.years > fromFields.years) ? fromText : fromFields;
  terms.set(d, t);
  return t;
}

/** The last day of the term, from the dates or from start + years. */
export function endOf(t: Term | null): string | null {
  if (!t) return null;
  if (t.end) return t.end;
  if (t.start && Number.isInteger(t.years)) return addDays(addYears(t.start, t.years), -1);
  return null;
}

const AMOUNT_WORDS = /总价|总额|合同(?:总)?金额|合同价|价款|总租金|租金总额|标的额|转让价|成交价/;

const amounts = new WeakMap<object, { yuan: number; clause?: Clause } | null>();

/** The contract amount in yuan: the field, else the largest amount named as a total in the text. */
export function amountOf(d: ContractDoc): { yuan: number; clause?: Clause } | null {
  if (d.fields.amountYuan !== undefined) return { yuan: d.fields.amountYuan };
  if (amounts.has(d)) return amounts.get(d)!;
  let best: { yuan: number; clause?: Clause } | null = null;
  for (const c of AMOUNT_WORDS.test(d.norm) ? d.clauses : []) {
    if (!AMOUNT_WORDS.test(c.norm)) continue;
    for (const v of amountsIn(c.norm)) if (!best || v > best.yuan) best = { yuan: v, clause: c };
  }
  amounts.set(d, best);
  return best;
}

/**
 * The first clause matching `re` (and `ok`), for pointing a finding at the text. The whole text is
 * tested first, so the clause scan runs only where there is something to find.
 */
export function clauseWith(
  d: ContractDoc,
  re: RegExp,
  ok: (c: Clause) => boolean = () => true,
): Clause | undefined {
  return re.test(d.norm) ? d.clauses.find((c) => re.test(c.norm) && ok(c)) : undefined;
}

/**
 * Whether the text is a whole contract rather than a pasted excerpt: checks for missing clauses
 * (dispute resolution, signatures, main terms) only make sense on the whole.
 */
export const looksComplete = (d: ContractDoc): boolean =>
  d.norm.length >= 300 &&
  /甲方|出租人|出租方|发包方|发包人|采购人|委托人|转让方/.test(d.norm) &&
  /乙方|承租人|承租方|承包方|承包人|供应商|受托人|受让方/.test(d.norm);
