/**
 * 《政府信息公开条例》第三十六条第（四）项 and 第（五）项 share 表三's row “本机关不掌握相关政府信息”, but
 * say different things: (4) the information does not exist; (5) it is not this office's to disclose —
 * the reply must give the reasons and, where the competent body can be determined, its name and
 * contact details.
 */
const R = '《政府信息公开条例》';
export const NOT_EXIST_BASIS = `${R}第三十六条第（四）项`;
export const NOT_RESPONSIBLE_BASIS = `${R}第三十六条第（五）项`;

export interface CompetentBody {
  name: string;
  contact: string;
}

interface NotHeldInput {
  notResponsible?: boolean | undefined;
  competentBody?: CompetentBody | undefined;
  /** Older callers named the competent body here. */
  details?: string | null | undefined;
  reasons?: string | null | undefined;
}

/** Whether an “本机关不掌握” reply is the art 36(5) one. */
export const isNotResponsible = (i: NotHeldInput): boolean =>
  !!i.notResponsible || !!i.competentBody || !!i.details?.trim();

/** The Chinese reason an art 36(5) reply cannot be sent as it is, or null. */
export function notResponsibleProblem(i: NotHeldInput): string | null {
  if (!isNotResponsible(i)) return null;
  if (!i.reasons?.trim())
    return `依据${NOT_RESPONSIBLE_BASIS}，告知不属于本机关负责公开的，须说明理由`;
  return null;
}

/** How the competent body reads in the letter (the older free-text form as it was entered). */
export function competentBodyText(i: NotHeldInput): string | null {
  if (i.competentBody) return `${i.competentBody.name}，联系方式：${i.competentBody.contact}`;
  return i.details?.trim() || null;
}
