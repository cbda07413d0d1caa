/// <reference types="chrome" />
import { expect, test } from './fixtures';
import { PLATFORM_ORIGIN, routeHtml } from './platform-routes';

const PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><h1>页面</h1></body></html>';

/** Pings every tab from an extension page; returns the URLs of the tabs whose content script answered. */
async function tabsWithContentScript(extPage: import('@playwright/test').Page) {
  return extPage.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(
      tabs.map((tab) =>
        chrome.tabs.sendMessage(tab.id as number, { type: 'ping' }).then(
          (reply) => (reply?.ok ? String(reply.href) : null),
          () => null,
        ),
      ),
    );
    return answers.filter((href): href is string => href !== null);
  });
}

test('the content script runs on the platform host and nowhere else', async ({ context, extPage }) => {
  await routeHtml(context, PLATFORM_ORIGIN, PAGE);
  await routeHtml(context, 'https://example.com', PAGE);
  await routeHtml(context, 'https://beian.miit.gov.cn', PAGE);

  const platform = await context.newPage();
  await platform.goto(`${PLATFORM_ORIGIN}/web/dashboard/home`);
  const other = await context.newPage();
  await other.goto('https://example.com/web/dashboard/home');
  const lookalike = await context.newPage();
  await lookalike.goto('https://beian.miit.gov.cn/web/dashboard/home');

  const popup = await extPage('popup.html');
  await expect.poll(() => tabsWithContentScript(popup)).toEqual([`${PLATFORM_ORIGIN}/web/dashboard/home`]);
});

test('the popup and the options page open and render in Chinese', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('公安备案填表助手');
  await popup.screenshot({ path: 'test-results/screens/popup-empty.png' });

  const options = await extPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toContainText('资料编辑器');
  await options.screenshot({ path: 'test-results/screens/options-empty.png' });
});
