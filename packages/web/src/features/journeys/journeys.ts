import type { ServiceArea, TargetGroup } from "@/__generated__/graphql";
import { parseServiceSearch, serviceSearchHref, type ServiceSearch } from "@/features/service/service-search";

export const JOURNEYS_PATH = "/pomoc";

/** The part of the services search a journey narrows; everything expressible in a /uslugi URL. */
export interface JourneyFilter {
  targetGroups: TargetGroup[];
  areas?: ServiceArea[];
}

/** A resident's question answered in plain words, with the catalogue already narrowed to fit it. */
export type JourneySlug = "osoba-starsza" | "osoba-z-niepelnosprawnoscia" | "rodzina-w-kryzysie";

export interface Journey {
  slug: JourneySlug;
  /** The question as the resident would put it: the page's h1 and the link text on the home page. */
  title: string;
  /** For search engines and link previews. */
  description: string;
  /** Short plain-language paragraphs: what help exists, who pays, where to apply. */
  intro: string[];
  /** Who the services listed are for, in words ("dla seniorów"). */
  audience: string;
  filter: JourneyFilter;
}

export const JOURNEYS: readonly Journey[] = [
  {
    slug: "osoba-starsza",
    title: "Szukam pomocy dla osoby starszej",
    description:
      "Jaka pomoc przysługuje osobie starszej w województwie podlaskim: opieka w domu, dzienny dom, posiłek, transport, wytchnienie dla opiekuna — i gdzie o nią prosić.",
    intro: [
      "Osoba starsza, która nie radzi sobie sama z codziennymi sprawami, może dostać pomoc w domu (usługi opiekuńcze), miejsce w dziennym domu pomocy lub klubie seniora, posiłek, transport albo teleopiekę.",
      "Rodzina, która na co dzień opiekuje się bliskim, może skorzystać z usług wytchnieniowych: ktoś inny przejmie opiekę na kilka godzin lub dni.",
      "O usługi opiekuńcze prosi się w ośrodku pomocy społecznej w gminie, w której mieszka osoba starsza (OPS, w gminie wiejskiej często GOPS, w mieście MOPS). Zgłosić się może ona sama, ktoś z rodziny albo sąsiad; pracownik socjalny przyjdzie do domu i porozmawia o potrzebach.",
      "Część usług jest bezpłatna, za inne płaci się według dochodu — kwotę ustala ośrodek pomocy społecznej. Przy każdej usłudze poniżej piszemy, ile kosztuje i jak się zgłosić.",
    ],
    audience: "dla osób starszych i potrzebujących wsparcia w codziennym życiu",
    filter: { targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"] },
  },
  {
    slug: "osoba-z-niepelnosprawnoscia",
    title: "Szukam pomocy dla osoby z niepełnosprawnością",
    description:
      "Jaka pomoc przysługuje osobie z niepełnosprawnością w województwie podlaskim: asystencja, opieka w domu, ŚDS, WTZ, transport, praca — i gdzie o nią prosić.",
    intro: [
      "Osoba z niepełnosprawnością może dostać pomoc w domu (specjalistyczne usługi opiekuńcze, asystencję osobistą), zajęcia w środowiskowym domu samopomocy (ŚDS) lub warsztatach terapii zajęciowej (WTZ), transport „od drzwi do drzwi” i pomoc w znalezieniu pracy.",
      "O pomoc w domu i miejsce w ŚDS prosi się w ośrodku pomocy społecznej w swojej gminie (OPS, GOPS lub MOPS). Wystarczy zadzwonić albo przyjść — pracownik socjalny pomoże napisać wniosek.",
      "Dofinansowanie turnusu rehabilitacyjnego, sprzętu czy likwidacji barier w mieszkaniu (ze środków PFRON) przyznaje powiatowe centrum pomocy rodzinie (PCPR), a w mieście na prawach powiatu — miejski ośrodek pomocy.",
      "Wiele z tych usług jest bezpłatnych albo płaci się według dochodu. Przy każdej usłudze poniżej piszemy, ile kosztuje i jak się zgłosić.",
    ],
    audience: "dla osób z niepełnosprawnościami",
    filter: { targetGroups: ["PEOPLE_WITH_DISABILITIES"] },
  },
  {
    slug: "rodzina-w-kryzysie",
    title: "Szukam pomocy dla rodziny w kryzysie",
    description:
      "Gdzie rodzina w trudnej sytuacji znajdzie pomoc w województwie podlaskim: asystent rodziny, poradnictwo, interwencja kryzysowa, pomoc przy przemocy.",
    intro: [
      "Rodzina, która przechodzi trudny czas — kłopoty wychowawcze, przemoc, uzależnienie, utrata pracy lub mieszkania — może dostać pomoc: rozmowę z psychologiem, prawnikiem lub terapeutą, wsparcie asystenta rodziny albo interwencję kryzysową.",
      "Najprościej zacząć od ośrodka pomocy społecznej w swojej gminie (OPS, GOPS lub MOPS): pracownik socjalny pomoże ocenić sytuację i zorganizuje wsparcie, także asystenta rodziny.",
      "Poradnictwo specjalistyczne i interwencję kryzysową prowadzi też powiatowe centrum pomocy rodzinie (PCPR) albo ośrodek interwencji kryzysowej w powiecie.",
      "Poradnictwo i interwencja kryzysowa są bezpłatne, bez względu na dochód. Jeśli komuś grozi niebezpieczeństwo, dzwoń pod numer alarmowy 112.",
    ],
    audience: "dla rodzin z dziećmi i osób doznających przemocy",
    filter: { targetGroups: ["FAMILIES_AND_CHILDREN", "PEOPLE_AFFECTED_BY_VIOLENCE"] },
  },
];

export function findJourney(slug: string): Journey | undefined {
  return JOURNEYS.find((journey) => journey.slug === slug);
}

/** The words of a journey a resident reads, translated; the slug and the filter stay the same. */
export type JourneyText = Pick<Journey, "title" | "description" | "intro" | "audience">;

export function journeyHref(journey: Journey): string {
  return `${JOURNEYS_PATH}/${journey.slug}`;
}

/** The services search a journey stands for: its filter, nothing else narrowed. */
export function journeySearch(journey: Journey): ServiceSearch {
  return {
    ...parseServiceSearch({}),
    targetGroups: journey.filter.targetGroups,
    areas: journey.filter.areas ?? [],
  };
}

/** The catalogue with the journey's filter in the URL, for the resident to narrow by place. */
export function journeyCatalogueHref(journey: Journey): string {
  return serviceSearchHref(journeySearch(journey));
}
