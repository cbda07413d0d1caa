// From 网站开通日期: the day the filing is due and days left; after approval, the footer snippet to copy.
import { useState } from 'preact/hooks';
import type { Website } from '../../lib/profile/schema';
import { NEAR_DAYS } from '../../lib/rules/dates';
import { TextField } from '../common/Field';
import { t } from '../i18n';
import { deadline, footerSnippet } from './deadline';

export function DeadlineHelper({
  site,
  at,
  today,
  set,
}: {
  site: Website;
  at: string;
  today: string;
  set: (path: string, value: unknown) => void;
}) {
  const [copied, setCopied] = useState('');
  const d = deadline(site.openDate, today);
  const digits = site.mpsFilingNo.replace(/\D/g, '');
  const snippet = digits ? footerSnippet(site.mpsFilingNo) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(t('deadline_copied'));
    } catch {
      setCopied(t('deadline_copy_failed'));
    }
  };
  return (
    <fieldset class="sub deadline">
      <legend>{t('deadline_title')}</legend>
      <p aria-live="polite">
        {!d ? (
          <span class="hint">{t('deadline_hint')}</span>
        ) : d.daysLeft >= 0 ? (
          <span class={d.daysLeft <= NEAR_DAYS ? 'warn' : ''}>{t('deadline_due', d.due, d.daysLeft)}</span>
        ) : (
          <span class="err">{t('deadline_overdue', d.due, -d.daysLeft)}</span>
        )}
      </p>
      <TextField
        label="公安备案号"
        path={`${at}.mpsFilingNo`}
        value={site.mpsFilingNo}
        placeholder={t('deadline_number_placeholder')}
        onInput={(v) => set(`${at}.mpsFilingNo`, v)}
      />
      {snippet && (
        <div class="field">
          <label for={`${at}-snippet`}>{t('deadline_snippet')}</label>
          <div class="control">
            <textarea
              id={`${at}-snippet`}
              readOnly
              rows={3}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div class="row">
              <button type="button" class="small" onClick={copy}>
                {t('deadline_copy')}
              </button>
              <span class="hint" aria-live="polite">
                {copied || t('deadline_snippet_hint')}
              </span>
            </div>
          </div>
        </div>
      )}
    </fieldset>
  );
}
