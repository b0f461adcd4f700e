// What the link form accepts: web, email and phone links only, the same
// kinds the pack prints as links. People type addresses the way they read
// them ("www.castlemere.gov.uk", "ruth@castlemere.example"), so those are
// completed rather than refused.
/** Links the pack prints as links; the same rule as the pack's own. */
export const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const BARE_WEB = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i;
const PHONE = /^\+?[\d\s().-]{6,}$/;

/** The link for what was typed, or null when it is not a web, email or phone address. */
export function linkAddressOf(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  if (SAFE_HREF.test(text)) return /^(https?:\/\/|mailto:|tel:)\S+$/i.test(text) ? text : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+:\d/i.test(text)) return null;
  if (EMAIL.test(text)) return `mailto:${text}`;
  if (PHONE.test(text) && (text.match(/\d/g) ?? []).length >= 6) return `tel:${text.replace(/[\s().-]/g, '')}`;
  if (BARE_WEB.test(text)) return `https://${text}`;
  return null;
}

/** Said when the address is not one the pack can link to. */
export const LINK_ADDRESS_PROBLEM = 'Give a web address (https://…), an email address or a phone number.';
