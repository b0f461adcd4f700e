import { useId, useState } from 'react';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { folderBeside } from '../meetings/pack-words';
import { callForForm } from './plan-call';
import { countOf } from './plan-words';

type Format = 'csv' | 'xlsx';
type Outcome = { format: Format; isError: boolean; text: string; path: string | null };

const FORMAT_NAMES: Record<Format, string> = { csv: 'CSV', xlsx: 'Excel' };

/** Export the action table as CSV or Excel, as the plan stood on a date (today unless one is given). */
export function PlanExport({ planId }: { planId: number }) {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const [folder, setFolder] = useState<string | null>(null);
  const [asAt, setAsAt] = useState('');
  const [busy, setBusy] = useState<Format | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();
  const outDir = folder ?? folderBeside(workspacePath, 'Action plan exports');

  const run = async (format: Format) => {
    setBusy(format);
    setOutcome(null);
    const input = { id: planId, outDir, ...(asAt === '' ? {} : { asAt }) };
    const result = format === 'csv' ? await callForForm('actionPlans/exportCsv', input) : await callForForm('actionPlans/exportXlsx', input);
    setBusy(null);
    setOutcome(result.ok
      ? { format, isError: false, text: `Exported ${countOf(result.value.rowCount, 'action')} to`, path: result.value.path }
      : { format, isError: true, text: `The ${FORMAT_NAMES[format]} export failed: ${result.message}`, path: null });
  };

  return (
    <section className="card plan-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export the action table</h2>
      <p className="hint">One row per action: recommendation, owner, timescale, status, RAG and latest progress. CSV opens in any spreadsheet; the Excel workbook keeps dates and column widths.</p>
      <div className="pack-folder">
        <label htmlFor={`${id}-folder`}>Folder</label>
        <input id={`${id}-folder`} type="text" value={outDir} onChange={(event) => { setFolder(event.target.value); }} spellCheck={false} autoComplete="off" />
      </div>
      <div className="pack-folder plan-export__date">
        <label htmlFor={`${id}-as-at`}>As at (leave empty for today)</label>
        <input id={`${id}-as-at`} type="date" value={asAt} onChange={(event) => { setAsAt(event.target.value); }} />
      </div>
      <div className="plan-form__actions">
        <button type="button" disabled={busy !== null || outDir.trim() === ''} aria-busy={busy === 'csv'} onClick={() => void run('csv')}>
          {busy === 'csv' ? 'Exporting…' : 'Export as CSV'}
        </button>
        <button type="button" disabled={busy !== null || outDir.trim() === ''} aria-busy={busy === 'xlsx'} onClick={() => void run('xlsx')}>
          {busy === 'xlsx' ? 'Exporting…' : 'Export as Excel'}
        </button>
      </div>
      <p role="status" className={outcome?.isError ? 'plan-export__note plan-export__note--error' : 'plan-export__note'}>
        {busy !== null && `Exporting the ${FORMAT_NAMES[busy]} file…`}
        {busy === null && outcome && <>{outcome.text}{outcome.path && <> <span className="path">{outcome.path}</span>.</>}</>}
      </p>
    </section>
  );
}
