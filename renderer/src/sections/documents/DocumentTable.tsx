import type { DocumentSummary } from '../../../../shared/api/methods/documents';
import { hashFor } from '../../sections';
import type { DocumentSort } from './document-filters';
import { changedAtWords, KIND_NAMES, meetingWords, STATUS_NAMES } from './document-words';

type Props = {
  documents: readonly DocumentSummary[];
  sort: DocumentSort;
  onSort: (sort: DocumentSort) => void;
  /** Said by the table's caption: what the rows are. */
  caption: string;
};

/** The documents as a table: title, kind, status, author, the meetings using each, and when each last changed. */
export function DocumentTable({ documents, sort, onSort, caption }: Props) {
  const isByTitle = sort === 'title-az' || sort === 'title-za';
  return (
    <table className="pack-table doc-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={isByTitle ? (sort === 'title-az' ? 'ascending' : 'descending') : undefined}>
            <SortButton label="Title" order={isByTitle ? (sort === 'title-az' ? 'A to Z' : 'Z to A') : null} onPress={() => { onSort(sort === 'title-az' ? 'title-za' : 'title-az'); }} />
          </th>
          <th scope="col">Kind</th>
          <th scope="col">Status</th>
          <th scope="col">Author</th>
          <th scope="col">Meetings</th>
          <th scope="col" aria-sort={isByTitle ? undefined : sort === 'changed-newest' ? 'descending' : 'ascending'}>
            <SortButton label="Last changed" order={isByTitle ? null : sort === 'changed-newest' ? 'newest first' : 'oldest first'} onPress={() => { onSort(sort === 'changed-newest' ? 'changed-oldest' : 'changed-newest'); }} />
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => <DocumentRow key={document.id} document={document} />)}
      </tbody>
    </table>
  );
}

/** A column heading that sorts by its column; pressed again, it turns the order round. */
function SortButton({ label, order, onPress }: { label: string; order: string | null; onPress: () => void }) {
  return (
    <button type="button" className="doc-table__sort" onClick={onPress}>
      {label}
      {order !== null && <span className="doc-table__order"> ({order})</span>}
      <span className="doc-table__arrow" aria-hidden="true">{order === null ? '↕' : order === 'A to Z' || order === 'oldest first' ? '↑' : '↓'}</span>
    </button>
  );
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  const isInIssuedPack = document.meetings.some((meeting) => meeting.isPackIssued);
  return (
    <tr>
      <th scope="row">
        <a className="doc-table__title" href={hashFor('documents', document.id)}>{document.title}</a>
      </th>
      <td>{KIND_NAMES[document.kind]}</td>
      <td>
        <span className={`doc-status doc-status--${document.status}`}>{STATUS_NAMES[document.status]}</span>
        {isInIssuedPack && <span className="doc-table__note">Used in an issued pack</span>}
      </td>
      <td className="doc-table__author">{document.author || <span className="doc-table__none">Not given</span>}</td>
      <td>
        {document.meetings.length === 0 ? (
          <span className="doc-table__none">Not on an agenda</span>
        ) : (
          <ul className="doc-table__meetings">
            {document.meetings.map((meeting) => <li key={meeting.id}><a href={hashFor('meetings', meeting.id)}>{meetingWords(meeting)}</a></li>)}
          </ul>
        )}
      </td>
      <td className="doc-table__changed">{changedAtWords(document.updatedAt)}</td>
    </tr>
  );
}
