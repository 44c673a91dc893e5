/**
 * Word lists for the seed generator: customers, people and organisations. The names mix English,
 * German, Turkish (dotted and dotless İ/ı) and Japanese on purpose, so sorting, searching and
 * case folding get exercised by real-looking data.
 */

export type Company = {
  name: string;
  domain: string;
  addressLine1: string;
  city: string;
  /** `null` where the country has no states; US rows sometimes move it to `region` (spec 1.7). */
  state: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
};

export type Person = { firstName: string; lastName: string; emailLocal: string };

export type TeamMember = {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
  locale: string;
};

export type Organization = { id: string; name: string };

/** The partner organisation that owns the demo pipeline (the same one the doc examples use). */
export const OWN_ORG: Organization = {
  id: '7d23e5ca-19dc-4eaa-aac8-5e6b559f0d1d',
  name: 'Contoso Company',
};

export const MICROSOFT_ORG: Organization = { id: 'msft', name: 'Microsoft' };

/** Other partners that invite us to co-sell. */
export const PARTNER_ORGS: readonly Organization[] = [
  { id: '3f6c2a1e-8d4b-4c7a-9e2f-1b5d7c9a0e31', name: 'Fabrikam Consulting' },
  { id: 'a1d9e7c3-5b2f-4e8a-b6c4-2f0e9d7b5a13', name: 'Litware, Inc.' },
  { id: 'c7e5a3b1-9f0d-4b6e-8c2a-4d1f3e5b7c92', name: 'Adatum Corporation' },
  { id: 'e2b4d6f8-1a3c-4e5b-9d7f-6a8c0e2b4d57', name: 'Bilgi Yazılım A.Ş.' },
  { id: '5d7f9b1c-3e5a-4c7e-a9b1-8c0e2a4c6e78', name: 'Nagoya Cloud Partners 株式会社' },
];

