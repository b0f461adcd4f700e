// Copies the pages of part PDFs into the pack, keeping the tagging of the
// parts we generated. pdf-lib's copyPages drops the structure tree, so it is
// copied here: the parts' top-level structure elements go under one Document
// element of the pack, and their parent-tree keys move up so they do not
// collide. Attached PDFs are copied page by page with their content streams
// untouched; their structure (if any) is not ours to vouch for, so their
// pages leave the structure tree.
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

const name = (value: string): PDFName => PDFName.of(value);

/** The pack's structure tree as parts are appended to it. */
export type StructureTree = {
  /** The pack's Document element. */
  documentRef: PDFRef;
  kids: PDFArray;
  /** Parent-tree entries, flat: key, value, key, value… in key order. */
  nums: PDFArray;
  nextKey: number;
};

/** Starts an empty structure tree in a new pack and marks the pack as tagged. */
export function startStructureTree(pack: PDFDocument): StructureTree {
  const context = pack.context;
  const kids = context.obj([]);
  const nums = context.obj([]);
  const rootRef = context.nextRef();
  const documentRef = context.register(context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: kids }));
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: context.obj([documentRef]), ParentTree: context.obj({ Nums: nums }) }));
  pack.catalog.set(name('StructTreeRoot'), rootRef);
  pack.catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
  return { documentRef, kids, nums, nextKey: 0 };
}

/** Writes the parent tree's next key once every part is in. */
export function finishStructureTree(pack: PDFDocument, tree: StructureTree): void {
  const root = pack.catalog.lookup(name('StructTreeRoot'), PDFDict);
  root.set(name('ParentTreeNextKey'), PDFNumber.of(tree.nextKey));
}

/**
 * Appends every page of a tagged PDF we rendered (pdfkit) to the pack, with
 * its structure elements under the pack's Document element. Returns the new pages.
 */
export function appendTaggedPart(pack: PDFDocument, tree: StructureTree, part: PDFDocument): PDFPage[] {
  const copier = PDFObjectCopier.for(part.context, pack.context);
  const pages = copyPages(pack, part, copier);
  const root = part.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  if (root === undefined) {
    pages.forEach(leaveStructureTree);
    return pages;
  }
  mergeRoleMap(pack, part, root, copier);
  const offset = tree.nextKey;
  for (const elementRef of arrayOf(root.get(name('K')))) {
    const element = part.context.lookup(elementRef);
    if (!(element instanceof PDFDict) || !(elementRef instanceof PDFRef)) continue;
    // Cut the link to the part's root so the copier does not drag the root along.
    element.delete(name('P'));
    const copiedRef = copier.copy(elementRef);
    const copied = pack.context.lookup(copiedRef, PDFDict);
    copied.set(name('P'), tree.documentRef);
    if (copied.get(name('S')) === name('Document')) copied.set(name('S'), name('Part'));
    tree.kids.push(copiedRef);
  }
  let highestKey = -1;
  forEachParentTreeEntry(part, root.lookupMaybe(name('ParentTree'), PDFDict), (key, value) => {
    tree.nums.push(PDFNumber.of(key + offset));
    tree.nums.push(copier.copy(value));
    highestKey = Math.max(highestKey, key);
  });
  const partNextKey = root.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? highestKey + 1;
  tree.nextKey = offset + Math.max(partNextKey, highestKey + 1);
  for (const page of pages) shiftStructParents(page, offset);
  return pages;
}

/** Whether a PDF says it is tagged and has a structure tree with something in it. */
export function carriesTags(part: PDFDocument): boolean {
  const marked = part.catalog.lookupMaybe(name('MarkInfo'), PDFDict)?.get(name('Marked'));
  const root = part.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  return marked?.toString() === 'true' && root !== undefined && arrayOf(root.get(name('K'))).length > 0;
}

/** Appends every page of an attached PDF to the pack, content untouched, outside the structure tree. */
export function appendUntaggedPart(pack: PDFDocument, part: PDFDocument): PDFPage[] {
  const pages = copyPages(pack, part, PDFObjectCopier.for(part.context, pack.context));
  pages.forEach(leaveStructureTree);
  return pages;
}

function copyPages(pack: PDFDocument, part: PDFDocument, copier: PDFObjectCopier): PDFPage[] {
  return part.getPages().map((source) => {
    // Copy by reference, so structure elements that point at this page (/Pg) map to the same copy.
    const ref = copier.copy(source.ref);
    const leaf = pack.context.lookup(ref);
    if (!(leaf instanceof PDFPageLeaf)) throw new Error('A page of the part could not be copied.');
    const page = PDFPage.of(leaf, ref, pack);
    pack.addPage(page);
    return page;
  });
}

/** Keeps the part's own structure types readable: its role map entries join the pack's (the first meaning wins). */
function mergeRoleMap(pack: PDFDocument, part: PDFDocument, root: PDFDict, copier: PDFObjectCopier): void {
  const roles = root.lookupMaybe(name('RoleMap'), PDFDict);
  if (roles === undefined) return;
  const packRoot = pack.catalog.lookup(name('StructTreeRoot'), PDFDict);
  let packRoles = packRoot.lookupMaybe(name('RoleMap'), PDFDict);
  if (packRoles === undefined) {
    packRoles = pack.context.obj({});
    packRoot.set(name('RoleMap'), packRoles);
  }
  for (const [role, meaning] of roles.entries()) {
    if (!packRoles.has(role)) packRoles.set(role, copier.copy(part.context.lookup(meaning) ?? meaning));
  }
}

function leaveStructureTree(page: PDFPage): void {
  page.node.delete(name('StructParents'));
  for (const annotation of annotationsOf(page)) annotation.delete(name('StructParent'));
}

function shiftStructParents(page: PDFPage, offset: number): void {
  const own = page.node.lookupMaybe(name('StructParents'), PDFNumber);
  if (own !== undefined) page.node.set(name('StructParents'), PDFNumber.of(own.asNumber() + offset));
  for (const annotation of annotationsOf(page)) {
    const key = annotation.lookupMaybe(name('StructParent'), PDFNumber);
    if (key !== undefined) annotation.set(name('StructParent'), PDFNumber.of(key.asNumber() + offset));
  }
}

function annotationsOf(page: PDFPage): PDFDict[] {
  const annotations = page.node.Annots();
  if (annotations === undefined) return [];
  const dicts: PDFDict[] = [];
  for (let index = 0; index < annotations.size(); index += 1) {
    const annotation = page.node.context.lookup(annotations.get(index));
    if (annotation instanceof PDFDict) dicts.push(annotation);
  }
  return dicts;
}

/** Walks a number tree (flat Nums or nested Kids) in key order. */
function forEachParentTreeEntry(part: PDFDocument, node: PDFDict | undefined, visit: (key: number, value: PDFObject) => void): void {
  if (node === undefined) return;
  const nums = node.lookupMaybe(name('Nums'), PDFArray);
  if (nums !== undefined) {
    for (let index = 0; index + 1 < nums.size(); index += 2) {
      const key = nums.lookupMaybe(index, PDFNumber);
      if (key !== undefined) visit(key.asNumber(), nums.get(index + 1));
    }
  }
  for (const kid of arrayOf(node.get(name('Kids')))) {
    const child = part.context.lookup(kid);
    if (child instanceof PDFDict) forEachParentTreeEntry(part, child, visit);
  }
}

function arrayOf(value: PDFObject | undefined): PDFObject[] {
  if (value === undefined) return [];
  if (value instanceof PDFArray) return value.asArray();
  return [value];
}
