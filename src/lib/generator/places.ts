// A small gazetteer of general English knowledge: countries by region, with their demonyms. The
// generator draws wrong options for "Which country …?" from it when the texts name too few
// countries of the region the question asks about, and reads nationalities ("Russian President")
// with it. It is not about any one text.

export type Region = 'Africa' | 'Asia' | 'Europe' | 'Middle East' | 'Americas' | 'Oceania';

/** Country → [region, demonym]. Common English names, as texts write them. */
const COUNTRIES: Record<string, [Region, string]> = {
	Algeria: ['Africa', 'Algerian'],
	Angola: ['Africa', 'Angolan'],
	Botswana: ['Africa', 'Botswanan'],
	Cameroon: ['Africa', 'Cameroonian'],
	Congo: ['Africa', 'Congolese'],
	Djibouti: ['Africa', 'Djiboutian'],
	Egypt: ['Africa', 'Egyptian'],
	Eritrea: ['Africa', 'Eritrean'],
	Eswatini: ['Africa', 'Swazi'],
	Ethiopia: ['Africa', 'Ethiopian'],
	Gabon: ['Africa', 'Gabonese'],
	Ghana: ['Africa', 'Ghanaian'],
	Kenya: ['Africa', 'Kenyan'],
	Liberia: ['Africa', 'Liberian'],
	Libya: ['Africa', 'Libyan'],
	Madagascar: ['Africa', 'Malagasy'],
	Mali: ['Africa', 'Malian'],
	Morocco: ['Africa', 'Moroccan'],
	Mozambique: ['Africa', 'Mozambican'],
	Namibia: ['Africa', 'Namibian'],
	Niger: ['Africa', 'Nigerien'],
	Nigeria: ['Africa', 'Nigerian'],
	Rwanda: ['Africa', 'Rwandan'],
	Senegal: ['Africa', 'Senegalese'],
	'Sierra Leone': ['Africa', 'Sierra Leonean'],
	Somalia: ['Africa', 'Somali'],
	'South Africa': ['Africa', 'South African'],
	Sudan: ['Africa', 'Sudanese'],
	Tanzania: ['Africa', 'Tanzanian'],
	Tunisia: ['Africa', 'Tunisian'],
	Uganda: ['Africa', 'Ugandan'],
	Zambia: ['Africa', 'Zambian'],
	Zimbabwe: ['Africa', 'Zimbabwean'],
	Afghanistan: ['Asia', 'Afghan'],
	Bangladesh: ['Asia', 'Bangladeshi'],
	Bhutan: ['Asia', 'Bhutanese'],
	Brunei: ['Asia', 'Bruneian'],
	Cambodia: ['Asia', 'Cambodian'],
	China: ['Asia', 'Chinese'],
	'East Timor': ['Asia', 'Timorese'],
	India: ['Asia', 'Indian'],
	Indonesia: ['Asia', 'Indonesian'],
	Japan: ['Asia', 'Japanese'],
	Kazakhstan: ['Asia', 'Kazakh'],
	Kyrgyzstan: ['Asia', 'Kyrgyz'],
	Laos: ['Asia', 'Lao'],
	Malaysia: ['Asia', 'Malaysian'],
	Mongolia: ['Asia', 'Mongolian'],
	Myanmar: ['Asia', 'Burmese'],
	Nepal: ['Asia', 'Nepali'],
	'North Korea': ['Asia', 'North Korean'],
	Pakistan: ['Asia', 'Pakistani'],
	Philippines: ['Asia', 'Filipino'],
	Singapore: ['Asia', 'Singaporean'],
	'South Korea': ['Asia', 'South Korean'],
	'Sri Lanka': ['Asia', 'Sri Lankan'],
	Taiwan: ['Asia', 'Taiwanese'],
	Tajikistan: ['Asia', 'Tajik'],
	Thailand: ['Asia', 'Thai'],
	Turkmenistan: ['Asia', 'Turkmen'],
	Uzbekistan: ['Asia', 'Uzbek'],
	Vietnam: ['Asia', 'Vietnamese'],
	Albania: ['Europe', 'Albanian'],
	Armenia: ['Europe', 'Armenian'],
	Austria: ['Europe', 'Austrian'],
	Azerbaijan: ['Europe', 'Azerbaijani'],
	Belarus: ['Europe', 'Belarusian'],
	Belgium: ['Europe', 'Belgian'],
	Britain: ['Europe', 'British'],
	Bulgaria: ['Europe', 'Bulgarian'],
	Croatia: ['Europe', 'Croatian'],
	Cyprus: ['Europe', 'Cypriot'],
	Czechia: ['Europe', 'Czech'],
	Denmark: ['Europe', 'Danish'],
	Estonia: ['Europe', 'Estonian'],
	Finland: ['Europe', 'Finnish'],
	France: ['Europe', 'French'],
	Germany: ['Europe', 'German'],
	Greece: ['Europe', 'Greek'],
	Hungary: ['Europe', 'Hungarian'],
	Iceland: ['Europe', 'Icelandic'],
	Ireland: ['Europe', 'Irish'],
	Italy: ['Europe', 'Italian'],
	Latvia: ['Europe', 'Latvian'],
	Lithuania: ['Europe', 'Lithuanian'],
	Luxembourg: ['Europe', 'Luxembourgish'],
	Malta: ['Europe', 'Maltese'],
	Moldova: ['Europe', 'Moldovan'],
	Netherlands: ['Europe', 'Dutch'],
	Norway: ['Europe', 'Norwegian'],
	Poland: ['Europe', 'Polish'],
	Portugal: ['Europe', 'Portuguese'],
	Romania: ['Europe', 'Romanian'],
	Russia: ['Europe', 'Russian'],
	'Soviet Union': ['Europe', 'Soviet'],
	Serbia: ['Europe', 'Serbian'],
	Slovakia: ['Europe', 'Slovak'],
	Slovenia: ['Europe', 'Slovenian'],
	Spain: ['Europe', 'Spanish'],
	Sweden: ['Europe', 'Swedish'],
	Switzerland: ['Europe', 'Swiss'],
	Ukraine: ['Europe', 'Ukrainian'],
	'United Kingdom': ['Europe', 'British'],
	Yugoslavia: ['Europe', 'Yugoslav'],
	Bahrain: ['Middle East', 'Bahraini'],
	Iran: ['Middle East', 'Iranian'],
	Iraq: ['Middle East', 'Iraqi'],
	Israel: ['Middle East', 'Israeli'],
	Jordan: ['Middle East', 'Jordanian'],
	Kuwait: ['Middle East', 'Kuwaiti'],
	Lebanon: ['Middle East', 'Lebanese'],
	Oman: ['Middle East', 'Omani'],
	Palestine: ['Middle East', 'Palestinian'],
	Qatar: ['Middle East', 'Qatari'],
	'Saudi Arabia': ['Middle East', 'Saudi'],
	Syria: ['Middle East', 'Syrian'],
	Turkey: ['Middle East', 'Turkish'],
	'United Arab Emirates': ['Middle East', 'Emirati'],
	Yemen: ['Middle East', 'Yemeni'],
	Argentina: ['Americas', 'Argentine'],
	Bolivia: ['Americas', 'Bolivian'],
	Brazil: ['Americas', 'Brazilian'],
	Canada: ['Americas', 'Canadian'],
	Chile: ['Americas', 'Chilean'],
	Colombia: ['Americas', 'Colombian'],
	'Costa Rica': ['Americas', 'Costa Rican'],
	Cuba: ['Americas', 'Cuban'],
	'Dominican Republic': ['Americas', 'Dominican'],
	Ecuador: ['Americas', 'Ecuadorian'],
	'El Salvador': ['Americas', 'Salvadoran'],
	Grenada: ['Americas', 'Grenadian'],
	Guatemala: ['Americas', 'Guatemalan'],
	Haiti: ['Americas', 'Haitian'],
	Honduras: ['Americas', 'Honduran'],
	Jamaica: ['Americas', 'Jamaican'],
	Mexico: ['Americas', 'Mexican'],
	Nicaragua: ['Americas', 'Nicaraguan'],
	Panama: ['Americas', 'Panamanian'],
	Paraguay: ['Americas', 'Paraguayan'],
	Peru: ['Americas', 'Peruvian'],
	'United States': ['Americas', 'American'],
	Uruguay: ['Americas', 'Uruguayan'],
	Venezuela: ['Americas', 'Venezuelan'],
	Australia: ['Oceania', 'Australian'],
	Fiji: ['Oceania', 'Fijian'],
	'New Zealand': ['Oceania', 'New Zealand'],
	'Papua New Guinea': ['Oceania', 'Papua New Guinean'],
	'Solomon Islands': ['Oceania', 'Solomon Islander']
};

