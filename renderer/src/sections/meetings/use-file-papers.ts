// Files dropped on (or chosen for) an agenda item become its papers: each is
// read in the browser, sent to the workspace as an attachment, then added to
// the item. Big files take a while, so the reading is shown as it goes.
import { useState } from 'react';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/api/methods/attachments';
import type { AgendaItemWithPapers } from '../../../../shared/api/methods/meetings';
import { formatFileSize } from '../../../../shared/format/sizes';
import { api } from '../../api/client';

/** What a pack can carry as a paper: PDFs as they are, pictures on a page, Word files as a notice page. */
const ACCEPTED = /\.(pdf|docx|png|jpe?g)$/i;
export const ACCEPTED_FILES = '.pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file under way: its name, size and how far it has got (null: saving, no measure). */
export type Upload = { itemId: number; fileName: string; size: number; percent: number | null };

export type FileOutcome = { added: string[]; problems: string[] };

/** Reads a file as base64, reporting progress as it goes. */
function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => { if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100)); };
    reader.onerror = () => { reject(new Error(`“${file.name}” could not be read. Check the file opens, then try again.`)); };
    reader.onload = () => {
      // readAsDataURL gives "data:<type>;base64,<data>"; the engine wants only the data.
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Why a file cannot be a paper, or null. */
export function fileProblem(file: Pick<File, 'name' | 'size'>): string | null {
  if (!ACCEPTED.test(file.name)) return `“${file.name}” is not a PDF, a Word file (.docx) or a picture (PNG or JPEG). Save it as PDF and add that instead.`;
  if (file.size > ATTACHMENT_MAX_BYTES) return `“${file.name}” is ${formatFileSize(file.size)}; files over ${formatFileSize(ATTACHMENT_MAX_BYTES)} cannot be attached. Make it smaller (for example, save it as PDF again at a lower quality).`;
  if (file.size === 0) return `“${file.name}” is empty, so there is nothing to attach.`;
  return null;
}

/** Adds files as papers of an item, one at a time; the one under way is shown with its progress. */
export function useFilePapers() {
  const [upload, setUpload] = useState<Upload | null>(null);

  const addFiles = async (item: AgendaItemWithPapers, files: readonly File[]): Promise<FileOutcome> => {
    const outcome: FileOutcome = { added: [], problems: [] };
    for (const file of files) {
      const problem = fileProblem(file);
      if (problem !== null) {
        outcome.problems.push(problem);
        continue;
      }
      setUpload({ itemId: item.id, fileName: file.name, size: file.size, percent: 0 });
      try {
        const dataBase64 = await readAsBase64(file, (percent) => { setUpload({ itemId: item.id, fileName: file.name, size: file.size, percent }); });
        setUpload({ itemId: item.id, fileName: file.name, size: file.size, percent: null });
        const attached = await api.call('attachments/add', { fileName: file.name, dataBase64, description: `A paper for “${item.title}”` });
        if (!attached.ok) {
          outcome.problems.push(attached.error.message);
          continue;
        }
        const paper = await api.call('papers/add', { agendaItemId: item.id, attachmentId: attached.value.id });
        if (paper.ok) outcome.added.push(file.name);
        else outcome.problems.push(paper.error.message);
      } catch (error) {
        outcome.problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    setUpload(null);
    return outcome;
  };

  return { upload, addFiles };
}
