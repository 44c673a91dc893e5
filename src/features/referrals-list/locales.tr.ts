import type { Translation } from '../../components/ui/translation';
import type { listEn } from './locales';

/** Turkish for the 'list' namespace; loaded only when Turkish is chosen. */
export const listTr: Translation<typeof listEn> = {
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
  narrowing: {
    label: 'Ayrıca daraltıldı',
    created: 'oluşturulma {{range}}',
    closed: 'kapanış {{range}}',
    accepted: 'kabul {{range}}',
    expires: 'sona erme {{range}}',
    customers: 'müşteri {{values}}',
    products: 'ürün {{values}}',
    reasons: 'kapanış nedeni {{values}}',
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
