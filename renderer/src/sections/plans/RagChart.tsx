import { useId, useState } from 'react';
import type { RagHistoryPoint } from '../../../../shared/api/methods/action-plans';
import { layOutChart, STACK_ORDER, totalOf, type ChartBox } from './rag-chart-geometry';
import { RagPattern, patternFill } from './RagPattern';
import { countOf, longDate, RAG_KEYS, RAG_NAMES, shortDate } from './plan-words';

const BOX: ChartBox = { width: 720, height: 300, top: 16, right: 12, bottom: 48, left: 48 };

/** "On 23 November 2026, 20 actions: 2 red, 3 amber, 10 green, 5 complete." */
function pointSummary(point: RagHistoryPoint): string {
  const parts = RAG_KEYS.filter((key) => point[key] > 0).map((key) => `${String(point[key])} ${RAG_NAMES[key].toLowerCase()}`);
  return `${countOf(totalOf(point), 'action')}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** What the chart shows, in a sentence for screen readers and as its caption. */
export function chartSummary(history: readonly RagHistoryPoint[]): string {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return 'No ratings to chart yet.';
  return `RAG ratings of the plan’s actions at the end of each month, from ${shortDate(first.date)} to ${shortDate(last.date)}. At the start, ${pointSummary(first)}. On ${shortDate(last.date)}, ${pointSummary(last)}.`;
}

/** RAG over time: a stacked bar per month, each rating with its own pattern as well as colour, a legend, and the same figures as a table on request. */
export function RagChart({ history }: { history: readonly RagHistoryPoint[] }) {
  const [isTable, setTable] = useState(false);
  const id = useId();
  const layout = layOutChart(history, BOX);
  const last = history.at(-1);
  const summary = chartSummary(history);

  return (
    <figure className="plan-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="plan-chart__caption">{summary}</figcaption>
      {history.length === 0 ? null : (
        <>
          <svg className="plan-chart__svg" viewBox={`0 0 ${String(BOX.width)} ${String(BOX.height)}`} role="img" aria-label={summary}>
            <defs>{STACK_ORDER.map((key) => <RagPattern key={key} id={`${id}-${key}`} rag={key} />)}</defs>
            {layout.ticks.map((tick) => (
              <g key={tick.value}>
                <line className="plan-chart__grid" x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={tick.y} y2={tick.y} />
                <text className="plan-chart__tick" x={layout.plot.x - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">{tick.value}</text>
              </g>
            ))}
            <text className="plan-chart__axis-title" transform={`translate(14 ${String(layout.plot.y + layout.plot.height / 2)}) rotate(-90)`} textAnchor="middle">Actions</text>
            {layout.bars.map((bar) => (
              <g key={bar.date} className="plan-chart__bar">
                {bar.segments.filter((segment) => segment.height > 0).map((segment) => (
                  <rect key={segment.key} className="plan-chart__segment" x={bar.x} y={segment.y} width={bar.width} height={segment.height} fill={patternFill(`${id}-${segment.key}`)} />
                ))}
                {bar.label?.map((line, index) => (
                  <text key={line} className="plan-chart__month" x={bar.x + bar.width / 2} y={layout.plot.y + layout.plot.height + 16 + index * 15} textAnchor="middle">{line}</text>
                ))}
              </g>
            ))}
            <line className="plan-chart__baseline" x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={layout.plot.y + layout.plot.height} y2={layout.plot.y + layout.plot.height} />
          </svg>
          <ul className="plan-chart__legend" aria-label="Key">
            {[...STACK_ORDER].reverse().map((key) => (
              <li key={key}>
                <svg className="plan-chart__key" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                  <defs><RagPattern id={`${id}-key-${key}`} rag={key} /></defs>
                  <rect x="0.5" y="0.5" width="19" height="19" fill={patternFill(`${id}-key-${key}`)} stroke="#0b0c0c" />
                </svg>
                {RAG_NAMES[key]}{last ? ` (${String(last[key])} now)` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="button-secondary button-secondary--small" aria-expanded={isTable} aria-controls={isTable ? `${id}-table` : undefined} onClick={() => { setTable(!isTable); }}>
            {isTable ? 'Hide the table' : 'Show as table'}
          </button>
          {isTable && <HistoryTable id={`${id}-table`} history={history} />}
        </>
      )}
    </figure>
  );
}

function HistoryTable({ id, history }: { id: string; history: readonly RagHistoryPoint[] }) {
  return (
    <div className="plan-table-wrap" id={id}>
      <table className="pack-table plan-table">
        <caption className="visually-hidden">RAG ratings over time, one row per date</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {RAG_KEYS.map((key) => <th key={key} scope="col" className="pack-number">{RAG_NAMES[key]}</th>)}
            <th scope="col" className="pack-number">Total</th>
          </tr>
        </thead>
        <tbody>
          {history.map((point) => (
            <tr key={point.date}>
              <th scope="row">{longDate(point.date)}</th>
              {RAG_KEYS.map((key) => <td key={key} className="pack-number">{point[key]}</td>)}
              <td className="pack-number">{totalOf(point)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
