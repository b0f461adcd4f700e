// Building blocks for input schemas: every write method validates with these,
// so limits and messages are the same everywhere.
import { z } from 'zod';

/** A row id: a positive whole number. */
export const id = z.number({ error: 'Give an id (a whole number).' }).int('An id is a whole number.').positive('An id is a positive number.');

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD that really exists (no 31 June). */
export const isoDate = z.string().refine((value) => {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}, 'Give a date as YYYY-MM-DD, for example 2018-10-02.');

/** A clock time as HH:MM (24-hour). */
/** A path on this computer: a file or a folder (`what` names it in the messages). */
export function pathOn(what: 'file path' | 'folder' | 'path') {
  return z
    .string()
    .trim()
    .min(1, `Give a ${what}.`)
    .max(4096, 'That path is too long.')
    .refine((value) => !value.includes('\0'), `A ${what} cannot contain a null character.`);
}

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time as HH:MM, for example 10:00.');

const noNulls = (value: string) => !value.includes('\0');

/** A one-line text: a name, a title, a heading. */
export function line(max = 300) {
  return z.string().trim().max(max, `Keep this under ${max} characters.`).refine(noNulls, 'Text cannot contain a null character.');
}

/** A required one-line text. */
export function requiredLine(label: string, max = 300) {
  return line(max).pipe(z.string().min(1, `Give ${label}.`));
}

/** A paragraph or more of plain text (summaries, notes, addresses). */
export function paragraph(max = 20_000) {
  return z.string().max(max, `Keep this under ${max.toLocaleString('en-GB')} characters.`).refine(noNulls, 'Text cannot contain a null character.');
}

/** A rich-text node as the editor stores it (ProseMirror/TipTap JSON). */
export type RichTextNode = {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: RichTextNode[];
};

const richNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(50),
    text: z.string().max(100_000).refine(noNulls, 'Text cannot contain a null character.').optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z.array(z.object({ type: z.string().min(1).max(50), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
    content: z.array(richNode).max(10_000).optional(),
  }),
);

/** A rich-text document: `{ type: 'doc', content: [...] }`, at most ~2 MB as JSON. */
export const richText = z
  .object({ type: z.literal('doc'), content: z.array(richNode).max(10_000) })
  .refine((doc) => JSON.stringify(doc).length <= 2_000_000, 'This text is too long (over 2 MB).');

export type RichText = z.infer<typeof richText>;

/** An empty rich-text document. */
export const EMPTY_RICH_TEXT: RichText = { type: 'doc', content: [] };

/** The ids of a list in their new order (drag and drop, or move up/down). */
export const orderedIds = z.array(id).min(1, 'Give the items in their new order.').max(10_000);

export const grade = z.enum(['outstanding', 'good', 'requires_improvement', 'inadequate']);
export type Grade = z.infer<typeof grade>;

export const rag = z.enum(['red', 'amber', 'green'], { error: 'Choose a RAG rating of red, amber or green (a finished action is marked by its status, complete).' });
export type Rag = z.infer<typeof rag>;

/** The fields of a create schema, all optional, plus the id: the shape of an update. */
export function updateOf<Shape extends z.ZodRawShape>(create: z.ZodObject<Shape>) {
  return create.partial().extend({ id }).strict();
}
