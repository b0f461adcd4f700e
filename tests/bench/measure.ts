import fs from 'node:fs';

export type Figure = {
  scenario: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakRssMb: number;
  targetMs: number | null;
  /** The same run's floor: what the underlying library alone takes for comparable work. */
  floorMs: number | null;
  note: string;
};

/** Runs `work` several times (after one warm-up) and keeps the median, min and max. */
export async function measure(
  scenario: string,
  options: { runs: number; targetMs?: number; floorMs?: number; note?: string; warmUp?: boolean },
  work: () => unknown,
): Promise<Figure> {
  if (options.warmUp !== false) await work();
  const times: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return {
    scenario,
    runs: options.runs,
    medianMs: round(median),
    minMs: round(times[0] ?? 0),
    maxMs: round(times.at(-1) ?? 0),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    targetMs: options.targetMs ?? null,
    floorMs: options.floorMs ?? null,
    note: options.note ?? '',
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

type Section = { measuredAt: string; node: string; figures: Figure[]; facts?: Record<string, string | number> };

/**
 * Prints the table people read and writes the JSON tools read. Each bench
 * file owns one section of the JSON (keyed by `section`), so the files of one
 * `npm run bench` add up to one result; each section says when it was measured.
 */
export function report(figures: readonly Figure[], output: { jsonFile: string; section: string; facts?: Record<string, string | number> }): string {
  const rows = figures.map((figure) => {
    const verdict = figure.targetMs === null ? '—' : figure.medianMs <= figure.targetMs ? `met (${(figure.targetMs / Math.max(figure.medianMs, 0.01)).toFixed(1)}× under)` : 'MISSED';
    return [
      figure.scenario,
      `${figure.medianMs} ms`,
      `${figure.minMs}–${figure.maxMs} ms`,
      `${figure.peakRssMb} MB`,
      figure.targetMs === null ? '—' : `< ${figure.targetMs} ms`,
      verdict,
      figure.floorMs === null ? '—' : `${figure.floorMs} ms (${(figure.medianMs / Math.max(figure.floorMs, 0.01)).toFixed(2)}×)`,
      figure.note,
    ];
  });
  const header = ['scenario', 'median', 'min–max', 'peak RSS (Node)', 'target', 'verdict', 'floor (ratio)', 'note'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const section: Section = { measuredAt: new Date().toISOString(), node: process.version, figures: [...figures], ...(output.facts ? { facts: output.facts } : {}) };
  const sections = { ...readSections(output.jsonFile), [output.section]: section };
  fs.writeFileSync(output.jsonFile, `${JSON.stringify({ sections }, null, 2)}\n`);
  return lines.join('\n');
}

/** The sections already written; a file in an older shape, or unreadable, starts afresh. */
function readSections(jsonFile: string): Record<string, Section> {
  try {
    const parsed = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { sections?: unknown };
    const sections = parsed.sections;
    return typeof sections === 'object' && sections !== null ? (sections as Record<string, Section>) : {};
  } catch {
    return {};
  }
}
