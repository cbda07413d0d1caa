// 解锁: one passphrase field. A wrong passphrase changes nothing in storage (lib/store/lock.ts verifies first).
import { useId, useState } from 'preact/hooks';

type Unlock = (passphrase: string) => Promise<{ ok: true } | { ok: false; message: string }>;

/** `onUnlock` is the editor's store or the popup's message to the background; this form only asks. */
export function UnlockForm({ onUnlock }: { onUnlock: Unlock }) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!pass) return setError('请输入口令');
    setBusy(true);
    setError('');
    const r = await onUnlock(pass);
    setBusy(false);
    if (r.ok) setPass('');
    else setError(r.message);
  };
  return (
    <form class="unlock" onSubmit={submit} aria-label="解锁资料">
      <label for={id}>口令</label>
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
          {busy ? '正在解锁…' : '解锁'}
        </button>
      </div>
      <p class={error ? 'msg msg-error' : 'hint'} role={error ? 'alert' : undefined}>
        {error || '解锁后，空闲超过设定时间会自动重新加锁。'}
      </p>
    </form>
  );
}
