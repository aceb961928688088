import { describe, expect, it } from 'vitest';
import { addMonths, courtWindowOf, lateSurcharge, paymentDueOf } from './late-payment.js';

describe('逾期不缴纳罚款 (行政处罚法 arts 67, 72; 行政强制法 arts 45, 53; pure)', () => {
  it('makes the fine due fifteen days after the decision is received', () => {
    expect(paymentDueOf('2024-11-20')).toBe('2024-12-05');
  });

  it('adds 3 % a day from the day after the due date', () => {
    expect(lateSurcharge(1_000, '2024-12-05', '2024-12-05')).toEqual({
      days: 0,
      amount: 0,
      capped: false,
    });
    expect(lateSurcharge(1_000, '2024-12-05', '2024-12-06')).toEqual({
      days: 1,
      amount: 30,
      capped: false,
    });
    // To the fen: 3 % of 150 元 is 4.50 元 a day.
    expect(lateSurcharge(150, '2024-12-05', '2024-12-08').amount).toBe(13.5);
  });

  it('never exceeds the fine itself (行政强制法 第四十五条)', () => {
    // 33 days: 99 %; 34 days would be 102 %, capped at the fine.
    expect(lateSurcharge(1_000, '2024-12-05', '2025-01-07')).toEqual({
      days: 33,
      amount: 990,
      capped: false,
    });
    expect(lateSurcharge(1_000, '2024-12-05', '2025-01-08')).toEqual({
      days: 34,
      amount: 1_000,
      capped: true,
    });
    expect(lateSurcharge(1_000, '2024-12-05', '2026-01-01').amount).toBe(1_000);
  });

  it('opens the court window after the litigation period, for three months', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-11-20', 3)).toBe('2025-02-20');
    // Served 2024-11-20: six months of litigation end 2025-05-20 (later than the 60 review days).
    expect(courtWindowOf('2024-11-20')).toEqual({ opens: '2025-05-21', closes: '2025-08-20' });
  });
});
