import { DEFAULT_LOCALE, localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { serviceSearchHref, type ServiceSearch, type ServiceView } from "./service-search";

/** Plain links between the list and the map of the same search; the current one is marked by aria-current and a bar, not colour alone. */
export function ServiceViewSwitch(props: { search: ServiceSearch; locale?: Locale }) {
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).services;
  const views: { view: ServiceView; label: string }[] = [
    { view: "lista", label: words.listView },
    { view: "mapa", label: words.mapView },
  ];
  return (
    <nav className="view-switch" aria-label={words.views}>
      <ul>
        {views.map(({ view, label }) => {
          const current = props.search.view === view;
          return (
            <li key={view}>
              <a
                href={localeHref(locale, serviceSearchHref(props.search, { page: props.search.page, view }))}
                aria-current={current ? "page" : undefined}
              >
                {label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
