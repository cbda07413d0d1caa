// Holds the derived key while the store is unlocked: in storage.session (shared by the extension's own pages and
// the background, cleared when the browser closes, not readable by content scripts in Chrome), never in
// storage.local/sync. The key is dropped after the user's idle time: every access checks the timestamp (MV3 may
// stop the background, so a timer alone is not enough) and `watchIdle` also drops it by timer where one runs.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { importRawKey, type KdfParams, type SealKey } from '../crypto/seal';
import { base64ToBytes, bytesToBase64 } from '../encoding/base64';
import { t, uiError } from '../i18n';

export const SESSION_KEY = 'session:lockKey' as const;
/** lastUsed is rewritten at most this often: each write wakes every storage watcher. */
const TOUCH_MS = 10_000;

interface SessionRecord {
  raw: string;
  salt: string;
  iterations: number;
  lastUsed: number;
  idleMs: number;
}

export class LockedError extends Error {
  constructor() {
    super(t('store_locked'));
    uiError(this);
  }
}

export interface KeyHolder {
  /** The key for this KDF (salt, count); throws LockedError when there is none or it sat idle too long. */
  key(kdf: KdfParams): Promise<SealKey>;
  /** Whether a usable key is held (does not count as use). */
  has(kdf: KdfParams): Promise<boolean>;
  put(k: SealKey, idleMs: number): Promise<void>;
  setIdle(idleMs: number): Promise<void>;
  drop(): Promise<void>;
  /** Drops the key if its idle time is over; returns the ms left otherwise (null: nothing held). */
  expireIfIdle(): Promise<number | null>;
}

/** Where records live: storage.session, or this context's memory where the browser has no session area. */
interface Slot {
  get(): Promise<SessionRecord | null>;
  set(r: SessionRecord): Promise<void>;
  clear(): Promise<void>;
}

function sessionSlot(): Slot {
  return {
    get: async () => (await storage.getItem<SessionRecord>(SESSION_KEY)) ?? null,
    set: (r) => storage.setItem(SESSION_KEY, r),
    clear: () => storage.removeItem(SESSION_KEY),
  };
}

function memorySlot(): Slot {
  let rec: SessionRecord | null = null;
  return {
    get: async () => rec,
    set: async (r) => {
      rec = r;
    },
    clear: async () => {
      rec = null;
    },
  };
}

export const hasSessionStorage = () => Boolean((browser as { storage?: { session?: unknown } }).storage?.session);

/**
 * A holder whose reads can be marked as not being use: what the page can make happen (the panel frame loading and
 * asking for its choices) must not keep the key alive. Only the user's actions in extension UI and real fills do.
 */
export interface QuietKeyHolder extends KeyHolder {
  /** Runs `read` with every key() inside it leaving the idle timestamp alone. */
  quietly<T>(read: () => Promise<T>): Promise<T>;
}

export function createKeyHolder(opts: { now?: () => number; memoryOnly?: boolean } = {}): QuietKeyHolder {
  const now = opts.now ?? Date.now;
  const slot = opts.memoryOnly || !hasSessionStorage() ? memorySlot() : sessionSlot();
  let cache: { raw: string; key: SealKey } | null = null;
  // Reads in flight that do not count as use. While one runs, other callers' reads do not touch either: at most
  // TOUCH_MS of idle time is lost, never gained.
  let quiet = 0;

  const matches = (r: SessionRecord, kdf: KdfParams) => r.salt === kdf.salt && r.iterations === kdf.iterations;
  const expired = (r: SessionRecord) => now() - r.lastUsed >= r.idleMs;

  async function live(kdf: KdfParams): Promise<SessionRecord | null> {
    const r = await slot.get();
    if (!r || !matches(r, kdf)) return null;
    if (expired(r)) {
      await holder.drop();
      return null;
    }
    return r;
  }

  const holder: QuietKeyHolder = {
    async quietly(read) {
      quiet += 1;
      try {
        return await read();
      } finally {
        quiet -= 1;
      }
    },
    async key(kdf) {
      const r = await live(kdf);
      if (!r) throw new LockedError();
      if (quiet === 0 && now() - r.lastUsed >= TOUCH_MS) await slot.set({ ...r, lastUsed: now() });
      if (cache?.raw !== r.raw) {
        const raw = base64ToBytes(r.raw);
        if (!raw) throw new LockedError();
        cache = { raw: r.raw, key: await importRawKey(raw, kdf) };
      }
      return cache.key;
    },
    has: async (kdf) => (await live(kdf)) !== null,
    async put(k, idleMs) {
      const rec = {
        raw: bytesToBase64(k.raw),
        salt: k.kdf.salt,
        iterations: k.kdf.iterations,
        lastUsed: now(),
        idleMs,
      };
      await slot.set(rec);
    },
    async setIdle(idleMs) {
      const r = await slot.get();
      if (r) await slot.set({ ...r, idleMs, lastUsed: now() });
    },
    async drop() {
      cache = null;
      await slot.clear();
    },
    async expireIfIdle() {
      const r = await slot.get();
      if (!r) return null;
      if (expired(r)) {
        await holder.drop();
        return null;
      }
      return r.lastUsed + r.idleMs - now();
    },
  };
  return holder;
}

/** Drops the key by timer when its idle time ends (background and open extension pages). Returns a stop. */
export function watchIdle(holder: KeyHolder): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const plan = async () => {
    clearTimeout(timer);
    const left = await holder.expireIfIdle().catch(() => null);
    if (left !== null) timer = setTimeout(() => void plan(), Math.min(left + 50, 2 ** 31 - 1));
  };
  void plan();
  const stop = hasSessionStorage() ? storage.watch(SESSION_KEY, () => void plan()) : () => undefined;
  return () => {
    clearTimeout(timer);
    stop();
  };
}