/** Other ways texts write a country. */
const ALIASES: Record<string, string> = {
	'U.S.': 'United States',
	'U.S': 'United States',
	US: 'United States',
	USA: 'United States',
	'the United States': 'United States',
	UK: 'United Kingdom',
	'the UK': 'United Kingdom',
	'Great Britain': 'United Kingdom',
	Britain: 'United Kingdom',
	PRC: 'China',
	"People's Republic of China": 'China',
	USSR: 'Soviet Union',
	'the Soviet Union': 'Soviet Union',
	Burma: 'Myanmar',
	Swaziland: 'Eswatini',
	Türkiye: 'Turkey',
	'Czech Republic': 'Czechia'
};

const REGION_WORDS: Record<string, Region> = {
	africa: 'Africa',
	african: 'Africa',
	asia: 'Asia',
	asian: 'Asia',
	europe: 'Europe',
	european: 'Europe',
	'middle east': 'Middle East',
	'middle eastern': 'Middle East',
	'latin america': 'Americas',
	'latin american': 'Americas',
	'south america': 'Americas',
	'south american': 'Americas',
	pacific: 'Oceania'
};

/** The country a name means, in the gazetteer's spelling, or undefined for no known country. */
export function countryOf(name: string): string | undefined {
	const n = name.trim().replace(/^the\s+/i, '');
	if (n in COUNTRIES) return n;
	return ALIASES[n] ?? ALIASES[name.trim()];
}

