// Where the bars of the RAG-over-time chart go: pure arithmetic, so the
// component only draws. One stacked bar per history point, complete at the
// bottom and the worst ratings on top where the eye lands.
import type { RagHistoryPoint } from '../../../../shared/api/methods/action-plans';
import { dateFromIso } from '../../../../shared/format/dates';
import type { RagKey } from './plan-words';

/** Bottom to top. */
export const STACK_ORDER: readonly RagKey[] = ['complete', 'green', 'amber', 'red', 'unrated'];

export type ChartBox = { width: number; height: number; top: number; right: number; bottom: number; left: number };
export type Segment = { key: RagKey; count: number; y: number; height: number };
export type Bar = { date: string; x: number; width: number; total: number; segments: Segment[]; label: string[] | null };
export type Tick = { value: number; y: number };
export type ChartLayout = { bars: Bar[]; ticks: Tick[]; plot: { x: number; y: number; width: number; height: number } };

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Total actions on a point. */
export function totalOf(point: RagHistoryPoint): number {
  return point.red + point.amber + point.green + point.complete + point.unrated;
}

/** A tick step of 1, 2 or 5 times a power of ten, giving about four steps up to `max`. */
export function niceStep(max: number): number {
  if (max <= 4) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/** Whether a point is the last day of its month (the monthly points), rather than the day asked for. */
export function isMonthEnd(iso: string): boolean {
  const date = dateFromIso(iso);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getDate() === 1;
}

/** A bar's axis label, one string per line: "Sep" with "2025" under the first bar and each January; "23 Nov" for a mid-month day. */
export function axisLabel(iso: string, isFirst: boolean): string[] {
  const date = dateFromIso(iso);
  const month = SHORT_MONTHS[date.getMonth()] ?? '';
  const top = isMonthEnd(iso) ? month : `${String(date.getDate())} ${month}`;
  return isFirst || date.getMonth() === 0 ? [top, String(date.getFullYear())] : [top];
}

/** The bars, segments and axis ticks for `points` inside `box`. */
export function layOutChart(points: readonly RagHistoryPoint[], box: ChartBox): ChartLayout {
  const plot = { x: box.left, y: box.top, width: box.width - box.left - box.right, height: box.height - box.top - box.bottom };
  const highest = Math.max(1, ...points.map(totalOf));
  const step = niceStep(highest);
  const top = Math.ceil(highest / step) * step;
  const scale = (value: number) => (value / top) * plot.height;
  const slot = plot.width / Math.max(points.length, 1);
  // Long plans would crowd the axis: label every nth bar, always keeping the last (the day shown).
  const every = Math.max(1, Math.ceil(points.length / 16));
  const bars = points.map((point, index): Bar => {
    let base = plot.y + plot.height;
    const segments = STACK_ORDER.map((key): Segment => {
      const height = scale(point[key]);
      base -= height;
      return { key, count: point[key], y: base, height };
    });
    const isLabelled = index === points.length - 1 || (index % every === 0 && points.length - 1 - index >= every / 2);
    return {
      date: point.date,
      x: plot.x + index * slot + slot * 0.15,
      width: slot * 0.7,
      total: totalOf(point),
      segments,
      label: isLabelled ? axisLabel(point.date, index === 0) : null,
    };
  });
  const ticks: Tick[] = [];
  for (let value = 0; value <= top; value += step) ticks.push({ value, y: plot.y + plot.height - scale(value) });
  return { bars, ticks, plot };
}
