import { t } from '../i18n';
import type { CheckProblem } from '../messaging/problems';
import type { CheckRequest, FillRequest, FillResult, PanelChoices } from '../messaging/protocol';
import { PAGE_MAPS } from '../platform';
import type { PageKey } from '../platform/types';
import type { Profile } from '../profile/schema';
import { resolveScopes, type ScopeSelection } from '../profile/scopes';
import type { FieldLink } from './links';
import { buildPayloadValues } from './payload';
import { type FillPayload, type FillReport, isImageRef, type PageState } from './types';

/** Where profiles come from; the background passes the real store, tests an in-memory one. */
export interface ProfileSource {
  list(): Promise<Profile[]>;
  activeId(): Promise<string | null>;
  /** Whether the passphrase lock holds the store shut (nothing can be listed). */
  locked(): Promise<boolean>;
  attachment(id: string): Promise<{ type: string; dataBase64: string } | null>;
}

/** How the background talks to a tab's content script. */
export interface TabLink {
  state(tabId: number): Promise<PageState>;
  fill(tabId: number, payload: FillPayload): Promise<FillReport>;
}

export interface FillServiceDeps {
  source: ProfileSource;
  tabs: TabLink;
  check(profile: Profile, page: PageKey, selection: ScopeSelection, today: Date): CheckProblem[];
  now(): Date;
  newToken(): string;
  /** The fields the user taught for a page (这是…); none when omitted. */
  links?(page: PageKey): Promise<FieldLink[]>;
}

/**
 * A website's or app's name as the user gave it, as in the popup and the editor: the panel is an extension frame
 * the page cannot read, so nothing needs masking. The domain, then the number, when the name is empty.
 */
export function targetLabel(kind: 'website' | 'app', index: number, name?: string, fallback?: string): string {
  return (
    name?.trim() ||
    fallback?.trim() ||
    (kind === 'website' ? t('target_website_n', index + 1) : t('target_app_n', index + 1))
  );
}

/**
 * The background's part of a fill: choose the profile, check it for the recognised page, hand the tab only
 * that page's values, and serve its images to that tab while the fill runs.
 */
export function createFillService(deps: FillServiceDeps) {
  const grants = new Map<string, { tabId: number; ids: Set<string> }>();
  const busyTabs = new Set<number>();

  async function pickProfile(id?: string): Promise<Profile | null> {
    const profiles = await deps.source.list();
    const wanted = id || (await deps.source.activeId());
    return profiles.find((p) => p.id === wanted) ?? (profiles.length === 1 ? (profiles[0] ?? null) : null);
  }

  async function fill(request: FillRequest, senderTabId?: number): Promise<FillResult> {
    const tabId = request.tabId ?? senderTabId;
    if (tabId === undefined) return { ok: false, reason: 'error', message: t('refuse_no_tab') };
    const fromTab = request.state && request.tabId === undefined && senderTabId === tabId;
    const state = fromTab ? request.state : await deps.tabs.state(tabId).catch(() => null);
    if (!state?.page) {
      return {
        ok: false,
        reason: 'not-a-filing-page',
        message: t('refuse_not_form'),
      };
    }
    // A locked store refuses to read; its message (资料已加锁，请先解锁) is the one the user needs.
    const profile = await pickProfile(request.profileId).catch((error: Error) => error);
    if (profile instanceof Error) return { ok: false, reason: 'no-profile', message: profile.message };
    if (!profile) return { ok: false, reason: 'no-profile', message: t('refuse_no_profile') };
    const selection = {
      websiteId: request.websiteId || profile.websites[0]?.id,
      appId: request.appId || profile.apps[0]?.id,
    };
    const problems = deps.check(profile, state.page, selection, deps.now());
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 || (problems.length > 0 && !request.acceptWarnings)) {
      const message = errors.length > 0 ? t('refuse_errors', errors.length) : t('refuse_warnings', problems.length);
      return { ok: false, reason: 'check-failed', message, problems };
    }
    if (busyTabs.has(tabId)) return { ok: false, reason: 'busy', message: t('refuse_busy') };
    const values = buildPayloadValues(PAGE_MAPS[state.page], resolveScopes(profile, selection));
    const ids = new Set(
      Object.values(values)
        .flatMap((v) => (Array.isArray(v) ? v : []))
        .filter(isImageRef)
        .map((v) => v.id),
    );
    // A broken link store must not stop a fill: without links it fills what it can prove.
    const links = deps.links ? await deps.links(state.page).catch(() => []) : [];
    const token = deps.newToken();
    grants.set(token, { tabId, ids });
    busyTabs.add(tabId);
    try {
      const report = await deps.tabs.fill(tabId, {
        page: state.page,
        mode: request.mode,
        values,
        token,
        ...(links.length > 0 ? { links } : {}),
      });
      return { ok: true, report };
    } catch (error) {
      return { ok: false, reason: 'error', message: t('refuse_interrupted', String(error)) };
    } finally {
      grants.delete(token);
      busyTabs.delete(tabId);
    }
  }

  /** An image of the running fill, to the tab that runs it, and only the images its page needs. */
  async function attachment(token: string, id: string, senderTabId?: number) {
    const grant = grants.get(token);
    if (!grant || grant.tabId !== senderTabId || !grant.ids.has(id)) return null;
    return deps.source.attachment(id);
  }

  /** The panel's lists for a tab whose own choice is `tabChoice` (the stored active profile otherwise). */
  async function choices(tabChoice?: string): Promise<PanelChoices> {
    if (await deps.source.locked()) return { locked: true, profiles: [], activeId: null, websites: [], apps: [] };
    const profiles = await deps.source.list();
    const chosen = tabChoice && profiles.some((p) => p.id === tabChoice) ? tabChoice : undefined;
    const active = await pickProfile(chosen);
    return {
      locked: false,
      profiles: profiles.map((p) => ({ id: p.id, label: p.displayName })),
      activeId: active?.id ?? null,
      websites: (active?.websites ?? []).map((w, i) => ({
        id: w.id,
        label: targetLabel('website', i, w.siteName, w.domain),
      })),
      apps: (active?.apps ?? []).map((a, i) => ({ id: a.id, label: targetLabel('app', i, a.appName) })),
    };
  }

  async function check(request: CheckRequest): Promise<CheckProblem[]> {
    const profile = await pickProfile(request.profileId);
    if (!profile) return [];
    const selection = { websiteId: request.websiteId, appId: request.appId };
    return deps
      .check(profile, request.page, selection, deps.now())
      .map(({ path, section, field, severity, message }) => ({
        path,
        ...(section ? { section } : {}),
        field,
        severity,
        message,
      }));
  }

  return { fill, check, attachment, choices };
}
