// The report's title block: local authority, title, inspection dates,
// publication date and lead inspector. Labels are found by shape (a label, a
// colon or a cell, a value) and values are checked before they are believed.
import type { Found } from '../../../../shared/api/methods/imports';
import { findDate, findDateRange } from './dates';
import { findLabelled } from './labels';
import { endsSentence, refOf, type Line } from './lines';

const INSPECTION_DATES = '(?:re-?)?inspection dates?|dates? of (?:the )?(?:re-?)?inspection|inspection (?:period|window)';
const PUBLISHED = '(?:report )?published|(?:date of )?publication(?: date)?|publication of (?:the )?report';
const LEAD_INSPECTOR = 'lead (?:social care )?inspector';
const LOCAL_AUTHORITY = 'local authority';
const MAJESTYS_INSPECTOR = /,?\s*\(?(?:her|his) majesty['’]s inspector\)?.*$|\s*\(?\bHMI\)?\.?$/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,5}$/u;
const COUNCIL = /^(?:the\s+)?(?:(?:royal|london|metropolitan)\s+borough|city|county|borough|corporation)\s+of\s+\S|\s(?:council|borough)$/i;

const notFound = <T>(): Found<T> => ({ value: null, source: null });

/** The inspection dates, from their labelled line; `anchor` is that line, where the report proper begins. */
export function findInspectionDates(lines: Line[], warnings: string[]) {
  const labelled = findLabelled(lines, new RegExp(INSPECTION_DATES));
  for (const candidate of labelled) {
    const range = findDateRange(candidate.value);
    if (range !== null) {
      const source = refOf(candidate.line);
      return { start: { value: range.start, source }, end: { value: range.end, source }, anchor: candidate.label };
    }
  }
  const unreadable = labelled[0];
  if (unreadable !== undefined) {
    const { page, line } = unreadable.line;
    warnings.push(`The inspection dates "${unreadable.value}" (page ${page}, line ${line}) could not be read as dates: enter them by hand.`);
  }
  // Prose such as "The inspection took place from 13 to 24 March 2023."
  for (const line of lines) {
    if (!/\binspect/i.test(line.text)) continue;
    const range = findDateRange(line.text);
    if (range !== null && range.start !== range.end) {
      const source = refOf(line);
      warnings.push(`The inspection dates were read from a sentence (page ${line.page}, line ${line.line}), not from an "Inspection dates" line: check them.`);
      return { start: { value: range.start, source }, end: { value: range.end, source }, anchor: unreadable?.label ?? null };
    }
  }
  return { start: notFound<string>(), end: notFound<string>(), anchor: unreadable?.label ?? null };
}

/** The publication date, when the report states one. */
export function findPublished(lines: Line[], warnings: string[]): Found<string> {
  const labelled = findLabelled(lines, new RegExp(PUBLISHED));
  for (const candidate of labelled) {
    const date = findDate(candidate.value);
    if (date !== null) return { value: date, source: refOf(candidate.line) };
  }
  const first = labelled.find((candidate) => candidate.value.length <= 40);
  if (first !== undefined) {
    const { page, line } = first.line;
    warnings.push(`The publication date "${first.value}" (page ${page}, line ${line}) could not be read as a date: enter it by hand.`);
  }
  return notFound();
}

function personName(text: string): string | null {
  const name = text.replace(MAJESTYS_INSPECTOR, '').replace(/[\s.,;:]+$/, '').trim();
  return NAME.test(name) && !/\b(the|and|of|for|inspector|inspectors)\b/i.test(name) ? name : null;
}

/** The lead inspector: a "Lead inspector" label, else the first name signed as Her or His Majesty's Inspector. */
export function findLeadInspector(lines: Line[]): Found<string> {
  for (const candidate of findLabelled(lines, new RegExp(LEAD_INSPECTOR))) {
    const name = personName(candidate.value);
    if (name !== null) return { value: name, source: refOf(candidate.line) };
  }
  for (const line of lines) {
    if (!/majesty['’]s inspector/i.test(line.text)) continue;
    const sameLine = personName(line.text);
    if (sameLine !== null) return { value: sameLine, source: refOf(line) };
    // A signature: the name on the line above "His Majesty's Inspector".
    const above = lines.slice(Math.max(0, line.index - 2), line.index).reverse().find((candidate) => !candidate.isBlank);
    const name = above !== undefined && /^(her|his) majesty['’]s inspector\W*$/i.test(line.text) ? personName(above.text) : null;
    if (name !== null && above !== undefined) return { value: name, source: refOf(above) };
  }
  return notFound();
}

/** The lines that make up the title block: up to ten lines before the dates, or the opening lines. */
export function titleBlock(lines: Line[], anchor: Line | null): Line[] {
  const content = lines.filter((line) => !line.isBlank);
  if (anchor === null) return content.slice(0, 15);
  const at = content.findIndex((line) => line.index >= anchor.index);
  return content.slice(Math.max(0, at - 10), at);
}

function isLabelLine(line: Line): boolean {
  return /^[^:]{1,40}:\s*\S/.test(line.text) || line.cells !== null;
}

/** The report's title: the line nearest the dates that names an inspection, joined with its wrapped remainder. */
export function findTitle(lines: Line[], block: Line[], hasAnchor: boolean): Found<string> {
  const candidates = block.filter(
    (line) =>
      line.marker === null &&
      !isLabelLine(line) &&
      !endsSentence(line.text) &&
      line.text.split(' ').length <= 40 &&
      /\b(?:re-?)?inspections?\b|\breview\b|\bvisit\b/i.test(line.text),
  );
  const title = hasAnchor ? candidates[candidates.length - 1] : candidates[0];
  if (title === undefined) return notFound();
  const parts = [title.text];
  let at = title.index;
  for (let joined = 0; joined < 3; joined += 1) {
    const next = lines.slice(at + 1).find((line) => !line.isBlank);
    if (next === undefined || isLabelLine(next) || next.marker !== null) break;
    if (/^and$/i.test(next.text)) {
      const after = lines.slice(next.index + 1).find((line) => !line.isBlank);
      if (after === undefined || isLabelLine(after)) break;
      parts.push(next.text, after.text);
      at = after.index;
    } else if (/^\p{Ll}/u.test(next.text) && next.index - at <= 2) {
      parts.push(next.text);
      at = next.index;
    } else {
      break;
    }
  }
  return { value: parts.join(' '), source: refOf(title) };
}

/** The local authority: a council named in the title block, else the place the title or overall sentence names. */
export function findLocalAuthority(block: Line[], title: Found<string>, overallLine: Line | null): Found<string> {
  for (const candidate of findLabelled(block, new RegExp(LOCAL_AUTHORITY), true)) {
    if (candidate.value.split(' ').length <= 8) return { value: candidate.value.replace(/[.,;]$/, ''), source: refOf(candidate.line) };
  }
  const council = block.find(
    (line) =>
      COUNCIL.test(line.text) &&
      line.marker === null &&
      line.cells === null &&
      line.text.split(' ').length <= 10 &&
      !/[.:;,]/.test(line.text.replace(/\bSt\./g, 'St')) &&
      !/inspect|review|report/i.test(line.text),
  );
  if (council !== undefined) return { value: council.text, source: refOf(council) };
  // "Inspection of Barset local authority children's services"
  const fromTitle = title.value === null ? null : /\bof\s+(.+?)\s+local authority\b/i.exec(title.value);
  if (fromTitle?.[1] !== undefined && title.source !== null) return { value: fromTitle[1], source: title.source };
  // "Children's services in Barset require improvement to be good"
  const fromOverall = overallLine === null ? null : /\bservices (?:for children )?in\s+(.+?)\s+(?:are|is|require|requires|were|was|remain)\b/i.exec(overallLine.text);
  if (fromOverall?.[1] !== undefined && overallLine !== null) return { value: fromOverall[1], source: refOf(overallLine) };
  return notFound();
}
