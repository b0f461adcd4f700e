export const SECTIONS = [
  { id: 'committees', label: 'Committees' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'inspections', label: 'Inspections & action plans' },
  { id: 'documents', label: 'Documents' },
  { id: 'settings', label: 'Settings' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'committees';

/** The section named by a location hash such as "#/meetings"; unknown hashes go to the default. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  return SECTIONS.find((section) => section.id === id)?.id ?? DEFAULT_SECTION;
}

export function hashFor(section: SectionId): string {
  return `#/${section}`;
}
