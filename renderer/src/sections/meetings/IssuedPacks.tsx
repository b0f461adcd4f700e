import { formatDateTime } from '../../../../shared/format/dates';
import { formatFileSize } from '../../../../shared/format/sizes';
import { usePackStore } from '../../stores/pack-store';
import { EDITION_NAMES, FORMAT_NAMES, KIND_NAMES } from './pack-words';

/** Every version issued for the meeting, newest first, each one button away from a fresh copy on disk. */
export function IssuedPacks({ meetingId }: { meetingId: number }) {
  const isThisMeeting = usePackStore((state) => state.meetingId === meetingId);
  const issued = usePackStore((state) => state.issued);
  const issuedError = usePackStore((state) => state.issuedError);
  const outDir = usePackStore((state) => state.choices.outDir.trim());
  const exportingId = usePackStore((state) => state.exportingId);
  const exportNote = usePackStore((state) => state.exportNote);
  const exportIssued = usePackStore((state) => state.exportIssued);

  return (
    <section className="card" aria-labelledby="issued-heading">
      <h2 id="issued-heading">Issued versions</h2>
      {!isThisMeeting || issued === null ? (
        <p>Loading the issued versions…</p>
      ) : issuedError ? (
        <p className="pack-error-text">{issuedError}</p>
      ) : issued.length === 0 ? (
        <p>No pack has been issued for this meeting yet. Each pack you issue is kept here as a version you can export again, exactly as it was sent.</p>
      ) : (
        <>
          <p className="hint">Export writes a version, exactly as it was issued, to the output folder{outDir ? `: ${outDir}` : ' given above'}. A file already there is kept and the copy is given a new name.</p>
          <table className="pack-table">
            <caption className="visually-hidden">Issued versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="pack-number">Version</th>
                <th scope="col">Pack</th>
                <th scope="col">Edition</th>
                <th scope="col">Format</th>
                <th scope="col" className="pack-number">Pages</th>
                <th scope="col" className="pack-number">Size</th>
                <th scope="col">Issued</th>
                <th scope="col">By</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {issued.map((pack) => (
                <tr key={pack.id}>
                  <th scope="row" className="pack-number">{pack.version}</th>
                  <td>{KIND_NAMES[pack.kind]}</td>
                  <td>{EDITION_NAMES[pack.edition]}</td>
                  <td>{FORMAT_NAMES[pack.format]}</td>
                  <td className="pack-number">{pack.pageCount ?? 'set by Word'}</td>
                  <td className="pack-number">{formatFileSize(pack.size)}</td>
                  <td>{formatDateTime(new Date(pack.issuedAt))}</td>
                  <td>{pack.issuedBy || 'Not recorded'}</td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary button-secondary--small"
                      disabled={exportingId !== null}
                      aria-label={`Export version ${pack.version}, ${EDITION_NAMES[pack.edition].toLowerCase()} ${FORMAT_NAMES[pack.format]} (${KIND_NAMES[pack.kind].toLowerCase()})`}
                      onClick={() => void exportIssued(pack)}
                    >
                      {exportingId === pack.id ? 'Exporting…' : 'Export'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className={exportNote?.isError ? 'pack-status__text pack-status__text--error' : 'pack-status__text'} aria-live="polite">
        {exportNote?.message ?? ''}
      </p>
    </section>
  );
}
