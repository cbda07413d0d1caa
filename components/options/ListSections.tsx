// 网站 and APP: several per profile, each in its own collapsible block.
import { newApp, newWebsite } from '../../lib/profile/factory';
import { t } from '../i18n';
import { AppForm } from './AppForm';
import type { SectionProps } from './PeopleSection';
import { WebsiteForm } from './WebsiteForm';

export function WebsitesSection({ profile, set, update, today }: SectionProps & { today: string }) {
  return (
    <section class="card" id="sec-websites" aria-labelledby="h-websites">
      <h2 id="h-websites">{t('editor_websites')}</h2>
      {profile.websites.length === 0 && <p class="hint">{t('editor_no_websites')}</p>}
      {profile.websites.map((site, i) => (
        <details key={site.id} open class="item">
          <summary>
            <strong>{site.siteName || site.domain || t('editor_website_n', i + 1)}</strong>
          </summary>
          <WebsiteForm site={site} at={`websites.${i}`} people={profile.people} today={today} set={set} />
          <button
            type="button"
            class="small danger"
            onClick={() => update((p) => ({ ...p, websites: p.websites.filter((w) => w.id !== site.id) }))}
          >
            {t('editor_remove_website')}
          </button>
        </details>
      ))}
      <button
        type="button"
        class="small"
        onClick={() => update((p) => ({ ...p, websites: [...p.websites, newWebsite(p.subject.principalId)] }))}
      >
        ＋ {t('editor_add_website')}
      </button>
    </section>
  );
}

export function AppsSection({ profile, set, update }: SectionProps) {
  return (
    <section class="card" id="sec-apps" aria-labelledby="h-apps">
      <h2 id="h-apps">APP</h2>
      {profile.apps.length === 0 && <p class="hint">{t('editor_no_apps')}</p>}
      {profile.apps.map((app, i) => (
        <details key={app.id} open class="item">
          <summary>
            <strong>{app.appName || `APP ${i + 1}`}</strong>
          </summary>
          <AppForm app={app} at={`apps.${i}`} people={profile.people} set={set} />
          <button
            type="button"
            class="small danger"
            onClick={() => update((p) => ({ ...p, apps: p.apps.filter((a) => a.id !== app.id) }))}
          >
            {t('editor_remove_app')}
          </button>
        </details>
      ))}
      <button
        type="button"
        class="small"
        onClick={() => update((p) => ({ ...p, apps: [...p.apps, newApp(p.subject.principalId)] }))}
      >
        ＋ {t('editor_add_app')}
      </button>
    </section>
  );
}
