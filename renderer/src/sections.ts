export const SECTIONS = [
  { id: 'home', label: 'Home' },
  { id: 'committees', label: 'Committees' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'inspections', label: 'Inspections & action plans' },
  { id: 'documents', label: 'Documents' },
  { id: 'settings', label: 'Settings' },
] as const;

export type NavSectionId = (typeof SECTIONS)[number]['id'];
/** Pages reached from the navigation, plus search results (reached from the search box). */
export type SectionId = NavSectionId | 'search';

export const DEFAULT_SECTION: SectionId = 'home';

export type Route = {
  section: SectionId;
  /** What follows the section in the address: a search query, or a record ("meeting/5"). */
  rest: string[];
};

/** The page named by a location hash such as "#/meetings" or "#/search/care%20leavers"; unknown hashes go to the default. */
export function routeFromHash(hash: string): Route {
  const [id = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const section = id === 'search' ? 'search' : SECTIONS.find((candidate) => candidate.id === id)?.id;
  return section ? { section, rest: rest.map(safeDecode) } : { section: DEFAULT_SECTION, rest: [] };
}

/**
 * What a section page is given: the rest of the address after its own name.
 * It comes from the one route App reads, never from a second reading of the
 * address, so a page being left can never see the next page's ids as its own.
 */
export type SectionProps = { rest: readonly string[] };

export function hashFor(section: SectionId, ...rest: (string | number)[]): string {
  return ['#', section, ...rest.map((part) => encodeURIComponent(String(part)))].join('/');
}

/** Opens an address in the app (one made by hashFor); back and forward then work as people expect. */
export function goTo(hash: string): void {
  window.location.hash = hash;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
