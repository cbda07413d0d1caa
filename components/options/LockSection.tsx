// 口令保护 · Passphrase lock: turn on (passphrase twice, strength hint, idle minutes), lock now, change the idle
// time, change the passphrase, turn off (with the passphrase). The work and its atomicity are in lib/store/lock.ts.
import { useEffect, useId, useState } from 'preact/hooks';
import type { LockState } from '../../lib/store/lock';
import {
  DEFAULT_IDLE_MINUTES,
  disableLock,
  enableLock,
  idleMinutes,
  type LockResult,
  lockNow,
  MIN_PASSPHRASE_LENGTH,
  passphraseStrength,
  setIdleMinutes,
} from '../data/lock';
import { ChangePassphrase } from './ChangePassphrase';

const STATE: Record<LockState, string> = { off: '未开启', unlocked: '已开启，已解锁', locked: '已加锁' };

export function LockSection({ lock }: { lock: LockState }) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(String(DEFAULT_IDLE_MINUTES));
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (lock !== 'off') void idleMinutes().then((m) => setIdle(String(m)));
  }, [lock]);

  const run = async (action: () => Promise<LockResult>, done: string) => {
    setBusy(true);
    setMsg(null);
    const r = await action();
    setBusy(false);
    setMsg(r.ok ? { ok: true, text: done } : { ok: false, text: r.message });
    if (r.ok) {
      setPass('');
      setAgain('');
    }
  };
  const minutes = Number(idle);
  const idleOk = Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440;
  const strength = passphraseStrength(pass);

  const turnOn = (e: Event) => {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE_LENGTH)
      return setMsg({ ok: false, text: `口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符` });
    if (pass !== again) return setMsg({ ok: false, text: '两次输入的口令不一致' });
    if (!idleOk) return setMsg({ ok: false, text: '空闲时间应为 1–1440 分钟' });
    void run(() => enableLock(pass, minutes), '已开启口令保护：资料和照片已加密保存。请牢记口令，忘记后无法恢复。');
  };
  const turnOff = (e: Event) => {
    e.preventDefault();
    if (!pass) return setMsg({ ok: false, text: '请输入口令' });
    void run(() => disableLock(pass), '已关闭口令保护，资料恢复为不加密保存。');
  };

  const idleField = (
    <div class="field-inline">
      <label for={`${id}-idle`}>空闲多少分钟后自动加锁</label>
      <input
        id={`${id}-idle`}
        type="number"
        min={1}
        max={1440}
        value={idle}
        onInput={(e) => setIdle(e.currentTarget.value)}
      />
    </div>
  );

  return (
    <section class="lock-section" aria-labelledby={`${id}-h`}>
      {/* Collapsed: most people never turn it on, and the form would fill the sidebar on a first visit. */}
      <details>
        <summary>
          <h2 id={`${id}-h`}>口令保护</h2>
          <span class="state">{STATE[lock]}</span>
        </summary>
        {lock === 'off' ? (
          <form onSubmit={turnOn}>
            <p class="hint">开启后，资料和证件照片用口令加密保存（AES-GCM）。忘记口令将无法找回资料，请先导出备份。</p>
            <label for={`${id}-p1`}>口令</label>
            <input
              id={`${id}-p1`}
              type="password"
              autocomplete="new-password"
              value={pass}
              onInput={(e) => setPass(e.currentTarget.value)}
            />
            {/* No verdict before there is anything to judge: an empty field is not a weak passphrase. */}
            <p class={pass ? `strength s${strength.level}` : 'strength hint'} aria-live="polite">
              {pass && `强度：${strength.label}（`}至少 {MIN_PASSPHRASE_LENGTH} 个字符，建议 12
              个以上并混合字母、数字和符号{pass && '）'}
            </p>
            <label for={`${id}-p2`}>再次输入口令</label>
            <input
              id={`${id}-p2`}
              type="password"
              autocomplete="new-password"
              value={again}
              onInput={(e) => setAgain(e.currentTarget.value)}
            />
            {idleField}
            <button type="submit" class="primary" disabled={busy}>
              {busy ? '正在加密…' : '开启口令保护'}
            </button>
          </form>
        ) : lock === 'unlocked' ? (
          <>
            <button type="button" disabled={busy} onClick={() => void run(lockNow, '已加锁。')}>
              立即加锁
            </button>
            {idleField}
            <button
              type="button"
              class="small"
              disabled={busy || !idleOk}
              onClick={() => void run(() => setIdleMinutes(minutes), `空闲 ${minutes} 分钟后自动加锁。`)}
            >
              保存空闲时间
            </button>
            <ChangePassphrase />
            <form onSubmit={turnOff}>
              <label for={`${id}-off`}>关闭保护需输入口令</label>
              <input
                id={`${id}-off`}
                type="password"
                autocomplete="current-password"
                value={pass}
                onInput={(e) => setPass(e.currentTarget.value)}
              />
              <button type="submit" disabled={busy}>
                {busy ? '正在解密…' : '关闭口令保护'}
              </button>
            </form>
          </>
        ) : (
          <p class="hint">解锁后可修改口令保护的设置。</p>
        )}
        {msg && (
          <p class={`msg tone tone-${msg.ok ? 'ok' : 'error'}`} role={msg.ok ? 'status' : 'alert'}>
            {msg.text}
          </p>
        )}
      </details>
    </section>
  );
}
