import type { BrowserContext, Page } from '@playwright/test';
import type { Profile } from '../../lib/profile/schema';
import { expect } from './fixtures';
import { type Panel, panelOf } from './panel-frame';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';
import { seedProfiles } from './seed';

export { doneFiles } from './fill-cases';
export { type Panel, panelOf } from './panel-frame';
export { type Snapshot, snapshot } from './replica-helpers';

/** Seeds the profiles, opens a platform path of the replica and returns the page with our panel. */
export async function openWithProfiles(
  context: BrowserContext,
  extPage: (name: string) => Promise<Page>,
  path: string,
  profiles: Profile[],
  { open = true } = {},
): Promise<{ page: Page; panel: Panel }> {
  await routeReplica(context);
  const options = await extPage('options.html');
  await seedProfiles(options, profiles);
  await options.close();
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}${path}`);
  const panel = await panelOf(page);
  if (open) await openPanel(panel);
  return { page, panel };
}

/**
 * At 1366 px the panel would cover the form, so it starts as a tab; the user opens it. Then waits until the panel
 * says a click would count (visible, on top and not just moved), as a user would look before clicking.
 */
export async function openPanel(panel: Panel): Promise<void> {
  const tab = panel.getByRole('button', { name: /^公安备案填表助手/ });
  // The tab or the open panel, once the frame has its size and the browser sees it (data-ready).
  await expect(panel.locator('[data-ready="true"]')).toBeVisible();
  if (await tab.isVisible()) await tab.click();
  await expect(panel.locator('section.panel')).toHaveAttribute('data-ready', 'true');
}

/** Clicks 一键填充 as a user (opening the panel if a clean fill folded it) and waits for the report. */
export async function fillFromPanel(panel: Panel): Promise<string> {
  await reopenIfFolded(panel);
  await expect(panel.locator('section.panel')).toHaveAttribute('data-ready', 'true');
  await panel.getByRole('button', { name: '一键填充' }).click();
  const status = panel.getByRole('status');
  await expect(status).toHaveText(/^已填充/, { timeout: 45_000 });
  await reopenIfFolded(panel);
  return (await status.textContent()) ?? '';
}

/** A clean fill folds the panel to its tab (its status says 已填充 N 项); the user opens it again to read on. */
export async function reopenIfFolded(panel: Panel): Promise<void> {
  if (await panel.locator('button.tab').isVisible()) await openPanel(panel);
}

/** 一键填充, accepting the check's warnings (a variant page may make the profile look incomplete), until the report. */
export async function fillAccepting(panel: Panel) {
  await reopenIfFolded(panel);
  await panel.getByRole('button', { name: '一键填充' }).click();
  const status = panel.getByRole('status');
  await expect(status.filter({ hasText: /^已填充|提醒/ })).toBeVisible({ timeout: 45_000 });
  const again = panel.getByRole('button', { name: '仍然填充' });
  if (await again.isVisible()) await again.click();
  await expect(status).toHaveText(/^已填充/, { timeout: 60_000 });
  await reopenIfFolded(panel);
}

/** The names of the required fields the panel lists as still empty. */
export async function listedMissing(panel: Panel): Promise<string[]> {
  // Folded until a fill leaves some: read even while folded.
  const list = panel.getByRole('list', { name: '待填必填项', includeHidden: true });
  if ((await list.count()) === 0) return [];
  // Each entry's first button names the field; 这是… and its choices follow it.
  return list.locator(':scope > li > button:first-child').allTextContents();
}

/** Failed fields as the panel lists them. */
export async function listedFailures(panel: Panel): Promise<string[]> {
  const list = panel.getByRole('list', { name: '未能填充' });
  if ((await list.count()) === 0) return [];
  return list.getByRole('listitem').allTextContents();
}
