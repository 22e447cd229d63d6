import { countWith } from "../plural";
import type { Messages } from "./pl";

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
    recordsInPolish: "Описи послуг надають постачальники, і вони польською мовою.",
  },
  serviceCard: {
    provider: "Надає",
    cost: "Вартість",
    place: "Місце",
    residents: "Для мешканців",
    noProvider: "постачальника не вказано",
    noAddress: "без постійної адреси",
    badges: "Позначки",
    stale: "Дані можуть бути застарілими",
    demo: "Демонстраційні дані",
    morePlaces: (count: number) =>
      `і ще ${countWith("uk", count, { one: "місце", few: "місця", many: "місць", other: "місця" })}`,
  },
  notFound: {
    title: "Сторінку не знайдено",
    text: "Цієї сторінки не існує або адреса неповна.",
    home: "Повернутися на головну сторінку",
  },
  error: {
    title: "Не вдалося завантажити дані",
    text: "Сайт тимчасово недоступний. Спробуйте ще раз за хвилину.",
    retry: "Спробувати ще раз",
  },
};
