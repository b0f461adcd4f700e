// File names that try to leave the folder they are saved into, or to
// misbehave once there: path separators of both systems, "..", absolute and
// UNC paths, Windows device names, trailing dots and spaces, names longer
// than any file system takes, and invisible characters that reverse the
// text ("report<RLO>fdp.exe" shows as "reportexe.pdf").
import path from 'node:path';

const RLO = '\u202e';
/** Unique to this run, so a file found outside the folder can only have come from the test. */
const TOKEN = `escape-${process.pid}`;

/** Names sent through the API, which must make them safe before storing them. */
export const HOSTILE_NAMES: readonly string[] = [
  `../../${TOKEN}-up.pdf`,
  `..\\..\\${TOKEN}-up-windows.pdf`,
  `/tmp/${TOKEN}-absolute.pdf`,
  `C:\\Windows\\System32\\${TOKEN}-drive.pdf`,
  `\\\\server\\share\\${TOKEN}-unc.pdf`,
  `minutes/2026/${TOKEN}-nested.pdf`,
  '../..',
  'CON.pdf',
  'nul.pdf',
  'com1 .pdf',
  'LPT9.tar.pdf',
  'CONOUT$.pdf',
  'report.pdf...',
  'report. . .pdf',
  `${'x'.repeat(300)}.pdf`,
  `${'é'.repeat(300)}.pdf`,
  `report${RLO}fdp.exe.pdf`,
  `${RLO}fdp.pdf`,
  'tab\there\u2028line.pdf',
  'what?<is>:this|"*.pdf',
];

/** Names written straight into the database, as an old or tampered workspace could hold them (1 to 255 characters, as its schema allows). */
export const RAW_NAMES: readonly string[] = [
  `../../${TOKEN}-raw-up.pdf`,
  `../../../../../../../../tmp/${TOKEN}-raw-deep.pdf`,
  `/tmp/${TOKEN}-raw-absolute.pdf`,
  `..\\..\\${TOKEN}-raw-windows.pdf`,
  `C:..\\${TOKEN}-raw-drive-relative.pdf`,
  `exports/../../${TOKEN}-raw-sneaky.pdf`,
  '..',
  '.',
  '/',
  'CON',
  'aux.pdf',
  'report.pdf. . .',
  `nul\u0000byte.pdf`,
  `${'é'.repeat(250)}.pdf`,
  `${RLO}fdp.exe`,
  'line\nbreak\r.pdf',
];

/** The name a tampered record of an issued pack gives it. */
export const PACK_NAME = `../../${TOKEN}-pack.pdf`;

/** Where each name would land if it were joined to the folder as it is: none of these may exist after the export. */
export function exportEscapes(folder: string): string[] {
  return [...HOSTILE_NAMES, ...RAW_NAMES, PACK_NAME]
    .filter((name) => name.includes(TOKEN))
    .map((name) => path.resolve(folder, name.replaceAll('\\', '/')));
}
