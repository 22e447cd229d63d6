import type { Metadata } from "next";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { IndicatorForm } from "@/features/panel/content/indicator/indicator-form";
import {
  PanelIndicatorRecord,
  PanelIndicatorValues,
} from "@/features/panel/content/indicator/indicator-queries";
import { IndicatorValueForm } from "@/features/panel/content/indicator/indicator-value-form";
import { IndicatorValuesTable } from "@/features/panel/content/indicator/indicator-values-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import "@/features/panel/records/records.css";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

/** The deployment's województwo (podlaskie): the unit whose values the page shows first. */
const DEFAULT_UNIT = "20";

const loadIndicator = cache(async (code: string) => {
  const { data, error } = await panelQuery(PanelIndicatorRecord, { code });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.indicator ?? null;
});

async function loadUnitValues(code: string, unitCode: string) {
  const { data, error } = await panelQuery(PanelIndicatorValues, { code, unitCodes: [unitCode] });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.indicatorSeries.units[0] ?? null;
}

const DELETION_NOTICES: Record<string, string> = {
  brak: "Tej wartości już nie było — mogła zostać usunięta wcześniej.",
  blad: "Nie udało się usunąć wartości — spróbuj ponownie za chwilę.",
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Wskaźnik" };
  const indicator = await loadIndicator(decodeURIComponent((await props.params).code));
  return { title: indicator ? `${indicator.name} — edycja wskaźnika` : "Nie ma takiego wskaźnika" };
}

export default async function IndicatorPanelPage(props: Props) {
  const code = decodeURIComponent((await props.params).code);
  const user = await requirePanelUser(`/panel/wskazniki/${encodeURIComponent(code)}`);
  if (!isStaff(user)) return <AccessDenied title="Wskaźnik — brak dostępu" />;
  const indicator = await loadIndicator(code);
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Wskaźniki", href: "/panel/wskazniki" },
  ];
  if (!indicator) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiego wskaźnika" }]} />
        <h1>Nie ma takiego wskaźnika</h1>
        <p>
          Adres może być niepełny. <a href="/panel/wskazniki">Wróć do listy wskaźników</a>.
        </p>
      </>
    );
  }
  const searchParams = await props.searchParams;
  const unitCode = firstParam(searchParams.jednostka)?.trim() || DEFAULT_UNIT;
  const unit = await loadUnitValues(indicator.code, unitCode);
  const deleted = firstParam(searchParams.usunieto);
  const deletionNotice = deleted
    ? (DELETION_NOTICES[deleted] ??
      `Usunięto wartość za ${deleted} r. Wpis w dzienniku zmian zachowuje, jaka była.`)
    : null;
  const created = firstParam(searchParams.zapisano) === "szkic";
  return (
    <>
      <Breadcrumbs items={[...trail, { label: indicator.name }]} />
      <h1>{indicator.name}</h1>
      {created && (
        <p className="notice notice--success" role="status">
          Zapisano nowy wskaźnik. Dodaj jego wartości poniżej albo importem pliku CSV.
        </p>
      )}
      <nav aria-label="Na tej stronie">
        <ul>
          <li>
            <a href="#definicja">Definicja</a>
          </li>
          <li>
            <a href="#wartosci">Wartości</a>
          </li>
          <li>
            <a href={`/dane?wskaznik=${encodeURIComponent(indicator.code)}`}>
              Zobacz wskaźnik na stronie „Dane”
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="definicja">
        <h2 id="definicja">Definicja</h2>
        {indicator.isDemo && <p>To wskaźnik demonstracyjny, nie oficjalny.</p>}
        <IndicatorForm indicator={indicator} />
      </section>

      <section aria-labelledby="wartosci">
        <h2 id="wartosci">Wartości</h2>
        {deletionNotice && (
          <p className={deleted === "blad" ? "notice" : "notice notice--success"} role="status">
            {deletionNotice}
          </p>
        )}
        <form method="get" action="#wartosci" className="record-search" aria-label="Wybierz jednostkę">
          <label htmlFor="jednostka">Pokaż wartości jednostki (kod TERYT)</label>
          <input id="jednostka" name="jednostka" defaultValue={unitCode} inputMode="numeric" size={8} />
          <button type="submit">Pokaż</button>
        </form>
        {unit ? (
          <IndicatorValuesTable indicatorCode={indicator.code} unit={unit} measure={indicator.unit} />
        ) : (
          <p role="status">Nie ma jednostki o kodzie TERYT „{unitCode}”. Wpisz kod z 2, 4 albo 7 cyfr.</p>
        )}
        <h3>Dodaj albo popraw wartość</h3>
        <p>
          Wartość dla tej samej jednostki i roku zastępuje zapisaną; poprzednia zostaje w dzienniku zmian.
        </p>
        <IndicatorValueForm
          indicatorCode={indicator.code}
          unit={indicator.unit}
          unitCode={unit ? unit.territorialUnit.code : DEFAULT_UNIT}
        />
      </section>
    </>
  );
}
