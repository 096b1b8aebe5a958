// A tiny in-memory dictionary source for the dictionary tests: a few people, places and organisations chosen to
// exercise alias generation, the case policy, Unicode boundaries and time-aware descriptions.
import type { PersonSource } from '../../data/people/schema';
import type { OrganizationSource } from '../../data/organizations/schema';
import type { PlaceSource } from '../../data/places/schema';
import { buildDictionary } from '../../scripts/build-dictionary';
import { loadDictionary, type Dictionary } from '../../utils/dictionary';

export const PEOPLE: PersonSource[] = [
  {
    id: 'wd:Q58217', name: 'Sergey Lavrov', born: '1950-03-21', country: 'RU',
    roles: [
      { title: 'Permanent Representative of Russia to the United Nations', country: 'RU', start: '1994-09-22', end: '2004-07-12' },
      { title: 'Minister of Foreign Affairs', country: 'RU', start: '2004-03-09', ongoingAsOf: '2023-01-10' },
    ],
  },
  { id: 'wd:Q17562668', name: 'Aleksey Lavrov', country: 'RU', roles: [{ title: 'Deputy Minister of Finance of Russia', country: 'RU', start: '2011-06-15' }] },
  {
    id: 'wd:Q22686', name: 'Donald Trump', born: '1946-06-14', country: 'US',
    roles: [
      { title: 'President of the United States', country: 'US', start: '2017-01-20', end: '2021-01-20' },
      { title: 'President of the United States', country: 'US', start: '2025-01-20', ongoingAsOf: '2026' },
    ],
  },
  {
    id: 'wd:Q6279', name: 'Joe Biden', aliases: ['Joseph Biden'], born: '1942-11-20', country: 'US',
    roles: [
      { title: 'Vice President of the United States', country: 'US', start: '2009-01-20', end: '2017-01-20' },
      { title: 'President of the United States', country: 'US', start: '2021-01-20', end: '2025-01-20' },
    ],
  },
  { id: 'wd:Q15031', name: 'Xi Jinping', country: 'CN', roles: [{ title: 'President of the People\'s Republic of China', country: 'CN', start: '2013-03-14' }] },
  { id: 'wd:Q22779', name: 'Wang Yi', country: 'CN', roles: [{ title: 'Foreign Minister of China', country: 'CN', start: '2013-03-16', end: '2022-12-30' }] },
  { id: 'gloss:zhao-lijian', name: 'Zhao Lijian', country: 'CN', description: 'Spokesman of the Chinese foreign ministry' },
  { id: 'wd:Q21001', name: 'Moon Jae-in', country: 'KR', roles: [{ title: 'President of South Korea', country: 'KR', start: '2017-05-10', end: '2022-05-09' }] },
  { id: 'wd:Q56226', name: 'Kim Jong Un', country: 'KP' },
  { id: 'wd:Q389', name: 'Nguyen Phu Trong', country: 'VN' },
  { id: 'wd:Q4101', name: 'Ursula von der Leyen', country: 'DE', roles: [{ title: 'President of the European Commission', country: 'INT', start: '2019-12-01' }] },
  { id: 'wd:Q991', name: 'Charles de Gaulle', country: 'FR', born: '1890-11-22', died: '1970-11-09' },
  { id: 'wd:Q381', name: 'Jean-Yves Le Drian', country: 'FR' },
  { id: 'gloss:conan-obrien', name: "Conan O'Brien", country: 'US' },
  { id: 'wd:Q39259', name: 'Recep Tayyip Erdoğan', country: 'TR' },
  { id: 'wd:Q207', name: 'George W. Bush', country: 'US', roles: [{ title: 'President of the United States', country: 'US', start: '2001-01-20', end: '2009-01-20' }] },
  { id: 'wd:Q264766', name: 'Theresa May', country: 'GB', roles: [{ title: 'Prime Minister of the United Kingdom', country: 'GB', start: '2016-07-13', end: '2019-07-24' }] },
  { id: 'wd:Q1', name: 'Bashar al-Assad', country: 'SY' },
  { id: 'wd:Q2', name: 'Andrés Manuel López Obrador', country: 'MX' },
  { id: 'wd:Q3', name: 'He Lifeng', country: 'CN' },
  { id: 'wd:Q4', name: 'Felipe VI of Spain', country: 'ES' },
  { id: 'wd:Q5', name: 'An Kyung-duk', country: 'KR' },
  { id: 'wd:Q6', name: 'Saud an-Naif', country: 'SA' },
  { id: 'wd:Q7', name: 'Bartholomew I', country: 'TR' },
  { id: 'wd:Q9682', name: 'Elizabeth II', born: '1926-04-21', died: '2022-09-08', country: 'GB', roles: [{ title: 'Monarch of the United Kingdom', country: 'GB', start: '1952-02-06' }] },
  { id: 'gloss:jk-rowling', name: 'J. K. Rowling', country: 'GB' },
  { id: 'wd:Q3052772', name: 'Emmanuel Macron', country: 'FR', roles: [{ title: 'President of the French Republic', country: 'FR', start: '2017-05-14' }] },
];

// The same person again, as a second file would give it: merged by id.
export const PEOPLE_EXTRA: PersonSource[] = [
  { id: 'gloss:zhao-lijian', name: 'Zhao Lijian', aliases: ['Lijian Zhao'], born: '1972-11-19', roles: [{ title: 'Spokesperson of the Ministry of Foreign Affairs of China', country: 'CN', start: '2020-02-24', end: '2023-01-09' }] },
];

