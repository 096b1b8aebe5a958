// Alias generation for the compiler: which strings name each entity, with AliasFlag bits (surname-only forms,
// middle initials dropped, acronyms, common words). Pure; used at build time and by tests.
import { isCommonWord } from './common-words';
import { AliasFlag } from './types';

export interface AliasSpec {
  surface: string;
  flags: number;
}

/** Family names written FIRST in Chinese, Korean and Singaporean names as English news prints them. */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    // Chinese (pinyin and older romanisations used in Taiwan, Hong Kong, Singapore)
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu ' +
    'zhong lyu lu dai cui qin xi qian kong bai wen mao hou shi fan tan yan meng long wan duan lei qiu chang lai gong ' +
    'hua kang yin yi wen ji mei ning ou qi rao tao xiong xue zou zhan tsai chiang chu hsu lien soong teo goh ong lim ' +
    'ng koh chan wong leung lam cheung tsang yip tung ho lee chow kwok tse lau mak fok siu au ' +
    // Korean
    'kim park choi jung jeong kang cho yoon yun jang han oh seo shin kwon hwang ahn yoo hong jeon ko moon mun ' +
    'son bae baek heo nam roh noh ban chung rhee chun'
  ).split(' '),
);

/** Countries whose names put the family name first (Vietnam is handled apart: news use the last name). */
const FAMILY_FIRST_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'SG']);

/** Particles that belong to the surname: "von der Leyen", "de Gaulle", "Le Drian", "bin Salman", "da Silva". */
const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'bin', 'ibn', 'al', 'el',
  'dos', 'das', 'ter', 'ten', 'zu', 'af', 'ben', 'bint', "d'", 'st', 'st.', 'mac',
]);

/** Name suffixes dropped before taking the surname (and regnal numbers: "Bartholomew I", "Charles III"). */
const SUFFIX_RE = /^(jr\.?|sr\.?|[ivx]+|\d+(st|nd|rd|th))$/i;

/** Surname-only forms never generated: they are everyday function words ("He Lifeng" -> "He", "An Kyung-duk"
 *  -> "An"); a capitalised one starts thousands of sentences per megabyte of news. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'i', 'he', 'she', 'it', 'we', 'me', 'us', 'in', 'on', 'at', 'by', 'to', 'of', 'or', 'if', 'so', 'do',
  'go', 'no', 'be', 'as', 'up', 'my', 'is', 'am', 'are', 'was', 'his', 'her', 'the', 'and', 'but', 'not', 'you',
  'yes', 'who', 'how', 'why', 'all', 'one', 'two', 'new', 'now', 'our', 'out', 'its', 'for', 'has', 'had', 'this',
  'that', 'they', 'them', 'then', 'than', 'there', 'here', 'when', 'what', 'with', 'from', 'into', 'over', 'some',
]);

/** Honorific, religious and regnal prefixes some data rows carry ("Sheikh Tamim bin Hamad Al Thani", "Pope Francis",
 *  "Mother Teresa", "Crown Prince Mohammed bin Salman", "Dalai Lama", "Aga Khan"). Stripped before taking the surname;
 *  what is left of a title and one name ("Francis", "Teresa") is a given name, not a surname, so no surname alias.
 *  Titles that are also common given names ("Amir", "Sultan", "Raja", "Shah", "Duke") are not listed: "Amir Peretz". */
const PREFIXES = new Set([
  'sheikh', 'sheikha', 'shaikh', 'sir', 'dame', 'dr', 'dr.', 'prince', 'princess', 'king', 'queen', 'emir', 'lord', 'lady',
  'pope', 'saint', 'mother', 'father', 'sister', 'brother', 'emperor', 'empress', 'tsar', 'czar', 'crown', 'grand',
  'duchess', 'archduke', 'ayatollah', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'metropolitan', 'rabbi', 'mullah',
  'mufti', 'reverend', 'rev', 'rev.', 'president', 'general', 'gen.', 'marshal', 'dalai', 'aga', 'maharaja', 'begum',
]);

/** Prefixes followed by a family name rather than a given name ("Ayatollah Khomeini", but "Pope Francis"). */
const SURNAME_TITLES = new Set(['ayatollah', 'president', 'general', 'gen.', 'marshal', 'reverend', 'rev', 'rev.', 'dr', 'dr.', 'rabbi']);

/** A regnal or dynastic number ("Juan Carlos I", "John Paul II", "Carl XVI Gustaf"). */
const REGNAL_RE = /^[IVX]+$/;

