import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { CertificateHolders } from "@/features/certificate/certificate-holders";
import { query } from "@/lib/apollo/rsc-client";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Zakup Prospołeczny — znak jakości i lista dostawców",
  description:
    "Czym jest regionalny znak Zakup Prospołeczny i które podmioty z województwa podlaskiego mają dziś ważny certyfikat.",
};

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

export default async function ZakupProspolecznyPage() {
  const { data } = await query({ query: ZakupProspolecznyQuery, variables: { first: LIST_SIZE } });
  if (!data) throw new Error("The certificate list returned no data");
  const { totalCount, edges } = data.certificates;
  return (
    <div className="container">
      <h1>Zakup Prospołeczny</h1>
      <div className="prose">
        <p className="lead">
          „Zakup Prospołeczny” to regionalny znak jakości. Otrzymują go podmioty ekonomii społecznej z
          województwa podlaskiego za konkretne, wymienione z nazwy produkty i usługi — nie za całą swoją
          działalność.
        </p>
        <p>
          Znak przyznaje Regionalny Ośrodek Polityki Społecznej w Białymstoku po decyzji Podlaskiej Kapituły.
          Certyfikat jest ważny 12 miesięcy i można go odnowić. Podmiot nic za niego nie płaci.
        </p>
        <p>
          Kupując od tych dostawców, wspierasz integrację społeczną i zawodową: pracę i powrót na rynek pracy
          osób zagrożonych wykluczeniem.
        </p>
      </div>
      <p>
        <a href="/podmioty?certyfikat=ZAKUP_PROSPOLECZNY">
          Wyszukaj dostawców z certyfikatem według obszaru, rodzaju usługi lub kodu CPV
        </a>
      </p>

      <section aria-labelledby="aktywne">
        <h2 id="aktywne">Aktywne certyfikaty</h2>
        <p className="results-count">
          {totalCount === 0
            ? "Obecnie żaden certyfikat nie jest ważny."
            : `Liczba aktywnych certyfikatów: ${totalCount.toLocaleString("pl-PL")}.`}
          {totalCount > edges.length && ` Pokazujemy pierwsze ${edges.length}.`}
        </p>
        {edges.length > 0 && <CertificateHolders certificates={edges.map((edge) => edge.node)} />}
      </section>
    </div>
  );
}
