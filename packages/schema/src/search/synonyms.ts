import { foldPolish } from "./fold-polish";
import { stemPolishText } from "./polish-stemmer";

/**
 * Domain synonyms: each group lists names of one thing (an acronym and its expansion, or two
 * phrases people use for the same service). Maintained here, as data; applied to every index.
 */
export const POLISH_SEARCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["DPS", "dom pomocy społecznej"],
  ["ŚDS", "środowiskowy dom samopomocy"],
  ["DDP", "dzienny dom pomocy"],
  ["CIS", "centrum integracji społecznej"],
  ["KIS", "klub integracji społecznej"],
  ["ZAZ", "zakład aktywności zawodowej"],
  ["WTZ", "warsztat terapii zajęciowej"],
  ["OPS", "GOPS", "MOPS", "MGOPS", "MOPR", "ośrodek pomocy społecznej"],
  ["PCPR", "powiatowe centrum pomocy rodzinie"],
  ["ROPS", "regionalny ośrodek polityki społecznej"],
  ["CUS", "centrum usług społecznych"],
  ["OWES", "ośrodek wsparcia ekonomii społecznej"],
  ["PES", "podmiot ekonomii społecznej"],
  ["PS", "przedsiębiorstwo społeczne"],
  ["ZPChr", "zakład pracy chronionej"],
  ["KGW", "koło gospodyń wiejskich"],
  ["LPDI", "plan deinstytucjonalizacji", "lokalny plan deinstytucjonalizacji"],
  ["OZPS", "ocena zasobów pomocy społecznej"],
  ["SS", "spółdzielnia socjalna"],
  ["opieka wytchnieniowa", "usługi wytchnieniowe", "wytchnienie"],
  ["senior", "osoba starsza", "seniorzy", "osoby starsze"],
  ["niepełnosprawność", "osoba z niepełnosprawnością", "niepełnosprawni"],
  ["usługi opiekuńcze", "opieka domowa"],
  ["teleopieka", "opaska bezpieczeństwa"],
  ["catering", "gastronomia", "usługi gastronomiczne"],
  ["mieszkanie chronione", "mieszkanie treningowe", "mieszkanie wspomagane"],
  ["asystent osobisty", "asystencja osobista"],
  ["uchodźca", "cudzoziemiec"],
];

function variants(phrase: string): string[] {
  const folded = foldPolish(phrase).toLowerCase();
  return [...new Set([folded, stemPolishText(phrase)].filter(Boolean))];
}

/**
 * The groups as Meilisearch `synonyms`: every folded and every stemmed form of a group points to
 * all the others, so "dps", "dom pomocy spolecznej" and "dom pomoc spoleczn" find one another.
 */
export function meilisearchSynonyms(
  groups: readonly (readonly string[])[] = POLISH_SEARCH_SYNONYM_GROUPS,
): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const forms = [...new Set(group.flatMap(variants))];
    for (const form of forms) {
      const others = forms.filter((other) => other !== form);
      synonyms[form] = [...new Set([...(synonyms[form] ?? []), ...others])];
    }
  }
  return synonyms;
}