export const PLACES: PlaceSource[] = [
  { id: 'place:cc:US', name: 'United States', aliases: ['US', 'U.S.', 'USA', 'America'], kind: 'country', country: 'US', lat: 39.8, lon: -98.6, population: 331_000_000, capital: 'Washington', priority: 100 },
  { id: 'place:cc:RU', name: 'Russia', kind: 'country', country: 'RU', lat: 61.5, lon: 105.3, priority: 100 },
  { id: 'place:cc:CN', name: 'China', kind: 'country', country: 'CN', lat: 35.9, lon: 104.2, priority: 100, description: 'Country in East Asia' },
  { id: 'place:cc:TR', name: 'Turkey', aliases: ['Türkiye'], kind: 'country', country: 'TR', lat: 39, lon: 35, priority: 100 },
  { id: 'place:cc:JP', name: 'Japan', kind: 'country', country: 'JP', lat: 36, lon: 138, priority: 100 },
  { id: 'place:cc:CH', name: 'Switzerland', kind: 'country', country: 'CH', lat: 46.8, lon: 8.2, priority: 100 },
  { id: 'place:cc:DE', name: 'Germany', kind: 'country', country: 'DE', lat: 51, lon: 10, priority: 100 },
  { id: 'place:cc:FR', name: 'France', kind: 'country', country: 'FR', lat: 46, lon: 2, priority: 100 },
  { id: 'place:cc:NL', name: 'Netherlands', aliases: ['the Netherlands', 'Holland'], kind: 'country', country: 'NL', lat: 52.1, lon: 5.3, priority: 100 },
  { id: 'place:cc:HK', name: 'Hong Kong', kind: 'territory', country: 'HK', lat: 22.3, lon: 114.2, priority: 100 },
  { id: 'place:adm1:CN.13', name: 'Xinjiang', kind: 'region', country: 'CN', lat: 41, lon: 85, population: 25_852_345, priority: 60 },
  { id: 'place:gn:1', name: 'Washington', kind: 'city', country: 'US', lat: 38.9, lon: -77.0, population: 689_545, priority: 50 },
  { id: 'place:adm1:US.WA', name: 'Washington', kind: 'region', country: 'US', lat: 47.5, lon: -120.5, population: 7_700_000, priority: 45 },
  { id: 'place:gn:2', name: 'New York', kind: 'city', country: 'US', lat: 40.7, lon: -74, population: 8_800_000, priority: 27 },
  { id: 'place:gn:3', name: 'York', kind: 'city', country: 'GB', lat: 53.96, lon: -1.08, population: 153_717, priority: 25 },
  { id: 'place:gn:4', name: 'Genève', aliases: ['Geneva'], kind: 'city', country: 'CH', lat: 46.2, lon: 6.14, population: 183_981, priority: 25 },
  { id: 'place:gn:5', name: 'Lomé', kind: 'city', country: 'TG', lat: 6.13, lon: 1.22, population: 837_437, priority: 50 },
  { id: 'place:gn:6', name: 'Lom', kind: 'city', country: 'BG', lat: 43.8, lon: 23.2, population: 24_000, priority: 24 },
  { id: 'place:gn:7', name: 'Anjō', kind: 'city', country: 'JP', lat: 34.96, lon: 137.08, population: 153_000, priority: 25 },
  { id: 'place:gn:8', name: 'Sololá', kind: 'city', country: 'GT', lat: 14.77, lon: -91.18, population: 45_000, priority: 24 },
  { id: 'place:gn:9', name: 'St. Louis', aliases: ['Saint Louis'], kind: 'city', country: 'US', lat: 38.6, lon: -90.2, population: 315_685, priority: 25 },
  { id: 'place:gn:10', name: 'Nice', kind: 'city', country: 'FR', lat: 43.7, lon: 7.27, population: 342_669, priority: 25 },
  { id: 'place:gn:11', name: 'Tokyo', kind: 'city', country: 'JP', lat: 35.7, lon: 139.7, population: 37_400_000, priority: 50, description: 'Capital of Japan' },
  { id: 'place:gn:12', name: 'Osaka', kind: 'city', country: 'JP', lat: 34.7, lon: 135.5, population: 2_700_000, priority: 26 },
];

export const ORGANIZATIONS: OrganizationSource[] = [
  { id: 'org:nato', name: 'North Atlantic Treaty Organization', acronyms: ['NATO'], kind: 'international organisation', country: 'INT', seat: 'Brussels', founded: '1949', description: 'Military alliance of North American and European states.' },
  { id: 'org:who', name: 'World Health Organization', acronyms: ['WHO'], kind: 'international organisation', country: 'INT', seat: 'Geneva', founded: '1948', description: 'UN agency for international public health.' },
  { id: 'org:boe', name: 'Bank of England', kind: 'central bank', country: 'GB', seat: 'London', founded: '1694', description: 'Central bank of the United Kingdom.' },
  { id: 'org:mcdonalds', name: "McDonald's", kind: 'company', country: 'US', description: 'Fast-food chain.' },
];

export const AS_OF = '2026-01-01';

export function tinyBytes(): Uint8Array {
  return buildDictionary({
    people: [...PEOPLE, ...PEOPLE_EXTRA], places: PLACES, organizations: ORGANIZATIONS, asOf: AS_OF,
    demonyms: { french: 'FR', russian: 'RU' },
  });
}

export function tinyDictionary(): Dictionary {
  return loadDictionary(tinyBytes());
}
