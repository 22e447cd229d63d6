import type { FragmentType } from "@/__generated__";
import { ResultsList } from "@/components/results-list";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { MapTiles } from "@/lib/config";
import { ServiceCard, type ServiceCard_service } from "./service-card";
import { ServiceMap, type ServiceMap_service } from "./service-map";
import { ServiceSearchEmpty } from "./service-search-empty";
import { PAGE_SIZE, serviceSearchHref, type ServiceSearch } from "./service-search";

type ResultService = { id: string } & FragmentType<typeof ServiceCard_service> &
  FragmentType<typeof ServiceMap_service>;

/**
 * One page of the catalogue's results: the count, what to try when nothing matches, the map (in
 * the map view) and the numbered cards, then the links to the other pages. `search` is the search
 * as the links should carry it (with the place actually used).
 */
export function ServiceResults(props: {
  services: { totalCount: number; edges: { node: ResultService }[] };
  search: ServiceSearch;
  pages: number;
  map: { boundary: string | null; tiles: MapTiles | null } | null;
  locale: Locale;
}) {
  const { services, search, pages, map, locale } = props;
  const words = getMessages(locale).services;
  const href = (options: { page?: number } = {}) => localeHref(locale, serviceSearchHref(search, options));
  const firstNumber = (search.page - 1) * PAGE_SIZE + 1;
  const nodes = services.edges.map((edge) => edge.node);
  return (
    <ResultsList
      total={services.totalCount}
      shown={nodes.length}
      page={search.page}
      pages={pages}
      words={words}
      noSuchPage={words.noSuchPage(search.page, pages)}
      hrefFor={(page) => href({ page })}
      empty={<ServiceSearchEmpty search={search} locale={locale} />}
      pagination={getMessages(locale).pagination}
    >
      {map && (
        <ServiceMap
          services={nodes}
          firstNumber={firstNumber}
          boundary={map.boundary}
          tiles={map.tiles}
          locale={locale}
        />
      )}
      <ol className="service-list" start={firstNumber}>
        {nodes.map((node, index) => (
          <li key={node.id}>
            <ServiceCard service={node} number={map ? firstNumber + index : undefined} locale={locale} />
          </li>
        ))}
      </ol>
    </ResultsList>
  );
}
