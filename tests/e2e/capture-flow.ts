// 保存到资料 as a user does it: the panel's button on a hand-filled page, then 核对并保存, which opens the review in
// a new tab of the options page.
import type { BrowserContext, Page } from '@playwright/test';
import { openPanel, type Panel, reopenIfFolded } from './extension-fill';
import { expect } from './fixtures';

/** Clicks 保存到资料 and waits for the panel's summary. */
export async function captureFromPanel(panel: Panel): Promise<string> {
  await openPanel(panel);
  await panel.getByRole('button', { name: '保存到资料' }).click();
  const status = panel.getByTestId('capture-status');
  await expect(status).toHaveText(/^已读取本页 \d+ 项/, { timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

/** Clicks 核对并保存 and returns the review tab once it shows the captured rows. */
export async function openReview(context: BrowserContext, panel: Panel): Promise<Page> {
  const opened = context.waitForEvent('page');
  await panel.getByRole('button', { name: '核对并保存' }).click();
  const review = await opened;
  await expect(review.getByRole('heading', { name: /^核对并保存/ })).toBeVisible({ timeout: 20_000 });
  return review;
}

/** The review row of a field, by its label in the group whose caption contains `group`. */
export const reviewRow = (review: Page, group: RegExp | string, label: string) =>
  review
    .locator('table.review-table')
    .filter({ has: review.locator('caption', { hasText: group }) })
    .locator('tbody tr')
    .filter({ has: review.getByRole('rowheader', { name: new RegExp(`^${label}(冲突)?$`) }) });

export async function confirmSave(review: Page): Promise<void> {
  await review.getByRole('button', { name: /^确认保存/ }).click();
  await expect(review.getByRole('status')).toHaveText(/^已保存到资料/);
}

/** 一键填充, confirming the check's warnings (仍然填充) the way a user does; waits for the report. */
export async function fillConfirming(panel: Panel): Promise<void> {
  await openPanel(panel);
  await panel.getByRole('button', { name: '一键填充' }).click();
  const status = panel.getByRole('status');
  const again = panel.getByRole('button', { name: '仍然填充' });
  await expect(
    status
      .or(again)
      .filter({ hasText: /^已填充|仍然填充/ })
      .first(),
  ).toBeVisible({ timeout: 45_000 });
  if (await again.isVisible()) await again.click();
  await expect(status).toHaveText(/^已填充/, { timeout: 45_000 });
  await reopenIfFolded(panel);
}
