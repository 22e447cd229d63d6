import {
  COST_KIND_LABELS,
  DELIVERY_MODE_LABELS,
  SERVICE_TYPE_LABELS,
  TARGET_GROUP_LABELS,
} from "@/features/service/service-labels";
import type { ImportColumn } from "./import-column";

/**
 * The columns of `importServicesCsv` (packages/server/src/modules/service/import/service-csv-row.ts),
 * in the template's order. A line whose provider, title and location name a stored service updates
 * it; other lines create drafts.
 */
export const SERVICE_IMPORT_COLUMNS: readonly ImportColumn[] = [
  { name: "title", required: true, description: "Nazwa usługi.", example: "Obiady dla seniorów" },
  {
    name: "slug",
    required: false,
    description:
      "Końcówka adresu usługi w serwisie (małe litery, cyfry, myślniki); pusta — powstaje z nazwy.",
    example: "",
  },
  {
    name: "description",
    required: true,
    description: "Opis prostym językiem: co to za usługa i dla kogo.",
    example: "Ciepły posiłek w stołówce, od poniedziałku do piątku.",
  },
  {
    name: "serviceType",
    required: true,
    description: "Kod rodzaju usługi z koszyka usług.",
    allowed: SERVICE_TYPE_LABELS,
    example: "MEALS",
  },
  {
    name: "providerNip",
    required: false,
    description:
      "NIP podmiotu, który prowadzi usługę (podmiot musi być w rejestrze); zamiast niego można podać providerRegon, providerKrs albo providerId. Pusty — usługa bez podmiotu.",
    example: "",
  },
  {
    name: "providerRegon",
    required: false,
    description:
      "REGON podmiotu prowadzącego; gdy podano kilka identyfikatorów, muszą wskazywać ten sam podmiot.",
    example: "",
  },
  { name: "providerKrs", required: false, description: "Numer KRS podmiotu prowadzącego.", example: "" },
  { name: "providerId", required: false, description: "Identyfikator podmiotu w API.", example: "" },
  {
    name: "targetGroups",
    required: false,
    description: "Dla kogo jest usługa: kody rozdzielone znakiem „|”.",
    allowed: TARGET_GROUP_LABELS,
    example: "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS",
  },
  {
    name: "costKind",
    required: true,
    description: "Odpłatność.",
    allowed: COST_KIND_LABELS,
    example: "PAID",
  },
  {
    name: "costAmount",
    required: false,
    description: "Kwota w złotych, np. 12,50; pusta dla usługi bezpłatnej.",
    example: "12,50",
  },
  {
    name: "costUnit",
    required: false,
    description: "Za co jest ta kwota, np. „za obiad”; wymagane, gdy podano kwotę.",
    example: "za obiad",
  },
  {
    name: "costExplanation",
    required: false,
    description: "Wyjaśnienie odpłatności, np. od czego zależy.",
    example: "",
  },
  {
    name: "howToApply",
    required: true,
    description: "Jak skorzystać z usługi: gdzie się zgłosić, jakie dokumenty.",
    example: "Zgłoś się do ośrodka pomocy społecznej.",
  },
  {
    name: "deliveryModes",
    required: true,
    description: "Gdzie usługa jest świadczona: kody rozdzielone znakiem „|”, co najmniej jeden.",
    allowed: DELIVERY_MODE_LABELS,
    example: "ON_SITE",
  },
  {
    name: "languages",
    required: false,
    description: "Języki: kody ISO 639 (np. pl, uk, en) lub pjm, rozdzielone znakiem „|”; puste — polski.",
    example: "pl",
  },
  {
    name: "areaCodes",
    required: false,
    description:
      "Obszar działania: kody TERYT (2, 4 lub 7 cyfr) rozdzielone znakiem „|”. Usługa potrzebuje obszaru albo miejsca.",
    example: "2061011",
  },
  {
    name: "locationName",
    required: false,
    description: "Nazwa miejsca świadczenia usługi, np. „Stołówka, parter”.",
    example: "",
  },
  { name: "locationStreetAddress", required: false, description: "Ulica i numer miejsca.", example: "" },
  {
    name: "locationPostalCode",
    required: false,
    description: "Kod pocztowy miejsca, np. 15-427.",
    example: "",
  },
  { name: "locationCity", required: false, description: "Miejscowość.", example: "" },
  {
    name: "locationGminaCode",
    required: false,
    description: "Kod TERYT gminy miejsca (7 cyfr); z ulicą rozpoznaje usługę przy ponownym imporcie.",
    example: "",
  },
  {
    name: "lastVerifiedAt",
    required: false,
    description: "Data ostatniego sprawdzenia danych, RRRR-MM-DD, nie z przyszłości.",
    example: "",
  },
  {
    name: "lastVerifiedSource",
    required: false,
    description: "Jak sprawdzono dane, np. „telefon do OPS”; wymagane, gdy podano datę.",
    example: "",
  },
];
