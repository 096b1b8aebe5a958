// Names the dictionary lacks: given names, titles, "X said", organisation suffixes, results lists, place cues.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { recognizeNames } from '../../utils/recognize/index';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

type Row = [sentence: string, span: string, type: 'person' | 'place' | 'organization', evidence?: string];

const FOUND: Row[] = [
  // Given name + unknown surname
  ['West Indian all-rounder Phil Simmons took four for 38 on Friday.', 'Phil Simmons', 'person', 'West Indian all-rounder'],
  ['Striker Gianluca Vialli scored twice.', 'Gianluca Vialli', 'person'],
  // Titles and roles before the name
  ['Foreign Ministry spokesman Zhu Bangzao told reporters the talks would go on.', 'Zhu Bangzao', 'person', 'Foreign Ministry spokesman'],
  ['Mr Oduya declined to comment.', 'Oduya', 'person'],
  ['Opposition leader Mbeki Tshabalala-Nkosi was arrested.', 'Mbeki Tshabalala-Nkosi', 'person'],
  // "X said", apposition, age
  ['"It was a hard game," Marek Wrzosek said.', 'Marek Wrzosek', 'person'],
  ['Ottavio Bianchetti, the company\'s chief executive, resigned.', 'Ottavio Bianchetti', 'person', "company's chief executive"],
  ['Kwabena Osei, 45, was charged on Monday.', 'Kwabena Osei', 'person'],
  // Results lists and initials
  ['3. Laban Rotich ( Kenya ) 3:53.42', 'Laban Rotich', 'person'],
  ['Somerset 83 and 174 ( P. Simmons 4-38 ) , Leicestershire 296 .', 'P. Simmons', 'person'],
  // Organisations by suffix or head
  ['Shares of Acme Widgets Ltd fell 5 percent.', 'Acme Widgets Ltd', 'organization'],
  ['Zorbex Corp said quarterly profit rose.', 'Zorbex Corp', 'organization'],
  ['The Ministry of Fisheries issued new quotas.', 'Ministry of Fisheries', 'organization'],
  ['The Kurdistan Democratic Party accused its rival.', 'Kurdistan Democratic Party', 'organization'],
  ['The PUK accuses the KDP of collaborating with Baghdad.', 'KDP', 'organization'],
  ['He studied at the University of Tromsø.', 'University of Tromsø', 'organization'],
  // Places by cue
  ['Fighting was reported near Tavildara on Sunday.', 'Tavildara', 'place'],
  ['Rebels attacked the village of Layron.', 'Layron', 'place'],
  // Parts of one name found apart are joined
  ['16. Miguel Angel Jimenez ( Spain ) 184,180', 'Miguel Angel Jimenez', 'person'],
  ['France ( Cyril Bos , Jean-Michel Monin , Francis Moreau ) won.', 'Jean-Michel Monin', 'person'],
  ['"It was close," said Robert M. Danin, a senior fellow.', 'Robert M. Danin', 'person'],
  // Organisations named after a place
  ['The National Bank of Poland refrained from intervening.', 'National Bank of Poland', 'organization'],
  ['"It is a crime," state-run Damascus Radio said.', 'Damascus Radio', 'organization'],
  ['A spokesman for Air France said flights would resume.', 'Air France', 'organization'],
  ['The Florida Marlins beat the Cincinnati Reds 3-1.', 'Florida Marlins', 'organization'],
  // Sports results: clubs
  ['SOCCER - ROMANIAN RESULTS\nBUCHAREST 1996-08-30\nDinamo 2 Gloria 1\nOtelul 0 Petrolul 0', 'Otelul', 'organization'],
  // Wire datelines and bylines (wire.ts)
  ['Farm prices slip .\nVELSKOR , Norway 2024-03-11\nPrices fell on Monday .', 'VELSKOR', 'place'],
  ['Farm prices slip .\nSTANWICK , Minn. 2024-03-11\nPrices fell on Monday .', 'Minn', 'place'],
  ['Harbour reopens .\nDorota Wierzbicka\nGDANSK 2024-03-11\nThe harbour reopened on Monday .', 'Dorota Wierzbicka', 'person'],
  ['Harbour reopens\nBy Tomasz Kreglewski\nThe harbour reopened on Monday .', 'Tomasz Kreglewski', 'person'],
  ['Talks stall .\nTHE HAGUE 2024-03-11\nThe talks stalled on Monday .', 'THE HAGUE', 'place'],
  // Scorers with the minute, a role "of" in apposition, a word-like surname in a results line
  ['Scorers : Ruslan Zhakupov ( 34th ) , Teodor Vrabie ( 71st minute ) .', 'Teodor Vrabie', 'person'],
  ['Ondrej Kubelik , leader of the Farmers Union , told reporters the deal was dead .', 'Ondrej Kubelik', 'person'],
  ['4. Aurelien Gross ( France ) 2:11.40', 'Aurelien Gross', 'person'],
  // Capitalised and doubled particles open a surname
  ['5. El Mahdi Benali ( Morocco ) 13:21.02', 'El Mahdi Benali', 'person'],
  ['The referee let Van der Merwebroek take the kick quickly .', 'Van der Merwebroek', 'person'],
  ['Flanker Pieter van der Kolkhorst scored twice .', 'Pieter van der Kolkhorst', 'person'],
  // Regnal numbers, romanised syllables, a surname that is a place, an unknown name before a known surname
  ['The treaty was signed by Louis XIV and the Dutch envoys .', 'Louis XIV', 'person'],
  ['The abbey was founded under King Stephen I of the realm .', 'Stephen I', 'person'],
  ['" We will appeal , " Lin Kuo-hua told the court .', 'Lin Kuo-hua', 'person'],
  ['Veteran director Alan Chad says the film took six years .', 'Alan Chad', 'person'],
  ['" It was hard , " Chad said later , as the king of Jordan met Alan Chad .', 'Jordan', 'place'],
  ['Former mayor Harold Preston , 71 , died on Sunday .', 'Harold Preston', 'person'],
  ['Cuban poet Ramiro Ortega Puig dies at 81 .', 'Ramiro Ortega Puig', 'person'],
  ['Hyphenated roles: Samoan scrum-half Tavita Leauma scored .', 'Tavita Leauma', 'person'],
  // Small places: a place word before and a known place after a comma; a feature noun after
  ['The bus crashed over Kelvindale , Scotland .', 'Kelvindale', 'place'],
  ['The jet landed at Tarnowice airport on Monday .', 'Tarnowice', 'place'],
  ['Troops moved into the northern Qaradagh province .', 'Qaradagh', 'place'],
  // An athlete whose given name is a town, in a results line of a sports report
  ['ATHLETICS - RESULTS\nOSLO 2024-06-11\nMen \'s 400 metres\n1. Preston Kadlubek ( U.S. ) 44.90\n2. Samuel Okon ( Nigeria ) 45.10', 'Preston Kadlubek', 'person'],
  // A surname that is also a country, again where a person acts
  ['Veteran director Alan Chad says the film took six years . Chad , whose last film flopped , is upbeat .', 'Chad', 'person'],
  // A lone given name next to a speech verb; a place after "the town of" though its words look like a name
  ['" I told Natasha we would wait , " the coach said .', 'Natasha', 'person'],
  ['A car bomb exploded in the market town of Sidi Hamadouche on Friday .', 'Sidi Hamadouche', 'place'],
  // Items of a player list after its label
  ['SOCCER - CUP RESULT\nWARSAW 2024-03-11\nScorers : Wietecki 23 , Zaborny 67\nAttendance : 9,000', 'Zaborny', 'person'],
  ['CRICKET - SCOREBOARD\nLAHORE 2024-03-11\nDid not bat : Ambrosetti , Kuldane , Tirovic .', 'Kuldane', 'person'],
  // A surname in a scorecard's place for a player
  ['CRICKET - SCOREBOARD\nLONDON 2024-03-11\nJ. Root c Smith b Kallis 34\nB. Stokes b Dravid 12', 'Dravid', 'person'],
];

