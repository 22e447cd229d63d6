import type { PanelEventRecordQuery } from "@/__generated__/graphql";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { EVENT_AUDIENCE_LABELS_PL, EVENT_KIND_LABELS_PL, EVENT_TOPIC_LABELS_PL } from "@obserwatorium/schema";
import { PanelSelect, PanelTextArea, PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { PanelCheckboxGroup } from "../content/shared/panel-checkbox-group";
import { optionsOf } from "../content/shared/options";
import { saveEventAction } from "./event-actions";
import type { Choice, EventChoices } from "./event-choices";
import { warsawWallClock } from "./event-dates";
import { EVENT_FIELD_LABELS } from "./event-fields";
import "../content/shared/content.css";

export type EventRecord = NonNullable<PanelEventRecordQuery["event"]>;

/** The stored records first, then those found, each once. */
function merged(stored: readonly Choice[], found: readonly Choice[] | undefined): Choice[] {
  const seen = new Set(stored.map((choice) => choice.value));
  return [...stored, ...(found ?? []).filter((choice) => !seen.has(choice.value))];
}

const coordinate = (value: number | null | undefined) => (value == null ? "" : String(value));

/** Every field of an event; organizers, documents and practices come from the search above it. */
export function EventForm(props: { event: EventRecord | null; choices: EventChoices }) {
  const { event, choices } = props;
  const venue = event?.venue;
  const organizers = merged(
    event?.organizer ? [{ value: event.organizer.id, label: event.organizer.name }] : [],
    choices.organizations?.options,
  );
  const documents = merged(
    event?.documents.map((document) => ({ value: document.id, label: document.title })) ?? [],
    choices.documents?.options,
  );
  const practices = merged(
    event?.goodPractices.map((practice) => ({ value: practice.id, label: practice.title })) ?? [],
    choices.practices?.options,
  );
  return (
    <PanelForm
      action={saveEventAction}
      submitLabel={event ? "Zapisz zmiany" : "Zapisz szkic"}
      labels={EVENT_FIELD_LABELS}
      className="panel-form--wide"
    >
      {event && <input type="hidden" name="id" value={event.id} />}
      <fieldset>
        <legend>Wydarzenie</legend>
        <PanelSelect
          name="kind"
          label={EVENT_FIELD_LABELS.kind!}
          required
          options={optionsOf(EVENT_KIND_LABELS_PL)}
          emptyLabel="— wybierz —"
          defaultValue={event?.kind}
        />
        <PanelTextField name="title" label="Tytuł" required defaultValue={event?.title} />
        <PanelTextArea
          name="summary"
          label="Streszczenie"
          required
          rows={3}
          hint="Jedno lub dwa zdania zwykłym tekstem — do list i kalendarzy."
          defaultValue={event?.summary}
        />
        <PanelTextArea
          name="descriptionMarkdown"
          label="Program i opis"
          rows={10}
          hint="Markdown: ## nagłówek, **pogrubienie**, - lista, [tekst](https://adres). Surowy HTML pokażemy jako tekst."
          defaultValue={event?.descriptionMarkdown}
        />
        <PanelTextField
          name="slug"
          label="Adres strony (slug)"
          hint="Końcówka adresu /wydarzenia/…; pusty — utworzymy go z tytułu."
          defaultValue={event?.slug}
        />
      </fieldset>
      <fieldset>
        <legend>Termin (czas polski)</legend>
        <PanelTextField
          name="startsAt"
          label="Początek"
          type="datetime-local"
          required
          hint="Data i godzina w Polsce, np. 2026-12-03 10:00."
          defaultValue={event?.startsAtLocal.slice(0, 16)}
        />
        <PanelTextField
          name="endsAt"
          label="Koniec"
          type="datetime-local"
          required
          hint="Najwyżej 31 dni po początku."
          defaultValue={event?.endsAtLocal.slice(0, 16)}
        />
      </fieldset>
      <fieldset>
        <legend>Miejsce</legend>
        <p className="hint">
          Podaj miejsce, adres wydarzenia online albo oba (wydarzenie hybrydowe). Aby usunąć miejsce, wyczyść
          wszystkie jego pola.
        </p>
        <PanelTextField
          name="venue.name"
          label="Nazwa miejsca"
          hint="Np. Sala konferencyjna ROPS."
          defaultValue={venue?.name}
        />
        <PanelTextField
          name="venue.streetAddress"
          label="Ulica i numer"
          defaultValue={venue?.streetAddress}
        />
        <PanelTextField
          name="venue.postalCode"
          label="Kod pocztowy"
          hint="NN-NNN"
          defaultValue={venue?.postalCode}
        />
        <PanelTextField name="venue.city" label="Miejscowość" defaultValue={venue?.city} />
        <PanelTextField
          name="venue.gminaCode"
          label="Kod TERYT gminy"
          hint={`7 cyfr, np. 2061011 (Białystok).${venue?.gmina ? ` Teraz: ${venue.gmina.name}.` : ""}`}
          defaultValue={venue?.gminaCode}
        />
        <PanelTextField
          name="venue.latitude"
          label="Szerokość geograficzna"
          hint="Opcjonalnie, WGS 84, np. 53,1325 — razem z długością."
          defaultValue={coordinate(venue?.latitude)}
        />
        <PanelTextField
          name="venue.longitude"
          label="Długość geograficzna"
          hint="Np. 23,1688."
          defaultValue={coordinate(venue?.longitude)}
        />
        <PanelTextField
          name="onlineUrl"
          label="Adres wydarzenia online"
          type="url"
          hint="Pełny adres https://… — gdy można uczestniczyć zdalnie."
          defaultValue={event?.onlineUrl}
        />
      </fieldset>
      <fieldset>
        <legend>Zapisy</legend>
        <PanelTextField
          name="capacity"
          label="Liczba miejsc"
          hint="Po ich zajęciu zgłoszenia trafiają na listę rezerwową. Puste — bez limitu."
          defaultValue={event?.capacity == null ? "" : String(event.capacity)}
        />
        <PanelTextField
          name="registrationOpensAt"
          label="Początek zapisów"
          type="datetime-local"
          hint="Puste — zapisy od opublikowania."
          defaultValue={warsawWallClock(event?.registrationOpensAt)}
        />
        <PanelTextField
          name="registrationClosesAt"
          label="Koniec zapisów"
          type="datetime-local"
          hint="Puste — do rozpoczęcia wydarzenia."
          defaultValue={warsawWallClock(event?.registrationClosesAt)}
        />
      </fieldset>
      <fieldset>
        <legend>Dla kogo i o czym</legend>
        <PanelCheckboxGroup
          name="audiences"
          legend={EVENT_FIELD_LABELS.audiences!}
          options={optionsOf(EVENT_AUDIENCE_LABELS_PL)}
          defaultValues={event?.audiences}
        />
        <PanelCheckboxGroup
          name="topics"
          legend="Tematy"
          options={optionsOf(EVENT_TOPIC_LABELS_PL)}
          defaultValues={event?.topics}
        />
        <PanelCheckboxGroup
          name="serviceAreas"
          legend="Obszary usług społecznych"
          options={optionsOf(SERVICE_AREA_LABELS)}
          defaultValues={event?.serviceAreas}
        />
        <PanelCheckboxGroup
          name="targetGroups"
          legend={EVENT_FIELD_LABELS.targetGroups!}
          options={optionsOf(TARGET_GROUP_LABELS)}
          defaultValues={event?.targetGroups}
        />
      </fieldset>
      <fieldset>
        <legend>Organizator</legend>
        <PanelSelect
          name="organizerId"
          label="Organizator z rejestru"
          options={organizers}
          emptyLabel={
            organizers.length
              ? "— spoza rejestru (wpisz nazwę niżej) —"
              : "— najpierw znajdź podmiot powyżej —"
          }
          hint="Listę wypełnia wyszukiwanie podmiotu nad formularzem."
          defaultValue={event?.organizer?.id ?? (organizers.length === 1 ? organizers[0]!.value : "")}
        />
        <PanelTextField
          name="organizerName"
          label="Nazwa organizatora spoza rejestru"
          hint="Np. Regionalny Ośrodek Polityki Społecznej w Białymstoku. Wymagana, gdy nie wybrano organizatora z rejestru."
          defaultValue={event?.organizer ? "" : event?.organizerName}
        />
      </fieldset>
      <fieldset>
        <legend>Powiązane materiały</legend>
        {documents.length > 0 ? (
          <PanelCheckboxGroup
            name="documentIds"
            legend="Powiązane dokumenty"
            hint="Zaznaczone pokażemy przy wydarzeniu. Więcej znajdziesz wyszukiwaniem nad formularzem."
            options={documents}
            defaultValues={event?.documents.map((document) => document.id)}
          />
        ) : null}
        <PanelTextField
          name="otherDocumentIds"
          label="Inne dokumenty (identyfikatory)"
          hint="Identyfikatory z adresu dokumentu w panelu, oddzielone spacjami."
        />
        {practices.length > 0 ? (
          <PanelCheckboxGroup
            name="goodPracticeIds"
            legend="Prezentowane dobre praktyki"
            hint="Zaznaczone pokażemy przy wydarzeniu."
            options={practices}
            defaultValues={event?.goodPractices.map((practice) => practice.id)}
          />
        ) : null}
        <PanelTextField
          name="otherGoodPracticeIds"
          label="Inne dobre praktyki (identyfikatory)"
          hint="Identyfikatory z adresu praktyki w panelu, oddzielone spacjami."
        />
      </fieldset>
    </PanelForm>
  );
}
