import { formatFileSize } from '../../../../shared/format/sizes';
import { usePackStore, type PackRun } from '../../stores/pack-store';
import { editionPhrase } from './pack-words';

/** Progress of the build under way (with its Cancel button), then one sentence on how it ended, in a polite live region. */
export function PackStatus({ meetingId }: { meetingId: number }) {
  const run = usePackStore((state) => state.run);
  const edition = usePackStore((state) => state.choices.edition);
  const format = usePackStore((state) => state.choices.format);
  const cancel = usePackStore((state) => state.cancel);
  const isOurs = run.phase !== 'idle' && run.meetingId === meetingId;
  const fileCount = (edition === 'both' ? 2 : 1) * (format === 'both' ? 2 : 1);

  return (
    <div className="pack-status">
      {/* Always present, so assistive technology is already listening when the text changes. */}
      <p className={run.phase === 'failed' && isOurs ? 'pack-status__text pack-status__text--error' : 'pack-status__text'} aria-live="polite">
        {isOurs ? statusText(run, fileCount, editionPhrase(edition)) : ''}
      </p>
      {run.phase === 'running' && isOurs && (
        <div className="pack-progress">
          <progress
            aria-label={run.label}
            max={run.total > 1 ? run.total : fileCount}
            value={run.taskId === null ? undefined : run.done}
          />
          <button type="button" className="button-secondary" disabled={run.isCancelling} onClick={() => void cancel()}>
            {run.isCancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
      {run.phase === 'running' && !isOurs && <p className="hint">A pack for another meeting is being built. Wait for it to finish, or cancel it from its meeting’s page.</p>}
    </div>
  );
}

function statusText(run: PackRun, fileCount: number, editions: string): string {
  switch (run.phase) {
    case 'idle':
      return '';
    case 'running': {
      if (run.isCancelling) return `${run.label}: cancelling…`;
      // The engine counts one step per paper and one per file put together.
      const total = run.total > 1 ? run.total : fileCount;
      const percent = total > 0 ? Math.round((Math.min(run.done, total) / total) * 100) : 0;
      return `${run.label} (${editions}, ${fileCount} ${fileCount === 1 ? 'file' : 'files'}): ${percent}% done.`;
    }
    case 'cancelled':
      return 'Cancelled: nothing was written.';
    case 'failed':
      return `${run.action === 'build' ? 'The preview was not built' : 'The pack was not issued'}. ${run.message}`;
    case 'done': {
      const { files } = run.result;
      const pages = files.reduce((sum, file) => sum + (file.pageCount ?? 0), 0);
      const size = formatFileSize(files.reduce((sum, file) => sum + file.size, 0));
      const summary = `${files.length} ${files.length === 1 ? 'file' : 'files'}${pages > 0 ? `, ${pages} PDF pages` : ''}, ${size}`;
      if (run.action === 'build') return `Preview built: ${summary}.`;
      const versions = [...new Set(run.result.issued.map((pack) => pack.version))].sort((a, b) => a - b);
      return `Pack issued as ${versions.length === 1 ? 'version' : 'versions'} ${versions.join(' and ')}: ${summary}, stored in the workspace.`;
    }
  }
}
