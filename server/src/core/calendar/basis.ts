/** The counting rules every period follows, as cited to users. */

/** Trigger day is day 0; counting starts the next day. */
export const BASIS_START =
  '《中华人民共和国民法典》第二百零一条、《中华人民共和国民事诉讼法》第八十五条';

/** A calendar-day period whose last day is a rest day or holiday ends on the next working day. */
export const BASIS_MOVE = '《中华人民共和国民法典》第二百零三条';

/** Working days skip weekends and statutory holidays and include 调休 make-up days. */
const BASIS_WORKING_DAYS = '国务院办公厅当年部分节假日安排的通知';

export function countingBasis(opts: { unit: 'working' | 'calendar'; moved: boolean }): string {
  const parts = [`依据${BASIS_START}，起算日当日不计入，自次日开始计算`];
  if (opts.unit === 'working')
    parts.push(`工作日按${BASIS_WORKING_DAYS}确定，不含周末和法定节假日，调休上班日计入`);
  if (opts.moved)
    parts.push(`期间最后一日为法定节假日或休息日的，依据${BASIS_MOVE}顺延至其后第一个工作日`);
  return parts.join('；');
}
