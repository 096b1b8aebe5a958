// Ambiguous names in sentences a wire editor would recognise: what must and must not be highlighted, as what.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { recognizeNames, type NameMention } from '../../utils/recognize/index';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

type T = 'person' | 'place' | 'organization';
/** "p:Theresa May" = a person spanning exactly "Theresa May"; "=Name" pins the canonical name; "#id" pins the id. */
interface Row {
  text: string;
  must?: string[];
  not?: string[];
  published?: string;
}

const TYPES: Record<string, T> = { p: 'person', l: 'place', o: 'organization' };

// Each row: the sentence that motivated the rule, what must be found (type:span[=canonical name][#id]) and
// spans that must not be highlighted at all (or not as that type: "l:Jordan").
const ROWS: Row[] = [
  // Theresa May vs the month and the verb
  { text: 'Theresa May met EU leaders in Brussels on Tuesday.', must: ['p:Theresa May=Theresa May', 'l:Brussels'], not: ['May'] },
  { text: 'Prime Minister Theresa May said on Monday that May would be a busy month.', must: ['p:Theresa May'] },
  { text: 'Theresa May resigned. May said she had done her best.', must: ['p:Theresa May', 'p:May=Theresa May'] },
  { text: 'Prices may rise in May, the central bank said.', not: ['may', 'May'] },
  // Jordan the country vs Jordan the given name
  { text: 'Liverpool captain Jordan Henderson scored twice.', must: ['p:Jordan Henderson'], not: ['l:Jordan', 'Henderson'] },
  { text: 'Jordan closed its border with Syria on Sunday.', must: ['l:Jordan#place:cc:JO', 'l:Syria'] },
  { text: 'King Abdullah of Jordan visited Amman on Sunday.', must: ['l:Jordan', 'l:Amman'] },
  { text: 'Michael Jordan played for the Chicago Bulls.', must: ['p:Michael Jordan'], not: ['l:Jordan'] },
  // Washington the person, the capital, the state
  { text: 'George Washington crossed the Delaware in 1776.', must: ['p:George Washington'], not: ['l:Washington'] },
  { text: 'Officials in Washington said the talks had stalled.', must: ['l:Washington'] },
  { text: 'Denzel Washington won the award.', must: ['p:Denzel Washington'], not: ['l:Washington'] },
  { text: 'Reports from Washington said on Thursday that Russia was recalling its ambassador.', must: ['l:Washington', 'l:Russia'] },
  // Nice the city vs nice the word
  { text: 'They had nice weather in Nice last week.', must: ['l:Nice'], not: ['nice'] },
  { text: 'Nice to meet you, said the ambassador.', not: ['Nice'] },
  { text: 'The attack in Nice killed 86 people.', must: ['l:Nice'] },
  { text: 'It was a nice gesture.', not: ['nice'] },
  // Reading the town vs the verb
  { text: 'Reading the report, the minister frowned.', not: ['Reading'] },
  { text: 'The club moved from Reading to London.', must: ['l:Reading', 'l:London'] },
  { text: 'Reading these figures, analysts saw a slowdown.', not: ['Reading'] },
  { text: 'Police in Reading arrested two men.', must: ['l:Reading'] },
  // Turkey the country vs the bird
  { text: 'Turkey said on Monday it would retaliate.', must: ['l:Turkey#place:cc:TR'] },
  { text: 'We ate turkey at Thanksgiving.', not: ['turkey'] },
  { text: 'The Thanksgiving Turkey was enormous.', not: ['Turkey'] },
  { text: 'Ankara is the capital of Turkey.', must: ['l:Ankara', 'l:Turkey'] },
  { text: 'Turkey and Greece agreed to talks.', must: ['l:Turkey', 'l:Greece'] },
  // Georgia the country vs the US state
  { text: "Georgia's governor signed the bill in Atlanta.", must: ['l:Georgia#place:adm1:US.GA', 'l:Atlanta'] },
  { text: 'Tbilisi accused Russia of occupying parts of Georgia.', must: ['l:Georgia#place:cc:GE', 'l:Tbilisi'] },
  { text: 'Georgian troops withdrew as Russia and Georgia traded blame.', must: ['l:Georgia#place:cc:GE'], not: ['Georgian'] },
  { text: 'Voters in Georgia, Arizona and Pennsylvania decided the election.', must: ['l:Georgia#place:adm1:US.GA', 'l:Arizona', 'l:Pennsylvania'] },
  // Paris the city vs Paris the given name
  { text: 'Paris Hilton arrived at the premiere.', must: ['p:Paris Hilton'], not: ['l:Paris'] },
  { text: 'Talks resumed in Paris on Friday.', must: ['l:Paris#place:gn:2988507'] },
  { text: 'They flew to Paris, Texas.', must: ['l:Paris', 'l:Texas'] },
  // Will Smith and the verb
  { text: 'Will Smith won an Oscar.', must: ['p:Will Smith'] },
  { text: 'Will the Fed raise rates?', not: ['Will'] },
  // Mobile, Alabama
  { text: 'The plant is in Mobile, Alabama.', must: ['l:Mobile', 'l:Alabama'] },
  { text: 'Mobile phone sales slowed.', not: ['Mobile'] },
  // China vs china
  { text: 'They sold fine china to tourists in China.', must: ['l:China'], not: ['china'] },
  { text: 'China on Wednesday opposed the statement.', must: ['l:China'] },
  // Chad the country vs the given name
  { text: 'Chad Johnson caught the pass.', must: ['p:Chad Johnson'], not: ['l:Chad'] },
  { text: 'Chad closed its border with Sudan.', must: ['l:Chad#place:cc:TD', 'l:Sudan'] },
  { text: 'Troops from Chad and Niger joined the force.', must: ['l:Chad', 'l:Niger'] },
  // Titles: span is the name only
  { text: 'President Biden signed the order.', must: ['p:Biden=Joe Biden'], not: ['President Biden'] },
  { text: 'US President Joe Biden even described Putin as a murderer.', must: ['p:Joe Biden', 'p:Putin=Vladimir Putin', 'l:US'] },
  { text: 'The Biden administration imposed sanctions.', must: ['p:Biden=Joe Biden'] },
  { text: 'Mr Xi met Mr Putin in Moscow.', must: ['p:Xi=Xi Jinping', 'p:Putin=Vladimir Putin', 'l:Moscow'], not: ['Mr Xi'] },
  { text: 'Xi Jinping addressed the congress. Xi said China would not back down.', must: ['p:Xi Jinping', 'p:Xi=Xi Jinping'] },
  { text: 'Mr. Biden told reporters he was optimistic.', must: ['p:Biden=Joe Biden'], not: ['Mr. Biden'] },
  { text: 'Dr Fauci testified before the Senate.', must: ['p:Fauci'] },
  { text: 'Ms Ardern announced the lockdown.', must: ['p:Ardern=Jacinda Ardern'] },
  { text: 'Chancellor Angela Merkel spoke in Berlin.', must: ['p:Angela Merkel', 'l:Berlin'] },
  { text: 'Russian President Vladimir Putin met Chinese President Xi Jinping.', must: ['p:Vladimir Putin', 'p:Xi Jinping'], not: ['Russian', 'Chinese'] },
  // Metonymy: seats of government are organisations
  { text: 'The Kremlin denied the report.', must: ['o:Kremlin'] },
  { text: 'Downing Street said the prime minister was confident.', must: ['o:Downing Street'] },
  { text: 'The White House declined to comment.', must: ['o:White House'] },
  // Coreference and possessives
  { text: 'Sergey Lavrov met Antony Blinken. Lavrov’s aides said the meeting was tense.', must: ['p:Sergey Lavrov', 'p:Antony Blinken', 'p:Lavrov=Sergey Lavrov'], not: ['Lavrov’s'] },
  { text: "Angela Merkel spoke in Berlin. Merkel's spokesman said Germany would help.", must: ['p:Merkel=Angela Merkel', 'l:Germany'], not: ["Merkel's"] },
  { text: 'Wang Yi met Yang Jiechi. Wang said the talks were frank.', must: ['p:Wang Yi', 'p:Yang Jiechi', 'p:Wang=Wang Yi'] },
  // Fuzzy
  { text: 'Zelenskyi said Ukraine would not give up territory.', must: ['p:Zelenskyi=Volodymyr Zelenskyy', 'l:Ukraine'] },
  { text: 'Opposition leader Alexei Navalny was jailed. Navalani is now in prison.', must: ['p:Alexei Navalny', 'p:Navalani=Alexei Navalny'] },
  { text: 'The committee discussed Mortgage rates.', not: ['Mortgage'] },
  // Fallback people the dictionary lacks
  { text: 'Chinese Foreign Ministry spokesman Zhao Lijian said on Thursday that the visit would go ahead.', must: ['p:Zhao Lijian', 'o:Chinese Foreign Ministry'], not: ['spokesman Zhao Lijian'] },
  { text: 'Boris Johnson met Michael Johnson at the stadium.', must: ['p:Boris Johnson', 'p:Michael Johnson'] },
  { text: 'West Indian all-rounder Phil Simmons took four for 38.', must: ['p:Phil Simmons'], not: ['West Indian'] },
  { text: 'Coach Guus Hiddink named his squad on Friday.', must: ['p:Guus Hiddink'] },
  { text: '"We will win," said Carlos Alberto Parreira.', must: ['p:Carlos Alberto Parreira'] },
  // Companies and other organisations
  { text: 'Apple shares rose after the launch.', must: ['o:Apple'] },
  { text: 'He ate an apple.', not: ['apple'] },
  { text: 'Shell reported record profits.', must: ['o:Shell'] },
  { text: 'Shares of Douglas & Lomason Co were up.', must: ['o:Douglas & Lomason Co'] },
  { text: 'Analysts at Acme Widgets Ltd expect growth.', must: ['o:Acme Widgets Ltd'] },
  { text: 'The Bank of England kept rates on hold.', must: ['o:Bank of England'], not: ['l:England'] },
  { text: 'NATO foreign ministers met in Brussels.', must: ['o:NATO', 'l:Brussels'] },
  { text: 'The United Nations Security Council met on Friday.', must: ['o:United Nations Security Council'] },
  { text: 'China Construction Bank reported higher profits.', not: ['l:China'] },
  // Events named after places are not the place
  { text: 'The U.S. Open starts next week in New York.', must: ['l:New York'], not: ['l:U.S.'] },
  { text: 'Sampras won the U.S. Open title.', not: ['l:U.S.'] },
  // Adjectives of nationality are not places
  { text: 'Chinese diplomats and Russian officials met in Alaska.', must: ['l:Alaska'], not: ['Chinese', 'Russian'] },
  { text: 'The Japanese government protested to Beijing.', must: ['l:Beijing'], not: ['Japanese'] },
  // Compound names and hyphens
  { text: 'China strikes back over US-Japanese accusations.', must: ['l:China', 'l:US'] },
  { text: 'The joint US-Japan statement criticised China.', must: ['l:US', 'l:Japan', 'l:China'] },
  { text: 'Hong Kong, Xinjiang, Tibet and Taiwan were on the agenda.', must: ['l:Hong Kong', 'l:Xinjiang', 'l:Tibet', 'l:Taiwan'] },
  // A name fused to a lower-case word by a hyphen is an adjective, not a mention ("X-based", "X-led", "X-controlled").
  { text: 'The Kuala Lumpur-based group said it would appeal.', not: ['l:Kuala Lumpur'] },
  { text: 'U.S.-led aircraft flew over rebel-held and PKK-controlled villages near Mosul.', must: ['l:Mosul'], not: ['l:U.S.', 'o:PKK'] },
  // Headlines in capitals
  { text: 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', must: ['l:JAPAN', 'l:CHINA'], not: ['LUCKY', 'WIN', 'SURPRISE'] },
  { text: 'RUSSIA SAYS TALKS WITH CHECHEN REBELS TO CONTINUE\nMOSCOW 1996-08-30\nRussia said talks would continue.', must: ['l:RUSSIA', 'l:MOSCOW', 'l:Russia'], not: ['SAYS', 'TALKS'] },
  // Datelines and places
  { text: 'LONDON 1996-08-30\nShares rose in London on Friday.', must: ['l:LONDON', 'l:London'] },
  { text: 'BEIJING (Reuters) - China said on Monday it would respond.', must: ['l:BEIJING', 'l:China'] },
  // Sports tables: clubs named after towns are organisations, national sides are places
  { text: 'SOCCER - DUTCH RESULTS\nAMSTERDAM 1996-08-30\nFeyenoord 3 Ajax 1\nUtrecht 2 Groningen 0', must: ['l:AMSTERDAM', 'o:Feyenoord', 'o:Ajax'], not: ['l:Utrecht'] },
  { text: 'SOCCER - WORLD CUP QUALIFIER\nRomania beat Lithuania 2-1 on Friday.', must: ['l:Romania', 'l:Lithuania'] },
  { text: 'CRICKET - COUNTY RESULTS\nLeicestershire beat Somerset by an innings and 39 runs.', not: ['l:Somerset'] },
  { text: 'Results: 1. Michael Johnson ( U.S. ) 19.32 2. Frankie Fredericks ( Namibia ) 19.68', must: ['p:Michael Johnson', 'p:Frankie Fredericks', 'l:U.S.', 'l:Namibia'] },
  { text: 'Somerset 83 and 174 ( P. Simmons 4-38 ) , Leicestershire 296 .', must: ['p:P. Simmons'] },
  // People with the same surname: the nearest one
  { text: 'Wang Yi met Wang Huning. Later Wang Huning left, and Wang said the talks were over.', must: ['p:Wang Yi', 'p:Wang=Wang Huning'] },
  // Ordinary capitalised words are not names
  { text: 'The Government said on Monday that Police had arrested 12 people.', not: ['Government', 'Police', 'Monday'] },
  { text: 'Breaking News: Markets Fall Sharply', not: ['Breaking', 'News', 'Markets'] },
  { text: 'Sources said the deal was close.', not: ['Sources'] },
  { text: 'Killer Note on Vladimir Putin', must: ['p:Vladimir Putin'], not: ['Killer'] },
  { text: 'Back to top button', not: ['Back'] },
  // More places
  { text: 'Fighting flared near Donetsk and in Mariupol.', must: ['l:Donetsk', 'l:Mariupol'] },
  { text: 'Flooding hit Bangladesh and eastern India.', must: ['l:Bangladesh', 'l:India'] },
  { text: 'The summit in Geneva ended without agreement.', must: ['l:Geneva'] },
  { text: 'Protests spread from Minsk to Brest.', must: ['l:Minsk'] },
  { text: 'Tensions rose in the South China Sea.', must: ['l:South China Sea'] },
  { text: 'He was born in Lagos, Nigeria.', must: ['l:Lagos', 'l:Nigeria'] },
  { text: 'Officials in Kyiv and Moscow traded accusations.', must: ['l:Kyiv', 'l:Moscow'] },
  { text: 'The ship sailed from Rotterdam to Singapore.', must: ['l:Rotterdam', 'l:Singapore'] },
  // More people
  { text: 'Emmanuel Macron and Olaf Scholz met in Paris.', must: ['p:Emmanuel Macron', 'p:Olaf Scholz', 'l:Paris'] },
  { text: 'Narendra Modi won a third term. Modi thanked voters.', must: ['p:Narendra Modi', 'p:Modi=Narendra Modi'] },
  { text: 'Then-President Donald Trump left the White House.', must: ['p:Donald Trump', 'o:White House'] },
  { text: 'Secretary of State Antony Blinken and National Security Advisor Jake Sullivan flew to Alaska.', must: ['p:Antony Blinken', 'p:Jake Sullivan', 'l:Alaska'] },
  { text: 'Pope Francis visited Iraq.', must: ['l:Iraq'], not: ['Pope'] },
  { text: 'Hakan Sukur scored for Turkey.', must: ['p:Hakan Sukur', 'l:Turkey'] },
  { text: 'Ms Thunberg spoke at the summit.', must: ['p:Thunberg'] },
  // More organisations
  { text: 'The European Union and the World Health Organization issued a statement.', must: ['o:European Union', 'o:World Health Organization'] },
  { text: 'The Labour Party won the by-election.', must: ['o:Labour Party'] },
  { text: 'The Ministry of Defence said two soldiers were hurt.', must: ['o:Ministry of Defence'] },
  { text: 'Harvard University researchers published the study.', must: ['o:Harvard University'] },
  // Per-alias ambiguity: a club's short name only in a sports report
  { text: 'CRICKET - SUSSEX HOLD ON\nYorkshire beat Leicestershire by 40 runs at Scarborough, with two wickets left in the innings.', must: ['o:Yorkshire', 'o:Leicestershire', 'l:Scarborough'] },
  { text: 'Tourism in Yorkshire grew last year, the regional board said.', not: ['o:Yorkshire'] },
  { text: 'BASEBALL - LATE RALLY\nThe Cubs beat the Braves 5-3 in 11 innings on Sunday to end a losing streak.', must: ['o:Cubs', 'o:Braves'] },
  { text: 'The giants of the oil industry met in Vienna. Giants of industry rarely agree.', not: ['o:Giants'] },
  // Results rows: the shape of the line makes a word or a surname a team
  { text: 'SOCCER - WELSH LEAGUE RESULTS\nResults of matches played on Saturday :\nBarry 2 Newport 1\nHull 0 Bangor 0\nStandings :\nHull 5 3 2 0 9 2 11', must: ['o:Hull', 'o:Barry', 'o:Newport'] },
  // A fixture list: "v X ( ... )" is the opponent, even when the town is a place name
  { text: 'CRICKET - TOUR ITINERARY\nJune 4 v Durham ( three days )\nJune 8 first test ( at Leeds )', must: ['o:Durham', 'l:Leeds'] },
  // Legal forms and wire desks complete known names
  { text: 'The Dow Chemical Co of the United States plans a plant in Texas.', must: ['o:Dow Chemical Co', 'l:United States'] },
  { text: 'Shares in Anglo Mining of Zambia Ltd fell, the company said.', must: ['o:Anglo Mining of Zambia Ltd'] },
  { text: 'The index rose 2 percent.\n-- Madrid Newsroom +34 91 555 0000', must: ['o:Madrid Newsroom'], not: ['l:Madrid'] },
  { text: 'Lead manager is Hartwell Stearns & Co Inc, the filing said.', must: ['o:Hartwell Stearns & Co Inc'] },
  { text: 'Dow Chemical Co shares rose 2 percent in early trade.', must: ['o:Dow Chemical Co'], not: ['o:Co'] },
  // A county named as a side in a cricket report is its club, and the card says so
  { text: 'CRICKET - ESSEX CLOSE IN\nKent beat Sussex by six wickets on the last day of the match.', must: ['o:Kent#org:ccc-kent', 'o:Sussex#org:ccc-sussex'] },
  // Context names a company or a paper; a lone letter in a table is never one
  { text: 'Vantrel CEO Maria Olsen told reporters the plant would close.', must: ['o:Vantrel'] },
  { text: 'But Le Soir newspaper, quoting witnesses, said two people died.', must: ['o:Le Soir'] },
  { text: 'Estimated price range N / A\nTotal shares to be offered N / A', not: ['N'] },
  // UN bodies in the "U.N." spelling
  { text: 'The U.N. Development Programme and the U.N. Security Council disagreed.', must: ['o:U.N. Development Programme', 'o:U.N. Security Council'] },
  // Lower-case forms the data writes out match as written
  { text: 'A memo from the office of the director of national intelligence was leaked on Friday.', must: ['o:office of the director of national intelligence'] },
  // Modern news style: abbreviated titles, knights by given name, seas and world areas, countries vs US towns
  { text: 'Sen. Elizabeth Warren (D-Mass.) called the move a tax on working families.', must: ['p:Elizabeth Warren'], not: ['Sen'], published: '2025-02-11' },
  { text: 'Gov. Abbott of Texas said the border bill would pass.', must: ['p:Abbott=Greg Abbott', 'l:Texas'], published: '2023-05-01' },
  { text: 'Keir Starmer faced a revolt on Wednesday. A spokesperson said Sir Keir retained the confidence of the cabinet.', must: ['p:Keir Starmer', 'p:Keir=Keir Starmer'], published: '2025-07-02' },
  { text: 'NASA said the mission would carry four astronauts around the Moon next year.', must: ['o:NASA'], not: ['Moon'], published: '2023-12-13' },
  { text: 'The United States warned Hezbollah, which fired rockets into Israel from Lebanon on Sunday.', must: ['l:United States', 'l:Lebanon#place:cc:LB', 'l:Israel'], published: '2024-03-21' },
  { text: 'Egypt said traffic through the Red Sea had fallen since ships were attacked near Cairo.', must: ['l:Egypt', 'l:Red Sea#place:red-sea', 'l:Cairo'], published: '2024-03-21' },
  { text: 'Juntas in Burkina Faso, Mali and Niger have spread across the Sahel.', must: ['l:Sahel#place:sahel', 'l:Burkina Faso'], published: '2024-02-17' },
  { text: 'Erling Haaland scored twice at the Etihad Stadium on Sunday.', must: ['p:Erling Haaland'], not: ['o:Etihad'], published: '2024-09-22' },
  { text: 'Voters in Essex backed Reform UK, officials in London said.', must: ['l:Essex#place:gb-county-essex', 'l:London'], published: '2025-07-02' },
  { text: 'Beyoncé, whose Renaissance tour broke records, sang in Los Angeles.', must: ['l:Los Angeles'], not: ['Renaissance'], published: '2023-12-08' },
  { text: 'French President Emmanuel Macron said Renaissance would campaign hard.', must: ['o:Renaissance', 'p:Emmanuel Macron'], published: '2024-06-01' },
  { text: 'TAIPEI — China began drills around Taiwan on Monday.', must: ['l:TAIPEI#place:gn:1668341', 'l:Taiwan'], published: '2024-05-27' },
  { text: 'Sales rose in Q3 and fell in H1, while Pro-Trump groups spent heavily in Ohio.', must: ['l:Ohio'], not: ['Q3', 'H1', 'Pro-Trump'], published: '2024-08-23' },
];

function hasMention(ms: NameMention[], spec: string): boolean {
  const m = /^([plo]):([^=#]+?)(?:=([^#]+))?(?:#(.+))?$/.exec(spec);
  if (!m) throw new Error(`bad spec ${spec}`);
  const [, t, span, name, id] = m;
  return ms.some((x) => x.type === TYPES[t] && x.text === span && (!name || x.name === name) && (!id || (x.entityIndex !== null && dict.entity(x.entityIndex).id === id)));
}

function hasForbidden(ms: NameMention[], spec: string): boolean {
  const m = /^([plo]):(.+)$/.exec(spec);
  if (m) return ms.some((x) => x.type === TYPES[m[1]] && x.text === m[2]);
  return ms.some((x) => x.text === spec);
}

describe('ambiguity table', () => {
  it('has at least 100 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(100);
  });
  it.each(ROWS.map((r) => [r.text, r] as const))('%s', (_t, row) => {
    const ms = recognizeNames(row.text, dict, row.published ?? '2021-03-18');
    const got = ms.map((x) => `${x.type[0]}:${x.text}${x.entityIndex !== null ? `=${x.name}` : ''}`).join(' | ');
    for (const spec of row.must ?? []) expect(hasMention(ms, spec), `missing ${spec}; got ${got}`).toBe(true);
    for (const spec of row.not ?? []) expect(hasForbidden(ms, spec), `unexpected ${spec}; got ${got}`).toBe(false);
  });
});
