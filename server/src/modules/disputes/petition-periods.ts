import type { DayUnit } from '@fazhi/shared';
import type { Channel } from './disputes.vocabulary.js';

/**
 * The 信访 clocks (信访工作条例), as pure rules:
 * - 受理告知: a body that receives a 信访事项 directly tells the petitioner in writing within 15 days of
 *   receiving it whether and how it is taken up (第二十三条第二款), day 0 the day it was received;
 * - 办理: a 申诉求决 matter is handled within 60 days of acceptance (第三十四条), extendable once the body's
 *   head approves, by at most 30 days in all, with the reason told to the petitioner (same article).
 */
const PETITION_CHANNELS: readonly Channel[] = [
  'petition_letter',
  'petition_visit',
  'petition_online',
];
export const isPetition = (c: Channel) => PETITION_CHANNELS.includes(c);

export const PETITION_ART = {
  acceptance: '《信访工作条例》第二十三条第二款',
  handling: '《信访工作条例》第三十四条',
} as const;

interface Period {
  days: number;
  unit: DayUnit;
  basis: string;
  purpose: string;
}

export const PETITION_ACCEPTANCE: Period = {
  days: 15,
  unit: 'calendar',
  basis: PETITION_ART.acceptance,
  purpose: '信访受理告知期限',
};

export const PETITION_HANDLING: Period = {
  days: 60,
  unit: 'calendar',
  basis: PETITION_ART.handling,
  purpose: '信访事项办理期限',
};

/** The most a 信访 handling period may be lengthened, in all (第三十四条). */
const PETITION_MAX_EXTENSION_DAYS = 30;

/**
 * Why a 信访 extension cannot be granted, or null: the head's approval is named and the extensions,
 * this one included, add up to at most 30 days.
 */
export function petitionExtensionRefusal(
  alreadyExtended: number,
  days: number,
  approvedBy: string | null,
): string | null {
  if (!approvedBy?.trim()) return '延长信访事项办理期限须经本机关负责人批准，请填写批准人';
  if (alreadyExtended + days > PETITION_MAX_EXTENSION_DAYS)
    return `信访事项办理期限累计延长不得超过${PETITION_MAX_EXTENSION_DAYS}日（已延长${alreadyExtended}日）`;
  return null;
}
