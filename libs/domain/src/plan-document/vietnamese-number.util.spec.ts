import { parseVietnameseNumber, quarterNumber, romanToNumber } from './vietnamese-number.util';

describe('parseVietnameseNumber', () => {
  it.each([
    ['74.000', 74000],
    ['12,5', 12.5],
    ['1.234.567,89', 1234567.89],
    ['2,05', 2.05],
    ['4.0', 4],
    ['100', 100],
  ])('reads %s as %d', (written, value) => {
    expect(parseVietnameseNumber(written)).toBe(value);
  });

  it('gives null for what is not a number', () => {
    expect(parseVietnameseNumber('abc')).toBeNull();
    expect(parseVietnameseNumber('1.2.3')).toBeNull();
  });
});

describe('romanToNumber and quarterNumber', () => {
  it('reads well-formed Roman numerals only', () => {
    expect(romanToNumber('XIV')).toBe(14);
    expect(romanToNumber('iv')).toBe(4);
    expect(romanToNumber('IIII')).toBeNull();
    expect(romanToNumber('')).toBeNull();
  });

  it('reads quarters I..IV and 1..4', () => {
    expect(quarterNumber('II')).toBe(2);
    expect(quarterNumber('4')).toBe(4);
    expect(quarterNumber('V')).toBeNull();
  });
});
