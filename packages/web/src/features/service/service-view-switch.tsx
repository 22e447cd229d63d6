import { serviceSearchHref, type ServiceSearch, type ServiceView } from "./service-search";

const VIEWS: { view: ServiceView; label: string }[] = [
  { view: "lista", label: "Lista" },
  { view: "mapa", label: "Mapa i lista" },
];

/** Plain links between the list and the map of the same search; the current one is marked by aria-current and a bar, not colour alone. */
export function ServiceViewSwitch(props: { search: ServiceSearch }) {
  return (
    <nav className="view-switch" aria-label="Widok wyników">
      <ul>
        {VIEWS.map(({ view, label }) => {
          const current = props.search.view === view;
          return (
            <li key={view}>
              <a
                href={serviceSearchHref(props.search, { page: props.search.page, view })}
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
