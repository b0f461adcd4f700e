// A Word package's relationships: how one part names another (styles,
// numbering, pictures) or an address outside the file (hyperlinks). Targets
// inside the package are resolved to zip entry names; external ones are kept
// as written, for the hyperlink check to judge.
import { attribute, xmlEvents } from '../../import/readers/xml';

/** One relationship of a part: its type (the last word of the type URI), where it points, and whether that is outside the package. */
export type Relationship = { type: string; target: string; isExternal: boolean };

/** Relationships by id ("rId7"), with package targets resolved against the folder of the part that owns them. */
export type Relationships = ReadonlyMap<string, Relationship>;

/** Reads a `.rels` part; `folder` is the owning part's folder ("word/"), or "" for the package's own relationships. */
export function readRelationships(xml: string | null, folder: string): Relationships {
  const relationships = new Map<string, Relationship>();
  if (xml === null) return relationships;
  for (const event of xmlEvents(xml)) {
    if (event.kind !== 'open' || event.name !== 'Relationship') continue;
    const id = attribute(event.attributes, 'Id');
    const target = attribute(event.attributes, 'Target');
    if (id === undefined || target === undefined) continue;
    const isExternal = attribute(event.attributes, 'TargetMode') === 'External';
    const type = (attribute(event.attributes, 'Type') ?? '').split('/').at(-1) ?? '';
    relationships.set(id, { type, isExternal, target: isExternal ? target : resolvePartName(folder, target) });
  }
  return relationships;
}

/** The zip entry of the first package target of a relationship type ("styles", "numbering"), if any. */
export function targetOfType(relationships: Relationships, type: string): string | undefined {
  for (const relationship of relationships.values()) {
    if (relationship.type === type && !relationship.isExternal) return relationship.target;
  }
  return undefined;
}

/** The `.rels` part that belongs to a part: "word/document.xml" → "word/_rels/document.xml.rels". */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing slash ("word/"), or "" at the top. */
export function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1);
}

/** A target as a zip entry name: "/word/media/a.png" from the root, "media/a.png" or "../media/a.png" from the folder. */
function resolvePartName(folder: string, target: string): string {
  const path = decodeTarget(target);
  const segments = path.startsWith('/') ? [] : folder.split('/').filter((segment) => segment !== '');
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

// Targets are URIs: a picture called "my chart.png" is written "my%20chart.png".
function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
