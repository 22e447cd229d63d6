import { PanelTextArea, PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import type { ProposalDetails } from "./find-proposal";
import { acceptEditedProposal, acceptProposal, rejectProposal } from "./review-actions";
import { editFormFields } from "./review-edits";

/** An editor's three ways to decide on a pending proposal, each a form of its own. */
export function ReviewForms(props: { proposal: ProposalDetails }) {
  const { proposal } = props;
  const fields = editFormFields(
    proposal.targetType,
    JSON.parse(proposal.proposedValues) as Record<string, unknown>,
    proposal.diff,
  );
  return (
    <div className="review-decisions">
      <section aria-labelledby="decyzja-przyjmij">
        <h2 id="decyzja-przyjmij">Przyjmij</h2>
        <p>Zmiany zostaną wprowadzone do rekordu i od razu opublikowane.</p>
        <PanelForm action={acceptProposal} submitLabel="Przyjmij propozycję" labels={{}}>
          <input type="hidden" name="id" value={proposal.id} />
        </PanelForm>
      </section>

      {fields.length > 0 && (
        <section aria-labelledby="decyzja-popraw">
          <h2 id="decyzja-popraw">Popraw i przyjmij</h2>
          <p>
            Pola wypełniono wartościami z propozycji. Pozostałe zmiany z tabeli zostaną przyjęte tak, jak je
            zaproponowano.
          </p>
          <PanelForm
            action={acceptEditedProposal}
            submitLabel="Przyjmij z poprawkami"
            labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
          >
            <input type="hidden" name="id" value={proposal.id} />
            {fields.map((field) =>
              field.multiline ? (
                <PanelTextArea
                  key={field.name}
                  name={field.name}
                  label={field.label}
                  defaultValue={field.value}
                />
              ) : (
                <PanelTextField
                  key={field.name}
                  name={field.name}
                  label={field.label}
                  defaultValue={field.value}
                  hint={field.number ? "Liczba, np. 12,50; puste pole — brak wartości." : undefined}
                />
              ),
            )}
          </PanelForm>
        </section>
      )}

      <section aria-labelledby="decyzja-odrzuc">
        <h2 id="decyzja-odrzuc">Odrzuć</h2>
        <PanelForm
          action={rejectProposal}
          submitLabel="Odrzuć propozycję"
          errorTitle="Nie odrzucono — popraw wskazane pole."
          labels={{ message: "Uzasadnienie dla przedstawiciela" }}
        >
          <input type="hidden" name="id" value={proposal.id} />
          <PanelTextArea
            name="message"
            label="Uzasadnienie dla przedstawiciela"
            hint="Przedstawiciel podmiotu zobaczy tę wiadomość przy swojej propozycji."
            rows={4}
            required
          />
        </PanelForm>
      </section>
    </div>
  );
}
