// The one message protocol between Gloss contexts: every message, its request and response, their validators, and checked send/receive helpers.
import { browser } from 'wxt/browser';
import type { AnnotatedMention, EntityCard, EntityType } from './types';

// ---------------------------------------------------------------------------------------------------------------
// The protocol (docs/ARCHITECTURE.md, "Messages").

/** Every response may also be this: a handler that threw, a receiver that is missing, a reply of the wrong shape. */
export interface Failure {
  ok: false;
  error: string;
}

export interface EntityGroup {
  type: EntityType;
  name: string;
  /** Dictionary id; null for dates and for names not in the dictionary. */
  id: string | null;
  /** How many times the article mentions it. */
  count: number;
}

export interface DictionaryCounts {
  people: number;
  peopleWithRoles: number;
  places: number;
  organizations: number;
  aliases: number;
}

export interface ProtocolMap {
  /** content → background: match the article text. */
  annotate: {
    request: { text: string; published: string | null; url?: string };
    response: { ok: true; mentions: AnnotatedMention[] } | Failure;
  };
  /** content → background: the outline map for place popovers (equirectangular SVG path). */
  getWorldMap: {
    request: Record<string, never>;
    response: { ok: true; path: string; width: number; height: number } | Failure;
  };
  /**
   * popup → content (tabs.sendMessage): what Gloss found on this tab. `hostname` (optional, location.hostname)
   * lets the popup offer the site switch without any permission to read tab URLs.
   */
  tabEntities: {
    request: Record<string, never>;
    response: { ok: true; isArticle: boolean; groups: EntityGroup[]; hostname?: string } | Failure;
  };
  /** popup → content: scroll to the first mention of an entity and show its popover. */
  focusEntity: {
    request: { name: string; type: EntityType; id?: string | null };
    response: { ok: true } | Failure;
  };
  /**
   * background → content (tabs.sendMessage): a keyboard command fired; step to the next (1) or previous (-1)
   * entity and show its popover. Content scripts cannot hear browser.commands, so the background forwards.
   */
  stepEntity: {
    request: { direction: 1 | -1 };
    response: { ok: true } | Failure;
  };
  /** popup → background: how current and how big the dictionary is (About panel). */
  dictionaryInfo: {
    request: Record<string, never>;
    response: { ok: true; asOf: string; counts: DictionaryCounts; byteLength: number } | Failure;
  };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

/** What travels: the name in `type`, the request in `payload` (focusEntity's own `type` field would clash if flat). */
export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

/** Largest article text the background accepts (characters; the table says ≤ 5 MB). */
export const MAX_ANNOTATE_TEXT = 5_000_000;

// ---------------------------------------------------------------------------------------------------------------
// Validators: hand-written guards. Requests are accepted or rejected whole; responses are parsed, so that a bad
// mention inside an otherwise good annotate reply is dropped instead of losing the article.

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isEntityType(value: unknown): value is EntityType {
  return ENTITY_TYPES.includes(value as EntityType);
}
function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isFailure(value: unknown): value is Failure {
  return isObject(value) && value.ok === false && typeof value.error === 'string';
}

/** Parses a card; null when a required field is wrong. Non-string extra lines are dropped. */
export function parseEntityCard(value: unknown): EntityCard | null {
  if (!isObject(value)) return null;
  if (!isEntityType(value.type) || typeof value.title !== 'string' || typeof value.subtitle !== 'string') return null;
  const card: EntityCard = {
    type: value.type,
    title: value.title,
    subtitle: value.subtitle,
    lines: Array.isArray(value.lines) ? value.lines.filter((line): line is string => typeof line === 'string') : [],
  };
  if (typeof value.possibleMisspellingOf === 'string') card.possibleMisspellingOf = value.possibleMisspellingOf;
  const location = value.location;
  if (isObject(location) && isFiniteNumber(location.lat) && isFiniteNumber(location.lon)) {
    if (Math.abs(location.lat) <= 90 && Math.abs(location.lon) <= 180) card.location = { lat: location.lat, lon: location.lon };
  }
  return card;
}

/**
 * Parses one mention; null when it cannot be painted safely: offsets that are not integers in order, text that
 * is not a string or whose length disagrees with the offsets, an unknown type, or a broken card.
 */
export function parseMention(value: unknown): AnnotatedMention | null {
  if (!isObject(value)) return null;
  const { text, start, end, type, id, name, context } = value;
  if (typeof text !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  const from = start as number;
  const to = end as number;
  if (from < 0 || to <= from || to - from !== text.length) return null;
  if (!isEntityType(type) || !isStringOrNull(id ?? null) || !isStringOrNull(name ?? null)) return null;
  if (!isStringOrNull(value.value ?? null)) return null;
  const card = parseEntityCard(value.card);
  if (!card) return null;
  const mention: AnnotatedMention = {
    text,
    start: from,
    end: to,
    type,
    id: (id ?? null) as string | null,
    name: (name ?? null) as string | null,
    value: (value.value ?? null) as string | null,
    context: typeof context === 'string' ? context : '',
    card,
  };
  if (value.guess === true) mention.guess = true;
  return mention;
}

/** Keeps the good mentions of a list, in order. */
export function parseMentions(value: unknown): AnnotatedMention[] | null {
  if (!Array.isArray(value)) return null;
  const mentions: AnnotatedMention[] = [];
  for (const entry of value) {
    const mention = parseMention(entry);
    if (mention) mentions.push(mention);
  }
  if (mentions.length < value.length) console.debug(`Gloss: dropped ${value.length - mentions.length} malformed mentions`);
  return mentions;
}

function parseGroup(value: unknown): EntityGroup | null {
  if (!isObject(value)) return null;
  if (!isEntityType(value.type) || typeof value.name !== 'string' || !isStringOrNull(value.id ?? null)) return null;
  if (!isCount(value.count)) return null;
  return { type: value.type, name: value.name, id: (value.id ?? null) as string | null, count: value.count };
}

function isEmptyRequest(value: unknown): value is Record<string, never> {
  return value === undefined || isObject(value); // extra fields are ignored, never read
}

type RequestGuards = { [K in MessageName]: (payload: unknown) => payload is RequestOf<K> };

/** Request guards: true only for a payload the receiver can act on. Extra fields are tolerated and ignored. */
export const requestValidators: RequestGuards = {
  annotate: (p): p is RequestOf<'annotate'> =>
    isObject(p) &&
    typeof p.text === 'string' &&
    p.text.length <= MAX_ANNOTATE_TEXT &&
    isStringOrNull(p.published) &&
    (p.url === undefined || typeof p.url === 'string'),
  getWorldMap: isEmptyRequest as RequestGuards['getWorldMap'],
  tabEntities: isEmptyRequest as RequestGuards['tabEntities'],
  focusEntity: (p): p is RequestOf<'focusEntity'> =>
    isObject(p) && typeof p.name === 'string' && isEntityType(p.type) && (p.id === undefined || isStringOrNull(p.id)),
  stepEntity: (p): p is RequestOf<'stepEntity'> => isObject(p) && (p.direction === 1 || p.direction === -1),
  dictionaryInfo: isEmptyRequest as RequestGuards['dictionaryInfo'],
};

type ResponseParsers = { [K in MessageName]: (value: unknown) => ResponseOf<K> | null };

/** Response parsers: the cleaned response, or null when it is not a response of that message at all. */
export const responseParsers: ResponseParsers = {
  annotate: (v) => {
    if (isFailure(v)) return { ok: false, error: v.error };
    if (!isObject(v) || v.ok !== true) return null;
    const mentions = parseMentions(v.mentions);
    return mentions ? { ok: true, mentions } : null;
  },
  getWorldMap: (v) => {
    if (isFailure(v)) return { ok: false, error: v.error };
    if (!isObject(v) || v.ok !== true || typeof v.path !== 'string') return null;
    if (!isFiniteNumber(v.width) || !isFiniteNumber(v.height) || v.width <= 0 || v.height <= 0) return null;
    return { ok: true, path: v.path, width: v.width, height: v.height };
  },
  tabEntities: (v) => {
    if (isFailure(v)) return { ok: false, error: v.error };
    if (!isObject(v) || v.ok !== true || typeof v.isArticle !== 'boolean' || !Array.isArray(v.groups)) return null;
    const groups = v.groups.map(parseGroup).filter((g): g is EntityGroup => g !== null);
    const reply: ResponseOf<'tabEntities'> = { ok: true, isArticle: v.isArticle, groups };
    if (typeof v.hostname === 'string' && v.hostname.length > 0) reply.hostname = v.hostname;
    return reply;
  },
  focusEntity: (v) => {
    if (isFailure(v)) return { ok: false, error: v.error };
    return isObject(v) && v.ok === true ? { ok: true } : null;
  },
  stepEntity: (v) => {
    if (isFailure(v)) return { ok: false, error: v.error };
    return isObject(v) && v.ok === true ? { ok: true } : null;
  },
  dictionaryInfo: (v) => {
    if (isFailure(v)) return { ok: false, error: v.error };
    if (!isObject(v) || v.ok !== true || typeof v.asOf !== 'string' || !isCount(v.byteLength)) return null;
    const c = v.counts;
    if (!isObject(c)) return null;
    const keys = ['people', 'peopleWithRoles', 'places', 'organizations', 'aliases'] as const;
    if (!keys.every((key) => isCount(c[key]))) return null;
    const counts = Object.fromEntries(keys.map((key) => [key, c[key]])) as unknown as DictionaryCounts;
    return { ok: true, asOf: v.asOf, counts, byteLength: v.byteLength };
  },
};

export function isMessageName(value: unknown): value is MessageName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestValidators, value);
}

