// The in-page panel's frame. It connects to the content script of its own tab (frame 0, through the background:
// see panel-port.ts) with the secret the content script put in this frame's URL: a frame the page might load
// itself has no such secret.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { PanelApp } from '../../components/panel/PanelApp';
import { PANEL_PORT } from '../../lib/messaging/panel-port';
import '../../components/panel/panel.css';

document.documentElement.lang = t('html_lang');

function start() {
  const nonce = location.hash.slice(1);
  if (!/^[0-9a-f]{16,64}$/.test(nonce)) return;
  const port = browser.runtime.connect({ name: `${PANEL_PORT}:${nonce}` });
  // Chrome stops an idle service worker, and the line with it: a line that worked is opened again.
  let heard = false;
  port.onMessage.addListener(() => {
    heard = true;
  });
  port.onDisconnect.addListener(() => heard && start());
  render(<PanelApp port={port} />, document.getElementById('app') as HTMLElement);
}
start();
