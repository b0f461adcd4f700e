import type { ApiParsedInput } from '../../../shared/api/contract';
import type { AuthoritySettings } from '../../../shared/api/methods/settings';
import { CoreError } from '../errors';
import { findAttachmentType, getSettings, updateSettings } from '../repositories/settings';
import { renumberAllMinutes } from './minutes';
import { audit, inTransaction, type ServiceContext } from './unit-of-work';

/** Media types a logo may have: what both the PDF and Word renderers can embed. */
const LOGO_MEDIA_TYPES = new Set(['image/png', 'image/jpeg']);

/** The settings that decide how minutes are numbered. */
const NUMBERING_FIELDS = new Set<string>(['minuteNumbering', 'municipalYearStartMonth']);

/** The authority's details and house style. */
export function getSettingsService(ctx: ServiceContext): AuthoritySettings {
  return getSettings(ctx.db);
}

/** Changes the fields given and records which ones changed in the audit trail. */
export function updateSettingsService(ctx: ServiceContext, values: ApiParsedInput<'settings/update'>): AuthoritySettings {
  return inTransaction(ctx, () => {
    if (values.logoAttachmentId !== undefined && values.logoAttachmentId !== null) checkLogo(ctx, values.logoAttachmentId);
    const before = getSettings(ctx.db);
    updateSettings(ctx.db, values, ctx.now().toISOString());
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((field) => values[field] !== undefined && values[field] !== before[field]);
    // A new numbering rule applies to minutes not yet approved; approved references never change.
    const renumbered = changed.some((field) => NUMBERING_FIELDS.has(field)) ? renumberAllMinutes(ctx) : 0;
    const summary = changed.length > 0 ? `Changed ${changed.join(', ')}` : 'Saved with no changes';
    audit(ctx, 'update', 'settings', 1, renumbered > 0 ? `${summary}; ${renumbered} minute references renumbered` : summary);
    return getSettings(ctx.db);
  });
}

function checkLogo(ctx: ServiceContext, attachmentId: number): void {
  const attachment = findAttachmentType(ctx.db, attachmentId);
  if (!attachment) throw new CoreError('not_found', `logoAttachmentId: there is no attachment with id ${attachmentId}.`);
  if (!LOGO_MEDIA_TYPES.has(attachment.mediaType)) {
    throw new CoreError('invalid_input', `logoAttachmentId: “${attachment.fileName}” is not a PNG or JPEG image. Choose a PNG or JPEG file for the logo.`);
  }
}
