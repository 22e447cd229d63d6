import type { FragmentType } from "@/__generated__";
import { Pagination } from "@/components/pagination";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { MapTiles } from "@/lib/config";
import { ServiceCard, type ServiceCard_service } from "./service-card";
import { ServiceMap, type ServiceMap_service } from "./service-map";
import { ServiceSearchEmpty } from "./service-search-empty";
import { PAGE_SIZE, serviceSearchHref, type ServiceSearch } from "./service-search";
import { RESULTS_SUMMARY_ID } from "@/features/navigation/results-announcement";

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
    <>
      <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
        {words.found(services.totalCount)}
        {pages > 1 && search.page <= pages && ` · ${words.pageOf(search.page, pages)}`}
      </p>
      {services.totalCount === 0 && <ServiceSearchEmpty search={search} locale={locale} />}
      {services.totalCount > 0 && nodes.length === 0 && (
        <p className="empty-state">
          {words.noSuchPage(search.page, pages)} <a href={href()}>{words.firstPage}</a>
        </p>
      )}
      {map && nodes.length > 0 && (
        <ServiceMap
          services={nodes}
          firstNumber={firstNumber}
          boundary={map.boundary}
          tiles={map.tiles}
          locale={locale}
        />
      )}
      {nodes.length > 0 && (
        <ol className="service-list" start={firstNumber}>
          {nodes.map((node, index) => (
            <li key={node.id}>
              <ServiceCard service={node} number={map ? firstNumber + index : undefined} locale={locale} />
            </li>
          ))}
        </ol>
      )}
      {search.page <= pages && (
        <Pagination
          page={search.page}
          pages={pages}
          hrefFor={(page) => href({ page })}
          words={getMessages(locale).pagination}
        />
      )}
    </>
  );
}
