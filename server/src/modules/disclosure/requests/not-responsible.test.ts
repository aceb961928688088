import { describe, expect, it } from 'vitest';
import { competentBodyText, isNotResponsible, notResponsibleProblem } from './not-responsible.js';

describe('本机关不掌握: 第三十六条第（四）项 or 第（五）项', () => {
  it.each([
    { name: 'plain “does not exist”', input: {}, notOurs: false, problem: null },
    {
      name: 'not ours, with reasons and body',
      input: {
        notResponsible: true,
        reasons: '属市级部门职责',
        competentBody: { name: '慈溪市农业农村局', contact: '0574-63012345' },
      },
      notOurs: true,
      problem: null,
    },
    {
      name: 'not ours without reasons',
      input: { notResponsible: true },
      notOurs: true,
      problem: '须说明理由',
    },
    {
      name: 'a competent body alone makes it 36(5)',
      input: { competentBody: { name: '慈溪市农业农村局', contact: '0574-63012345' } },
      notOurs: true,
      problem: '须说明理由',
    },
  ])('$name', ({ input, notOurs, problem }) => {
    expect(isNotResponsible(input)).toBe(notOurs);
    const p = notResponsibleProblem(input);
    if (problem) expect(p).toContain(problem);
    else expect(p).toBeNull();
  });

  it('names the competent body with its contact details', () => {
    expect(
      competentBodyText({ competentBody: { name: '慈溪市农业农村局', contact: '0574-63012345' } }),
    ).toBe('慈溪市农业农村局，联系方式：0574-63012345');
    expect(competentBodyText({ notResponsible: true })).toBeNull();
  });
});
