// Names of places in a pack that links, bookmarks and page ranges point at.
// They are valid Word bookmark names too: a letter first, then letters,
// digits and underscores, 40 characters at most.

/** Where an agenda item's papers begin in the pack. */
export const itemStartAnchor = (itemId: number): string => `item_${itemId}_start`;

/** The last page of an agenda item's papers. */
export const itemEndAnchor = (itemId: number): string => `item_${itemId}_end`;

/** Where one paper of an item begins. */
export const paperAnchor = (paperId: number): string => `paper_${paperId}`;

const ANCHOR_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Whether a name can be used as an anchor in both PDF and Word. */
export const isAnchorName = (name: string): boolean => ANCHOR_NAME.test(name);
