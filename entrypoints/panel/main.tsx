// The in-page panel's frame. It connects to the content script of its own tab (frame 0) with the secret the
// content script put in this frame's URL: a frame the page might load itself has no such secret.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelApp } from '../../components/panel/PanelApp';
import { PANEL_PORT } from '../../lib/messaging/panel-port';
import '../../components/panel/panel.css';

async function start() {
  const tab = await browser.tabs.getCurrent();
  const nonce = location.hash.slice(1);
  if (tab?.id === undefined || !/^[0-9a-f]{16,64}$/.test(nonce)) return;
  const port = browser.tabs.connect(tab.id, { frameId: 0, name: `${PANEL_PORT}:${nonce}` });
  render(<PanelApp port={port} />, document.getElementById('app') as HTMLElement);
}
void start();
