// Content script on every http(s) page: detect an article → extract → annotate (background) → highlight → listen.
import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getSettings, watchSettings } from '../../utils/settings';
import { onMessage, sendToBackground } from '../../utils/messaging';
import { browserHighlightApi } from '../../utils/highlight/paint';
import { GlossController, safely } from '../../utils/content/controller';
import { createWorldMapLoader } from '../../utils/content/world-map';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    markPerformance('gloss:main-start');
    const gloss = new GlossController({
      doc: document,
      win: window,
      url: () => location.href,
      annotate: (request) => sendToBackground('annotate', request),
      loadWorldMap: createWorldMapLoader(() => sendToBackground('getWorldMap', {})),
      highlights: browserHighlightApi(),
      mark: markPerformance,
    });

    // Detection first, settings second: on most pages (not articles) the storage round-trip is the larger cost.
    safely(() => void gloss.detect());

    const removeMessages = onMessage({
      tabEntities: () => gloss.entities(),
      focusEntity: (request) => gloss.focusEntity(request),
      stepEntity: ({ direction }) => {
        gloss.step(direction);
        return { ok: true };
      },
    });

    getSettings()
      .then((settings) => safely(() => gloss.applySettings(settings)))
      .catch((error: unknown) => console.debug('Gloss:', error));
    const unwatch = watchSettings((settings) => safely(() => gloss.applySettings(settings)));

    // Single-page apps: a new view without a page load (WXT watches the Navigation API, or polls the URL).
    ctx.addEventListener(window, 'wxt:locationchange', () => safely(() => gloss.locationChanged()));

    markPerformance('gloss:main-end', 'gloss:main-start');

    // The extension was reloaded or updated: this copy of the script is orphaned; leave the page as it was.
    ctx.onInvalidated(() => {
      unwatch();
      removeMessages();
      safely(() => gloss.teardown());
    });
  },
});

/** performance.mark, plus a measure from `from` when given (read by scripts/bench-browser.ts). */
function markPerformance(name: string, from?: string): void {
  try {
    performance.mark(name);
    if (from) performance.measure(name.replace(/-end$/, ''), from, name);
  } catch {
    /* a page may have replaced performance; the marks are only for the bench */
  }
}
