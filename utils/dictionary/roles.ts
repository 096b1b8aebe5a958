// How important a role title is: orders a person's roles on the card and people sharing a surname.

/** Bodies whose "President"/"Vice President"/"Chairman" is not a head of state or government. */
const BODY = /\b(congress|assembly|parliament|court|committee|commission|party|bank|council|senate|chamber|duma|conference|league|federation of|union of|academy|university|society|association|tribunal|house|region|province|state of|republic of [a-z]+ (?:of|in))\b/i;

// Cached: a dozen regular expressions per title, and every person card ranks all of the person's roles (a reader
// hovering one name after another asks for the same few titles again and again).
const RANK_CACHE_MAX = 50_000;
const rankCache = new Map<string, number>();

/**
 * 3 = head of state or government (or of the UN); 2.5 = foreign minister (the office international news quote
 * most); 2 = other senior minister, deputy head of state or government, secretary-general; 1 = other office;
 * 0 = empty title.
 */
export function roleRank(title: string): number {
  let rank = rankCache.get(title);
  if (rank === undefined) {
    rank = rankOf(title);
    // Bounded: a background that lives for days must not keep every title it ever saw (there are ~21k spells).
    if (rankCache.size >= RANK_CACHE_MAX) rankCache.clear();
    rankCache.set(title, rank);
  }
  return rank;
}

function rankOf(title: string): number {
  if (!title) return 0;
  const t = title.toLowerCase();
  const head = /^(president|prime minister|premier|chancellor|federal chancellor|king|queen|emperor|empress|pope|supreme leader|emir|sultan|monarch|head of state|head of government|taoiseach|general secretary of the (chinese )?communist party|secretary-general of the united nations|secretary general of the united nations)\b/.test(t);
  if (/^president of the european (commission|council)\b/.test(t)) return 3;
  if (/^(vice|deputy|first deputy)[- ](president|prime minister|premier|chancellor)\b/.test(t)) {
    return BODY.test(t.replace(/^[a-z -]+? of (the )?/, '')) ? 1 : 2;
  }
  if (/^(deputy|vice|assistant|under|parliamentary|junior|minister of state|shadow)\b/.test(t)) return 1;
  if (/^chancellor of the (exchequer|duchy)/.test(t)) return 2;
  if (head && !BODY.test(t.replace(/^(president|prime minister|premier|chancellor) of (the )?/, ''))) return 3;
  if (/\bforeign (minister|secretary|affairs)\b|\bminister (of|for) foreign\b|\bforeign and commonwealth\b/.test(t)) return 2.5;
  if (/\bsecretary of state\b/.test(t) && !/\bsecretary of state for\b/.test(t)) return 2.5; // the US office
  if (/\bsecretary of state for\b/.test(t)) return 1.5; // UK cabinet posts
  if (/\b(defen[cs]e|finance|interior|home|treasury)\b/.test(t) && /\b(minister|secretary|chancellor)\b/.test(t)) return 2;
  if (/^secretary(-| )general\b/.test(t)) return 2;
  return 1;
}
