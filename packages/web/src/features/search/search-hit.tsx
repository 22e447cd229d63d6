import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { SearchHitItem_HitFragment as Hit } from "@/__generated__/graphql";
import { documentHref, pageAnchor } from "@/features/document/document-format";
import { DEFAULT_LOCALE, localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { placeHref } from "./search-links";
import { typeLabel } from "./site-search";

export const SearchHitItem_hit = graphql(`
  fragment SearchHitItem_hit on SearchHit {
    __typename
    title
    type
    snippet {
      text
      highlighted
    }
    ... on ServiceSearchHit {
      service {
        slug
      }
    }
    ... on OrganizationSearchHit {
      organization {
        slug
      }
    }
    ... on GoodPracticeSearchHit {
      goodPractice {
        slug
      }
    }
    ... on DocumentSearchHit {
      pageNumber
      fileId
      document {
        id
        files {
          id
        }
      }
    }
    ... on TerritorialUnitSearchHit {
      territorialUnit {
        code
        kind
      }
    }
  }
`);

/** The page a hit leads to; a document hit opens the matching page of the document's text. */
function hitHref(hit: Hit): string {
  switch (hit.__typename) {
    case "ServiceSearchHit":
      return `/uslugi/${encodeURIComponent(hit.service.slug)}`;
    case "OrganizationSearchHit":
      return `/podmioty/${encodeURIComponent(hit.organization.slug)}`;
    case "GoodPracticeSearchHit":
      return `/dobre-praktyki/${encodeURIComponent(hit.goodPractice.slug)}`;
    case "DocumentSearchHit": {
      const fileIndex = Math.max(
        0,
        hit.document.files.findIndex((file) => file.id === hit.fileId),
      );
      return documentHref(hit.document.id, pageAnchor(fileIndex, hit.pageNumber));
    }
    case "TerritorialUnitSearchHit":
      return placeHref(hit.territorialUnit);
  }
}

/**
 * One hit of the mixed list: its kind, the title as a link, and where the words matched in <mark>.
 * The title and the snippet are the record's text, in Polish whatever the page's language.
 */
export function SearchHitItem(props: { hit: FragmentType<typeof SearchHitItem_hit>; locale?: Locale }) {
  const hit = getFragmentData(SearchHitItem_hit, props.hit);
  const locale = props.locale ?? DEFAULT_LOCALE;
  const lang = recordLang(locale);
  return (
    <article className="search-hit">
      <p className="search-hit__type">
        {typeLabel(hit.type, locale)}
        {hit.__typename === "DocumentSearchHit" &&
          `, ${getMessages(locale).search.documentPage(hit.pageNumber)}`}
      </p>
      <h3>
        <a href={localeHref(locale, hitHref(hit))} lang={lang}>
          {hit.title}
        </a>
      </h3>
      {hit.snippet.length > 0 && (
        <p className="search-hit__snippet" lang={lang}>
          {hit.snippet.map((segment, index) =>
            segment.highlighted ? <mark key={index}>{segment.text}</mark> : segment.text,
          )}
        </p>
      )}
    </article>
  );
}
