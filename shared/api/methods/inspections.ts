import { z } from 'zod';
import { method } from '../method';
import { grade, id, isoDate, line, paragraph, requiredLine, updateOf, type Grade } from '../schema';

export type InspectionFramework = 'SIF' | 'ILACS' | 'other';

/** An inspection report: who inspected what, when, and the overall grade. */
export type Inspection = {
  id: number;
  inspectorate: string;
  framework: InspectionFramework;
  localAuthority: string;
  title: string;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  publicationDate: string | null;
  leadInspector: string;
  overallGrade: Grade | null;
  sourceAttachmentId: number | null;
  createdAt: string;
  updatedAt: string;
};

/** A row of the inspections list. */
export type InspectionSummary = Inspection & {
  recommendationCount: number;
  /** Action plans (not archived) that answer the inspection. */
  planCount: number;
};

/** One graded judgement, such as "2.1 Children who need help and protection: good". */
export type Judgement = {
  id: number;
  inspectionId: number;
  position: number;
  reference: string;
  area: string;
  grade: Grade | null;
};

/** A numbered recommendation ("What needs to improve" in ILACS reports). */
export type Recommendation = {
  id: number;
  inspectionId: number;
  number: number;
  text: string;
  sourcePage: number | null;
};

/** A paragraph of the report kept as evidence, linked to the recommendation it supports. */
export type InspectionEvidence = {
  id: number;
  inspectionId: number;
  recommendationId: number | null;
  position: number;
  text: string;
  sourcePage: number | null;
};

/** An inspection with everything it found. */
export type InspectionDetail = Inspection & {
  judgements: Judgement[];
  /** In number order, each with the plan entries that answer it. */
  recommendations: (Recommendation & { planEntryIds: number[] })[];
  evidence: InspectionEvidence[];
};

const framework = z.enum(['SIF', 'ILACS', 'other']);
const sourcePage = z.number().int('A page is a whole number.').positive('A page number starts at 1.').nullable().optional();
const recommendationText = paragraph(10_000).pipe(z.string().trim().min(1, 'Give the recommendation’s text.'));
const recommendationNumber = z.number().int('A recommendation number is a whole number.').min(1, 'Recommendations are numbered from 1.').max(999);

/** The inspection's own fields; dates, grade and source may be cleared with null. */
export const inspectionScalarFields = z
  .object({
    framework,
    title: requiredLine('the inspection’s title', 300),
    inspectorate: line(100).optional(),
    localAuthority: line(200).optional(),
    inspectionStart: isoDate.nullable().optional(),
    inspectionEnd: isoDate.nullable().optional(),
    publicationDate: isoDate.nullable().optional(),
    leadInspector: line(200).optional(),
    overallGrade: grade.nullable().optional(),
    sourceAttachmentId: id.nullable().optional(),
  })
  .strict();

export const judgementInput = z
  .object({ reference: line(20).optional(), area: requiredLine('the area judged', 300), grade: grade.nullable().optional() })
  .strict();

const recommendationInput = z.object({ number: recommendationNumber.optional(), text: recommendationText, sourcePage }).strict();

const evidenceInput = z
  .object({ text: paragraph(20_000).pipe(z.string().trim().min(1, 'Give the evidence text.')), recommendationNumber: recommendationNumber.optional(), sourcePage })
  .strict();

/**
 * A whole inspection as a report reads: recommendations are numbered as given,
 * or 1…n in list order; evidence points at a recommendation by its number.
 */
const inspectionCreateShape = inspectionScalarFields
  .extend({
    judgements: z.array(judgementInput).max(200).optional(),
    recommendations: z.array(recommendationInput).max(500).optional(),
    evidence: z.array(evidenceInput).max(2_000).optional(),
  })
  .strict();

type InspectionCreateShape = z.infer<typeof inspectionCreateShape>;

/** Dates in order, each recommendation number once, evidence pointing at a recommendation that exists. */
function checkInspection(value: Omit<InspectionCreateShape, 'sourceAttachmentId'>, check: z.core.$RefinementCtx): void {
  if (value.inspectionStart && value.inspectionEnd && value.inspectionEnd < value.inspectionStart) {
    check.addIssue({ code: 'custom', path: ['inspectionEnd'], message: 'The inspection cannot end before it starts.' });
  }
  const numbers = new Set<number>();
  (value.recommendations ?? []).forEach((recommendation, index) => {
    const number = recommendation.number ?? index + 1;
    if (numbers.has(number)) {
      check.addIssue({ code: 'custom', path: ['recommendations', index, 'number'], message: `Recommendation ${number} appears twice; give each recommendation its own number.` });
    }
    numbers.add(number);
  });
  (value.evidence ?? []).forEach((paragraphOfEvidence, index) => {
    const number = paragraphOfEvidence.recommendationNumber;
    if (number !== undefined && !numbers.has(number)) {
      check.addIssue({ code: 'custom', path: ['evidence', index, 'recommendationNumber'], message: `There is no recommendation ${number} in this inspection.` });
    }
  });
}

export const inspectionCreate = inspectionCreateShape.superRefine(checkInspection);

/** An inspection to create from an imported report: everything but the source, which the import attaches itself. */
export const inspectionCreateFields = inspectionCreateShape.omit({ sourceAttachmentId: true }).superRefine(checkInspection);

export const inspectionMethods = {
  'inspections/list': method<InspectionSummary[]>()(z.object({}).strict(), 'Inspections, newest first, with their numbers of recommendations and action plans'),
  'inspections/get': method<InspectionDetail>()(z.object({ id }).strict(), 'One inspection with its judgements, recommendations and evidence'),
  'inspections/create': method<InspectionDetail>()(inspectionCreate, 'Record an inspection with its judgements, recommendations and evidence, all at once'),
  'inspections/update': method<InspectionDetail>()(updateOf(inspectionScalarFields), 'Change an inspection’s details (not its lists)'),
  'inspections/setJudgements': method<InspectionDetail>()(
    z.object({ id, judgements: z.array(judgementInput).max(200) }).strict(),
    'Replace an inspection’s judgements with the list given, in that order',
  ),
  'inspections/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete an inspection that no current action plan answers'),
  'recommendations/create': method<Recommendation>()(
    z.object({ inspectionId: id, text: recommendationText, number: recommendationNumber.optional(), sourcePage }).strict(),
    'Add a recommendation to an inspection (numbered after the last unless a number is given)',
  ),
  'recommendations/update': method<Recommendation>()(
    z.object({ id, text: recommendationText.optional(), number: recommendationNumber.optional(), sourcePage }).strict(),
    'Change a recommendation’s text, number or page',
  ),
  'recommendations/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a recommendation that no plan entry answers'),
} as const;
