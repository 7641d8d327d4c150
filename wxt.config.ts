import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    // Highlight styles go into the page through the manifest (immune to page CSP); the card's
    // styles live in its shadow root (cssInjectionMode: 'ui').
    'build:manifestGenerated': (_wxt, manifest) => {
      const script = manifest.content_scripts?.[0];
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
