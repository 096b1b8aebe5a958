// WXT build configuration: one source tree, a Chrome MV3 package and a Firefox MV2 package.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Explicit imports everywhere: the same utils/ modules also run in Node (annotate, eval, bench).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
});
