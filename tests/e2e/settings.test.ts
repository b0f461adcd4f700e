import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/core/api';
import { createCoreContext } from '../../electron/core/context';
import { silentLogger } from '../../electron/core/logger';
import { seriousViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';

const screenshots = path.resolve(import.meta.dirname, '../.tmp/screenshots');

/** A new, empty workspace, so the settings start from the defaults whatever the demo holds. */
async function createEmptyWorkspace(file: string, userData: string): Promise<void> {
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(userData, 'set-up'), log: silentLogger });
  const created = await invoke(ctx, 'workspace/create', { path: file });
  ctx.workspace.close();
  if (!created.ok) throw new Error(created.error.message);
}

const session = useHostSession('e2e-settings', {
  prepare: async (userData) => {
    const workspace = path.join(userData, 'Settings test.scrutiny');
    await createEmptyWorkspace(workspace, userData);
    return ['--workspace', workspace];
  },
});

beforeAll(() => {
  fs.mkdirSync(screenshots, { recursive: true });
});

async function openSettings(page: Page) {
  await page.goto(`${session.host.origin}/#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings', exact: true }).waitFor();
  await page.getByLabel('Authority name').waitFor();
}

function form(page: Page) {
  return page.locator('form.settings-form');
}

/** A solid-colour PNG, made here so the test needs no fixture file. */
function solidPng(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [red, green, blue]).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

describe('the authority and house style settings', () => {
  it('saves the authority name, accent colour and minute numbering, and keeps them after a reload', async () => {
    const { page } = session.browser;
    await openSettings(page);
    const save = form(page).getByRole('button', { name: 'Save settings' });
    expect(await save.isDisabled()).toBe(true);

    await page.getByLabel('Authority name').fill('Example Borough Council');
    await page.getByLabel('Accent colour').fill('#7a1f5c');
    await page.getByRole('radio', { name: /By calendar year/ }).check();
    await page.getByLabel('Days before the meeting').fill('5');
    await page.getByLabel('Counted in').selectOption('working_days');
    await page.getByText('Reports are due 5 working days before each meeting.').waitFor();
    expect(await form(page).getByText('#7A1F5C', { exact: true }).count()).toBe(1);

    expect(await save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Settings saved. They apply to the next pack you build.');
    await expect.poll(() => save.isDisabled()).toBe(true);

    await page.reload();
    await openSettings(page);
    expect(await page.getByLabel('Authority name').inputValue()).toBe('Example Borough Council');
    expect(await page.getByLabel('Accent colour').inputValue()).toBe('#7a1f5c');
    expect(await page.getByRole('radio', { name: /By calendar year/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /By municipal year/ }).isChecked()).toBe(false);
    expect(await page.getByLabel('Days before the meeting').inputValue()).toBe('5');
    expect(await page.getByLabel('Counted in').inputValue()).toBe('working_days');
  });

  it('shows a refused value next to its field and as an alert, and moves focus to it', async () => {
    const { page } = session.browser;
    await openSettings(page);
    const size = page.getByLabel('Body text size (points)');
    await size.fill('20');
    await form(page).getByRole('button', { name: 'Save settings' }).click();

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Settings not saved. Use a body text size from 9 to 16 points.');
    await expect.poll(() => size.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await size.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error')) ?? 'none'}"]`).textContent();
    expect(errorText).toContain('Use a body text size from 9 to 16 points.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-bodyFontSizePt');
    await page.screenshot({ path: path.join(screenshots, 'settings-error.png'), fullPage: true });

    // Correcting the value clears its message; the change is then saved.
    await size.fill('11.5');
    expect(await size.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Escape');
    await form(page).getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Settings saved.');
  });

  it('uploads a logo, shows it by name with a preview, and removes it', async () => {
    const { page } = session.browser;
    await openSettings(page);
    await page.getByLabel('Upload a logo').setInputFiles({ name: 'Council crest.png', mimeType: 'image/png', buffer: solidPng(120, 48, [18, 57, 91]) });
    await page.getByText('Council crest.png', { exact: true }).waitFor();
    const preview = page.getByRole('img', { name: 'Current logo: Council crest.png' });
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);

    await page.reload();
    await openSettings(page);
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);
    await page.getByRole('button', { name: 'Remove logo' }).click();
    await page.getByText('No logo yet.').waitFor();
    expect(await preview.count()).toBe(0);

    await page.getByLabel('Upload a logo').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('“notes.txt” is not a PNG or JPEG image');
    await page.keyboard.press('Escape');
  });

  it('has labelled, keyboard-reachable controls and no serious accessibility issue', async () => {
    const { page } = session.browser;
    await openSettings(page);
    await page.getByLabel('Upload a logo').setInputFiles({ name: 'Council crest.png', mimeType: 'image/png', buffer: solidPng(120, 48, [18, 57, 91]) });
    await page.getByRole('img', { name: 'Current logo: Council crest.png' }).waitFor();
    await page.getByLabel('Address').fill('Town Hall\nHigh Street\nExampleton EX1 1AA');

    await page.getByLabel('Authority name').focus();
    const reached: string[] = [];
    for (let presses = 0; presses < 16; presses += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['settings-address', 'settings-authorName', 'settings-fontFamily', 'settings-accentColour', 'settings-reportDeadlineDays', 'Save settings']));
    expect(await page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'))).toBe('solid');

    expect(await seriousViolations(page)).toEqual([]);
    // The page scrolls inside the main area: a tall window shows the whole form at once.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      document.getElementById('main')?.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(screenshots, 'settings.png'), fullPage: true });
  });

  it('logged no console errors (CSP violations included)', () => {
    expect(session.browser.problems).toEqual([]);
  });
});
