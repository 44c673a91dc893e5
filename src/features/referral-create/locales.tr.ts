import type { Translation } from '../../components/ui/translation';
import type { createEn } from './locales';

/** Turkish for the 'create' namespace; loaded only when Turkish is chosen. */
export const createTr: Translation<typeof createEn> = {
  title: 'Yeni yönlendirme',
  form: { required: 'zorunlu' },
  page: {
    back: 'Yönlendirmelere dön',
    intro:
      'Kendi fırsatınızı kaydedin. Zorunlu alanlar işaretlidir; diğer her şey daha sonra yönlendirmeye eklenebilir.',
    titleDuplicate: 'Yeni yönlendirme (kopya)',
    copiedFrom:
      'Müşteri ve fırsat “{{name}}” yönlendirmesinden kopyalandı. Yeni yönlendirmenin kendi durumu, tarihleri ve geçmişi olur.',
    loadingSource: 'Kopyalanacak yönlendirme yükleniyor…',
    sourceFailed: 'Kopyalanacak yönlendirme yüklenemedi.',
    retry: 'Yeniden dene',
    startEmpty: 'Boş bir formla başla',
  },
  section: {
    dealType: 'Fırsat türü',
    deal: 'Fırsat',
    requirements: 'Gereksinimler',
    customer: 'Müşteri',
    contacts: 'Müşteri kişileri',
    consent: 'Müşteri onayı',
    team: 'Ekibimiz',
  },
  dealType: {
    legend: 'Bu fırsat nasıl paylaşılıyor?',
    private: {
      label: 'Özel',
      hint: 'Paylaşılmaz: yalnızca kuruluşunuz görür. Microsoft satış temsilcilerine bildirilmez.',
    },
    'partner-led': {
      label: 'İş ortağı liderliğinde',
      hint: 'Microsoft satış temsilcileri haberdar olsun diye onlarla paylaşılır; fırsatı siz yürütürsünüz ve yardım istemezsiniz.',
    },
    'co-sell': {
      label: 'Microsoft ile ortak satış',
      hint: 'Çözümünüz ve Microsoft’tan istediğiniz yardım belirtilerek Microsoft satış temsilcileriyle paylaşılır.',
    },
  },
  qualification: {
    hint: 'Satış nitelikli: müşterinin ihtiyacını ve bütçesini doğruladınız.',
    SalesQualified: 'Satış nitelikli',
    None: 'Henüz nitelendirilmedi',
  },
  field: {
    qualification: 'Nitelik',
    solutionProfileId: 'Çözümünüz (çözüm profili kimliği)',
    assistanceCode: 'Microsoft’tan istenen yardım',
    assistanceNotes: 'Microsoft’a mesaj',
    allowMicrosoftToContactPartners: 'Microsoft belirli iş ortaklarını dahil edebilir',
    acknowledgeSharing: 'Microsoft ile paylaşmanın geri alınamayacağını anlıyorum',
    country: 'Ülke',
    duns: 'DUNS numarası',
    externalCustomerId: 'CRM’nizdeki müşteri kimliği',
  },
  coSell: {
    solutionHint: 'Çözümünüzün Partner Center’daki kimliği, örneğin SOL-34104-EBB.',
    choose: 'İhtiyacınız olan yardımı seçin…',
    notesHint: 'Microsoft satış temsilcisinin bilmesi gerekenler.',
  },
  assistance: {
    GeneralOrOther: 'Genel veya diğer',
    CustomerTechnicalArchitecture: 'Müşteri teknik mimarisi',
    ProofOfConceptOrDemo: 'Kavram kanıtı veya tanıtım',
    QuotesOrLicensing: 'Teklif veya lisanslama',
    PostSalesCustomerSuccess: 'Satış sonrası müşteri başarısı',
    WorkloadSpecificValueProposition: 'İş yüküne özel değer önerisi',
  },
  sharing: {
    title: 'Microsoft ile paylaşmak geri alınamaz.',
    body: 'Kaydedildikten sonra Microsoft satış temsilcileri bu fırsatı ve müşterisini görür. Daha sonra yeniden özel yapamazsınız.',
  },
  consent: {
    intro: 'Yalnızca müşterinin kabul ettiklerini işaretleyin.',
    consentToContact: 'Müşteri kendisiyle iletişime geçilmesini kabul ediyor',
    consentToContactHint:
      'Bu fırsatta çalışan kişiler müşteri kişilerini arayabilir veya onlara e-posta gönderebilir.',
    consentToToShareInfoWithOthers: 'Müşteri bilgilerinin başkalarıyla paylaşılmasını kabul ediyor',
    consentToToShareInfoWithOthersHint:
      'Müşterinin iletişim bilgileri fırsatta çalışan diğer kuruluşlara verilebilir.',
    allowMicrosoftToContactPartnersHint:
      'Microsoft bu fırsatta yardım için seçtiği iş ortaklarına başvurabilir.',
  },
  customer: {
    chooseCountry: 'Bir ülke seçin…',
    sizeUnset: 'Bilinmiyor',
  },
  deal: {
    currencyHint: 'Üç harf, örneğin USD, EUR veya TRY.',
    externalReferenceHint: 'Varsa bu fırsatın CRM’nizdeki kimliği.',
  },
  chips: {
    empty: 'Henüz yok.',
    add: 'Ekle',
    addLabel: '{{field}} alanına ekle',
    remove: '{{value}} öğesini kaldır',
  },
  people: {
    contact: 'Kişi {{n}}',
    teamMember: 'Ekip üyesi {{n}}',
    empty: 'Henüz kimse eklenmedi.',
    firstName: 'Ad',
    lastName: 'Soyad',
    email: 'E-posta',
    phoneNumber: 'Telefon',
    remove: '{{who}} kaldır',
    addContact: 'Müşteri kişisi ekle',
    addTeamMember: 'Ekip üyesi ekle',
    teamHint: 'Kuruluşunuzda bu fırsat üzerinde çalışan kişiler.',
  },
  duplicate: {
    title_one: 'Bu müşterinin benzer adlı açık bir yönlendirmesi zaten var:',
    title_other: 'Bu müşterinin benzer adlı {{count}} açık yönlendirmesi zaten var:',
    link: '{{name}} ({{customer}}), yeni sekmede açılır',
    mayContinue: 'Önce ona bakın. Bu farklı bir fırsatsa yine de oluşturabilirsiniz.',
  },
  summary: { title: 'Yönlendirmeyi oluşturmadan önce şunları düzeltin:' },
  actions: {
    hint: 'Yönlendirmeyi oluşturana kadar hiçbir şey gönderilmez.',
    create: 'Yönlendirme oluştur',
    creating: 'Oluşturuluyor…',
  },
  save: {
    created: '“{{name}}” yönlendirmesi oluşturuldu.',
    rejected: 'Sunucu bu değeri reddetti: {{message}}',
    failed:
      'Yönlendirme oluşturulmamış olabilir. Yazdığınız her şey duruyor ve yeniden denemek güvenlidir: asla ikinci bir yönlendirme oluşturmaz.',
    retry: 'Yeniden dene',
  },
  errors: {
    required: 'Bu alan zorunludur.',
    tooLong: 'Bu çok uzun.',
    tooMany: 'Çok fazla giriş var.',
    email: 'Geçerli bir e-posta adresi girin, örneğin ad@ornek.com.',
    memberEmpty: 'Bir ad veya e-posta adresi girin ya da bu kişiyi kaldırın.',
    dealType: 'Fırsatın nasıl paylaşıldığını seçin.',
    solutionRequired: 'Ortak satış için çözümünüzün kimliğini girin.',
    assistanceRequired: 'Microsoft’tan istediğiniz yardımı seçin.',
    acknowledgeSharing: 'Microsoft ile paylaşmanın geri alınamayacağını anladığınızı onaylayın.',
    dealValueRequired: 'Bir fırsat değeri girin.',
    dealValueNegative: '0 veya daha büyük bir sayı girin.',
    dealValueNotNumber:
      'Bu bir sayı değil. 1500 veya 1500.50 gibi, ondalık için nokta kullanarak rakam girin.',
    dealValueTooLarge: 'Bu sayı çok büyük.',
    currency: 'Üç harfli bir para birimi kodu girin, örneğin USD.',
    dateRequired: 'Bir kapanış tarihi girin.',
    date: 'Geçerli bir tarih girin.',
    country: 'Müşterinin ülkesini seçin.',
    customerSize: 'Listeden bir büyüklük seçin.',
  },
};
