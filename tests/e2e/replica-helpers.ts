// Opening the replica and reading its instrumentation (window.__replica) from tests.
import type { BrowserContext, Page } from '@playwright/test';
import { readReplica } from './fill-cases';
import { expect } from './fixtures';
import { hideExtensionPanel } from './manual-fill';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';

export type { Snapshot } from './fill-cases';

export async function openReplica(context: BrowserContext, path: string): Promise<Page> {
  await routeReplica(context);
  const page = await context.newPage();
  await hideExtensionPanel(page);
  await page.goto(`${PLATFORM_ORIGIN}${path}`);
  await expect(page.locator('.page-heading')).toBeVisible();
  return page;
}

export const snapshot = (page: Page) => page.evaluate(readReplica);
