import { z } from 'zod';
import { method } from '../method';
import { id, line, paragraph } from '../schema';

/** The font families the PDF and Word renderers embed; nothing else can be chosen. */
export const FONT_FAMILIES = ['Liberation Sans', 'Tinos', 'DejaVu Sans', 'DejaVu Serif'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export const MINUTE_NUMBERINGS = ['municipal_year', 'calendar_year'] as const;
export type MinuteNumbering = (typeof MINUTE_NUMBERINGS)[number];

export const REPORT_DEADLINE_BASES = ['calendar_days', 'working_days'] as const;
export type ReportDeadlineBasis = (typeof REPORT_DEADLINE_BASES)[number];

export const BODY_FONT_SIZE = { min: 9, max: 16 } as const;
export const REPORT_DEADLINE_DAYS = { min: 0, max: 60 } as const;

/** The authority and its house style: one record per workspace. */
export type AuthoritySettings = {
  /** The authority's name, e.g. "Example Borough Council". */
  name: string;
  address: string;
  logoAttachmentId: number | null;
  /** The logo's file name, when there is a logo. */
  logoFileName: string | null;
  fontFamily: FontFamily;
  bodyFontSizePt: number;
  /** #RRGGBB */
  accentColour: string;
  minuteNumbering: MinuteNumbering;
  /** 1 = January … 12 = December; 5 (May) in most councils. */
  municipalYearStartMonth: number;
  reportDeadlineDays: number;
  reportDeadlineBasis: ReportDeadlineBasis;
  /** Recorded as the author of every change in the audit trail. */
  authorName: string;
  updatedAt: string | null;
};

/** The fields settings/update accepts, in the order the Settings screen shows them. */
export const settingsFields = z
  .object({
    name: line(200).optional(),
    address: paragraph(1_000).optional(),
    logoAttachmentId: id.nullable().optional(),
    fontFamily: z.enum(FONT_FAMILIES, { error: `Choose one of the fonts the packs can embed: ${FONT_FAMILIES.join(', ')}.` }).optional(),
    bodyFontSizePt: z
      .number({ error: `Give the body text size in points, from ${BODY_FONT_SIZE.min} to ${BODY_FONT_SIZE.max}.` })
      .min(BODY_FONT_SIZE.min, `Use a body text size from ${BODY_FONT_SIZE.min} to ${BODY_FONT_SIZE.max} points.`)
      .max(BODY_FONT_SIZE.max, `Use a body text size from ${BODY_FONT_SIZE.min} to ${BODY_FONT_SIZE.max} points.`)
      .refine((size) => Number.isInteger(size * 2), 'Use whole or half points, for example 11 or 11.5.')
      .optional(),
    accentColour: z
      .string()
      .regex(/^#[0-9A-Fa-f]{6}$/, 'Give a colour as # and six hexadecimal digits, for example #12395B.')
      .transform((colour) => colour.toUpperCase())
      .optional(),
    minuteNumbering: z.enum(MINUTE_NUMBERINGS, { error: 'Choose municipal_year or calendar_year.' }).optional(),
    municipalYearStartMonth: z
      .number({ error: 'Give the month the municipal year starts in, from 1 (January) to 12 (December).' })
      .int('Give the month as a whole number, from 1 (January) to 12 (December).')
      .min(1, 'Give a month from 1 (January) to 12 (December).')
      .max(12, 'Give a month from 1 (January) to 12 (December).')
      .optional(),
    reportDeadlineDays: z
      .number({ error: `Give the number of days, from ${REPORT_DEADLINE_DAYS.min} to ${REPORT_DEADLINE_DAYS.max}.` })
      .int('Give a whole number of days.')
      .min(REPORT_DEADLINE_DAYS.min, `Give a number of days from ${REPORT_DEADLINE_DAYS.min} to ${REPORT_DEADLINE_DAYS.max}.`)
      .max(REPORT_DEADLINE_DAYS.max, `Give a number of days from ${REPORT_DEADLINE_DAYS.min} to ${REPORT_DEADLINE_DAYS.max}.`)
      .optional(),
    reportDeadlineBasis: z.enum(REPORT_DEADLINE_BASES, { error: 'Choose calendar_days or working_days.' }).optional(),
    authorName: line(200).optional(),
  })
  .strict();

export const settingsMethods = {
  'settings/get': method<AuthoritySettings>()(z.object({}).strict(), 'The authority’s details and house style'),
  'settings/update': method<AuthoritySettings>()(
    settingsFields,
    'Change the authority’s details and house style; fields left out keep their value',
  ),
} as const;