/** Countries whose names carry generational suffixes ("Benigno Aquino III", "Frank Kendall III"): there a final II,
 *  III or IV is dropped like "Jr." and the surname kept; elsewhere a Roman numeral marks a monarch or pope. */
const GENERATIONAL_COUNTRIES = new Set(['US', 'PH', 'CA', 'LR']);

/** Spanish-speaking countries, where a three-part name often ends in two surnames ("López Obrador"). */
const HISPANIC = new Set(['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'CU', 'DO']);

const INITIAL_RE = /^\p{Lu}\.?$/u;

function words(name: string): string[] {
  return name.trim().split(/\s+/).filter((w) => w.length > 0);
}

/** True when the alias looks like an acronym: 2-6 letters, all upper case, one word ("NATO", "US", "UAE"). */
export function looksLikeAcronym(alias: string): boolean {
  if (/\s/.test(alias)) return false;
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The short form news use for a person on second mention ("Lavrov", "Xi", "von der Leyen", "Moon"), or null for
 * one-word names.
 */
export function surnameOf(name: string, country?: string): string | null {
  let w = words(name);
  // Royal and noble styles ("Felipe VI of Spain", "Charles, Prince of Wales") have no surname to take.
  if (w.some((x) => x === 'of')) return null;
  // Monarchs and popes have no surname: "Juan Carlos I" is never "Carlos", "John Paul II" never "Paul".
  if (w.slice(1, -1).some((x) => REGNAL_RE.test(x.replace(/,$/, '')))) return null;
  const lastWord = w[w.length - 1].replace(/[,.]$/, '');
  if (w.length > 1 && REGNAL_RE.test(lastWord)
    && !(['II', 'III', 'IV'].includes(lastWord) && (!country || GENERATIONAL_COUNTRIES.has(country)) && !PREFIXES.has(w[0].toLowerCase()))) return null;
  while (w.length > 1 && SUFFIX_RE.test(w[w.length - 1].replace(/,$/, ''))) w = w.slice(0, -1);
  let surnameTitle = false;
  while (w.length > 1 && PREFIXES.has(w[0].toLowerCase())) {
    if (SURNAME_TITLES.has(w[0].toLowerCase())) surnameTitle = true;
    w = w.slice(1);
  }
  w = w.map((x) => x.replace(/,$/, ''));
  // "Ayatollah Khomeini", "General Soleimani": these titles go with the family name.
  if (w.length === 1 && surnameTitle && !FUNCTION_WORDS.has(w[0].toLowerCase())) return w[0];
  if (w.length < 2) return null;
  const first = w[0].toLowerCase();
  const last = w[w.length - 1].toLowerCase();
  if (country === 'VN') return w[w.length - 1];
  if (country && FAMILY_FIRST_COUNTRIES.has(country)) {
    if (EAST_ASIAN_FAMILY_NAMES.has(first)) return w[0];
    if (EAST_ASIAN_FAMILY_NAMES.has(last)) return w[w.length - 1];
    // "Tsai Ing-wen", "Moon Jae-in": a hyphenated given name follows the family name.
    return w[0];
  }
  if (!country && EAST_ASIAN_FAMILY_NAMES.has(first) && w.length <= 3 && w.slice(1).some((x) => x.includes('-'))) return w[0];
  // Particles before the last word belong to the surname.
  let s = w.length - 1;
  while (s - 1 >= 1 && PARTICLES.has(w[s - 1].toLowerCase())) s--;
  return w.slice(s).join(' ');
}

/** "George W. Bush" -> "George Bush"; null when there is no middle initial. */
export function withoutMiddleInitials(name: string): string | null {
  const w = words(name);
  if (w.length < 3) return null;
  const kept = [w[0], ...w.slice(1, -1).filter((x) => !INITIAL_RE.test(x)), w[w.length - 1]];
  return kept.length < w.length && kept.length >= 2 ? kept.join(' ') : null;
}

/** Options of the alias generators. */
export interface AliasOptions {
  /** Extra common-word test (the compiler passes the data/lexicon word lists); the built-in list always applies. */
  isCommon?: (alias: string) => boolean;
}

function acronymFlag(surface: string): number {
  return looksLikeAcronym(surface) ? AliasFlag.ACRONYM : 0;
}

class AliasList {
  readonly items: AliasSpec[] = [];
  private readonly seen = new Map<string, number>();
  constructor(private readonly options: AliasOptions = {}) {}
  add(surface: string, flags: number): void {
    // A leading lower-case article is not part of the name: match "Netherlands", not "the Netherlands".
    let s = surface.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/^the /, '');
    // One letter is never enough to name something in running text ("A", "I", "X").
    if (s.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return;
    if (flags & AliasFlag.SURNAME_ONLY) {
      const letters = s.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || FUNCTION_WORDS.has(s.toLowerCase())) return;
    }
    s = s.trim();
    const common = isCommonWord(s) || (this.options.isCommon?.(s) ?? false);
    let f = flags | (common ? AliasFlag.COMMON_WORD : 0);
    if (/^\p{Ll}/u.test(s)) f |= AliasFlag.LOWER_START;
    const at = this.seen.get(s);
    if (at !== undefined) {
      // The same string from two routes: keep the stronger reading (a full name beats a derived surname).
      const old = this.items[at].flags;
      this.items[at].flags = old & f;
      return;
    }
    this.seen.set(s, this.items.length);
    this.items.push({ surface: s, flags: f });
  }
}

export function personAliases(p: { name: string; aliases?: string[]; country?: string }, options?: AliasOptions): AliasSpec[] {
  const out = new AliasList(options);
  const fulls = [p.name, ...(p.aliases ?? [])];
  fulls.forEach((full, i) => {
    const alt = i === 0 ? 0 : AliasFlag.ALT_NAME;
    out.add(full, alt | acronymFlag(full));
  });
  for (const full of fulls) {
    const short = withoutMiddleInitials(full);
    if (short) out.add(short, AliasFlag.SHORT_FORM);
  }
  for (const full of fulls) {
    if (words(full).length < 2) continue;
    const sur = surnameOf(full, p.country);
    if (!sur || sur === full) continue;
    out.add(sur, AliasFlag.SURNAME_ONLY);
    // "al-Assad" is also written "Assad".
    const bare = sur.replace(/^(al|el|Al|El)[-‐]/u, '');
    if (bare !== sur && bare.length > 2) out.add(bare, AliasFlag.SURNAME_ONLY);
    // "Andrés Manuel López Obrador": news also say "López Obrador" (kept above when the particles rule did not).
    const w = words(full);
    const two = w.slice(-2);
    if (p.country && HISPANIC.has(p.country) && w.length >= 3 && !sur.includes(' ') && two.every((x) => /^\p{Lu}\p{Ll}/u.test(x) && !PARTICLES.has(x.toLowerCase()))) {
      out.add(two.join(' '), AliasFlag.SURNAME_ONLY);
    }
  }
  return out.items;
}

export function organizationAliases(o: { name: string; aliases?: string[]; acronyms?: string[]; ambiguous?: boolean; ambiguousAliases?: string[] }, options?: AliasOptions): AliasSpec[] {
  const out = new AliasList(options);
  const amb = o.ambiguous ? AliasFlag.AMBIGUOUS : 0;
  out.add(o.name, amb | acronymFlag(o.name));
  for (const a of o.aliases ?? []) out.add(a, AliasFlag.ALT_NAME | amb | acronymFlag(a));
  // UN bodies as news write them: "United Nations Development Programme" is also "UN Development Programme" and
  // "U.N. Development Programme" (the matcher needs the periods written where the alias has them).
  for (const full of [o.name, ...(o.aliases ?? [])]) {
    const m = /^(United Nations|UN|U\.N\.) (\p{Lu}.*)$/u.exec(full);
    if (!m) continue;
    for (const prefix of ['UN', 'U.N.']) if (prefix !== m[1]) out.add(`${prefix} ${m[2]}`, AliasFlag.ALT_NAME | amb);
  }
  for (const a of o.acronyms ?? []) out.add(a, AliasFlag.ACRONYM | amb);
  // Per-alias ambiguity: "Spurs" needs context, "Tottenham Hotspur" does not.
  for (const a of o.ambiguousAliases ?? []) out.add(a, AliasFlag.ALT_NAME | AliasFlag.AMBIGUOUS | acronymFlag(a));
  return out.items;
}

export function placeAliases(p: { name: string; aliases?: string[] }, options?: AliasOptions): AliasSpec[] {
  const out = new AliasList(options);
  out.add(p.name, acronymFlag(p.name));
  for (const a of p.aliases ?? []) out.add(a, AliasFlag.ALT_NAME | acronymFlag(a));
  return out.items;
}
