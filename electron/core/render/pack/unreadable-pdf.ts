// An attached PDF that passed the checks at attach time (a PDF's first and
// last bytes) but cannot be opened when a pack is built: damaged inside, or
// with no pages. Kept apart from pdf-lib so that the pack builder can
// recognise it without loading the renderers.

/** Thrown by the pack assembly for an attached PDF it cannot use; the pack builder names the paper. */
export class UnreadablePdfError extends Error {
  constructor(
    readonly paperKey: string,
    readonly reason: 'damaged' | 'no_pages',
  ) {
    super(`The attached PDF ${paperKey} cannot be used: ${reason === 'no_pages' ? 'it has no pages' : 'its contents are damaged'}.`);
    this.name = 'UnreadablePdfError';
  }
}
