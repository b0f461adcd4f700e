// Text as Word can store it: one stray control character in document.xml
// makes Word refuse the whole file, so text is cleaned here rather than
// trusted to the model's builders.
import { xmlSafe } from '../xml';

export { escapeXml, xmlSafe } from '../xml';

/** Splits text at its line ends, so each line can go in a run of its own after a line break. */
export function linesOf(text: string): string[] {
  return xmlSafe(text).replace(/\t/g, ' ').split(/\r\n|\r|\n/);
}
