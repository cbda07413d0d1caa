import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no network besides the registries. */
export const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

export type UiLanguage = 'zh-CN' | 'en-US';

/**
 * The environment that gives Chromium its UI language, which also picks the extension's messages (public/_locales):
 * on Linux Chromium ignores --lang and reads LANGUAGE (then LANG), and it has a language only with its pak, which
 * Debian ships in chromium-l10n (without it every UI is en-US). Chinese by default, as our users see it.
 */
export const uiLanguageEnv = (lang: UiLanguage = 'zh-CN') => ({ ...process.env, LANGUAGE: lang.replace('-', '_') });

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  headless = true,
  lang: UiLanguage = 'zh-CN',
): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    // The pages' language (navigator.language, Accept-Language) the same as the browser's.
    locale: lang,
    env: uiLanguageEnv(lang),
    viewport: { width: 1366, height: 900 },
    args: [...QUIET_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

type Fixtures = { context: BrowserContext; extensionId: string; extPage: (name: string) => Promise<Page> };

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take an object pattern.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  extPage: async ({ context, extensionId }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;
