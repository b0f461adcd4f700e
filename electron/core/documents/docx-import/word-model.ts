// The body of a Word file as the walk reads it, before it is judged: paragraphs
// with their style, list place and runs; tables with their rows and cells.
// Whether a paragraph is a heading, a report's numbered paragraph or a list
// item is decided afterwards (structure.ts), when the whole body is known.

/** A picture met in the text: embedded in the file, linked to a file outside it, or a chart or diagram drawn by Word. */
export type PictureReference =
  | { kind: 'embedded'; relationshipId: string; widthPx: number | undefined; alt: string }
  | { kind: 'linked' }
  | { kind: 'chart' };

/** A piece of a paragraph: words with their emphasis and link, a line break, or a picture. */
export type WordRun =
  | { kind: 'text'; text: string; isBold: boolean; isItalic: boolean; href: string | undefined }
  | { kind: 'break' }
  | { kind: 'picture'; picture: PictureReference };

/** A paragraph as written: its style, outline level and Word list place, and its runs. */
export type WordParagraph = {
  kind: 'paragraph';
  styleId: string | undefined;
  outlineLevel: number | undefined;
  list: { numId?: string; level?: number } | undefined;
  runs: WordRun[];
};

export type WordCell = { blocks: WordBlock[]; span: number; isMergedFromAbove: boolean };
export type WordRow = { isHeader: boolean; isDeleted: boolean; cells: WordCell[] };
/** A table with its grid's column widths in twips (from `w:tblGrid`). */
export type WordTable = { kind: 'table'; gridTwips: number[]; rows: WordRow[] };

export type WordBlock = WordParagraph | WordTable;

/** What the walk left out, for the warnings. */
export type BodyFindings = {
  footnotes: number;
  endnotes: number;
  textBoxes: number;
  equations: number;
  hasTrackedChanges: boolean;
  hasContents: boolean;
};