/** Every name the gazetteer knows a country by ("United States", "U.S.", "America" …). */
export function namesOf(country: string): string[] {
	const c = countryOf(country);
	if (!c) return [];
	return [c, ...Object.entries(ALIASES).flatMap(([alias, name]) => (name === c ? [alias] : []))];
}

export function regionOf(country: string): Region | undefined {
	const c = countryOf(country);
	return c ? COUNTRIES[c]?.[0] : undefined;
}

export function isCountry(name: string): boolean {
	return countryOf(name) !== undefined;
}

/**
 * States that no longer exist: a text about their time names them, and they are never Russia or
 * Yugoslavia's successors, but a question about today never gets one as a wrong option.
 */
const FORMER = new Set(['Soviet Union', 'Yugoslavia', 'East Germany', 'West Germany']);

/** Every country the gazetteer knows in a region (today's, for wrong options). */
export function countriesIn(region: Region): string[] {
	return Object.entries(COUNTRIES)
		.filter(([name, [r]]) => r === region && !FORMER.has(name))
		.map(([name]) => name);
}

/** The region a phrase names ("Which African country …", "Middle East"), if it names one. */
export function regionNamedIn(text: string): Region | undefined {
	const lower = text.toLowerCase();
	for (const [word, region] of Object.entries(REGION_WORDS)) {
		if (new RegExp(`\\b${word}\\b`).test(lower)) return region;
	}
	return undefined;
}

/** The country a demonym stands for ("Russian" → "Russia"). */
export function countryOfDemonym(word: string): string | undefined {
	for (const [name, [, demonym]] of Object.entries(COUNTRIES)) if (demonym === word) return name;
	return undefined;
}

/** The demonym of a country ("China" → "Chinese"), if the gazetteer knows it. */
export function demonymOf(country: string): string | undefined {
	const c = countryOf(country);
	return c ? COUNTRIES[c]?.[1] : undefined;
}

/** Every demonym, for reading "French President Emmanuel Macron". */
export const DEMONYMS: readonly string[] = [...new Set(Object.values(COUNTRIES).map(([, d]) => d))];