// prettier-ignore
export const COMPANIES: readonly Company[] = [
  { name: 'Fourth Coffee', domain: 'fourthcoffee.com', addressLine1: '1200 Pine Street', city: 'Seattle', state: 'WA', postalCode: '98101', country: 'US' },
  { name: 'Wide World Importers', domain: 'wideworldimporters.com', addressLine1: '55 Water Street', city: 'New York', state: 'NY', postalCode: '10041', country: 'US' },
  { name: 'Proseware, Inc.', domain: 'proseware.com', addressLine1: '801 Congress Avenue', city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' },
  { name: 'Lamna Healthcare Company', domain: 'lamnahealthcare.com', addressLine1: '233 South Wacker Drive', city: 'Chicago', state: 'IL', postalCode: '60606', country: 'US' },
  { name: 'Trey Research', domain: 'treyresearch.net', addressLine1: '10 Ocean Way', city: 'San Diego', state: 'CA', postalCode: '92101', country: 'US' },
  { name: "Margie's Travel", domain: 'margiestravel.com', addressLine1: '17 Beacon Street', city: 'Boston', state: 'MA', postalCode: '02108', country: 'US' },
  { name: 'Woodgrove Bank', domain: 'woodgrovebank.com', addressLine1: '1700 Lincoln Street', city: 'Denver', state: 'CO', postalCode: '80203', country: 'US' },
  { name: 'Coho Winery', domain: 'cohowinery.com', addressLine1: '4 Vineyard Road', city: 'Redmond', state: 'WA', postalCode: '98052', country: 'US' },
  { name: 'Müller & Söhne Maschinenbau GmbH', domain: 'mueller-soehne.de', addressLine1: 'Industriestraße 14', city: 'Stuttgart', state: 'BW', postalCode: '70173', country: 'DE' },
  { name: 'Bäckerei Groß KG', domain: 'baeckerei-gross.de', addressLine1: 'Marktplatz 3', city: 'München', state: 'BY', postalCode: '80331', country: 'DE' },
  { name: 'Rheinland Logistik AG', domain: 'rheinland-logistik.de', addressLine1: 'Hafenstraße 22', city: 'Köln', state: 'NW', postalCode: '50667', country: 'DE' },
  { name: 'Schäfer Präzisionstechnik GmbH', domain: 'schaefer-praezision.de', addressLine1: 'Königsallee 60', city: 'Düsseldorf', state: 'NW', postalCode: '40212', country: 'DE' },
  { name: 'Hanse Energie AG', domain: 'hanse-energie.de', addressLine1: 'Speicherstadt 9', city: 'Hamburg', state: 'HH', postalCode: '20457', country: 'DE' },
  { name: 'İstanbul Teknoloji A.Ş.', domain: 'istanbulteknoloji.com.tr', addressLine1: 'Büyükdere Cad. No: 185', city: 'İstanbul', state: null, postalCode: '34394', country: 'TR' },
  { name: 'Işık Lojistik', domain: 'isiklojistik.com.tr', addressLine1: 'Atatürk Bulvarı No: 42', city: 'Ankara', state: null, postalCode: '06420', country: 'TR' },
  { name: 'Anadolu Gıda Sanayi A.Ş.', domain: 'anadolugida.com.tr', addressLine1: 'Organize Sanayi Bölgesi 7. Cad.', city: 'Bursa', state: null, postalCode: '16140', country: 'TR' },
  { name: 'Çağlar İnşaat Ltd. Şti.', domain: 'caglarinsaat.com.tr', addressLine1: 'Kıbrıs Şehitleri Cad. No: 12', city: 'İzmir', state: null, postalCode: '35220', country: 'TR' },
  { name: 'Ege Tekstil', domain: 'egetekstil.com.tr', addressLine1: 'Liman Cad. No: 8', city: 'İzmir', state: null, postalCode: '35210', country: 'TR' },
  { name: '株式会社サクラ精機', domain: 'sakura-seiki.co.jp', addressLine1: '丸の内1-9-1', city: '東京', state: '東京都', postalCode: '100-0005', country: 'JP' },
  { name: '東京データ株式会社', domain: 'tokyo-data.co.jp', addressLine1: '西新宿2-8-1', city: '東京', state: '東京都', postalCode: '163-8001', country: 'JP' },
  { name: 'みなと物流株式会社', domain: 'minato-butsuryu.co.jp', addressLine1: 'みなとみらい2-2-1', city: '横浜', state: '神奈川県', postalCode: '220-8120', country: 'JP' },
  { name: 'Osaka Robotics K.K.', domain: 'osaka-robotics.jp', addressLine1: '梅田3-1-1', city: 'Osaka', state: '大阪府', postalCode: '530-0001', country: 'JP' },
  { name: 'Thames Valley Health Ltd', domain: 'thamesvalleyhealth.co.uk', addressLine1: '20 Station Road', city: 'Reading', state: null, postalCode: 'RG1 1JX', country: 'GB' },
  { name: 'Brighton & Hove Analytics plc', domain: 'bh-analytics.co.uk', addressLine1: '1 Pavilion Parade', city: 'Brighton', state: null, postalCode: 'BN2 1RA', country: 'GB' },
  { name: 'Northern Rail Parts Ltd', domain: 'northernrailparts.co.uk', addressLine1: '45 Deansgate', city: 'Manchester', state: null, postalCode: 'M3 2AY', country: 'GB' },
  { name: 'Boulangerie Élise SARL', domain: 'boulangerie-elise.fr', addressLine1: '12 rue de Rivoli', city: 'Paris', state: null, postalCode: '75004', country: 'FR' },
  { name: 'Van der Berg Logistiek B.V.', domain: 'vanderberg.nl', addressLine1: 'Keizersgracht 123', city: 'Amsterdam', state: null, postalCode: '1015 CJ', country: 'NL' },
];

export const PEOPLE_BY_COUNTRY: Readonly<Record<string, readonly Person[]>> = {
  US: [
    { firstName: 'James', lastName: 'Smith', emailLocal: 'james.smith' },
    { firstName: 'Olivia', lastName: 'Johnson', emailLocal: 'olivia.johnson' },
    { firstName: 'Michael', lastName: 'Brown', emailLocal: 'michael.brown' },
    { firstName: 'Emma', lastName: 'Davis', emailLocal: 'emma.davis' },
    { firstName: 'Priya', lastName: 'Patel', emailLocal: 'priya.patel' },
    { firstName: 'Wei', lastName: 'Chen', emailLocal: 'wei.chen' },
    { firstName: 'Ana', lastName: "O'Brien", emailLocal: 'ana.obrien' },
  ],
  DE: [
    { firstName: 'Jürgen', lastName: 'Müller', emailLocal: 'juergen.mueller' },
    { firstName: 'Anna', lastName: 'Schäfer', emailLocal: 'anna.schaefer' },
    { firstName: 'Lukas', lastName: 'Weber', emailLocal: 'lukas.weber' },
    { firstName: 'Sophie', lastName: 'Groß', emailLocal: 'sophie.gross' },
    { firstName: 'Felix', lastName: 'Köhler', emailLocal: 'felix.koehler' },
  ],
  TR: [
    { firstName: 'Ayşe', lastName: 'Yılmaz', emailLocal: 'ayse.yilmaz' },
    { firstName: 'Mehmet', lastName: 'Öztürk', emailLocal: 'mehmet.ozturk' },
    { firstName: 'İsmail', lastName: 'Kaya', emailLocal: 'ismail.kaya' },
    { firstName: 'Işıl', lastName: 'Demir', emailLocal: 'isil.demir' },
    { firstName: 'Zeynep', lastName: 'Çelik', emailLocal: 'zeynep.celik' },
    { firstName: 'Emre', lastName: 'Şahin', emailLocal: 'emre.sahin' },
  ],
  JP: [
    { firstName: '陽翔', lastName: '佐藤', emailLocal: 'haruto.sato' },
    { firstName: '結衣', lastName: '鈴木', emailLocal: 'yui.suzuki' },
    { firstName: '健太', lastName: '高橋', emailLocal: 'kenta.takahashi' },
    { firstName: 'Aoi', lastName: 'Tanaka', emailLocal: 'aoi.tanaka' },
  ],
  GB: [
    { firstName: 'Oliver', lastName: 'Hughes', emailLocal: 'oliver.hughes' },
    { firstName: 'Amelia', lastName: 'Clarke', emailLocal: 'amelia.clarke' },
    { firstName: 'Harry', lastName: 'Evans', emailLocal: 'harry.evans' },
  ],
  FR: [
    { firstName: 'Élise', lastName: 'Moreau', emailLocal: 'elise.moreau' },
    { firstName: 'Théo', lastName: 'Lefèvre', emailLocal: 'theo.lefevre' },
  ],
  NL: [
    { firstName: 'Sanne', lastName: 'de Vries', emailLocal: 'sanne.devries' },
    { firstName: 'Daan', lastName: 'van der Berg', emailLocal: 'daan.vandenberg' },
  ],
};

export const LOCALE_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'en-US',
  DE: 'de-DE',
  TR: 'tr-TR',
  JP: 'ja-JP',
  GB: 'en-GB',
  FR: 'fr-FR',
  NL: 'nl-NL',
};

