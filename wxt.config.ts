import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** The lazily loaded card UI module (entrypoints/card-ui.ts → /card-ui.js). */
const CARD_UI = 'card-ui';

/** Turns stylesheet imports into empty modules, for a build whose CSS ships elsewhere. */
function noStyles(): Plugin {
  return {
    name: 'kontext:no-styles',
    enforce: 'pre',
    resolveId: (source) => (/\.css(\?|$)/.test(source) ? '\0kontext-no-style' : null),
    load: (id) => (id === '\0kontext-no-style' ? 'export {};' : null),
  };
}

// Chrome gets the side panel; Firefox gets a sidebar_action generated from the same entrypoint.
// Permissions are the fewest that work: storage (settings), contextMenus (look up selection),
// sidePanel (Chrome only), alarms (feed polling).
export default defineConfig({
  imports: false,
  // Top level stays entrypoints/components/lib/assets: static files (locales, icons, the dataset) live in assets/public.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The card UI (entrypoints/card-ui.ts) is loaded by the content script with a dynamic import(),
    // so it must be an ES module; WXT builds unlisted scripts as classic scripts. Its styles travel
    // in the content script's card stylesheet (entrypoints/content/index.ts), so none are emitted here.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === CARD_UI)) return;
      if (config.build?.lib) config.build.lib = { ...config.build.lib, formats: ['es'] };
      config.plugins = [...(config.plugins ?? []), noStyles()];
    },
    // Highlight styles go into the page through the manifest (immune to page CSP); the card's
    // styles live in its shadow root (cssInjectionMode: 'ui').
    'build:manifestGenerated': (_wxt, manifest) => {
      // The main content script (not the document_start one that only asks for the dataset early).
      const script = manifest.content_scripts?.find((s) => s.js?.includes('content-scripts/content.js'));
      if (script) script.css = [...(script.css ?? []), 'content-scripts/highlights.css'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['storage', 'alarms', 'contextMenus'] : ['storage', 'alarms', 'contextMenus', 'sidePanel'],
    // Feeds (issue 7): host access is asked for one feed at a time, when the user subscribes
    // (Firefox's MV2 manifest keeps optional hosts in optional_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // The card UI module, imported by the content script on the first hover (written in MV3 form;
    // WXT turns it into MV2's plain list for Firefox).
    web_accessible_resources: [{ resources: [`${CARD_UI}.js`], matches: ['http://*/*', 'https://*/*'] }],
    // Named commands, handled in entrypoints/background/menus.ts (there is no standard side-panel command).
    commands: {
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_command_open_panel__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_command_toggle_highlights__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'kontext@kontext.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
