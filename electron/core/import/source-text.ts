// What every reader (PDF, Word, plain text) hands the inspection parser:
// the report's text as numbered lines, page by page, with the layout hints
// the parser needs and nothing format-specific. The parser never sees a PDF
// or a DOCX, so it works the same on all three and can say where each field
// came from (page and line).

/** One line of the report as a reader saw it. */
export type SourceLine = {
  /** 1-based page; a Word or text file counts its page breaks (form feeds, explicit breaks), else everything is page 1. */
  page: number;
  /** 1-based line number within the page. */
  line: number;
  /** The text, normalised: ligatures expanded, soft hyphens and zero-width characters removed, curly quotes kept, runs of spaces collapsed, no markup. */
  text: string;
  /** The whole line is bold (a heading or a table heading in most reports). */
  isBold?: boolean;
  /** The reader believes this is a heading (Word heading style, Markdown "#", larger PDF font); level 1 is the largest. */
  headingLevel?: 1 | 2 | 3;
  /** A table row: the text of each cell, in order (the line's `text` is the cells joined with a tab). */
  cells?: string[];
  /** A bulleted or numbered list item; `marker` is what stood before it ("•", "1.", "(a)"), removed from `text`. */
  listMarker?: string;
  /** Running head, running foot, page number or similar page furniture: kept for "view source", ignored by the parser. */
  isFurniture?: boolean;
};

/** A report read into lines. */
export type SourceText = {
  format: 'pdf' | 'docx' | 'text';
  pageCount: number;
  lines: SourceLine[];
  /** What the reader noticed, in words an officer understands ("Pages 3 and 4 have no text layer"). */
  warnings: string[];
};
