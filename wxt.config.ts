// WXT build configuration: one source tree, a Chrome MV3 package and a Firefox MV2 package, with the least permissions.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Explicit imports everywhere: the same utils/ modules also run in Node (annotate, eval, bench).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Firefox stays on MV2 (WXT's default for Firefox): there the content script's host access is granted at
  // install, whereas Firefox MV3 treats host permissions as opt-in per site until the user grants them, and Gloss
  // would silently do nothing. MV2's background is a non-persistent event page too, and Firefox keeps supporting
  // MV2 (no deprecation planned). Chrome is MV3 (the only version it accepts).
  manifest: ({ browser }) => ({
    // Name, description and command descriptions come from public/_locales/<locale>/messages.json (English there
    // is the text the store shows when the browser's language has no translation).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings. No tabs, no scripting, no host permissions beyond the content script's matches:
    // the background answers messages and never touches pages itself.
    permissions: ['storage'],
    commands: {
      'next-entity': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextEntity__',
      },
      'previous-entity': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousEntity__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Fixed so the extension's storage and moz-extension:// UUID mapping survive reinstalls (and e2e tests).
              id: 'gloss@gloss.example',
              // 140: the CSS Custom Highlight API (::highlight) and data_collection_permissions both arrived then.
              strict_min_version: '140.0',
              // Gloss sends nothing anywhere: the dictionary is bundled and matching runs locally.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
