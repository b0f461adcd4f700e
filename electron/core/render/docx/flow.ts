// The paragraphs of one flow (a document's body or a table cell) while they are
// being built. Anchors and page breaks in the model are blocks of their own,
// but in Word a bookmark lives inside a paragraph and a page break is best a
// property of the paragraph after it; paragraphs stay drafts until the flow is
// finished, so both can be attached to their neighbours.
import { Bookmark, LineRuleType, Paragraph, Table, type IParagraphOptions, type ParagraphChild } from 'docx';
import { isAnchorName } from '../../documents/anchors';
import type { RenderContext } from './context';

export type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>;

type Draft = { options: ParagraphOptions; children: ParagraphChild[] };
type Item = { draft: Draft } | { child: Paragraph | Table };

export type Flow = {
  /** Adds a paragraph; `anchor` bookmarks its whole content. */
  paragraph: (options: ParagraphOptions, children: ParagraphChild[], anchor?: string) => void;
  /** Adds a table or a finished paragraph. */
  block: (child: Paragraph | Table) => void;
  /** A named place with no content: bookmarked on the next paragraph, or the last one at the end. */
  anchor: (name: string) => void;
  pageBreak: () => void;
  /** The flow's paragraphs and tables, in order. */
  finish: () => (Paragraph | Table)[];
};

/** A new, empty flow. Page breaks are ignored where Word cannot break (table cells). */
export function createFlow(ctx: RenderContext, canBreakPages: boolean): Flow {
  const items: Item[] = [];
  let pendingAnchors: Bookmark[] = [];
  let isBreakPending = false;

  const takePending = (): { anchors: Bookmark[]; isBreak: boolean } => {
    const taken = { anchors: pendingAnchors, isBreak: isBreakPending };
    pendingAnchors = [];
    isBreakPending = false;
    return taken;
  };

  return {
    paragraph(options, children, anchor) {
      const { anchors, isBreak } = takePending();
      const content = anchor === undefined ? children : bookmarked(ctx, anchor, children);
      items.push({ draft: { options: isBreak ? { ...options, pageBreakBefore: true } : options, children: [...anchors, ...content] } });
    },
    block(child) {
      const { anchors, isBreak } = takePending();
      const previous = items.at(-1);
      if (anchors.length > 0 || isBreak) items.push({ child: placeholder(anchors, isBreak, true) });
      // Two tables with nothing between them are joined into one by Word and LibreOffice, borders and all.
      else if (child instanceof Table && previous !== undefined && 'child' in previous && previous.child instanceof Table) items.push({ child: spacer() });
      items.push({ child });
    },
    anchor(name) {
      const mark = bookmark(ctx, name, []);
      if (mark !== undefined) pendingAnchors.push(mark);
    },
    pageBreak() {
      if (canBreakPages) isBreakPending = true;
    },
    finish() {
      // A break at the very end would only add a blank page before the next section's own break.
      const { anchors } = takePending();
      const last = items.at(-1);
      if (anchors.length > 0) {
        if (last !== undefined && 'draft' in last) last.draft.children.push(...anchors);
        else items.push({ child: placeholder(anchors, false, false) });
      }
      return items.map((item) => ('draft' in item ? new Paragraph({ ...item.draft.options, children: item.draft.children }) : item.child));
    },
  };
}

/** The content inside a bookmark of that name, or the content alone when the name cannot be one. */
function bookmarked(ctx: RenderContext, name: string, children: ParagraphChild[]): ParagraphChild[] {
  const mark = bookmark(ctx, name, children);
  return mark === undefined ? children : [mark];
}

function bookmark(ctx: RenderContext, name: string, children: ParagraphChild[]): Bookmark | undefined {
  // Word drops or renames duplicate and malformed bookmark names; the first one wins.
  if (!isAnchorName(name) || ctx.bookmarks.has(name)) return undefined;
  ctx.bookmarks.add(name);
  return new Bookmark({ id: name, children });
}

/** A paragraph one point high that only carries bookmarks (and a page break) for a table after it. */
function placeholder(anchors: Bookmark[], isBreak: boolean, keepsWithNext: boolean): Paragraph {
  return new Paragraph({
    children: anchors,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    ...(isBreak ? { pageBreakBefore: true } : {}),
    ...(keepsWithNext ? { keepNext: true } : {}),
  });
}

/** A 6 pt gap that keeps two tables apart. */
function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, run: { size: 2 } });
}
