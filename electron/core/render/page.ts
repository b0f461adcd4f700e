// A4 page geometry shared by the PDF renderer and the pack assembly, in PDF
// points (1/72 inch). The bands above and below the margins are kept free for
// the pack page number and the "not for publication" marking.

export const A4 = { width: 595.28, height: 841.89 } as const;

/** Space between the paper edge and the text, on every side. */
export const MARGIN = 62;

/** Baseline of the pack page number, above the bottom edge. */
export const PAGE_NUMBER_BASELINE = 30;

/** Baseline of the "not for publication" marking, below the top edge. */
export const RUNNING_HEAD_BASELINE = 30;

/** Size of the page number and running head text. */
export const FURNITURE_SIZE_PT = 10;
