// The accessibility scan every e2e test runs (axe-core in the page), with
// each finding in one readable line so a failure says what and where.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Every axe finding on the page, of any impact. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((violation) => `${violation.impact ?? ''} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** The serious and critical findings only. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).filter((line) => line.startsWith('serious ') || line.startsWith('critical '));
}
