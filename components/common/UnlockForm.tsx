// 解锁: one passphrase field. A wrong passphrase changes nothing in storage (lib/store/lock.ts verifies first).
import { useId, useState } from 'preact/hooks';
import { t } from '../i18n';

type Unlock = (passphrase: string) => Promise<{ ok: true } | { ok: false; message: string }>;

/** `onUnlock` is the editor's store or the popup's message to the background; this form only asks. */
export function UnlockForm({ onUnlock }: { onUnlock: Unlock }) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!pass) return setError(t('ui_enter_passphrase'));
    setBusy(true);
    setError('');
    const r = await onUnlock(pass);
    setBusy(false);
    if (r.ok) setPass('');
    else setError(r.message);
  };
  return (
    <form class="unlock" onSubmit={submit} aria-label={t('ui_unlock_form')}>
      <label for={id}>{t('ui_passphrase')}</label>
      <div class="row">
        <input
          id={id}
          type="password"
          autocomplete="current-password"
          value={pass}
          onInput={(e) => setPass(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
        />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('ui_unlocking') : t('ui_unlock')}
        </button>
      </div>
      <p class={error ? 'msg msg-error' : 'hint'} role={error ? 'alert' : undefined}>
        {error || t('ui_unlock_hint')}
      </p>
    </form>
  );
}
