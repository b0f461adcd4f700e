import { describe, expect, it } from 'vitest';
import { formatMunicipalYear, municipalYearOf } from '../../../shared/format/municipal-year';

describe('municipal years', () => {
  it('start in the authority’s chosen month', () => {
    expect(municipalYearOf('2018-10-02', 5)).toBe(2018);
    expect(municipalYearOf('2019-03-12', 5)).toBe(2018);
    expect(municipalYearOf('2019-05-01', 5)).toBe(2019);
    expect(municipalYearOf('2019-01-15', 1)).toBe(2019);
  });

  it('are written as 2018/19, including across a century', () => {
    expect(formatMunicipalYear(2018)).toBe('2018/19');
    expect(formatMunicipalYear(2099)).toBe('2099/00');
  });
});
