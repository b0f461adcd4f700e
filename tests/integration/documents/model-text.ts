// A document model as indented text, one block per line, so tests can assert
// what a reader would see and a person can read a model before any renderer
// exists. Inline links show as [text](href or #anchor), page ranges as {pages a..b}.
import type { Block, DocumentModel, Inline } from '../../../electron/core/documents/model';

/** The words of inline content, with links and page ranges marked. */
export function inlineText(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return inline.isBold ? `**${inline.text}**` : inline.text;
        case 'link':
          return `[${inline.content.map((run) => run.text).join('')}](${inline.href ?? `#${inline.anchor ?? ''}`})`;
        case 'pageRange':
          return `{pages ${inline.from}..${inline.to}}`;
        case 'lineBreak':
          return ' / ';
      }
    })
    .join('');
}

/** Every block of a model, indented by nesting. */
export function modelText(model: DocumentModel): string {
  const out: string[] = [`# info: ${JSON.stringify(model.info)}`];
  const write = (blocks: readonly Block[], depth: number) => {
    const pad = '  '.repeat(depth);
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
          out.push(`${pad}H${block.level}${block.numbering === undefined ? '' : ` #${block.numbering}`}: ${inlineText(block.content)}`);
          break;
        case 'paragraph':
          out.push(`${pad}P${block.numbering === undefined ? '' : ` #${block.numbering}`}${block.style ? ` (${block.style})` : ''}: ${inlineText(block.content)}`);
          break;
        case 'list':
          out.push(`${pad}${block.isOrdered ? 'OL' : 'UL'}`);
          block.items.forEach((item, index) => {
            out.push(`${pad}  - item ${index + 1}`);
            write(item, depth + 2);
          });
          break;
        case 'table':
          out.push(`${pad}TABLE widths=${block.columnWidths.map((width) => width.toFixed(2)).join(',')}`);
          for (const [label, rows] of [['TH', block.headerRows], ['TR', block.rows]] as const) {
            for (const row of rows) {
              out.push(`${pad}  ${label}`);
              for (const cell of row.cells) {
                out.push(`${pad}    cell${cell.columnSpan ? ` span=${cell.columnSpan}` : ''}`);
                write(cell.content, depth + 3);
              }
            }
          }
          break;
        case 'keyValue':
          for (const row of block.rows) {
            out.push(`${pad}KV ${row.key}:`);
            write(row.value, depth + 1);
          }
          break;
        case 'image':
          out.push(`${pad}IMAGE ${block.mediaType} ${block.widthMm}x${block.heightMm}mm alt="${block.alt}"`);
          break;
        case 'toFollow':
          out.push(`${pad}TO FOLLOW: ${block.title}`);
          break;
        case 'anchor':
          out.push(`${pad}ANCHOR ${block.name}`);
          break;
        case 'rule':
        case 'pageBreak':
          out.push(`${pad}${block.type.toUpperCase()}`);
          break;
      }
    }
  };
  write(model.blocks, 0);
  return out.join('\n');
}
