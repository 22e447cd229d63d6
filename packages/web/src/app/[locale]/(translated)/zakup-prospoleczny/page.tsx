import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { CertificateHolders } from "@/features/certificate/certificate-holders";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).registry.procurement;
  return {
    title: words.title,
    description: words.description,
    alternates: alternates(locale, "/zakup-prospoleczny"),
  };
}

const LIST_SIZE = 100;

const ZakupProspolecznyQuery = graphql(`
  query ZakupProspoleczny($first: Int!) {
    certificates(filter: { type: ZAKUP_PROSPOLECZNY, activeOnly: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...CertificateHolders_certificate
        }
      }
    }
  }
`);

export default async function ZakupProspolecznyPage(props: { params: Params }) {
  const locale = await localeOf(props.params);
  const words = getMessages(locale).registry.procurement;
  const { data } = await query({ query: ZakupProspolecznyQuery, variables: { first: LIST_SIZE } });
  if (!data) throw new Error("The certificate list returned no data");
  const { totalCount, edges } = data.certificates;
  const [lead, ...more] = words.intro;
  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <div className="prose">
        <p className="lead">{lead}</p>
        {more.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p>
        <a href={localeHref(locale, "/podmioty?certyfikat=ZAKUP_PROSPOLECZNY")}>{words.searchLink}</a>
      </p>

      <section aria-labelledby="aktywne">
        <h2 id="aktywne">{words.active}</h2>
        <p className="results-count">
          {totalCount === 0 ? words.none : words.count(totalCount)}
          {totalCount > edges.length && words.showingFirst(edges.length)}
        </p>
        {edges.length > 0 && (
          <CertificateHolders certificates={edges.map((edge) => edge.node)} locale={locale} />
        )}
      </section>
    </div>
  );
}
