// What the current tab is, asked of its content script; and how the popup names pages.
import { browser } from 'wxt/browser';
import type { PageKey } from '../../lib/platform/types';
import type { PageState } from '../../lib/fill/types';
import { sendMessage } from '../../lib/messaging/protocol';

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

const WEBSITE_STEPS: Record<number, string> = { 1: '开办主体', 2: '网站基本信息', 3: '网站负责人', 4: '提示说明' };

export function pageTitle(page: PageKey, step?: number): string {
  if (page === 'subject') return '新增主体';
  if (page === 'app') return '新增APP';
  const n = step ?? Number(page.slice(-1));
  return `新办网站申请 · 第${n}步 ${WEBSITE_STEPS[n] ?? ''}`.trim();
}

export const isWebsitePage = (page: PageKey | null | undefined) => !!page && page.startsWith('website-');
