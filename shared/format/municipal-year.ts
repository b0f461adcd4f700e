// A municipal year runs from the annual council meeting in May to the next:
// 2018/19 starts in May 2018. The start month is an authority setting.

/** The year a municipal year starts in, for a date given as YYYY-MM-DD: 2019-03-12 → 2018 (May start). */
export function municipalYearOf(isoDate: string, startMonth: number): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/** How the year is written: 2018 → "2018/19". */
export function formatMunicipalYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
