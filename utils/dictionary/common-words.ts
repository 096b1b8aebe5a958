// Words that are names of places, people or organisations AND ordinary English words: an alias equal to one of
// these gets the COMMON_WORD flag, so the recogniser asks for more evidence ("Nice" the city vs "nice").
// The flag says only "this string is also a common word in lower case"; it never removes the entity. The build
// adds data/lexicon's larger English word lists to this built-in core.

const WORDS = `
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
will mark bill young bush rose grant hope joy faith grace summer winter autumn spring chance price cash gay
king prince queen earl bishop pope judge general admiral colonel marshal
reading nice mobile chad turkey bath split hull deal sale wells battle derby police west east north south central
union independence liberty freedom paradise mission justice harmony unity progress enterprise commerce industry
trade power energy house home office court city state nation republic pride glory honor honour hazard
temple church chapel bank market mall park ridge valley river lake hill hills mountain island bay beach harbour
harbor port fort mount bridge castle tower forest garden springs falls cliff street lane field fields wood woods
black white green brown gray grey red blue gold golden silver orange lime olive rich long short little big great
grand new old early late strong stone sharp sweet fair fine good best well hard
english french german dutch swiss polish danish irish scottish welsh
win won lead gain loss rally strike storm fire flood rain snow wind
army navy guard council senate congress parliament government academy college university school
buffalo eagle falcon fox wolf bear lion tiger hawk crane swan beaver bison deer
normal model ideal modern classic royal liberal federal national global
`;

/** Lower-case words that are also common English words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** True when the alias (any case) is, as a whole, also a common English word. */
export function isCommonWord(alias: string): boolean {
  return COMMON_WORDS.has(alias.trim().toLowerCase());
}
