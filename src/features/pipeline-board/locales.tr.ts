import type { Translation } from '../../components/ui/translation';
import type { boardEn } from './locales';

/** Turkish for the 'board' namespace; loaded only when Turkish is chosen. */
export const boardTr: Translation<typeof boardEn> = {
  title: 'Satış hattı',
  board: 'Satış hattı panosu',
  search: {
    label: 'Panoda ara',
    placeholder: 'Ad, müşteri, referans…',
  },
  filtered:
    'Yönlendirme listesindeki filtreler uygulanıyor: {{total, number}} yönlendirmeden {{count, number}} tanesi gösteriliyor.',
  loading: 'Yönlendirmeler yükleniyor…',
  loadingMore: 'Daha fazla yönlendirme yükleniyor… Şu ana kadar {{count, number}}.',
  loadError: 'Yönlendirmeler yüklenemedi.',
  retry: 'Yeniden dene',
  column: {
    selectAll: 'Bu sütundakilerin tümünü seç',
    selectAllLabel: 'Bu sütundakilerin tümünü seç: {{stage}}',
    count_one: '{{count, number}} yönlendirme',
    count_other: '{{count, number}} yönlendirme',
    countFiltered: '{{total, number}} içinden {{count, number}}',
    totals: 'Toplam anlaşma değeri',
    noValue: 'Anlaşma değeri yok',
    empty: 'Burada yönlendirme yok.',
    collapse: '{{stage}} sütununu daralt',
    expand: '{{stage}} sütununu genişlet',
    legal: 'Buraya bırakılabilir',
    refused: 'Buraya taşınamaz',
    origin: 'Şu anki aşama',
    filteredOut: 'Aşama filtresiyle gizlendi',
  },
  card: {
    select: '{{name}} seç',
    customer: 'Müşteri',
    dealValue: 'Anlaşma değeri',
    closing: 'Kapanış tarihi',
    saving: 'Kaydediliyor…',
    drag: '{{name}} öğesini sürükle',
    roleDescription: 'sürüklenebilir',
    unnamed: 'Adsız yönlendirme',
  },
  moveTo: {
    button: 'Taşı…',
    menu: '{{name}} şuraya taşınsın',
    none: 'Taşınamaz',
  },
  dnd: {
    instructions:
      'Bir yönlendirmeyi almak için Boşluk veya Enter tuşuna basın. Taşınabileceği bir aşamaya gitmek için Sol ve Sağ ok tuşlarını kullanın. Oraya bırakmak için yeniden Boşluk veya Enter tuşuna, vazgeçmek için Escape tuşuna basın.',
    start: '{{name}}, {{stage}} aşamasından alındı.',
    over: '{{name}}, {{stage}} üzerinde.',
    notOver: '{{name}}, taşınabileceği bir aşamanın üzerinde değil.',
    end: '{{name}}, {{stage}} aşamasına bırakıldı.',
    endNowhere: '{{name}}, taşınabileceği aşamaların dışına bırakıldı. Hiçbir şey değişmedi.',
    cancel: '{{name}} taşıma işlemi iptal edildi. {{stage}} aşamasında kalıyor.',
  },
  move: {
    saved: '{{name}}, {{stage}} aşamasına taşındı.',
    failed: '{{name}}, {{stage}} aşamasına taşınamadı: {{reason}}',
    movedElsewhere:
      '{{name}} başka biri tarafından {{stage}} aşamasına taşındı. Sizin taşımanız kaydedilmedi.',
    reapplied:
      '{{name}} başka biri tarafından değiştirildi; taşımanız bu değişikliğin üzerine kaydedildi.',
  },
};
