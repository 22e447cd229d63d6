// Meilisearch folds most Polish diacritics but not "ł", so "lomza" would not find "Łomża".
// Documents carry a folded copy of their text and queries are folded the same way.
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: "l", Ł: "L" };

export function foldPolish(text: string): string {
  return text
    .replace(/[łŁ]/g, (letter) => EXTRA_FOLDS[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .normalize("NFC");
}
