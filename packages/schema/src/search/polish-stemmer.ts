import { foldPolish } from "./fold-polish";
import { POLISH_STOP_WORDS } from "./polish-stop-words";

// A light, rule-based Polish stemmer for search: it strips the commonest inflectional endings of
// folded (diacritic-free, lower-case) words, so "opieki", "opiekę" and "opieką" meet at "opiek".
// It is deliberately crude — both documents and queries go through the same function, so a stem
// only has to be consistent, not linguistically right — and keeps at least MIN_STEM letters.
const MIN_STEM = 3;

// Longest first; the first that leaves a long enough stem wins.
const SUFFIXES = [
  "osciami",
  "unczymi",
  "unczych",
  "unczego",
  "unczej",
  "unczym",
  "uncza",
  "uncze",
  "unczy",
  "owymi",
  "owych",
  "owego",
  "owemu",
  "owej",
  "owym",
  "iami",
  "iach",
  "iego",
  "iemu",
  "oscia",
  "osci",
  "ami",
  "osc",
  "ach",
  "ego",
  "emu",
  "ich",
  "ych",
  "imi",
  "ymi",
  "owa",
  "owe",
  "owi",
  "owy",
  "owo",
  "iom",
  "iow",
  "om",
  "ow",
  "ej",
  "ym",
  "im",
  "ia",
  "ie",
  "ii",
  "iu",
  "a",
  "e",
  "i",
  "o",
  "u",
  "y",
];

/** The stem of one folded, lower-case word. */
export function stemPolishWord(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      return normaliseStem(word.slice(0, -suffix.length));
    }
  }
  return normaliseStem(word);
}

// Consonant alternations before endings: "udarze" → "udar", "Sokółce" → "sokolk".
function normaliseStem(stem: string): string {
  if (stem.length > MIN_STEM && stem.endsWith("rz")) return stem.slice(0, -1);
  if (stem.length > MIN_STEM && stem.endsWith("c") && !stem.endsWith("sc") && !/[aeiouy]c$/.test(stem))
    return `${stem.slice(0, -1)}k`;
  return stem;
}

/** Folded, lower-case words of a text (letters and digits). */
export function searchWords(text: string): string[] {
  return (
    foldPolish(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const STOP_WORDS = new Set(POLISH_STOP_WORDS);

/**
 * The text as stems, in order, without stop words: what documents carry in their `*Stems`
 * attributes and what queries are sent as.
 */
export function stemPolishText(text: string): string {
  return searchWords(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(stemPolishWord)
    .join(" ");
}

/**
 * What a search engine is asked for a user's text: the stems first (they match the `*Stems`
 * attributes whatever the inflection), then the folded words that differ from their stems (they
 * match the folded attributes, rank exact forms higher and get highlighted). With Meilisearch's
 * "last" matching strategy, words are dropped from the end, so the stems are kept longest.
 */
export function toSearchQuery(text: string): string {
  const words = searchWords(text).filter((word) => !STOP_WORDS.has(word));
  const stems = words.map(stemPolishWord);
  return [...new Set([...stems, ...words])].join(" ");
}
