// What the current tab is, asked of its content script; and how the popup names pages.
import { browser } from 'wxt/browser';
import type { PageState } from '../../lib/fill/types';
import { sendMessage } from '../../lib/messaging/protocol';
import { FORMS } from '../../lib/platform/forms';
import { FORM_TITLE } from '../../lib/platform/names';
import type { PageKey } from '../../lib/platform/types';
import { t } from '../i18n';

export const PLATFORM_URL = 'https://beian.mps.gov.cn';

export type TabInfo = { tabId: number | null; state: PageState | null };

/** The tab the popup acts on: `?tabId=` (when the popup is opened as a page) or the active tab. */
export async function currentTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's page state, or null state when no content script answers (not a filing page). */
export async function readTab(): Promise<TabInfo> {
  const tabId = await currentTabId().catch(() => null);
  if (tabId === null) return { tabId, state: null };
  try {
    const state = await sendMessage('content:state', undefined, tabId);
    return { tabId, state: state ?? null };
  } catch {
    return { tabId, state: null };
  }
}

export function pageTitle(page: PageKey, step?: number): string {
  if (page === 'subject') return FORM_TITLE.subject;
  if (page === 'app') return FORM_TITLE.app;
  const n = step ?? Number(page.slice(-1));
  const name = FORMS.find((f) => f.form === 'website')?.steps.find((s) => s.position === n)?.name ?? '';
  return `${FORM_TITLE.website} · ${t('popup_step', n)} ${name}`.trim();
}

export const isWebsitePage = (page: PageKey | null | undefined) => !!page && page.startsWith('website-');
