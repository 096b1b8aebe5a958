// The popup in another language: a fake browser.i18n serving public/_locales/fr, as Chrome and Firefox would for a
// French UI. (locales.test.ts covers the files and the English fallback, where there is no browser at all.)
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

// wxt/browser reads the global `browser` when it is first imported, so the fake goes in before any import of it.
const { fr } = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const messages = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', '_locales', 'fr', 'messages.json'), 'utf8'),
  ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  // Chrome's getMessage: $NAME$ -> its placeholder's content, $1…$9 there -> the substitutions; "" for unknown keys.
  const getMessage = (key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, d: string) => subs[Number(d) - 1] ?? ''),
    );
  };
  const fake = { runtime: { id: 'gloss-test' }, i18n: { getMessage, getUILanguage: () => 'fr' } };
  vi.stubGlobal('browser', fake);
  vi.stubGlobal('chrome', fake);
  return { fr: messages };
});

const { PopupApp } = await import('../../components/popup/PopupApp');
const { formatAsOf, formatBytes, mentionsText, CATEGORY_LABELS } = await import('../../components/popup/model');
const { DEFAULT_SETTINGS } = await import('../../utils/settings');
import type { PopupDeps } from '../../components/popup/deps';

const read = (locale: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', locale, 'messages.json'), 'utf8')) as Messages;

describe('popup in French', () => {
  it('takes labels and formats from the French messages', () => {
    expect(CATEGORY_LABELS.person).toBe('Personnes');
    expect(mentionsText(1)).toBe('1 mention');
    expect(mentionsText(1200)).toBe(`${new Intl.NumberFormat('fr').format(1200)} mentions`);
    expect(formatAsOf('2025-03-01')).toBe('1 mars 2025');
    expect(formatBytes(9_400_000)).toBe('9,4 Mo');
    expect(formatBytes(512)).toBe('512 octets');
  });

  it('renders the popup in French', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const deps: PopupDeps = {
      getSettings: async () => DEFAULT_SETTINGS,
      updateSettings: async () => DEFAULT_SETTINGS,
      setSiteEnabled: async () => DEFAULT_SETTINGS,
      watchSettings: () => () => undefined,
      queryTab: async () => ({ id: 1, url: 'https://www.lemonde.fr/international/article/x.html' }),
      sendToTab: (async () => ({ ok: true, isArticle: false, groups: [] })) as PopupDeps['sendToTab'],
      sendToBackground: (async () => ({ ok: false, error: 'x' })) as PopupDeps['sendToBackground'],
      closePopup: () => undefined,
      version: '0.1.0',
    };
    await act(() => {
      render(<PopupApp deps={deps} />, container);
    });
    for (let i = 0; i < 4; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const text = (container.textContent ?? '').replace(/\s+/g, ' ');
    expect([...container.querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
      fr.legendSwitches.message,
      fr.legendCategories.message,
      fr.legendStyle.message,
    ]);
    expect(container.querySelector('input[name="site"]')?.closest('label')?.textContent).toBe('Utiliser sur lemonde.fr');
    expect(text).toContain(fr.pageNotArticle.message);
    expect(container.querySelector('summary')?.textContent).toBe('À propos de Gloss');
    // No English message shows through, apart from the ones French writes the same way.
    const en = read('en');
    for (const [key, entry] of Object.entries(en)) {
      if (entry.message.length > 12 && entry.message !== fr[key].message && !entry.message.includes('$')) {
        expect(text, key).not.toContain(entry.message);
      }
    }
    render(null, container);
    container.remove();
  });
});
