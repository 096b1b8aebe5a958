// Messaging: request validators, response parsers (bad mentions dropped), the sender check, unknown messages, errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// wxt/browser reads the global `browser`/`chrome` at import; the unit project does not load WxtVitest.
const { fakeBrowser } = await vi.hoisted(async () => {
  const mod = await import('wxt/testing/fake-browser');
  vi.stubGlobal('browser', mod.fakeBrowser);
  vi.stubGlobal('chrome', mod.fakeBrowser);
  return mod;
});

import {
  createMessageListener,
  MAX_ANNOTATE_TEXT,
  onMessage,
  parseEnvelope,
  parseMention,
  requestValidators,
  responseParsers,
  sendToBackground,
  sendToTab,
  type Handlers,
  type MessageSender,
} from '../../utils/messaging';
import type { AnnotatedMention } from '../../utils/types';

const OWN: MessageSender = { id: 'test-extension-id' };

const lavrov: AnnotatedMention = Object.freeze({
  text: 'Sergey Lavrov',
  start: 10,
  end: 23,
  type: 'person',
  id: 'wd:Q58217',
  name: 'Sergey Lavrov',
  value: null,
  context: 'Foreign Minister of Russia since May 2004',
  card: { type: 'person', title: 'Sergey Lavrov', subtitle: 'Foreign Minister of Russia since May 2004', lines: ['Born 1950'] },
}) as AnnotatedMention;

const dateMention: AnnotatedMention = {
  text: 'Thursday',
  start: 30,
  end: 38,
  type: 'date',
  id: null,
  name: null,
  value: '2021-03-18',
  context: 'Thursday, 18 March 2021',
  card: { type: 'date', title: 'Thursday, 18 March 2021', subtitle: 'Same day as this article', lines: [] },
};

/** Runs the listener as the browser would and returns what it answered (undefined: it did not answer). */
async function deliver(handlers: Handlers, message: unknown, sender: MessageSender = OWN): Promise<unknown> {
  const listener = createMessageListener(handlers);
  let reply: unknown;
  const answered = new Promise<void>((resolve) => {
    const handled = listener(message, sender, (response) => {
      reply = response;
      resolve();
    });
    if (handled !== true) resolve();
  });
  await answered;
  return reply;
}

let debug: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('request validators', () => {
  it.each<[keyof typeof requestValidators, unknown, boolean]>([
    ['annotate', { text: 'Lavrov said', published: '2021-03-18' }, true],
    ['annotate', { text: 'Lavrov said', published: null, url: 'https://example.com/a' }, true],
    ['annotate', { text: 'Lavrov said', published: null, extra: 1 }, true],
    ['annotate', { text: 42, published: null }, false],
    ['annotate', { text: 'x' }, false],
    ['annotate', { text: 'x', published: 20210318 }, false],
    ['annotate', { text: 'x', published: null, url: 5 }, false],
    ['annotate', null, false],
    ['annotate', 'Lavrov said', false],
    ['getWorldMap', {}, true],
    ['getWorldMap', undefined, true],
    ['getWorldMap', [], false],
    ['tabEntities', {}, true],
    ['tabEntities', 'please', false],
    ['focusEntity', { name: 'Sergey Lavrov', type: 'person' }, true],
    ['focusEntity', { name: 'Sergey Lavrov', type: 'person', id: 'wd:Q58217' }, true],
    ['focusEntity', { name: 'Thursday', type: 'date', id: null }, true],
    ['focusEntity', { name: 'Sergey Lavrov', type: 'people' }, false],
    ['focusEntity', { name: null, type: 'person' }, false],
    ['focusEntity', { name: 'x', type: 'person', id: 7 }, false],
    ['stepEntity', { direction: 1 }, true],
    ['stepEntity', { direction: -1 }, true],
    ['stepEntity', { direction: 2 }, false],
    ['stepEntity', { direction: '1' }, false],
    ['stepEntity', {}, false],
    ['dictionaryInfo', {}, true],
    ['dictionaryInfo', 3, false],
  ])('%s %j -> %s', (name, payload, valid) => {
    expect(requestValidators[name](payload)).toBe(valid);
  });

  it('rejects annotate text over 5 MB', () => {
    expect(requestValidators.annotate({ text: 'a'.repeat(MAX_ANNOTATE_TEXT + 1), published: null })).toBe(false);
    expect(requestValidators.annotate({ text: 'a'.repeat(1000), published: null })).toBe(true);
  });
});

describe('envelopes', () => {
  it.each([
    [{ type: 'tabEntities', payload: {} }, true],
    [{ type: 'tabEntities' }, true], // an empty request may omit its payload
    [{ type: 'annotate', payload: { text: 'x', published: null } }, true],
    [{ type: 'stepEntity', payload: { direction: -1 } }, true], // what utils/content/commands.ts sends
    [{ type: 'annotate' }, false],
    [{ type: 'toString', payload: {} }, false], // inherited names are not messages
    [{ type: 'constructor' }, false],
    [{ type: 'openTab', payload: {} }, false],
    [{ action: 'tabEntities' }, false],
    ['tabEntities', false],
    [null, false],
  ])('%j -> %s', (message, valid) => {
    expect(parseEnvelope(message) !== null).toBe(valid);
  });
});