/** The envelope, if this is a well-formed Gloss message; null otherwise. */
export function parseEnvelope(message: unknown): Envelope | null {
  if (!isObject(message) || !isMessageName(message.type)) return null;
  const payload = message.payload ?? {};
  if (!requestValidators[message.type](payload)) return null;
  return { type: message.type, payload } as Envelope;
}

// ---------------------------------------------------------------------------------------------------------------
// Sending. Never throws: a missing receiver, an exception or a malformed reply all come back as a Failure.

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

function finish<K extends MessageName>(name: K, reply: unknown): ResponseOf<K> {
  const parsed = responseParsers[name](reply);
  if (parsed) return parsed;
  // undefined: a receiver exists but none handled the message (or it is another context's message).
  return { ok: false, error: reply === undefined ? 'no response' : `malformed ${name} response` };
}

export async function sendToBackground<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: name, payload } satisfies Envelope<K>);
    return finish(name, reply);
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * To the content script of one tab's top frame (the article; a frame's own script must not answer for the tab).
 * "Receiving end does not exist" (no content script there) becomes a Failure.
 */
export async function sendToTab<K extends MessageName>(tabId: number, name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: name, payload } satisfies Envelope<K>, { frameId: 0 });
    return finish(name, reply);
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Receiving.

export type MessageSender = { id?: string; tab?: { id?: number; url?: string }; url?: string };