const NOT_FOUND: [string, string][] = [
  // Ordinary capitalised words, headline words, sentence openers
  ['The Government said Police had arrested 12 people.', 'Government'],
  ['Breaking News: Markets Fall Sharply', 'Markets'],
  ['However, Analysts expect growth.', 'Analysts'],
  ['ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH', 'BEAT'],
  ['Singer World Series tournament on Friday.', 'Series'],
  ['Scoreboard of the third Singer\nWorld Series cricket match .', 'Series'],
  // Not a dateline: a sports headline's "SOCCER -", a pronoun after a name, a club named after its town
  ['SOCCER - LATE GOAL SINKS HOSTS .\nRIGA 2024-03-11\nThe hosts lost .', 'SOCCER'],
  ['Mary told John I would come back .', 'John I'],
  ['World War II ended in 1945 .', 'War II'],
  ['a Smith-run campaign and a Kurd-run area', 'Kurd-run'],
  // Events named after places are neither the place nor a person
  ['Aides said the Dole camp was quiet .', 'Dole camp'],
  ['Workers at Vantrel , Ohio , went on strike .', 'Vantrel , Ohio'],
  ['He lost in the Hong Kong Open semifinals on Saturday.', 'Hong Kong'],
  ['The Dow Jones industrial average fell 31 points.', 'Dow Jones'],
];

describe('fallback names', () => {
  it.each(FOUND)('%s -> %s (%s)', (text, span, type, evidence) => {
    const ms = recognizeNames(text, dict, null);
    const m = ms.find((x) => x.text === span);
    expect(m, JSON.stringify(ms.map((x) => [x.text, x.type]))).toBeDefined();
    expect(m!.type).toBe(type);
    if (evidence) expect(m!.evidence).toBe(evidence);
  });

  it.each(NOT_FOUND)('%s -> not %s', (text, span) => {
    const ms = recognizeNames(text, dict, null);
    expect(ms.some((x) => x.text === span)).toBe(false);
  });
});
