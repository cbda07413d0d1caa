// The background's store handlers on fakeBrowser, for component tests: the UI's messages reach the real commands
// and the real sender check, as if sent from the extension's options page (or from `sender`, to test a refusal).
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SenderLike } from '../../lib/messaging/senders';
import { registerStoreHandlers } from '../../lib/messaging/store-handlers';
import { createFieldLinkStore } from '../../lib/store/field-links';
import { createKeyHolder } from '../../lib/store/key-holder';
import { createLinkCommands } from '../../lib/store/link-commands';
import { createLockableStore, type LockableStore } from '../../lib/store/lock';

export const self = () => ({ id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/') });
export const OPTIONS_PAGE = (): SenderLike => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});

type Listener = (message: unknown, sender: unknown, respond: unknown) => unknown;
interface Event {
  addListener(l: Listener): void;
  removeListener(l: Listener): void;
}

/** Starts the handlers on a fresh fake browser; messages arrive from `sender()` (the options page by default). */
export function startBackground(sender: () => SenderLike = OPTIONS_PAGE) {
  // fakeBrowser sends every message with an empty sender; the real one names the page it came from.
  const event = fakeBrowser.runtime.onMessage as unknown as Event;
  const { addListener, removeListener } = event;
  const wrapped = new Map<Listener, Listener>();
  event.addListener = (l) => {
    const w: Listener = (message, _sender, respond) => l(message, sender(), respond);
    wrapped.set(l, w);
    addListener.call(event, w);
  };
  event.removeListener = (l) => removeListener.call(event, wrapped.get(l) ?? l);
  const store = createLockableStore(createKeyHolder());
  const handlers = registerStoreHandlers({ store, self: self(), links: createLinkCommands(createFieldLinkStore()) });
  return {
    store,
    stop() {
      handlers.stop();
      event.addListener = addListener;
      event.removeListener = removeListener;
    },
  };
}

/** A fresh background for every test of the file; `bg.store` is that test's store. */
export function backgroundPerTest(sender?: () => SenderLike): { readonly store: LockableStore } {
  let current: ReturnType<typeof startBackground> | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    current = startBackground(sender);
  });
  afterEach(() => {
    current?.stop();
    current = null;
  });
  return {
    get store() {
      if (!current) throw new Error('no background outside a test');
      return current.store;
    },
  };
}
