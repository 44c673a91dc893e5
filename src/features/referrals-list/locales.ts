/** Strings of this feature (namespace 'list'). The Turkish catalogue must have exactly the same keys. */
const en = {
  title: 'Referrals',
  tableLabel: 'Referrals',
  column: {
    name: 'Name',
    customer: 'Customer',
    stage: 'Stage',
    dealValue: 'Deal value',
    closing: 'Closing date',
    expiry: 'Expiry',
    direction: 'Direction',
    category: 'Category',
    updated: 'Last updated',
  },
  csvColumn: {
    id: 'ID',
    name: 'Name',
    customer: 'Customer',
    city: 'City',
    country: 'Country',
    status: 'Status',
    substatus: 'Substatus',
    dealValue: 'Deal value',
    currency: 'Currency',
    closing: 'Closing date',
    expiry: 'Expires',
    direction: 'Direction',
    category: 'Category',
    updated: 'Last updated',
  },
  sort: {
    label: 'Sort by',
    ascending: '{{column}}, ascending',
    descending: '{{column}}, descending',
    expirySoonest: 'Expiring soonest',
  },
  search: {
    label: 'Search referrals',
    placeholder: 'Name, customer, contact or email',
  },
  filter: {
    label: 'Filters',
    stage: 'Stage',
    direction: 'Direction',
    type: 'Type',
    qualification: 'Qualification',
    currency: 'Currency',
    any: 'Any',
    selected: '{{count}} selected',
    clear: 'Clear filters',
    noCurrencies: 'No currencies yet',
  },
  summary: {
    count_one: '{{formatted}} referral',
    count_other: '{{formatted}} referrals',
    totalsLabel: 'Total deal value per currency',
    noCurrency: '{{amount}} (no currency)',
    noValues: 'No deal values',
  },
  progress: {
    loading: 'Loading referrals…',
    loaded: 'Loaded {{formatted}}…',
  },
  export: {
    button: 'Export CSV',
    fileName: 'referrals-{{date}}.csv',
  },
  empty: {
    noMatch: 'No referral matches these filters.',
    none: 'There are no referrals yet.',
  },
  error: {
    title: 'The referrals could not be loaded.',
    partial: 'Not every referral could be loaded; the list and totals are incomplete.',
    retry: 'Try again',
  },
  expiry: {
    urgent: 'Urgent:',
  },
  cell: {
    none: '—',
  },
} as const;

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

const tr: Catalogue<typeof en> = {
  title: 'Yönlendirmeler',
  tableLabel: 'Yönlendirmeler',
  column: {
    name: 'Ad',
    customer: 'Müşteri',
    stage: 'Aşama',
    dealValue: 'Anlaşma değeri',
    closing: 'Kapanış tarihi',
    expiry: 'Süre sonu',
    direction: 'Yön',
    category: 'Kategori',
    updated: 'Son güncelleme',
  },
  csvColumn: {
    id: 'Kimlik',
    name: 'Ad',
    customer: 'Müşteri',
    city: 'Şehir',
    country: 'Ülke',
    status: 'Durum',
    substatus: 'Alt durum',
    dealValue: 'Anlaşma değeri',
    currency: 'Para birimi',
    closing: 'Kapanış tarihi',
    expiry: 'Süre sonu',
    direction: 'Yön',
    category: 'Kategori',
    updated: 'Son güncelleme',
  },
  sort: {
    label: 'Sıralama',
    ascending: '{{column}}, artan',
    descending: '{{column}}, azalan',
    expirySoonest: 'Süresi en yakın dolacak',
  },
  search: {
    label: 'Yönlendirmelerde ara',
    placeholder: 'Ad, müşteri, kişi veya e-posta',
  },
  filter: {
    label: 'Filtreler',
    stage: 'Aşama',
    direction: 'Yön',
    type: 'Tür',
    qualification: 'Nitelik',
    currency: 'Para birimi',
    any: 'Tümü',
    selected: '{{count}} seçili',
    clear: 'Filtreleri temizle',
    noCurrencies: 'Henüz para birimi yok',
  },
  summary: {
    count_one: '{{formatted}} yönlendirme',
    count_other: '{{formatted}} yönlendirme',
    totalsLabel: 'Para birimine göre toplam anlaşma değeri',
    noCurrency: '{{amount}} (para birimi yok)',
    noValues: 'Anlaşma değeri yok',
  },
  progress: {
    loading: 'Yönlendirmeler yükleniyor…',
    loaded: '{{formatted}} yüklendi…',
  },
  export: {
    button: 'CSV olarak dışa aktar',
    fileName: 'yonlendirmeler-{{date}}.csv',
  },
  empty: {
    noMatch: 'Bu filtrelere uyan yönlendirme yok.',
    none: 'Henüz yönlendirme yok.',
  },
  error: {
    title: 'Yönlendirmeler yüklenemedi.',
    partial: 'Yönlendirmelerin tümü yüklenemedi; liste ve toplamlar eksik.',
    retry: 'Yeniden dene',
  },
  expiry: {
    urgent: 'Acil:',
  },
  cell: {
    none: '—',
  },
};

export const listMessages = { en, tr };
