// Opening the replica and reading its instrumentation (window.__replica) from tests.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { hideExtensionPanel } from './manual-fill';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';

export type Snapshot = {
  route: string;
  page: string | null;
  step: number | null;
  model: Record<string, unknown> & { person?: Record<string, unknown> };
  files: Record<string, { name: string; type: string; size: number; status: string }[]>;
  errors: { field: string; label: string; message: string }[];
};

export async function openReplica(context: BrowserContext, path: string): Promise<Page> {
  await routeReplica(context);
  const page = await context.newPage();
  await hideExtensionPanel(page);
  await page.goto(`${PLATFORM_ORIGIN}${path}`);
  await expect(page.locator('.page-heading')).toBeVisible();
  return page;
}

export const snapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as { __replica: { snapshot(): Snapshot } }).__replica.snapshot());
