/**
 * How long consultations keep the reply clock still. 《政府信息公开条例》第三十三条第三款 excludes the
 * time taken to consult; 第三十二条 and 第三十四条 give the party 15 working days. An answer that comes
 * later does not stretch the exclusion: each consultation stops the clock at most until its own last
 * day, while the record keeps the real answer date.
 */
interface ConsultationSpan {
  /** Last day of the party's 15 working days. */
  dueOn: string;
  /** The day the answer actually came (or the last day, for silence). */
  answeredOn: string;
}

/** The day the excluded time of one consultation ends. */
const excludedUntilOne = (c: ConsultationSpan): string =>
  c.answeredOn < c.dueOn ? c.answeredOn : c.dueOn;

/** The day the reply clock resumes once every consultation has ended: the latest bounded end. */
export function excludedUntil(all: ConsultationSpan[]): string {
  if (!all.length) throw new Error('no consultation');
  return all.map(excludedUntilOne).reduce((a, b) => (a > b ? a : b));
}