export type Handlers = {
  [K in MessageName]?: (payload: RequestOf<K>, sender: MessageSender) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/**
 * The listener itself, exported for tests. Returns true (and answers through sendResponse) when it handles the
 * message, undefined otherwise so another listener may answer. sendResponse + `return true` is used rather than
 * returning a promise because it works the same in Chrome without the polyfill, in Firefox, and through the polyfill.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    // Other extensions can message us (externally_connectable aside, Firefox delivers some); only our own count.
    if (!sender || sender.id !== browser.runtime.id) {
      console.debug('Gloss: unrecognised message', message);
      return undefined;
    }
    const envelope = parseEnvelope(message);
    if (!envelope) {
      console.debug('Gloss: unrecognised message', message);
      return undefined;
    }
    const handler = handlers[envelope.type] as
      | ((payload: unknown, sender: MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined; // a valid message meant for another context
    Promise.resolve()
      .then(() => handler(envelope.payload, sender))
      .then(
        (response) => sendResponse(response),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) } satisfies Failure),
      );
    return true;
  };
}

/** Registers handlers for the messages this context answers. Returns the function that removes them. */
export function onMessage(handlers: Handlers): () => void {
  const listener = createMessageListener(handlers);
  // The browser's listener type is wider than ours; the listener checks everything it reads.
  const event = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
