// The RAG-over-time chart's arithmetic, checked against figures worked out by
// hand: a plot 100 wide and 80 high whose origin sits at (10, 90).
import { describe, expect, it } from 'vitest';
import { axisLabel, isMonthEnd, layOutChart, niceStep, totalOf, type ChartBox } from '../../../renderer/src/sections/plans/rag-chart-geometry';
import type { RagHistoryPoint } from '../../../shared/api/methods/action-plans';

const BOX: ChartBox = { width: 120, height: 110, top: 10, right: 10, bottom: 20, left: 10 };
const BOTTOM = 90;

const point = (date: string, counts: Partial<Omit<RagHistoryPoint, 'date'>> = {}): RagHistoryPoint => ({
  date, red: 0, amber: 0, green: 0, complete: 0, unrated: 0, ...counts,
});

/** The last day of each of `count` months from `year`-`month` (1-based), as the engine's monthly points fall. */
function monthEnds(year: number, month: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const last = new Date(year, month + index, 0);
    return `${String(last.getFullYear())}-${String(last.getMonth() + 1).padStart(2, '0')}-${String(last.getDate()).padStart(2, '0')}`;
  });
}

/** Each segment as "key:y+height", bottom to top, for reading against the hand figures. */
const stack = (layoutBar: { segments: { key: string; y: number; height: number }[] }) =>
  layoutBar.segments.map((segment) => `${segment.key}:${String(segment.y)}+${String(segment.height)}`);

describe('the scale of the RAG chart', () => {
  it('counts every rating, complete and unrated included, in a bar’s total', () => {
    expect(totalOf(point('2026-01-31', { red: 1, amber: 2, green: 3, complete: 4, unrated: 5 }))).toBe(15);
    expect(totalOf(point('2026-01-31'))).toBe(0);
  });

  it('steps the axis by 1, 2 or 5 times a power of ten, about four steps to the top', () => {
    expect([0, 1, 4].map(niceStep)).toEqual([1, 1, 1]);
    expect([5, 8, 9, 10, 20].map(niceStep)).toEqual([2, 2, 5, 5, 5]);
    expect([21, 40, 41, 200, 1000].map(niceStep)).toEqual([10, 10, 20, 50, 500]);
  });

  it('rounds the top of the axis up to a whole step above the tallest bar', () => {
    // Tallest bar 16: step 5, so the axis runs to 20 (not 15, which the bar would overshoot) and 20 sits at the top.
    const layout = layOutChart([point('2026-01-31', { green: 16 })], BOX);
    expect(layout.ticks).toEqual([{ value: 0, y: 90 }, { value: 5, y: 70 }, { value: 10, y: 50 }, { value: 15, y: 30 }, { value: 20, y: 10 }]);
    expect(layout.bars[0]?.segments.find((segment) => segment.key === 'green')).toEqual({ key: 'green', count: 16, y: 26, height: 64 });
  });
});

