/** Place names the npm country and city data miss or spell differently. Written by the team. */

/** Other names of countries, by ISO 3166 alpha-3 code. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America', 'the United States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United Kingdom of Great Britain and Northern Ireland'],
  RUS: ['Russian Federation'], KOR: ['Korea', 'Republic of Korea'], PRK: ['DPRK', 'North Korea'], CIV: ['Ivory Coast', "Cote d'Ivoire"],
  CZE: ['Czech Republic', 'Czechia'], NLD: ['Holland', 'The Netherlands'], MMR: ['Burma'], COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville', 'Republic of Congo'], IRN: ['Persia'], SYR: ['Syrian Arab Republic'], VAT: ['Vatican', 'Holy See'],
  TWN: ['Taiwan', 'Republic of China'], CHN: ["People's Republic of China", 'PRC', 'Mainland China'], ARE: ['UAE', 'Emirates'],
  MKD: ['Macedonia', 'North Macedonia'], SWZ: ['Swaziland', 'Eswatini'], TUR: ['Turkiye', 'Türkiye'], PSE: ['Palestine', 'Palestinian Territories'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina'], TLS: ['East Timor'], CPV: ['Cape Verde'], VNM: ['Viet Nam'], LAO: ['Laos'], MDA: ['Moldova'],
  BOL: ['Bolivia'], VEN: ['Venezuela'], TZA: ['Tanzania'], XKX: ['Kosovo'], YUG: ['Yugoslavia'], SUN: ['Soviet Union', 'USSR'],
}

/** Capitals and seats of power used as metonyms for governments: "the Kremlin said". */
export const SEATS_OF_POWER: Readonly<Record<string, string>> = {
  Kremlin: 'RUS', 'White House': 'USA', Pentagon: 'USA', 'Downing Street': 'GBR', Elysee: 'FRA', 'Élysée': 'FRA',
  Whitehall: 'GBR', 'Capitol Hill': 'USA', 'Foggy Bottom': 'USA', Zhongnanhai: 'CHN', Quai: 'FRA', 'Blue House': 'KOR',
}

/** Regions, continents, bodies of water and disputed territories: LOC rather than GPE. */
export const REGIONS: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica', 'Oceania',
  'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia',
  'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Gulf', 'Persian Gulf',
  'Arctic', 'Mediterranean', 'Black Sea', 'Baltic', 'Baltic Sea', 'North Sea', 'Red Sea', 'Caspian Sea', 'Atlantic', 'Pacific',
  'Indian Ocean', 'South China Sea', 'Sea of Azov', 'Strait of Hormuz', 'Taiwan Strait', 'Korean Peninsula', 'Scandinavia',
  'Siberia', 'Crimea', 'Donbas', 'Donbass', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir', 'Tibet', 'Xinjiang',
  'Kurdistan', 'Nagorno-Karabakh', 'Transnistria', 'Darfur', 'Western Sahara', 'Patagonia', 'Amazon', 'Alps', 'Himalayas',
  'Sinai', 'Mekong', 'Danube', 'Rhine', 'Nile', 'Dnipro', 'Dnieper', 'Euphrates', 'Tigris', 'Kuril Islands', 'Falklands',
  'Midwest', 'New England', 'Silicon Valley', 'Wall Street', 'Eastern Europe', 'Western Europe', 'Central Europe',
]

/** US states and other first-level divisions that news names without a country: GPE. */
export const DIVISIONS: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland',
  'Bavaria', 'Saxony', 'Catalonia', 'Andalusia', 'Lombardy', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Normandy', 'Flanders',
  'Wallonia', 'Punjab', 'Sindh', 'Bengal', 'Kerala', 'Gujarat', 'Maharashtra', 'Queensland', 'New South Wales', 'Victoria', 'Tasmania',
  'Chechnya', 'Dagestan', 'Kharkiv', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Odesa', 'Odessa', 'Lviv', 'Dnipropetrovsk',
]
