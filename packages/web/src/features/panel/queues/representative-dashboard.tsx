import type { PanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { ProposalList } from "../proposals/proposal-list";
import { PanelChangeProposals } from "../proposals/proposal-queries";

const SHOWN = 10;

/** A representative's start: their organization, how to propose a change, and their proposals. */
export async function RepresentativeDashboard(props: { user: PanelUser }) {
  const { organization } = props.user;
  const { data, error } = await panelQuery(PanelChangeProposals, { status: null, first: SHOWN, after: null });
  if (error && !data) throw error;
  const connection = data?.changeProposals ?? { totalCount: 0, edges: [] };
  return (
    <>
      <section aria-labelledby="moj-podmiot">
        <h2 id="moj-podmiot">Twój podmiot</h2>
        {organization ? (
          <>
            <p>
              <strong>{organization.name}</strong> —{" "}
              <a href={`/podmioty/${organization.slug}`}>strona publiczna podmiotu</a>
            </p>
            <p>
              <a href="/panel/moj-podmiot">Zaproponuj zmianę danych podmiotu lub jego usług</a>
            </p>
            <p>Każdą zmianę sprawdza redakcja; do tego czasu strona publiczna pokazuje dotychczasowe dane.</p>
          </>
        ) : (
          <p>Twoje konto nie jest przypisane do żadnego podmiotu. Skontaktuj się z redakcją.</p>
        )}
      </section>
      <section aria-labelledby="moje-propozycje">
        <h2 id="moje-propozycje">Twoje propozycje zmian</h2>
        {connection.edges.length === 0 ? (
          <p>Nie masz jeszcze żadnych propozycji.</p>
        ) : (
          <ProposalList
            caption="Twoje ostatnie propozycje i ich status"
            proposals={connection.edges.map((edge) => edge.node)}
            totalCount={connection.totalCount}
            showAuthor={false}
          />
        )}
        {connection.totalCount > SHOWN && (
          <p>
            <a href="/panel/propozycje">Wszystkie twoje propozycje ({connection.totalCount})</a>
          </p>
        )}
      </section>
    </>
  );
}
