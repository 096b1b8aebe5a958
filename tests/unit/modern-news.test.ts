// Held-out style check on modern news (2015–2025), texts written for this test: well-known people, places and
// organisations must be found with a card that fits the article's date; common modern-news traps must not be.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { annotateText } from '../../utils/pipeline';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

interface Case {
  name: string;
  published: string;
  text: string;
  /** [span, type, text the one-line card must contain] */
  must: [string, 'person' | 'place' | 'organization', string][];
  /** Spans that must not be highlighted at all. */
  not: string[];
  /** [span, TimeML value] of dates that must be highlighted as dates. */
  dates?: [string, string][];
}

const CASES: Case[] = [
  {
    name: "US politics: titles with full stops, \"X, formerly Twitter\"",
    published: '2025-02-11',
    text: [
      "WASHINGTON — President Trump signed an executive order on Tuesday imposing new tariffs on steel and aluminum imports, escalating a trade fight with Canada and Mexico just weeks after his inauguration.",
      "\"We are going to protect American workers,\" Mr. Trump told reporters in the Oval Office. Treasury Secretary Scott Bessent said the measures would raise revenue without fueling inflation.",
      "Sen. Elizabeth Warren (D-Mass.) called the move \"a tax on working families.\" Senate Majority Leader John Thune said Republicans would review the order. House Speaker Mike Johnson praised it on X, formerly Twitter.",
      "Canadian Prime Minister Justin Trudeau said Ottawa would respond \"forcefully.\" In Mexico City, President Claudia Sheinbaum said her government would wait for details.",
      "Economists at Goldman Sachs warned that the tariffs could push prices higher in the second quarter. Vice President JD Vance defended the policy in an interview with Fox News, while Ms. Warren and other Democrats planned a vote next month.",
    ].join('\n\n'),
    must: [
      ["Trump", 'person', "President of the United States since Jan 2025"],
      ["Scott Bessent", 'person', "Secretary of the Treasury"],
      ["Elizabeth Warren", 'person', "Senator from Massachusetts"],
      ["Warren", 'person', "Senator from Massachusetts"],
      ["John Thune", 'person', "Senate Majority Leader"],
      ["Mike Johnson", 'person', "Speaker"],
      ["Claudia Sheinbaum", 'person', "President of Mexico"],
      ["Mexico City", 'place', "Capital of Mexico"],
      ["JD Vance", 'person', "Vice President"],
      ["Twitter", 'organization', "renamed X"],
    ],
    not: ["Sen"],
  },
  {
    name: "UK politics: Downing Street, No 10, \"Sir Keir\"",
    published: '2025-07-02',
    text: [
      "LONDON — Prime Minister Keir Starmer faced a rebellion from Labour backbenchers on Wednesday over cuts to welfare spending, as Downing Street sought to contain the damage before the summer recess.",
      "Chancellor Rachel Reeves told the House of Commons that the government would not borrow more to fund day-to-day spending. \"The fiscal rules are non-negotiable,\" she said.",
      "Conservative leader Kemi Badenoch accused No 10 of \"chaos and confusion.\" Reform UK leader Nigel Farage, whose party has surged in the polls, said voters in Essex and Kent had \"had enough.\"",
      "A spokesperson for No 10 said Sir Keir retained the full confidence of the cabinet. The Bank of England, led by governor Andrew Bailey, held interest rates at 4.25% last month.",
      "Mr Farage will address a rally in Birmingham on Saturday. The Liberal Democrats, led by Ed Davey, called for a cross-party review.",
    ].join('\n\n'),
    must: [
      ["Keir Starmer", 'person', "Prime Minister of the United Kingdom"],
      ["Keir", 'person', "Prime Minister of the United Kingdom"],
      ["Rachel Reeves", 'person', "Chancellor of the Exchequer"],
      ["Downing Street", 'organization', "prime minister"],
      ["No 10", 'organization', "prime minister"],
      ["Kemi Badenoch", 'person', "Conservative"],
      ["Nigel Farage", 'person', "Reform UK"],
      ["Birmingham", 'place', "United Kingdom"],
      ["Essex", 'place', "County of England"],
      ["Ed Davey", 'person', "Leader of the Liberal Democrats"],
    ],
    not: [],
  },
  {
    name: "Ukraine war: Kyiv spellings, Zelenskyy, the Kremlin, the Pentagon",
    published: '2025-03-09',
    text: [
      "KYIV, Ukraine — Russian forces launched one of the largest drone attacks of the war overnight, Ukraine's air force said on Sunday, hitting energy infrastructure in Kharkiv, Odesa and the western city of Lviv.",
      "President Volodymyr Zelenskyy urged Western allies to speed up deliveries of Patriot air defense systems. \"Every day of delay costs lives,\" Mr. Zelenskyy said in his nightly address.",
      "The Kremlin said the strikes targeted military facilities. Dmitry Peskov, Vladimir Putin's spokesman, told reporters in Moscow that talks were \"not on the agenda.\"",
      "NATO Secretary General Mark Rutte met Ukrainian Foreign Minister Andrii Sybiha in Brussels on Monday. The Pentagon said a new package of military aid worth $1.2 billion would include artillery shells.",
      "Fighting continued near Pokrovsk in the Donetsk region, where Ukrainian troops have held out for months. In Zaporizhzhia, regional officials reported two people killed.",
    ].join('\n\n'),
    must: [
      ["KYIV", 'place', "Capital of Ukraine"],
      ["Volodymyr Zelenskyy", 'person', "President of Ukraine"],
      ["Zelenskyy", 'person', "President of Ukraine"],
      ["Kremlin", 'organization', "Russia"],
      ["Dmitry Peskov", 'person', "Press Secretary"],
      ["Mark Rutte", 'person', "Secretary General of NATO"],
      ["Andrii Sybiha", 'person', "Foreign"],
      ["Pentagon", 'organization', "defence"],
      ["Pokrovsk", 'place', "Ukraine"],
    ],
    not: [],
  },
  {
    name: "Middle East: Hamas, the IDF, Hezbollah, Lebanon the country, the Red Sea",
    published: '2024-03-21',
    text: [
      "JERUSALEM — Israeli Prime Minister Benjamin Netanyahu said on Thursday that the military campaign in Gaza would continue until Hamas was defeated, despite mounting pressure from the United States and Egypt to agree to a cease-fire.",
      "The IDF said its troops had destroyed tunnels in Khan Younis and Rafah. The Health Ministry in Gaza, which is run by Hamas, said more than 30 people had been killed.",
      "Secretary of State Antony Blinken arrived in Tel Aviv on his latest trip to the region, after meetings in Cairo and Doha. Qatar has mediated talks on the release of hostages seized on Oct. 7.",
      "Hezbollah fired rockets into northern Israel from Lebanon, and the Houthis in Yemen claimed attacks on shipping in the Red Sea. The United Nations warned of famine conditions.",
      "Defense Minister Yoav Gallant told troops that \"the hardest days are ahead.\" Mr. Netanyahu's war cabinet will meet again next week.",
    ].join('\n\n'),
    must: [
      ["Hamas", 'organization', "Palestin"],
      ["IDF", 'organization', "Israel"],
      ["Antony Blinken", 'person', "Secretary of State"],
      ["Hezbollah", 'organization', "Lebanon"],
      ["Lebanon", 'place', "Capital: Beirut"],
      ["Red Sea", 'place', "Sea between"],
      ["Houthis", 'organization', "Yemen"],
      ["Yoav Gallant", 'person', "Defence of Israel"],
    ],
    not: [],
  },
  {
    name: "Sports in prose: clubs, stadium sponsors, managers",
    published: '2024-09-22',
    text: [
      "MANCHESTER, England — Erling Haaland scored twice as Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday to move top of the Premier League.",
      "Pep Guardiola's side took the lead through Phil Foden before Haaland added a second. Mikel Arteta said his Arsenal team had \"lacked composure.\" Bukayo Saka pulled one back for the visitors.",
      "Liverpool, under new manager Arne Slot, drew 1-1 with Chelsea at Anfield, with Mohamed Salah scoring a penalty. Tottenham lost at Newcastle.",
      "In the NBA, the Boston Celtics beat the Dallas Mavericks to win the championship, with Jayson Tatum and Jaylen Brown leading the way. LeBron James and the Los Angeles Lakers were eliminated in the first round.",
      "At Wimbledon, Carlos Alcaraz beat Novak Djokovic in straight sets to defend his title. Coco Gauff lost in the fourth round.",
    ].join('\n\n'),
    must: [
      ["Erling Haaland", 'person', "Norwegian"],
      ["Manchester City", 'organization', "football club"],
      ["Pep Guardiola", 'person', "Manchester City"],
      ["Arne Slot", 'person', "Liverpool"],
      ["Liverpool", 'organization', "English football club"],
      ["Chelsea", 'organization', "football club"],
      ["Tottenham", 'organization', "football club"],
      ["Jayson Tatum", 'person', "Boston Celtics"],
      ["Carlos Alcaraz", 'person', "tennis"],
    ],
    not: ["Etihad"],
  },
  {
    name: "Climate and space: COP28, NASA, the Moon",
    published: '2023-12-13',
    text: [
      "DUBAI, United Arab Emirates — Nearly 200 countries at the COP28 climate summit agreed on Wednesday to transition away from fossil fuels, the first time a United Nations climate deal has named oil, gas and coal.",
      "Sultan Al Jaber, the summit's president and head of the Abu Dhabi National Oil Company, called the agreement \"historic.\" John Kerry, the U.S. climate envoy, said it sent a strong signal to markets.",
      "Small island states including Samoa and the Marshall Islands said the text did not go far enough. Greta Thunberg called it \"a stab in the back.\"",
      "Separately, NASA said its Artemis II mission, which will carry four astronauts around the Moon, had been delayed to 2025. Bill Nelson, the NASA administrator, said safety came first.",
      "Scientists at the World Meteorological Organization said 2023 was on track to be the hottest year on record.",
    ].join('\n\n'),
    must: [
      ["Sultan Al Jaber", 'person', "COP28"],
      ["Abu Dhabi National Oil Company", 'organization', "Abu Dhabi"],
      ["John Kerry", 'person', "Climate"],
      ["Greta Thunberg", 'person', "climate activist"],
      ["Bill Nelson", 'person', "NASA"],
      ["World Meteorological Organization", 'organization', "weather"],
    ],
    not: ["Moon"],
  },
  {
    name: "Africa: Sudan war, the Sahel, South Africa",
    published: '2024-02-17',
    text: [
      "ADDIS ABABA, Ethiopia — African Union leaders meeting in the Ethiopian capital on Saturday called for an immediate cease-fire in Sudan, where fighting between the army and the Rapid Support Forces has displaced millions.",
      "Gen. Abdel Fattah al-Burhan, the army chief, has refused to negotiate with RSF commander Mohamed Hamdan Dagalo, known as Hemedti. The war began in Khartoum in April 2023.",
      "Kenyan President William Ruto said the continent could not \"look away.\" Nigeria's President Bola Tinubu, who chairs the Economic Community of West African States, warned of coups in the Sahel after military takeovers in Mali, Burkina Faso and Niger.",
      "In South Africa, President Cyril Ramaphosa's African National Congress lost its majority in May elections. Julius Malema's Economic Freedom Fighters came fourth.",
      "The World Food Programme said aid convoys had reached Darfur for the first time in months.",
    ].join('\n\n'),
    must: [
      ["African Union", 'organization', "African"],
      ["Rapid Support Forces", 'organization', "Sudan"],
      ["Hemedti", 'person', "Rapid Support Forces"],
      ["William Ruto", 'person', "President of Kenya"],
      ["Sahel", 'place', "Semi-arid"],
      ["Cyril Ramaphosa", 'person', "President of South Africa"],
      ["Julius Malema", 'person', "Economic Freedom Fighters"],
    ],
    not: [],
  },
  {
    name: "US election: Ms./Gov./Rep./Sen. styles, platforms, hashtags, Q3",
    published: '2024-08-23',
    text: [
      "WASHINGTON — Vice President Kamala Harris formally accepted the Democratic nomination on Thursday, telling delegates in Chicago that she would be \"a president for all Americans.\"",
      "Ms. Harris, who replaced Mr. Biden at the top of the ticket in July, named Gov. Tim Walz of Minnesota as her running mate. Rep. Alexandria Ocasio-Cortez (D-N.Y.) and former President Barack Obama spoke earlier in the week.",
      "Former President Donald Trump, the Republican nominee, attacked Ms. Harris on Truth Social and in a rally in Arizona. His running mate, Sen. JD Vance (R-Ohio), campaigned in Michigan.",
      "Meta said it had removed a network of fake accounts targeting the campaign. Amazon and Google declined to comment. On X, the hashtag #KHive trended for hours. ChatGPT-style chatbots have also drawn scrutiny from the Federal Election Commission.",
      "Polls show a tight race in Pennsylvania, Georgia and Wisconsin ahead of the Nov. 5 election. The Harris campaign said it raised $540 million in its first month, while Pro-Trump groups spent heavily in Q3.",
    ].join('\n\n'),
    must: [
      ["Kamala Harris", 'person', "Vice President of the United States"],
      ["Harris", 'person', "Vice President of the United States"],
      ["Tim Walz", 'person', "Governor of Minnesota"],
      ["Alexandria Ocasio-Cortez", 'person', "House of Representatives"],
      ["JD Vance", 'person', "Senator from Ohio"],
      ["Georgia", 'place', "US state"],
      ["Meta", 'organization', "Facebook"],
    ],
    not: ["Pro-Trump"],
    dates: [["Q3", "2024-Q3"], ["Nov. 5", "2024-11-05"]],
  },
];

describe('modern news', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const ms = annotateText(c.text, c.published, dict);
    const got = ms.filter((m) => m.type !== 'date').map((m) => `${m.type[0]}:${m.text}`).join(' | ');
    for (const [span, type, cardText] of c.must) {
      const hits = ms.filter((m) => m.text === span && m.type === type);
      expect(hits.length, `missing ${type}:${span}; got ${got}`).toBeGreaterThan(0);
      for (const h of hits) expect(h.context, `${span}`).toContain(cardText);
    }
    for (const span of c.not) expect(ms.some((m) => m.text === span), `unexpected ${span}; got ${got}`).toBe(false);
    for (const [span, value] of c.dates ?? []) expect(ms.find((m) => m.text === span)?.value, span).toBe(value);
  });
});
