import { describe, expect, it } from 'vitest';
import {
  applicantIdProblem,
  creditCodeCheckChar,
  creditCodeProblem,
  normalisePhone,
  residentIdCheckChar,
  residentIdProblem,
} from './applicant-id.js';

describe('identity numbers of applicants', () => {
  it.each([
    ['11010519491231002', 'X'], // the example of GB 11643-1999
    ['33028219850312001', '1'],
    ['33028220010520456', 'X'],
  ])('resident ID %s has check character %s (ISO 7064 MOD 11-2)', (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
    expect(residentIdProblem(`${first17}${check}`, '2024-11-20')).toBeNull();
  });

  it.each([
    ['11010519491231002Y', '居民身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）'],
    ['110105194912310021', '居民身份证号码校验位不正确，请核对（GB 11643-1999）'],
    ['110105194902300020', '居民身份证号码中的出生日期无效'],
    ['110105203001010020', '居民身份证号码中的出生日期无效'],
    ['01010519491231002X', '居民身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）'],
  ])('refuses resident ID %s', (id, message) => {
    expect(residentIdProblem(id, '2024-11-20')).toBe(message);
  });

  it.each([
    ['91350100M000100Y4', '3'], // a widely published valid code
    ['91330282MA2AJ8WQ7', '3'],
    ['12330282002937580', 'E'],
  ])('credit code %s has check character %s (GB 32100-2015)', (first17, check) => {
    expect(creditCodeCheckChar(first17)).toBe(check);
    expect(creditCodeProblem(`${first17}${check}`)).toBeNull();
  });

  it('refuses credit codes with a wrong check character or forbidden letters', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe(
      '统一社会信用代码校验位不正确，请核对（GB 32100-2015）',
    );
    expect(creditCodeProblem('91350100M000100I43')).toMatch(/除 I、O、Z、S、V 以外/);
    expect(creditCodeProblem('9135010')).toMatch(/18 位/);
  });

  it('matches the document to the applicant: persons use personal documents, organisations the credit code', () => {
    expect(
      applicantIdProblem('natural_person', 'credit_code', '91350100M000100Y43', '2024-11-20'),
    ).toMatch(/^自然人应提供/);
    expect(applicantIdProblem('research', 'passport', 'E12345678', '2024-11-20')).toBe(
      '法人或其他组织应提供统一社会信用代码',
    );
    expect(applicantIdProblem('natural_person', 'passport', 'E12345678', '2024-11-20')).toBeNull();
    expect(applicantIdProblem('natural_person', 'passport', 'E1', '2024-11-20')).toMatch(/5–20 位/);
  });

  it('normalises phones: mobile or area-coded landline', () => {
    expect(normalisePhone('139 0574 1234')).toBe('13905741234');
    expect(normalisePhone('0574-63001234')).toBe('057463001234');
    expect(normalisePhone('63001234')).toBeNull();
  });
});
