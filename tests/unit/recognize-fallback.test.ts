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
];

const NOT_FOUND: [string, string][] = [
  // Ordinary capitalised words, headline words, sentence openers
  ['The Government said Police had arrested 12 people.', 'Government'],
  ['Breaking News: Markets Fall Sharply', 'Markets'],
  ['However, Analysts expect growth.', 'Analysts'],
  ['ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH', 'BEAT'],
  ['Singer World Series tournament on Friday.', 'Series'],
  // Events named after places are neither the place nor a person
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