describe('response parsers', () => {
  it('passes a good annotate response through', () => {
    expect(responseParsers.annotate({ ok: true, mentions: [lavrov, dateMention] })).toEqual({
      ok: true,
      mentions: [lavrov, dateMention],
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['string offsets', { start: '10' }],
    ['NaN offset', { start: Number.NaN }],
    ['fractional offset', { end: 22.5 }],
    ['negative start', { start: -1, end: 12 }],
    ['end before start', { start: 23, end: 10 }],
    ['length disagrees with the offsets', { end: 30 }],
    ['text not a string', { text: 13 }],
    ['text missing', { text: undefined }],
    ['unknown type', { type: 'animal' }],
    ['id not a string', { id: 58217 }],
    ['card missing', { card: undefined }],
    ['card title missing', { card: { type: 'person', subtitle: 's', lines: [] } }],
  ])('drops a mention with %s and keeps the others', (_label, corruption) => {
    const bad = { ...lavrov, ...corruption };
    const parsed = responseParsers.annotate({ ok: true, mentions: [bad, dateMention] });
    expect(parsed).toEqual({ ok: true, mentions: [dateMention] });
    expect(debug).toHaveBeenCalledWith('Gloss: dropped 1 malformed mentions');
  });

  it('cleans a card: non-string lines and impossible coordinates go, the mention stays', () => {
    const place = {
      ...lavrov,
      type: 'place',
      card: { type: 'place', title: 'Xinjiang', subtitle: 'Region of China', lines: ['ok', 3, null], location: { lat: 200, lon: 3 } },
    };
    const mention = parseMention(place);
    expect(mention?.card).toEqual({ type: 'place', title: 'Xinjiang', subtitle: 'Region of China', lines: ['ok'] });
    const located = parseMention({ ...place, card: { ...place.card, location: { lat: 41.1, lon: 85.2 } } });
    expect(located?.card.location).toEqual({ lat: 41.1, lon: 85.2 });
  });

  it('does not copy unknown mention fields (nothing smuggled into the UI)', () => {
    const mention = parseMention({ ...lavrov, html: '<img onerror=alert(1)>', guess: true });
    expect(mention).not.toHaveProperty('html');
    expect(mention?.guess).toBe(true);
  });

  it.each([
    ['annotate', { ok: true, mentions: 'none' }],
    ['annotate', { ok: 'yes', mentions: [] }],
    ['annotate', null],
    ['getWorldMap', { ok: true, path: 'M0 0', width: 0, height: 10 }],
    ['getWorldMap', { ok: true, path: 5, width: 10, height: 10 }],
    ['tabEntities', { ok: true, groups: [] }],
    ['focusEntity', { done: true }],
    ['dictionaryInfo', { ok: true, asOf: '2025-03-01', counts: { people: 1 }, byteLength: 10 }],
    ['dictionaryInfo', { ok: true, asOf: '2025-03-01', counts: { people: -1, peopleWithRoles: 0, places: 0, organizations: 0, aliases: 0 }, byteLength: 10 }],
  ] as const)('%s: rejects %j', (name, value) => {
    expect(responseParsers[name](value)).toBeNull();
  });

  it('passes failures through for every message', () => {
    for (const name of Object.keys(responseParsers) as Array<keyof typeof responseParsers>) {
      expect(responseParsers[name]({ ok: false, error: 'no dictionary' })).toEqual({ ok: false, error: 'no dictionary' });
    }
  });

  it('keeps good entity groups and drops bad ones', () => {
    const parsed = responseParsers.tabEntities({
      ok: true,
      isArticle: true,
      groups: [
        { type: 'person', name: 'Sergey Lavrov', id: 'wd:Q58217', count: 3 },
        { type: 'person', name: 'Nobody', id: null, count: -2 },
        { type: 'date', name: '18 March 2021', count: 1 },
        { type: 'planet', name: 'Mars', id: null, count: 1 },
      ],
    });
    expect(parsed).toEqual({
      ok: true,
      isArticle: true,
      groups: [
        { type: 'person', name: 'Sergey Lavrov', id: 'wd:Q58217', count: 3 },
        { type: 'date', name: '18 March 2021', id: null, count: 1 },
      ],
    });
  });

  it('keeps an optional string hostname in tabEntities and drops a malformed one', () => {
    expect(responseParsers.tabEntities({ ok: true, isArticle: false, groups: [], hostname: 'www.bbc.co.uk' })).toEqual({
      ok: true, isArticle: false, groups: [], hostname: 'www.bbc.co.uk',
    });
    expect(responseParsers.tabEntities({ ok: true, isArticle: false, groups: [], hostname: 5 })).toEqual({
      ok: true, isArticle: false, groups: [],
    });
  });

  it('parses dictionaryInfo', () => {
    const counts = { people: 14000, peopleWithRoles: 9000, places: 30000, organizations: 500, aliases: 80000 };
    expect(responseParsers.dictionaryInfo({ ok: true, asOf: '2025-03-01', counts, byteLength: 9_000_000 })).toEqual({
      ok: true,
      asOf: '2025-03-01',
      counts,
      byteLength: 9_000_000,
    });
  });
});

describe('receiving', () => {
  it('answers a valid message from our own extension with the handler result', async () => {
    const handler = vi.fn(() => ({ ok: true as const, isArticle: false, groups: [] }));
    const reply = await deliver({ tabEntities: handler }, { type: 'tabEntities', payload: {} });
    expect(reply).toEqual({ ok: true, isArticle: false, groups: [] });
    expect(handler).toHaveBeenCalledWith({}, OWN);
  });

  it.each([
    ['another extension', { id: 'evil-extension-id' }],
    ['a sender without an id (a web page)', { url: 'https://evil.example/' }],
    ['no sender at all', null],
  ])('ignores a message from %s', async (_label, sender) => {
    const handler = vi.fn(() => ({ ok: true as const }));
    const reply = await deliver({ focusEntity: handler }, { type: 'focusEntity', payload: { name: 'x', type: 'person' } }, sender as MessageSender);
    expect(reply).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledWith('Gloss: unrecognised message', expect.anything());
  });

  it.each([
    [{ type: 'openTab', payload: { url: 'https://evil.example' } }],
    [{ type: 'annotate', payload: { text: 5, published: null } }],
    ['annotate'],
    [{ greeting: 'hello' }],
  ])('ignores and logs an unrecognised message %j', async (message) => {
    const handler = vi.fn(() => ({ ok: true as const, mentions: [] }));
    const reply = await deliver({ annotate: handler }, message);
    expect(reply).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledWith('Gloss: unrecognised message', message);
  });

  it('leaves a valid message meant for another context unanswered, without logging', async () => {
    const reply = await deliver({ annotate: () => ({ ok: true, mentions: [] }) }, { type: 'tabEntities', payload: {} });
    expect(reply).toBeUndefined();
    expect(debug).not.toHaveBeenCalled();
  });

  it('wraps a thrown error into { ok: false, error }', async () => {
    const reply = await deliver(
      { dictionaryInfo: () => { throw new Error('dictionary missing'); } },
      { type: 'dictionaryInfo', payload: {} },
    );
    expect(reply).toEqual({ ok: false, error: 'dictionary missing' });
  });

  it('wraps a rejected promise into { ok: false, error }', async () => {
    const reply = await deliver(
      { annotate: async () => Promise.reject(new Error('matcher crashed')) },
      { type: 'annotate', payload: { text: 'x', published: null } },
    );
    expect(reply).toEqual({ ok: false, error: 'matcher crashed' });
  });

  it('onMessage registers on runtime.onMessage and unregisters', async () => {
    const off = onMessage({ getWorldMap: () => ({ ok: true, path: 'M0 0', width: 360, height: 180 }) });
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    let reply: unknown;
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'getWorldMap', payload: {} }, OWN as never, (r: unknown) => {
      reply = r;
    });
    expect(results).toEqual([true]);
    await vi.waitFor(() => expect(reply).toEqual({ ok: true, path: 'M0 0', width: 360, height: 180 }));
    off();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('sending', () => {
  it('sendToBackground sends an envelope and validates the reply', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, mentions: [lavrov, { ...lavrov, start: 'x' }] } as never);
    const reply = await sendToBackground('annotate', { text: 'Lavrov', published: null });
    expect(send).toHaveBeenCalledWith({ type: 'annotate', payload: { text: 'Lavrov', published: null } });
    expect(reply).toEqual({ ok: true, mentions: [lavrov] });
  });

  it('sendToBackground turns a thrown error or a malformed reply into a failure', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await sendToBackground('dictionaryInfo', {})).toEqual({ ok: false, error: 'Extension context invalidated.' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: true } as never);
    expect(await sendToBackground('dictionaryInfo', {})).toEqual({ ok: false, error: 'malformed dictionaryInfo response' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(undefined);
    expect(await sendToBackground('dictionaryInfo', {})).toEqual({ ok: false, error: 'no response' });
  });

  it('sendToTab reports a tab without a content script as a failure, not an exception', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendToTab(4, 'tabEntities', {})).toEqual({
      ok: false,
      error: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('sendToTab addresses the tab and validates the reply', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    expect(await sendToTab(7, 'focusEntity', { name: 'Sergey Lavrov', type: 'person' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'focusEntity', payload: { name: 'Sergey Lavrov', type: 'person' } }, { frameId: 0 });
  });

  it('round trip through fakeBrowser: the sender check refuses what has no extension id', async () => {
    // fakeBrowser delivers runtime messages with an empty sender, as a web page would look: refused.
    onMessage({ tabEntities: () => ({ ok: true, isArticle: true, groups: [] }) });
    expect(await sendToBackground('tabEntities', {})).toEqual({ ok: false, error: 'no response' });
    expect(debug).toHaveBeenCalledWith('Gloss: unrecognised message', { type: 'tabEntities', payload: {} });
  });
});
