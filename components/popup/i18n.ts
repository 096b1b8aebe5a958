// The popup's strings: browser.i18n with public/_locales/<locale>/messages.json, and the English file itself as the
// fallback where there is no extension i18n (unit tests in Node or happy-dom, a page opened outside the extension).
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ENGLISH: Record<MessageKey, Message> = en;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** The browser's getMessage, or null: wxt/browser is undefined in Node, and a page outside the extension has no i18n. */
function browserGetMessage(): GetMessage | null {
  try {
    const i18n = (browser as typeof browser | undefined)?.i18n;
    return typeof i18n?.getMessage === 'function' ? (key, substitutions) => i18n.getMessage(key as never, substitutions) : null;
  } catch {
    return null;
  }
}

/**
 * What getMessage does with the English file: each $NAME$ becomes its placeholder's content, in which $1…$9 are
 * the substitutions; "$$" is a literal "$".
 */
function englishMessage(key: MessageKey, substitutions: readonly string[]): string {
  const { message, placeholders = {} } = ENGLISH[key];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  const named = new Map(Object.entries(placeholders).map(([name, { content }]) => [name.toLowerCase(), content]));
  return message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (!name) return '$';
    const content = named.get(name.toLowerCase());
    return content === undefined ? '' : positional(content);
  });
}

/** The message for key in the browser's UI language (as far as _locales has it), English otherwise. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const list = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      // getMessage answers "" for a key the locale lacks (and for an unknown key), so English is the last resort.
      const localised = getMessage(key, list.length ? list : undefined);
      if (localised) return localised;
    } catch {
      // An invalidated extension context throws; English is still better than nothing.
    }
  }
  return englishMessage(key, list);
}

/**
 * A message with one substitution split around it, for markup in the middle of a sentence:
 * tAround('useOnSite') -> ['Use on ', ''], and the caller renders [before, <span>site</span>, after].
 */
export function tAround(key: MessageKey): [string, string] {
  const mark = '\u{E000}';
  const text = t(key, mark);
  const at = text.indexOf(mark);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + mark.length)];
}

/** The locale for numbers and dates beside these messages: the one the chosen messages.json names. */
export function uiLocale(): string {
  const locale = t('formatLocale');
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}
