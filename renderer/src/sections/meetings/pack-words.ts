import type { MeetingStatus } from '../../../../shared/api/methods/meetings';
import type { PackEdition, PackFormat, PackKind } from '../../../../shared/api/methods/packs';
import type { IssuedPack } from '../../../../shared/api/methods/records';
import type { EditionChoice, FormatChoice, PackChoices } from '../../stores/pack-store';

export const MEETING_STATUS_NAMES: Record<MeetingStatus, string> = { draft: 'Draft', issued: 'Agenda issued', held: 'Held', minuted: 'Minuted', cancelled: 'Cancelled' };
export const EDITION_NAMES: Record<PackEdition, string> = { public: 'Public', members: 'Members’' };
export const FORMAT_NAMES: Record<PackFormat, string> = { pdf: 'PDF', docx: 'Word' };
export const KIND_NAMES: Record<PackKind, string> = { main: 'Main pack', supplementary: 'Supplementary pack' };

const EDITIONS_OF: Record<EditionChoice, PackEdition[]> = { public: ['public'], members: ['members'], both: ['public', 'members'] };
const FORMATS_OF: Record<FormatChoice, PackFormat[]> = { pdf: ['pdf'], docx: ['docx'], both: ['pdf', 'docx'] };

/** "members’ edition", "public and members’ editions". */
export function editionPhrase(edition: EditionChoice): string {
  return edition === 'both' ? 'public and members’ editions' : `${EDITION_NAMES[edition].toLowerCase()} edition`;
}

/** "PDF", "PDF and Word". */
export function formatPhrase(format: FormatChoice): string {
  return FORMATS_OF[format].map((one) => FORMAT_NAMES[one]).join(' and ');
}

/** One file an issue will store, with the version number it will get. */
export type NextVersion = { edition: PackEdition; format: PackFormat; version: number };

/** The version each file of an issue will be stored as: one more than the last of its kind, edition and format. */
export function nextVersions(choices: Pick<PackChoices, 'edition' | 'format' | 'kind'>, issued: readonly IssuedPack[]): NextVersion[] {
  return EDITIONS_OF[choices.edition].flatMap((edition) =>
    FORMATS_OF[choices.format].map((format) => {
      const earlier = issued.filter((pack) => pack.kind === choices.kind && pack.edition === edition && pack.format === format);
      return { edition, format, version: Math.max(0, ...earlier.map((pack) => pack.version)) + 1 };
    }),
  );
}

/** "version 2", or each file's version when they differ: "version 2 (public PDF) and version 1 (members’ PDF)". */
export function versionPhrase(versions: readonly NextVersion[]): string {
  const first = versions[0];
  if (!first) return 'a new version';
  if (versions.every((one) => one.version === first.version)) return `version ${first.version}`;
  const parts = versions.map((one) => `version ${one.version} (${EDITION_NAMES[one.edition].toLowerCase()} ${FORMAT_NAMES[one.format]})`);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** A default output folder beside the workspace file, "Meeting packs" unless named (the browser host has no folder picker). */
export function folderBeside(workspacePath: string | null, name = 'Meeting packs'): string {
  if (workspacePath === null) return '';
  const cut = Math.max(workspacePath.lastIndexOf('/'), workspacePath.lastIndexOf('\\'));
  if (cut < 0) return '';
  const separator = workspacePath[cut] ?? '/';
  return `${workspacePath.slice(0, cut)}${separator}${name}`;
}
