// The popup's _locales: every locale has exactly English's keys, non-empty messages and the same placeholders; the
// popup's markup holds no literal English; t() falls back to English with substitutions where there is no i18n.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { t, tAround, uiLocale } from '../../components/popup/i18n';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES_DIR = join(ROOT, 'public', '_locales');
const POPUP_DIR = join(ROOT, 'components', 'popup');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

const read = (locale: string) => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
const LOCALES = readdirSync(LOCALES_DIR).sort();
const en = read('en');
const others = LOCALES.filter((locale) => locale !== 'en');

/** The $NAME$ references in a message (lower case: Chrome matches placeholder names case-insensitively). */
const references = (message: string) =>
  [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1].toLowerCase()).sort();
const placeholderContents = (entry: Message) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));

describe('_locales', () => {
  it('has the four UI languages', () => {
    expect(LOCALES).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each(LOCALES)('%s: keys are valid message names', (locale) => {
    for (const key of Object.keys(read(locale))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it.each(others)('%s has every key en has, and no others', (locale) => {
    const keys = Object.keys(read(locale));
    expect(keys.filter((key) => !(key in en)), 'keys en does not have').toEqual([]);
    expect(Object.keys(en).filter((key) => !keys.includes(key)), 'keys missing').toEqual([]);
  });

  it.each(LOCALES)('%s: every message is a non-empty string', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it.each(LOCALES)('%s: every $NAME$ used is defined, and every one defined is used', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      expect(references(entry.message), key).toEqual(Object.keys(placeholderContents(entry)).sort());
    }
  });

  it.each(others)('%s: placeholders match en (names and the substitutions they stand for)', (locale) => {
    const messages = read(locale);
    for (const [key, entry] of Object.entries(en)) {
      expect(placeholderContents(messages[key]), key).toEqual(placeholderContents(entry));
    }
  });

  it.each(others)('%s: translated, not copied (brand names and formats aside)', (locale) => {
    const messages = read(locale);
    const same = Object.keys(en).filter((key) => messages[key].message === en[key].message);
    // Names, versions, units and a few words French shares with English.
    const allowed = new Set(['extName', 'aboutVersion', 'sizeMegabytes', 'sizeKilobytes', 'sizeBytes', 'categoryOrganization', 'categoryDate', 'mentionOne', 'mentionOther']);
    expect(same.filter((key) => !allowed.has(key))).toEqual([]);
  });

  it.each(LOCALES)('%s: formatLocale is a locale Intl knows', (locale) => {
    const tag = read(locale).formatLocale.message;
    expect(Intl.getCanonicalLocales(tag)[0]).toBe(tag);
    expect(tag.split('-')[0]).toBe(locale);
  });

  it('the manifest takes its name, description and command descriptions from _locales', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("default_locale: 'en'");
    for (const key of ['extName', 'extDescription', 'commandNextEntity', 'commandPreviousEntity']) {
      expect(config).toContain(`'__MSG_${key}__'`);
    }
    expect(en.extName.message).toBe('Gloss');
    expect(en.extDescription.message).toBe('Explains the people, places, organisations and dates in news articles, offline.');
    // Chrome's limits on the store listing.
    for (const locale of LOCALES) expect(read(locale).extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('every key in en is used by the popup or the manifest', () => {
    const sources = [
      ...readdirSync(POPUP_DIR).map((file) => readFileSync(join(POPUP_DIR, file), 'utf8')),
      readFileSync(join(ROOT, 'entrypoints', 'popup', 'main.tsx'), 'utf8'),
      readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
    ].join('\n');
    const unused = Object.keys(en).filter((key) => !sources.includes(`'${key}'`) && !sources.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// No literal English in the popup's markup: JSX text, string literals in JSX, and user-visible attributes.

// Not `value`: a radio's value is data ("tint"), not text.
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'title', 'alt', 'placeholder', 'label']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/** Literal user-visible text in a .tsx file, with its line: what t() should have supplied. */
function literalText(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${file}:${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression) {
      const expression = node.expression;
      // {'Some words'} or {`Some ${x} words`} directly as a child.
      if ((ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) && hasWords(expression.text)
        && !ts.isJsxAttribute(node.parent)) report(node, expression.text);
      if (ts.isTemplateExpression(expression) && !ts.isJsxAttribute(node.parent) && hasWords(expression.head.text)) report(node, expression.head.text);
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sourceFile);
      const init = node.initializer;
      let value: string | undefined;
      if (init && ts.isStringLiteral(init)) value = init.text;
      else if (init && ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))) {
        value = init.expression.text;
      }
      if (value !== undefined && VISIBLE_ATTRIBUTES.has(name) && hasWords(value)) report(node, `${name}="${value}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('popup markup', () => {
  const files = readdirSync(POPUP_DIR).filter((file) => file.endsWith('.tsx'));

  it('scans the popup components', () => {
    expect(files).toEqual(expect.arrayContaining(['PopupApp.tsx', 'SettingsForm.tsx', 'AboutPanel.tsx', 'EntityList.tsx']));
  });

  it.each(files)('%s has no literal text outside t()', (file) => {
    expect(literalText(file, readFileSync(join(POPUP_DIR, file), 'utf8'))).toEqual([]);
  });

  it('the scan catches literal text, literal attributes and literal strings in braces', () => {
    const sample = `
      export const A = () => (
        <div title="Close the panel" aria-label={'Jump to it'} class="note page-state">
          <p>Hello there</p>
          <p>{'Some words'}</p>
          <p>{t('pageHeading')} ({count})</p>
          <span aria-hidden="true">{n}</span>
        </div>
      );`;
    expect(literalText('sample.tsx', sample)).toEqual([
      'sample.tsx:3: title="Close the panel"',
      'sample.tsx:3: aria-label="Jump to it"',
      'sample.tsx:4: Hello there',
      'sample.tsx:5: Some words',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The fallback: no `browser` here, so t() reads the English file itself.

describe('t() without browser.i18n', () => {
  it('gives the English message', () => {
    expect(t('pageHeading')).toBe('On this page');
    expect(t('extName')).toBe('Gloss');
  });

  it('fills placeholders from substitutions, in order', () => {
    expect(t('saveFailed', 'quota exceeded')).toBe('Could not save the change (quota exceeded).');
    expect(t('dictionaryPeopleCount', ['14,012', '9,150'])).toBe('14,012 (9,150 with dated roles)');
    expect(t('aboutVersion', '$1 and $$')).toBe('Gloss $1 and $$'); // substitutions are not re-read
  });

  it('splits a message around its one substitution', () => {
    expect(tAround('useOnSite')).toEqual(['Use on ', '']);
    expect(tAround('dictionaryAsOf')[0]).toBe('Facts as of ');
  });

  it('formats numbers and dates in British English', () => {
    expect(uiLocale()).toBe('en-GB');
  });
});
