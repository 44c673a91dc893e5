/** Strings of this feature (namespace 'board'). The Turkish catalogue must have exactly the same keys. */
const en = {
  title: 'Pipeline',
  board: 'Pipeline board',
  search: {
    label: 'Search the board',
    placeholder: 'Name, customer, reference…',
  },
  filtered:
    'Filters from the referral list apply: {{count, number}} of {{total, number}} referrals shown.',
  loading: 'Loading referrals…',
  loadingMore: 'Loading more referrals… {{count, number}} so far.',
  loadError: 'The referrals could not be loaded.',
  retry: 'Try again',
  column: {
    count_one: '{{count, number}} referral',
    count_other: '{{count, number}} referrals',
    countFiltered: '{{count, number}} of {{total, number}}',
    totals: 'Total deal value',
    noValue: 'No deal value',
    empty: 'No referrals here.',
    collapse: 'Collapse {{stage}}',
    expand: 'Expand {{stage}}',
    legal: 'Can drop here',
    refused: 'Cannot move here',
    origin: 'Current stage',
    filteredOut: 'Hidden by the stage filter',
  },
  card: {
    customer: 'Customer',
    dealValue: 'Deal value',
    closing: 'Closing date',
    saving: 'Saving…',
    drag: 'Drag {{name}}',
    roleDescription: 'draggable',
    unnamed: 'Unnamed referral',
  },
  moveTo: {
    button: 'Move to…',
    menu: 'Move {{name}} to',
    none: 'No moves',
  },
  dnd: {
    instructions:
      'To pick up a referral, press Space or Enter. Use the Left and Right arrow keys to go to a stage it may move to. Press Space or Enter again to drop it there, or Escape to cancel.',
    start: 'Picked up {{name}} from {{stage}}.',
    over: '{{name}} is over {{stage}}.',
    notOver: '{{name}} is not over a stage it can move to.',
    end: '{{name}} was dropped on {{stage}}.',
    endNowhere: '{{name}} was dropped outside the stages it can move to. Nothing changed.',
    cancel: 'Moving {{name}} was cancelled. It stays in {{stage}}.',
  },
  move: {
    saved: '{{name}} moved to {{stage}}.',
    failed: 'Could not move {{name}} to {{stage}}: {{reason}}',
    movedElsewhere: '{{name}} was moved to {{stage}} by someone else. Your move was not saved.',
    reapplied: '{{name}} was changed by someone else; your move was saved on top of it.',
  },
} as const;

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

const tr: Catalogue<typeof en> = {
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

export const boardMessages = { en, tr };
