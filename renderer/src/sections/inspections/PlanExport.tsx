import { useId, useState } from 'react';
import { callOrToast } from '../../stores/call';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { folderBeside } from '../meetings/pack-words';

/** Export the action table as CSV, as the plan stood on a date (today unless one is given). */
export function PlanExport({ planId }: { planId: number }) {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const [folder, setFolder] = useState<string | null>(null);
  const [asAt, setAsAt] = useState('');
  const [note, setNote] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const id = useId();
  const outDir = folder ?? folderBeside(workspacePath, 'Action plan exports');

  const exportCsv = async () => {
    setIsBusy(true);
    setNote('');
    const result = await callOrToast('actionPlans/exportCsv', { id: planId, outDir, ...(asAt === '' ? {} : { asAt }) });
    setIsBusy(false);
    if (result) setNote(`Exported ${result.rowCount} ${result.rowCount === 1 ? 'action' : 'actions'} to ${result.path}.`);
  };

  return (
    <section className="card plan-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export the action table</h2>
      <p className="hint">A spreadsheet (CSV) with one row per action: recommendation, owner, timescale, status, RAG and latest progress.</p>
      {/* The same field look as the pack panel's output folder. */}
      <div className="pack-folder">
        <label htmlFor={`${id}-folder`}>Folder</label>
        <input id={`${id}-folder`} type="text" value={outDir} onChange={(event) => { setFolder(event.target.value); }} spellCheck={false} autoComplete="off" />
      </div>
      <div className="pack-folder plan-export__date">
        <label htmlFor={`${id}-as-at`}>As at (leave empty for today)</label>
        <input id={`${id}-as-at`} type="date" value={asAt} onChange={(event) => { setAsAt(event.target.value); }} />
      </div>
      <button type="button" disabled={isBusy || outDir.trim() === ''} onClick={() => void exportCsv()}>
        {isBusy ? 'Exporting…' : 'Export as CSV'}
      </button>
      <p aria-live="polite" className="plan-export__note">{note}</p>
    </section>
  );
}
