import { describe, expect, it } from 'vitest';
import { parseNoticeCsv } from './notice-csv.js';
import { validateNoticeRows, type NoticeRowInput } from './notice-rules.js';

const row = (
  date: string,
  kind: 'holiday' | 'workday',
  name = '国庆节',
  where = '第1条',
): NoticeRowInput => ({ date, kind, name, where });

describe('validateNoticeRows', () => {
  it('accepts a plausible notice', () => {
    expect(
      validateNoticeRows(2027, [
        row('2027-10-01', 'holiday'),
        row('2027-10-09', 'workday', '国庆节调休上班'),
      ]),
    ).toEqual([]);
  });

  it.each([
    { rows: [row('2027-02-30', 'holiday')], message: '不是真实存在的日期' },
    { rows: [row('2028-01-01', 'holiday')], message: '不在 2027 年内' },
    {
      rows: [row('2027-10-01', 'holiday'), row('2027-10-01', 'holiday', '国庆节', '第2条')],
      message: '重复（第1条已登记）',
    },
    {
      rows: [row('2027-10-01', 'holiday'), row('2027-10-08', 'workday', '调休')],
      message: '星期五，本来就是工作日',
    },
    { rows: [row('2027-10-01', 'holiday', ' ')], message: '名称不能为空' },
    { rows: [row('2027-10-09', 'workday', '调休')], message: '至少应有一个放假日' },
  ])('rejects: $message', ({ rows, message }) => {
    const errors = validateNoticeRows(2027, rows);
    expect(errors.map((e) => e.message).join('|')).toContain(message);
  });

  it('rejects an impossible year', () => {
    expect(validateNoticeRows(1800, [row('1800-01-01', 'holiday')])[0]?.message).toContain('年份');
  });
});

describe('parseNoticeCsv', () => {
  it('reads a header, BOM, CRLF, Chinese kinds, quotes and spreadsheet dates', () => {
    const csv =
      '\uFEFFdate,kind,name\r\n2027-01-01,放假,元旦\r\n\r\n2027/2/6,上班,"春节调休上班"\r\n2027-10-01,holiday,"国庆节, 中秋节"\r\n';
    const { rows, errors } = parseNoticeCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦', where: '第2行', line: 2 },
      { date: '2027-02-06', kind: 'workday', name: '春节调休上班', where: '第4行', line: 4 },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节, 中秋节', where: '第5行', line: 5 },
    ]);
  });

  it('reports bad lines with their numbers', () => {
    const { errors } = parseNoticeCsv('日期,类型,名称\n2027-01-01,休息,元旦\n2027-01-02\n');
    expect(errors).toEqual([
      { where: '第2行', line: 2, message: expect.stringContaining('类型“休息”无法识别') },
      { where: '第3行', line: 3, message: expect.stringContaining('应有 3 列') },
    ]);
  });

  it('gives a make-up day without a name a default one', () => {
    expect(parseNoticeCsv('2027-02-06,workday').rows[0]?.name).toBe('调休上班');
  });
});
