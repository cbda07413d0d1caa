import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Host access is exactly the filing platform; nothing else is ever requested.
export const PLATFORM_MATCH = 'https://beian.mps.gov.cn/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script loads into every platform page, so it runs on the browser's promise-based API directly
    // (Chrome MV3 and Firefox both have one) instead of carrying the 3 KB gzip polyfill; the extension's own
    // pages and the background keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const resolve = config.resolve;
      if (Array.isArray(resolve?.alias)) {
        resolve.alias = resolve.alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (resolve?.alias) delete (resolve.alias as Record<string, string>)['wxt/browser'];
    },
  },
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip' },
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    short_name: '__MSG_ext_short_name__',
    description: '__MSG_ext_description__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: [PLATFORM_MATCH],
    action: { default_title: '__MSG_ext_short_name__' },
    // The panel's frame, for the platform only. Chrome serves it under a per-session id (use_dynamic_url), so a
    // page cannot probe for the extension; the content script keeps the URL in a closed shadow root. WXT turns
    // this into MV2's plain list of paths for Firefox.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: [PLATFORM_MATCH],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_command_fill__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'beian-autofill@beian-helper.cn',
              // data_collection_permissions needs Firefox 140 (Android 142).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
