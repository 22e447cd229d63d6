import { countWith } from "../plural";
import type { Messages } from "./pl";
import { FALLBACK_PAGES } from "./fallback-pages";

const SERVICE_FORMS = { one: "послугу", few: "послуги", many: "послуг", other: "послуги" };

export const uk: Messages = {
  site: {
    name: "Obserwatorium",
    description:
      "Обсерваторія соціальної політики: суб’єкти соціальної економіки, соціальні послуги, документи та показники Підляського воєводства.",
    skipLink: "Перейти до змісту",
    tagline: "Регіональний центр соціальної політики в Білостоці",
    footer: "Obserwatorium — відкрите програмне забезпечення для регіональної соціальної політики.",
    languages: "Мова сайту",
    polishOnly: "Ця сторінка доступна лише польською мовою.",
  },
  nav: {
    label: "Головна навігація",
    home: "Головна",
    organizations: "Суб’єкти соціальної економіки",
    services: "Соціальні послуги",
    documents: "Документи",
    goodPractices: "Добрі практики",
    data: "Дані",
    procurement: "Соціальні закупівлі",
  },
  siteInfo: {
    label: "Про сайт",
    about: "Про сайт",
    accessibility: "Декларація доступності",
    contact: "Контакти",
    privacy: "Політика конфіденційності",
  },
  searchBox: {
    landmark: "Сайт",
    label: "Пошук на сайті",
    submit: "Шукати",
    suggestions: "Підказки",
    none: "Немає підказок.",
    found: (count: number) =>
      `${countWith("uk", count, { one: "підказка", few: "підказки", many: "підказок", other: "підказки" })}. Використовуйте стрілки вгору і вниз, щоб вибрати.`,
    kinds: {
      PLACE: "гміна або повіт",
      ORGANIZATION: "суб’єкт",
      SERVICE_AREA: "сфера послуг",
      SERVICE_TYPE: "вид послуги",
    },
  },
  home: {
    title: "Обсерваторія соціальної політики Підляського воєводства",
    description:
      "Знайдіть соціальну послугу у своїй гміні, постачальника зі знаком «Zakup Prospołeczny», добрі практики, документи та дані про соціальну політику Підляського воєводства.",
    heading: "Обсерваторія соціальної політики",
    lead: "Допомога та соціальні послуги в Підляському воєводстві, постачальники соціальної економіки та знання про те, що працює, — в одному місці.",
    searchLabel: "Що ви шукаєте?",
    searchHint:
      "Напишіть, що вам потрібно і де, наприклад «opieka wytchnieniowa Łapy» (тимчасовий догляд у Лапах). Пошук працює польською мовою.",
    searchSubmit: "Шукати",
    findService: "Знайти послугу",
    findServiceText:
      "Для мешканців: догляд, підтримка сім’ї, допомога людям похилого віку та людям з інвалідністю.",
    allServices: "Усі соціальні послуги",
    servicesCount: (count: number) =>
      `У каталозі: ${countWith("uk", count, { one: "послуга", few: "послуги", many: "послуг", other: "послуги" })}`,
    findSupplier: "Знайти постачальника — соціальні закупівлі",
    findSupplierText:
      "Для органів місцевого самоврядування: соціальні кооперативи, фонди, центри соціальної інтеграції та інші суб’єкти соціальної економіки, які можуть виконати замовлення.",
    reservedContracts: "Зарезервовані замовлення та соціальні положення — пошук постачальників",
    registry: "Реєстр суб’єктів соціальної економіки",
    certifiedSuppliers: "Постачальники зі знаком «Zakup Prospołeczny»",
    organizationsCount: (count: number) =>
      `У реєстрі: ${countWith("uk", count, { one: "суб’єкт", few: "суб’єкти", many: "суб’єктів", other: "суб’єкта" })}`,
    knowledge: "Знання: добрі практики, документи, дані",
    knowledgeText: "Що спрацювало в інших гмінах, плани та програми регіону, показники обсерваторії.",
    goodPractices: "Добрі практики",
    documents: "Документи",
    data: "Дані та показники",
    knowledgeCount: (goodPractices: number, documents: number) =>
      `${countWith("uk", goodPractices, { one: "добра практика", few: "добрі практики", many: "добрих практик", other: "доброї практики" })} · ${countWith("uk", documents, { one: "документ", few: "документи", many: "документів", other: "документа" })}`,
    latestCertificates: "Найновіші сертифікати «Zakup Prospołeczny»",
    allCertified: "Усі постачальники зі знаком «Zakup Prospołeczny»",
    noCertificates: "Наразі жоден сертифікат не є чинним.",
    unpublishedHolder: "Неопублікований суб’єкт",
    validFrom: (date: string) => `чинний з ${date}`,
    demo: "демонстраційні дані",
    latestDocuments: "Найновіші документи",
    allDocuments: "Усі документи",
    noDocuments: "Ще немає опублікованих документів.",
    places: "Гміни та повіти воєводства — список з кодами TERYT",
  },
  journey: {
    breadcrumb: "Знайти послугу",
    nearYou: "Послуги поблизу вас",
    placeLabel: "Гміна або повіт",
    placeHint: "Наприклад: Łapy, Sokółka, powiat augustowski. Ми покажемо послуги, доступні в цьому місці.",
    showServices: "Показати послуги",
    seeAll: (audience: string, count: number) =>
      `Переглянути всі послуги ${audience} у пошуку (${count.toLocaleString("uk-UA")})`,
    examples: "Приклади послуг у Підляському воєводстві",
    none: "У каталозі ще немає таких послуг.",
    found: (count: number, audience: string) =>
      `Ми знайшли в каталозі ${countWith("uk", count, SERVICE_FORMS)} ${audience}.`,
    showingFirst: (shown: number) => `Показуємо перші ${shown}.`,
    showAll: (count: number) =>
      `Показати всі ${countWith("uk", count, SERVICE_FORMS)} у пошуку та звузити до своєї гміни`,
    recordsInPolish: "Описи послуг походять від їхніх надавачів і написані польською мовою.",
  },
  serviceCard: {
    provider: "Надає",
    cost: "Вартість",
    place: "Місце",
    residents: "Для мешканців",
    noProvider: "надавача не вказано",
    noAddress: "без постійної адреси",
    badges: "Позначки",
    stale: "Дані можуть бути застарілими",
    demo: "Демонстраційні дані",
    morePlaces: (count: number) =>
      `і ще ${countWith("uk", count, { one: "місце", few: "місця", many: "місць", other: "місця" })}`,
  },
  services: {
    title: "Соціальні послуги — пошук",
    description:
      "Пошук соціальних послуг у Підляському воєводстві: догляд, підтримка сім’ї, допомога людям з інвалідністю та людям похилого віку — у вашій гміні та повіті.",
    heading: "Соціальні послуги",
    lead: "Знайдіть допомогу для себе та своїх близьких: догляд, підтримку сім’ї, послуги для людей похилого віку та людей з інвалідністю — у вашій гміні та повіті Підляського воєводства.",
    skipToResults: "Перейти до результатів",
    results: "Результати",
    goToField: "Перейти до поля",
    placeLead: "Показуємо послуги для:",
    found: (count: number) => `Знайдено ${countWith("uk", count, SERVICE_FORMS)}`,
    pageOf: (page: number, pages: number) => `сторінка ${page} з ${pages}`,
    noSuchPage: (page: number, pages: number) =>
      `Сторінки ${page} немає — результати вміщуються на ${countWith("uk", pages, { one: "сторінці", few: "сторінках", many: "сторінках", other: "сторінках" })}.`,
    firstPage: "Перейти на першу сторінку",
    views: "Вигляд результатів",
    listView: "Список",
    mapView: "Карта і список",
    empty: {
      catalogue: "У каталозі ще немає жодної послуги.",
      noMatch: "Ми не знайшли послуг, які відповідають усім вибраним умовам.",
      whatToDo: "Що можна зробити:",
      fewerWords:
        "написати менше слів або загальніше слово польською, наприклад вид допомоги («opieka» — догляд, «posiłek» — харчування),",
      countyInstead: "написати назву повіту замість гміни або очистити поле «Гміна або повіт»,",
      uncheck: "зняти позначки з частини полів у фільтрах,",
      clearAll: "очистити всі фільтри",
      startOver: "і почати спочатку.",
    },
    errors: {
      invalid: "Неправильний фільтр:",
      textTooLong: "текст пошуку може містити не більше 200 символів.",
      unknownPlace: "ми не розпізнали це місце; напишіть назву гміни або повіту ще раз.",
      noPage: "такої сторінки результатів немає.",
      other: "перевірте введені значення або очистьте фільтри.",
    },
  },
  serviceFilters: {
    heading: "Фільтри пошуку",
    textLabel: "Що ви шукаєте?",
    textHint:
      "Пошук працює польською мовою, наприклад «opieka wytchnieniowa» (тимчасовий догляд), «klub seniora Sokółka» (клуб сеньйора в Сокулці). Польські літери не обов’язкові.",
    errorPrefix: "Помилка: ",
    areas: "Сфера послуг",
    audience: "Для кого",
    countHint: "У дужках: кількість послуг у всьому каталозі.",
    cost: "Вартість",
    freeOnly: "лише безоплатні",
    more: "Спосіб надання, доступність і мова",
    deliveryModes: "Спосіб надання",
    accessibility: "Доступність",
    accessibilityHint: "Ми покажемо послуги, які мають усі позначені зручності.",
    languages: "Мова обслуговування",
    submit: "Шукати",
    clear: "Очистити фільтри",
  },
  placePicker: {
    label: "Гміна або повіт",
    hint: "Наприклад, Łapy або powiat sejneński. Ми покажемо послуги в цьому місці та ті, що охоплюють його мешканців.",
    otherPlace: "Ви мали на увазі інше місце?",
    notFoundTitle: "Ми не знайшли місце:",
    notFound: (text: string) =>
      `у Підляському воєводстві немає гміни чи повіту з назвою «${text}». Перевірте написання або напишіть назву повіту.`,
    county: (name: string) => `powiat ${name} (повіт)`,
    city: (name: string) => `${name} (місто на правах повіту)`,
    gmina: (kind: string, name: string, county: string | null) =>
      `${name} (${kind}${county ? `, powiat ${county}` : ""})`,
  },
  pagination: {
    label: "Сторінки результатів",
    previous: "Попередня сторінка",
    next: "Наступна сторінка",
    current: (page: number, pages: number) => `Сторінка ${page} з ${pages}`,
  },
  serviceMap: {
    label: "Карта послуг",
    caption: (shown: number) =>
      `На карті: ${countWith("uk", shown, { one: "послуга", few: "послуги", many: "послуг", other: "послуги" })} з цієї сторінки результатів`,
    captionEnd: ".",
    captionUnplaced: "; для решти місцезнаходження не вказано.",
    stale: "дані можуть бути застарілими",
    tiles: "Картографічна основа:",
    legend: "Умовні позначення",
    legendPin:
      "коло з номером — послуга; номер такий самий, як у списку результатів, а позначка веде до опису послуги",
    legendStale: "квадрат — послуга, дані якої можуть бути застарілими",
    legendSpread: "риска — кілька послуг за однією адресою: позначки розсунуто, а риска веде до адреси",
    legendOutline: "лінія — межа воєводства",
  },
  service: {
    breadcrumb: "Пошук послуг",
    description: (serviceType: string) => `${serviceType}: для кого, скільки коштує, як отримати, де і коли.`,
    print: "Друкувати",
    pageAddress: "Адреса сторінки:",
    badges: "Позначки",
    staleBadge: "Дані застарілі",
    demoBadge: "Демонстраційні дані",
    demoTitle: "Демонстраційні дані.",
    demoText: "Цей опис підготовлено для презентації сайту — це не підтверджена інформація про послугу.",
    recordInPolish: "Опис послуги походить від її надавача і написаний польською мовою.",
    notFound: FALLBACK_PAGES.uk.serviceNotFound,
    about: {
      heading: "У чому полягає послуга",
      type: "Вид послуги",
      area: "Сфера соціальних послуг",
      legalBasis: "Правова підстава",
      available: "Послуга доступна",
      from: (date: string) => `з ${date}`,
      to: (date: string) => `до ${date}`,
      between: (from: string, to: string) => `з ${from} до ${to}`,
    },
    audience: {
      heading: "Для кого",
      age: "Вік",
      ageRange: (min: number | null, max: number | null) => {
        // The genitive after "від" and "до": "21 року", "18 років".
        const years = (age: number) => `${age} ${age % 10 === 1 && age % 100 !== 11 ? "року" : "років"}`;
        if (min === null) return `до ${years(max ?? 0)}`;
        if (max === null) return `від ${years(min)}`;
        return `від ${min} до ${years(max)}`;
      },
      anyAge: "без вікових обмежень",
      certificate: "Рішення про інвалідність",
      certificateRequired:
        "потрібне рішення про інвалідність (orzeczenie o niepełnosprawności) або рівноцінний документ",
      certificateNotRequired: "рішення про інвалідність не потрібне",
      income: "Критерій доходу",
      incomeMatters: "так — від доходу залежить, чи надають послугу і скільки за неї платити",
      incomeIrrelevant: "ні — дохід не має значення",
      residence: "Місце проживання",
      residenceRequired: "лише для мешканців території, на якій діє послуга",
      residenceNotRequired: "не обов’язково проживати на території послуги",
    },
    cost: {
      heading: "Скільки коштує",
      kind: "Оплата",
      price: "Ціна",
    },
    apply: {
      heading: "Як отримати послугу",
      noSteps: "Надавач ще не описав, як отримати послугу, — зверніться до нього.",
      documents: "Потрібні документи",
      noDocuments: "Надавач не вказав перелік документів.",
      waitingTime: "Час очікування:",
    },
    places: {
      heading: "Де і коли",
      noAddress: "Надавач не вказав адресу, за якою надається послуга.",
      gmina: (name: string) => `гміна ${name}`,
      delivery: "Форма",
      notGiven: "не вказано",
      accessibility: "Доступність",
      noAccessibility: "надавач не вказав зручностей — запитайте про них перед візитом",
      languages: "Мови",
    },
    hours: {
      caption: "Години роботи",
      day: "День",
      hours: "Години",
      closed: "зачинено",
      weekdays: ["понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя"],
      none: "Години роботи не вказано — домовтеся про час із надавачем.",
      exceptions: "Інші години в окремі дні",
      onDate: (date: string) => `${date}:`,
    },
    provider: {
      heading: "Хто надає",
      notPublic: "Надавач не має публічного запису в реєстрі суб’єктів.",
    },
    areas: {
      heading: "Територія",
      covers: "Послуга охоплює мешканців:",
      none: "Надавач не вказав територію — запитайте, чи охоплює послуга ваш населений пункт.",
    },
    verification: {
      staleSince: (date: string) => `Дані можуть бути застарілими — востаннє перевірено ${date}`,
      staleNever: "Дані можуть бути застарілими — їх ще не перевіряли.",
      staleAdvice:
        "Перш ніж скористатися послугою, уточніть години роботи та умови в надавача. Якщо щось змінилося,",
      staleReport: "повідомте про застарілу інформацію",
      verifiedOn: (date: string) => `Дані перевірено: ${date}`,
      notVerified: "Дані ще не перевіряли.",
      staleSuffix: " — дані можуть бути застарілими.",
    },
    report: {
      heading: "Повідомити про застарілу інформацію",
      intro: "Помітили помилку або щось змінилося? Напишіть нам — редакція перевірить інформацію в надавача.",
      notSent: "Повідомлення не надіслано.",
      sending: "Надсилання повідомлення…",
      sent: "Дякуємо. Повідомлення надійде до редакції.",
      messageLabel: "Що застаріло?",
      messageHint: (min: number, max: number) =>
        `Наприклад: змінилися години роботи, адреса або умови. Від ${min} до ${max} символів.`,
      contactLabel: "Ваша електронна пошта або телефон (необов’язково)",
      contactHint: "Вкажіть, якщо редакція може уточнити у вас деталі. Ми їх не публікуємо.",
      errorPrefix: "Помилка: ",
      submit: "Надіслати повідомлення",
    },
    reportErrors: {
      messageEmpty: "Опишіть, що застаріло.",
      messageTooShort: (min: number, length: number) =>
        `Опис занадто короткий — напишіть щонайменше ${min} символів (зараз: ${length}).`,
      messageTooLong: (max: number, length: number) =>
        `Опис занадто довгий — він може містити не більше ${max} символів (зараз: ${length}).`,
      messageLength: (min: number, max: number) => `Опис повинен містити від ${min} до ${max} символів.`,
      contactTooLong: (max: number) => `Контакт може містити не більше ${max} символів.`,
      contactInvalid:
        "Введіть адресу електронної пошти (наприклад, jan.kowalski@example.pl) або номер телефону (наприклад, 85 123 45 67) — або залиште це поле порожнім.",
      serviceGone: "Цієї послуги вже немає в каталозі, тому повідомити про неї неможливо. Оновіть сторінку.",
      rateLimited: "З цієї адреси надіслано забагато повідомлень. Спробуйте пізніше.",
      rejected: "Не вдалося надіслати повідомлення. Перевірте поля форми та спробуйте ще раз.",
      unavailable:
        "Не вдалося надіслати повідомлення — сайт тимчасово недоступний. Спробуйте ще раз за хвилину.",
    },
  },
  notFound: FALLBACK_PAGES.uk.notFound,
  error: FALLBACK_PAGES.uk.error,
};
