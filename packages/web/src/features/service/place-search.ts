import { redirect } from "next/navigation";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { resolvePlace, type PlaceResolution } from "./place-picker-resolve";
import type { ServiceSearch } from "./service-search";

type PlaceFields = Pick<ServiceSearch, "place" | "areaCode" | "placeInUrl">;

/** A typed place that names no gmina or powiat of the region is the resident's to fix, at the field. */
export function placeProblem(resolution: PlaceResolution, locale: Locale) {
  if (resolution.status !== "not-found") return null;
  const words = getMessages(locale).placePicker;
  const message = words.notFound(resolution.text);
  const title = words.notFoundTitle;
  return { title, message, fieldError: { field: "gdzie" as const, message: `${title} ${message}` } };
}

/**
 * The place of a list page's search (/uslugi, /dobre-praktyki). When the URL lacks the code of the
 * unit found, the page moves to `hrefOf` the search with it (in the language of the page), so that
 * a shared link shows the same place. `shown` is the search as links should carry it: with the
 * unit actually used, never a code the page could not use.
 */
export async function resolveSearchPlace<TSearch extends PlaceFields>(
  search: TSearch,
  locale: Locale,
  hrefOf: (search: TSearch) => string,
) {
  const resolution = await resolvePlace(search);
  if (resolution.status === "found" && resolution.redirect) {
    redirect(localeHref(locale, hrefOf({ ...search, areaCode: resolution.place.code })));
  }
  const place = resolution.status === "found" ? resolution.place : null;
  const shown: TSearch = { ...search, areaCode: place?.code ?? "" };
  return { resolution, place, shown, problem: placeProblem(resolution, locale) };
}
