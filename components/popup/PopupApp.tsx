// The popup: the active profile, what the current tab is, the check and 一键填充.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FieldTarget } from '../../lib/messaging/editor-link';
import { sendEditorMessage } from '../../lib/messaging/editor-protocol';
import type { CheckProblem } from '../../lib/messaging/problems';
import { type CheckRequest, type FillRequest, type FillResult, sendMessage } from '../../lib/messaging/protocol';
import { FORM_TITLE } from '../../lib/platform/names';
import { UnlockForm } from '../common/UnlockForm';
import { t } from '../i18n';
import { FillPanel } from './FillPanel';
import { ProfileBar } from './ProfileBar';
import { PLATFORM_URL, pageTitle, readTab, type TabInfo } from './page';
import { type ProfilesLink, useProfiles } from './useProfiles';

export interface PopupDeps {
  readTab: () => Promise<TabInfo>;
  fill: (request: FillRequest) => Promise<FillResult>;
  check: (request: CheckRequest) => Promise<CheckProblem[]>;
  openEditor: () => void;
  /** A problem's field: the background focuses the editor tab there (or opens one); the popup closes. */
  openField?: (target: FieldTarget) => void;
  profiles: ProfilesLink;
}

const FORM_TITLES = FORM_TITLE;

const DEFAULT_DEPS: PopupDeps = {
  readTab,
  fill: (request) => sendMessage('bg:fill', request),
  check: (request) => sendMessage('bg:check', request),
  openEditor: () => void browser.runtime.openOptionsPage(),
  openField: (target) => void sendEditorMessage('bg:open-field', target).then(() => window.close()),
  profiles: {
    view: () => sendMessage('bg:profiles'),
    run: (command) => sendMessage('bg:profile', command),
    watch(cb) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
        // The session area holds only the lock's key: a change that neither adds nor drops it is a lastUsed touch.
        const touch = Object.values(changes).every((c) => c.oldValue !== undefined && c.newValue !== undefined);
        if (area !== 'session' || !touch) cb();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  },
};

export function PopupApp({ deps = DEFAULT_DEPS }: { deps?: PopupDeps }) {
  const store = useProfiles(deps.profiles);
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    void deps.readTab().then(setTab);
  }, []);
  const active = store.active;
  const state = tab?.state;

  return (
    <main class="popup">
      <header>
        <h1>{t('popup_title')}</h1>
      </header>
      {store.loaded && store.lock === 'locked' && (
        <section class="locked" aria-label={t('popup_locked_region')}>
          <p class="notice tone tone-warning">{t('popup_locked')}</p>
          <UnlockForm onUnlock={(passphrase) => store.run({ op: 'unlock', passphrase })} />
        </section>
      )}
      {store.error && (
        <p class="notice tone tone-error" role="alert">
          {store.error}
        </p>
      )}
      {store.loaded && !store.error && store.lock !== 'locked' && (
        <ProfileBar profiles={store.profiles} active={active} run={store.run} />
      )}
      <p>
        <button type="button" class="link" onClick={deps.openEditor}>
          {t('popup_open_editor')}
        </button>
      </p>
      <section class="page-status" aria-label={t('popup_page_region')} aria-live="polite">
        {tab === null ? (
          <p class="hint">{t('popup_detecting')}</p>
        ) : !state ? (
          <p>
            <strong>{t('popup_not_filing')}</strong>
            <br />
            {t('popup_open_form_before')}{' '}
            <a href={PLATFORM_URL} target="_blank" rel="noreferrer">
              {t('popup_platform_link')}
            </a>{' '}
            {t('popup_open_form_after')}
          </p>
        ) : !state.page && state.form ? (
          <p>
            {t('popup_current_page')}
            <strong>{FORM_TITLES[state.form]}</strong>
            {state.step ? ` · ${t('popup_step', state.step)}` : ''}
            {t('popup_step_nothing')}
          </p>
        ) : !state.page ? (
          <p>
            <strong>{t('popup_platform')}</strong>
            {t('popup_no_form')}
          </p>
        ) : (
          <p>
            {t('popup_current_page')}
            <strong>{pageTitle(state.page, state.step)}</strong>
          </p>
        )}
      </section>
      {state?.page && active && (
        <FillPanel
          key={active.id}
          profile={active}
          tabId={tab?.tabId ?? null}
          state={{ ...state, page: state.page }}
          fill={deps.fill}
          check={deps.check}
          openField={deps.openField}
        />
      )}
      {state?.page && store.loaded && !store.error && store.lock !== 'locked' && !active && (
        <p class="notice tone tone-warning">{t('popup_need_profile')}</p>
      )}
    </main>
  );
}
