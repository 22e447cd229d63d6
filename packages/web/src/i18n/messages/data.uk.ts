import { countWith } from "../plural";
import type { DataMessages } from "./data.pl";

const COUNTIES = { one: "повіт", few: "повіти", many: "повітів", other: "повіту" };
const MUNICIPALITIES = { one: "громада", few: "громади", many: "громад", other: "громади" };
const SERVICES = { one: "послуга", few: "послуги", many: "послуг", other: "послуги" };

export const dataUk: DataMessages = {
  indicators: {
    title: "Дані та показники",
    description:
      "Показники соціальної політики Підляського воєводства: значення в повітах, зміни в часі, карта воєводств і повітів, дані для завантаження у форматі CSV.",
    heading: "Дані та показники",
    lead: "Як змінюється ситуація в повітах Підляського воєводства: виберіть показник, і ми покажемо його значення в таблиці, на графіку та на карті. Дані можна завантажити у файлі CSV.",
    recordsInPolish:
      "Назви, визначення й одиниці виміру показників, а також назви місць подано польською мовою.",
    unknown: (code: string) => `Ми не знайшли показника з кодом «${code}».`,
    chooseFromList: "Виберіть показник зі списку.",
    goToField: "Перейти до поля",
    none: "В обсерваторії ще немає жодного показника.",
    download: "Завантажити дані у форматі CSV",
    downloadNote:
      "(значення з таблиці; польською мовою, роздільник — крапка з комою, десятковий знак — кома)",
    downloadNoteRegions:
      "(значення з таблиці та всіх воєводств; польською мовою, роздільник — крапка з комою, десятковий знак — кома)",
    tableHeading: "Значення в повітах",
    chartHeading: "Зміни в часі",
    droppedCounties: (max: number, dropped: number) =>
      `На графіку вміщується щонайбільше ${countWith("uk", max, COUNTIES)} — ми не показали ${countWith("uk", dropped, { one: "останній позначений", few: "останні позначені", many: "останніх позначених", other: "останнього позначеного" })}.`,
    regionsMapHeading: "Карта воєводств",
    countiesMapHeading: "Карта повітів",
    mapYear: (year: number) => `— ${year} р.`,
    mapCaption: (year: number) =>
      `у ${year} р. Колір позначає діапазон значень (не більше 5 діапазонів однакової ширини), на карті також вписано кожне значення.`,
    mapTiles: "Повіти показано плитками, розташованими приблизно так, як на карті.",
    noMapValues: "Показник ще не має значень, які можна показати на карті.",
  },
  form: {
    heading: "Виберіть дані",
    indicator: "Показник",
    counties: "Повіти на графіку",
    countiesHint: (max: number) =>
      `Крім Підляського воєводства, графік покаже щонайбільше ${countWith("uk", max, { one: "позначений повіт", few: "позначені повіти", many: "позначених повітів", other: "позначеного повіту" })}.`,
    map: "Карта",
    mapCounties: "повіти Підляського воєводства",
    mapRegions: "воєводства (уся Польща)",
    year: "Рік на карті",
    yearHint: "Якщо вибраний показник не має даних за цей рік, ми покажемо його найновіший рік.",
    submit: "Показати дані",
  },
  facts: {
    demo: "Демонстраційні дані.",
    demoNotice:
      "Значення цього показника згенеровано для презентації сайту — вони не описують реальної ситуації.",
    definition: "Визначення",
    unit: "Одиниця виміру",
    direction: "Напрям",
    source: "Джерело даних",
    programme: "Програма",
    area: "Сфера соціальних послуг",
    code: "Код",
    directions: {
      HIGHER_IS_BETTER: "що більше, то краще",
      LOWER_IS_BETTER: "що менше, то краще",
    },
    programmes: {
      WPRES: "WPRES — Воєводська програма розвитку соціальної економіки",
      KPRES: "KPRES — Національна програма розвитку соціальної економіки",
      OZPS: "OZPS — оцінка ресурсів соціальної допомоги",
      RPDI: "RPDI — Регіональний план деінституціалізації соціальних послуг",
      OTHER: "інше джерело",
    },
  },
  table: {
    empty: "Показник ще не має значень для повітів Підляського воєводства.",
    caption: "у повітах Підляського воєводства",
    county: "Повіт (powiat)",
    noData: "немає даних",
  },
  chart: {
    empty: "Показник ще не має значень для вибраних територій.",
    period: (first: number, last: number) => (first === last ? `${first} рік` : `${first}–${last} роки`),
    exact: "Точні значення наведено в таблиці вище та у файлі CSV.",
    title: (name: string) => `Лінійний графік: ${name}`,
    year: "Рік",
    baseline: "базове значення",
    target: "цільове значення",
    goals: "Опорні лінії, визначені в програмі:",
    legend: "Легенда графіка",
    noData: "немає даних",
  },
  map: {
    regions: "Карта воєводств",
    tiles: "Картограма повітів Підляського воєводства",
    bordersMissing: "Межі воєводств недоступні — значення наведено в таблиці під картою.",
    legend: "Легенда",
    noData: "немає даних",
    noDataShort: "н/д",
    tableSummary: "Значення з карти в таблиці",
    tableCaption: (year: number) => `Значення у ${year} р.`,
    unit: "Територія",
    value: "Значення",
  },
  units: {
    title: (name: string) => `Воєводство ${name} — повіти та громади`,
    description: (name: string) =>
      `Повіти (powiaty) та громади (gminy) воєводства ${name} з кодами TERYT, за офіційним реєстром Головного статистичного управління Польщі (GUS).`,
    heading: "Громади (gminy) та повіти (powiaty)",
    lead: "Територіальний поділ за офіційним реєстром TERYT: повіти та громади з їхніми кодами. Щоб перевірити, які соціальні послуги є в громаді, введіть її назву в",
    leadLink: "пошуку послуг",
    leadEnd: ".",
    recordsInPolish: "Назви територій подаємо польською мовою, як у реєстрі TERYT.",
    voivodeship: "Воєводство",
    submit: "Показати повіти та громади",
    region: (name: string) => `Воєводство ${name}`,
    counties: (count: number) => countWith("uk", count, COUNTIES),
    municipalities: (count: number) => countWith("uk", count, MUNICIPALITIES),
    announce: (name: string, counties: string, municipalities: string) =>
      `Воєводство ${name}: ${counties} і ${municipalities}.`,
    source: (date: string) => `Джерело: реєстр TERYT (GUS), станом на ${date}`,
    county: (name: string) => `Повіт (powiat) ${name}`,
    city: (name: string) => `${name} — місто на правах повіту`,
  },
  coverage: {
    notFoundTitle: "Не знайдено ні громади, ні повіту",
    municipality: (name: string) => `Громада (gmina) ${name}`,
    county: (name: string) => `Повіт (powiat) ${name}`,
    city: (name: string) => `Місто ${name}`,
    heading: (unit: string) => `${unit} — соціальні послуги`,
    description: (unit: string) =>
      `${unit}: кількість соціальних послуг у кожній із 14 визначених законом сфер і сфери без послуг.`,
    available: (count: number) =>
      countWith("uk", count, {
        one: "доступна послуга",
        few: "доступні послуги",
        many: "доступних послуг",
        other: "доступної послуги",
      }),
    explanation: "Ми враховуємо послуги, які мають тут заклад або охоплюють цю територію.",
    byArea: "Послуги за сферами",
    tableCaption: "Послуги в 14 сферах соціальних послуг",
    area: "Сфера",
    services: "Послуги",
    types: "Види послуг",
    count: (count: number) => countWith("uk", count, SERVICES),
    none: "немає послуг",
    gaps: "Прогалини в доступі до послуг",
    gapsList: "Немає послуг у сферах:",
    noGaps: "На цій території є послуги в усіх 14 сферах соціальних послуг.",
    municipalities: "Громади (gminy) повіту",
  },
};