export const PHONE_PREFIX_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: '+1 ',
  DE: '+49 ',
  TR: '+90 ',
  JP: '+81 ',
  GB: '+44 ',
  FR: '+33 ',
  NL: '+31 ',
};

export const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD',
  DE: 'EUR',
  TR: 'TRY',
  JP: 'JPY',
  GB: 'GBP',
  FR: 'EUR',
  NL: 'EUR',
};

/** Rough size of one unit of deal value, so a TRY or JPY deal is not priced like a USD one. */
export const CURRENCY_SCALE: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1,
  GBP: 1,
  TRY: 35,
  JPY: 150,
};

/** Our own sellers. r2d2@contoso.com is the member the doc's `team/any(...)` filter looks for. */
// prettier-ignore
export const OWN_TEAM: readonly TeamMember[] = [
  { firstName: 'Luke', lastName: 'Johnson', email: 'luke.johnson@contoso.com', phoneNumber: '4255550100', locale: 'en-US' },
  { firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@contoso.com', phoneNumber: '0000000001', locale: 'en-GB' },
  { firstName: 'R2', lastName: 'D2', email: 'r2d2@contoso.com', phoneNumber: '4255550122', locale: 'en-US' },
  { firstName: 'Jonas', lastName: 'Weber', email: 'jonas.weber@contoso.com', phoneNumber: '+49 89 5550188', locale: 'de-DE' },
  { firstName: 'Elif', lastName: 'Aksoy', email: 'elif.aksoy@contoso.com', phoneNumber: '+90 212 555 0142', locale: 'tr-TR' },
  { firstName: 'Kenji', lastName: 'Tanaka', email: 'kenji.tanaka@contoso.com', phoneNumber: '+81 3-5555-0175', locale: 'ja-JP' },
];

export const CUSTOMER_SIZES_USED = [
  '1to9employees',
  '10to50employees',
  '51to250employees',
  '251to1000employees',
  '1001to5000employees',
  '5001to10000employees',
  'Morethan20000employees',
] as const;