describe('the bars of the RAG chart', () => {
  it('stacks complete at the bottom and unrated on top, each segment as tall as its count', () => {
    const layout = layOutChart([
      point('2026-01-31', { red: 1, amber: 1, green: 2 }),
      point('2026-02-28', { amber: 1, green: 2, complete: 4, unrated: 1 }),
    ], BOX);
    expect(layout.plot).toEqual({ x: 10, y: 10, width: 100, height: 80 });
    // Tallest bar 8, step 2: ten units of height per action.
    expect(layout.ticks.map((tick) => [tick.value, tick.y])).toEqual([[0, 90], [2, 70], [4, 50], [6, 30], [8, 10]]);

    const [january, february] = layout.bars;
    expect(january).toMatchObject({ date: '2026-01-31', x: 17.5, width: 35, total: 4, label: ['Jan', '2026'] });
    expect(stack(january ?? { segments: [] })).toEqual(['complete:90+0', 'green:70+20', 'amber:60+10', 'red:50+10', 'unrated:50+0']);
    expect(february).toMatchObject({ date: '2026-02-28', x: 67.5, width: 35, total: 8, label: ['Feb'] });
    expect(stack(february ?? { segments: [] })).toEqual(['complete:50+40', 'green:30+20', 'amber:20+10', 'red:20+0', 'unrated:10+10']);
    expect(february?.segments.map((segment) => segment.count)).toEqual([4, 2, 1, 0, 1]);
  });

  it('gives one point the whole plot width and both lines of its label', () => {
    const layout = layOutChart([point('2026-11-23', { red: 2, amber: 1 })], BOX);
    expect(layout.bars).toHaveLength(1);
    expect(layout.bars[0]).toMatchObject({ x: 25, width: 70, total: 3, label: ['23 Nov', '2026'] });
    // Tallest bar 3, step 1: the axis runs 0 to 3, so red's two actions take two thirds of the plot, above amber's one.
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
    const red = layout.bars[0]?.segments.find((segment) => segment.key === 'red');
    expect(red?.height).toBeCloseTo(160 / 3);
    expect(red?.y).toBeCloseTo(10);
  });

  it('draws a plan with nothing rated as flat bars on an axis of 0 to 1, never dividing by zero', () => {
    const layout = layOutChart([point('2026-01-31'), point('2026-02-28')], BOX);
    expect(layout.ticks).toEqual([{ value: 0, y: 90 }, { value: 1, y: 10 }]);
    for (const bar of layout.bars) {
      expect(bar.total).toBe(0);
      expect(bar.segments.every((segment) => segment.height === 0 && segment.y === BOTTOM)).toBe(true);
    }
  });

  it('lays out no bars, and still an axis, for an empty history', () => {
    const layout = layOutChart([], BOX);
    expect(layout.bars).toEqual([]);
    expect(layout.ticks).toEqual([{ value: 0, y: 90 }, { value: 1, y: 10 }]);
  });

  it('labels every bar of a history of sixteen months or fewer', () => {
    const layout = layOutChart(monthEnds(2025, 9, 16).map((date) => point(date, { green: 1 })), BOX);
    expect(layout.bars.every((bar) => bar.label !== null)).toBe(true);
    expect(layout.bars.map((bar) => bar.label?.join(' '))).toEqual([
      'Sep 2025', 'Oct', 'Nov', 'Dec', 'Jan 2026', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
    ]);
  });

  it('labels every third bar of a long history, and the last, dropping one that would crowd the last', () => {
    // 41 months, October 2023 to February 2027: ceil(41 / 16) = 3, so bars 0, 3, … 36 and 40;
    // bar 39 is only one slot from the last and goes unlabelled.
    const dates = monthEnds(2023, 10, 41);
    const layout = layOutChart(dates.map((date, index) => point(date, { green: index })), BOX);
    const labelled = layout.bars.flatMap((bar, index) => (bar.label ? [index] : []));
    expect(labelled).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 40]);
    expect(layout.bars.map((bar) => bar.label?.join(' ')).filter(Boolean)).toEqual([
      'Oct 2023', 'Jan 2024', 'Apr', 'Jul', 'Oct', 'Jan 2025', 'Apr', 'Jul', 'Oct', 'Jan 2026', 'Apr', 'Jul', 'Oct', 'Feb',
    ]);
    // 41 slots across 100: the bars stay inside the plot, in date order, and the tallest (40) reaches the top.
    const last = layout.bars.at(-1);
    expect(last?.x).toBeCloseTo(10 + (40 * 100) / 41 + (100 / 41) * 0.15);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThan(110);
    expect(last?.segments.at(-1)?.y).toBeCloseTo(10);
  });
});

describe('the axis labels of the RAG chart', () => {
  it('knows a month’s last day, leap years included', () => {
    expect(['2024-02-29', '2026-02-28', '2026-12-31', '2026-04-30'].map(isMonthEnd)).toEqual([true, true, true, true]);
    expect(['2024-02-28', '2026-11-23', '2026-03-30', '2026-01-01'].map(isMonthEnd)).toEqual([false, false, false, false]);
  });

  it('names a month end by its month, a mid-month day by day and month, with the year under the first bar and each January', () => {
    expect(axisLabel('2026-09-30', false)).toEqual(['Sep']);
    expect(axisLabel('2026-09-30', true)).toEqual(['Sep', '2026']);
    expect(axisLabel('2026-11-23', false)).toEqual(['23 Nov']);
    expect(axisLabel('2027-01-31', false)).toEqual(['Jan', '2027']);
    expect(axisLabel('2027-01-15', false)).toEqual(['15 Jan', '2027']);
  });
});
