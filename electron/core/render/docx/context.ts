// What every block and inline renderer of one pack shares.
import type { Block, HouseStyle } from '../../documents/model';
import type { NumberingInstances } from './numbering';

export type RenderContext = {
  style: HouseStyle;
  instances: NumberingInstances;
  /** The report-numbering instance of the document being rendered. */
  reportInstance: number;
  /** numberLabels() of the document being rendered. */
  labels: ReadonlyMap<Block, string>;
  /** Bookmark names already placed in the pack: Word needs them unique. */
  bookmarks: Set<string>;
  drawings: DrawingIds;
  signal?: AbortSignal;
};

/** Where a block sits: numbering applies only to the document's own flow, not to lists or table cells. */
export type BlockPlace = {
  isInTable: boolean;
  /** Nesting depth inside lists, 0 outside any list. */
  listDepth: number;
  /** Runs are bold whatever the model says (table header cells, key cells). */
  isBold: boolean;
  /** Width available to the block, in twips. */
  width: number;
};

/** Drawing ids must be unique in a document; counting them per pack keeps the output the same on every run. */
export type DrawingIds = { next: () => number };
