// The council report template: the numbered sections a committee report has,
// each with a line in square brackets saying what goes there. Headings number
// themselves (1.0, 2.0) in the editor and the pack; the guidance paragraphs
// are numbered paragraphs (1.1, 2.1), ready to be written over.
import type { RichText, RichTextNode } from '../../../../shared/api/schema';

const SECTIONS: readonly (readonly [heading: string, guidance: string])[] = [
  ['Introduction', '[What this report is about and what the committee is asked to do.]'],
  ['Background', '[What members need to know first: earlier decisions, reports and events, with dates.]'],
  ['Main issues', '[The findings, evidence and options, one numbered paragraph for each point.]'],
  ['Implications', '[Financial, legal, equality and risk implications, or say that there are none.]'],
  ['Recommendations', '[What the committee is asked to agree or note, worded as on the cover sheet.]'],
];

/** The template's section headings, in order. */
export const TEMPLATE_HEADINGS = SECTIONS.map(([heading]) => heading);

/** A new report's body: the template's numbered sections with their guidance. */
export function reportTemplateBody(): RichText {
  const content: RichTextNode[] = SECTIONS.flatMap(([heading, guidance]) => [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: heading }] },
    { type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text: guidance }] },
  ]);
  return { type: 'doc', content };
}
