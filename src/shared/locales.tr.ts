import type { Translation } from '../components/ui/translation';
import type { referralEn } from './locales';

/** Turkish for the 'referral' namespace; loaded only when Turkish is chosen. */
export const referralTr: Translation<typeof referralEn> = {
  field: {
    name: 'Yönlendirme adı',
    externalReferenceId: 'Dış başvuru kimliği',
    stage: 'Durum',
    statusReason: 'Durum gerekçesi',
    details: {
      dealValue: 'Anlaşma değeri',
      currency: 'Para birimi',
      closingDateTime: 'Kapanış tarihi',
      notes: 'Notlar',
      requirements: {
        industries: 'Sektörler',
        products: 'Ürünler',
        services: 'Hizmetler',
        solutions: 'Çözümler',
      },
    },
    customerProfile: {
      name: 'Müşteri adı',
      size: 'Müşteri büyüklüğü',
      team: 'Müşteri kişileri',
      address: {
        addressLine1: 'Adres satırı 1',
        addressLine2: 'Adres satırı 2',
        city: 'Şehir',
        state: 'Eyalet veya il',
        postalCode: 'Posta kodu',
        country: 'Ülke (ISO kodu)',
      },
    },
    consent: {
      consentToToShareInfoWithOthers:
        'Müşteri bilgilerinin başkalarıyla paylaşılmasını kabul ediyor',
      consentToContact: 'Müşteri kendisiyle iletişim kurulmasını kabul ediyor',
      consentToShareReferralWithMicrosoftSellers: 'Microsoft satıcılarıyla paylaş',
      consentToMicrosoftToContactSpecificPartners:
        'Microsoft belirli iş ortaklarıyla iletişim kurabilir',
    },
    team: 'Ekibimiz',
  },
  customerSize: {
    '1to50employees': '1–50 çalışan',
    '51to500employees': '51–500 çalışan',
    Morethan500employees: '500’den fazla çalışan',
    '1to9employees': '1–9 çalışan',
    '10to50employees': '10–50 çalışan',
    '51to250employees': '51–250 çalışan',
    '251to1000employees': '251–1.000 çalışan',
    '1001to5000employees': '1.001–5.000 çalışan',
    '5001to10000employees': '5.001–10.000 çalışan',
    '10001to20000employees': '10.001–20.000 çalışan',
    Morethan20000employees: '20.000’den fazla çalışan',
  },
  value: { empty: '(boş)', yes: 'Evet', no: 'Hayır', none: 'Yok' },
  leave: {
    title: 'Kaydetmeden çıkılsın mı?',
    body: 'Yazdıklarınız kaydedilmedi. Şimdi çıkarsanız kaybolur.',
    stay: 'Kal ve düzenlemeye devam et',
    leave: 'Çık ve değişiklikleri kaybet',
  },
  newReferral: { label: 'Yeni yönlendirme', shortcut: 'Yeni yönlendirme (N)' },
  close: {
    title: '“{{name}}” yönlendirmesini kapat',
    irreversible:
      'Kapatma geri alınamaz: kapatılan bir yönlendirme yeniden açılamaz ve düzenlenemez.',
    outcome: 'Sonuç',
    reason: 'Gerekçe',
    reasonPlaceholder: 'Bir gerekçe seçin…',
    details: 'Ayrıntılar',
    detailsHint: 'Gerekçe “Diğer” olduğunda zorunludur.',
    dealValue: 'Son anlaşma değeri ({{currency}})',
    dealValueHint: 'Anlaşmanın kazanıldığı değeri onaylayın.',
    noOutcome: 'Bu yönlendirme mevcut durumundan kapatılamaz.',
    cancel: 'Vazgeç',
    confirm: 'Yönlendirmeyi kapat',
    confirming: 'Kapatılıyor…',
    errors: {
      reasonRequired: 'Bir gerekçe seçin.',
      detailsRequired: '“Diğer” seçildiğinde gerekçeyi açıklayın.',
      detailsTooLong: 'Gerekçe 500 karakterden kısa olmalı.',
      dealValueRequired: 'Son anlaşma değerini girin.',
      dealValueInvalid: '0 veya daha büyük bir sayı girin.',
    },
  },
  conflict: {
    intro:
      'Siz düzenlerken başka biri bu yönlendirmeyi kaydetti. Yazdıklarınızın hiçbiri kaybolmadı: nelerin değiştiğini inceleyin, ikinizin de değiştirdiği alanlarda bir değer seçin ve yeniden kaydedin.',
    mergedTitle: 'Kendiliğinden birleştirilenler',
    mineOnly: 'Sizin değişiklikleriniz, korundu:',
    theirsOnly: 'Başkasının değişiklikleri, alındı:',
    nothingMerged: 'Birleştirilmesi gereken başka alan yok.',
    conflictsTitle: 'İki tarafta da değişti: bir değer seçin',
    noConflicts: 'İki tarafta da değişen alan yok.',
    yours: 'Sizinki',
    theirs: 'Onlarınki',
    resolve: 'Birleştir ve kaydet',
    cancel: 'Düzenlemelerime dön',
  },
};
