/**
 * The open-data sets: what each row holds, in which columns, from which SQL. Everything here is a
 * constant — no part of a query comes from a request. Every query keeps to published records.
 */
export interface OpenDataColumn {
  name: string;
  description: string;
}

export interface OpenDataset {
  name: string;
  title: string;
  description: string;
  formats: readonly ("csv" | "json")[];
  columns: readonly OpenDataColumn[];
  /** SELECT … FROM … WHERE … (no ORDER BY/LIMIT) giving the columns above, by name. */
  select: string;
  /** The keyset the rows are read in: [SQL expression, column of the row], unique together. */
  keys: readonly (readonly [expression: string, column: string])[];
  /** Columns holding database UUIDs the file gives as API global IDs of this type. */
  globalIds?: Readonly<Record<string, string>>;
  /** One row: `count` of the published rows and `changed`, the latest change of any row of the tables. */
  freshness: string;
}

const PUBLISHED_ORGANIZATION = "o.publication_state = 'PUBLISHED'";

const ORGANIZATIONS: OpenDataset = {
  name: "organizations",
  title: "Rejestr podmiotów ekonomii społecznej",
  description:
    "Podmioty ekonomii społecznej województwa (spółdzielnie socjalne, fundacje, stowarzyszenia, CIS, KIS, ZAZ, WTZ…) z danymi kontaktowymi.",
  formats: ["csv", "json"],
  columns: [
    { name: "id", description: "Stały identyfikator podmiotu w API (GraphQL ID)" },
    { name: "slug", description: "Końcówka adresu strony podmiotu w serwisie" },
    { name: "name", description: "Pełna nazwa" },
    { name: "short_name", description: "Nazwa skrócona, jeśli jest" },
    { name: "legal_form", description: "Forma prawna (kod słownika LegalForm API)" },
    { name: "pes_type", description: "Rodzaj podmiotu ekonomii społecznej (kod słownika PesType API)" },
    { name: "nip", description: "NIP (10 cyfr)" },
    { name: "regon", description: "REGON (9 lub 14 cyfr)" },
    { name: "krs", description: "Numer KRS (10 cyfr)" },
    { name: "street_address", description: "Ulica i numer siedziby" },
    { name: "postal_code", description: "Kod pocztowy siedziby" },
    { name: "city", description: "Miejscowość siedziby" },
    { name: "seat_gmina_teryt", description: "Kod TERYT (7 cyfr) gminy siedziby" },
    { name: "latitude", description: "Szerokość geograficzna siedziby (WGS 84)" },
    { name: "longitude", description: "Długość geograficzna siedziby (WGS 84)" },
    { name: "email", description: "Adres e-mail podmiotu" },
    { name: "phone", description: "Telefon podmiotu" },
    { name: "website", description: "Strona internetowa" },
    { name: "is_active", description: "Czy podmiot działa (true/false)" },
    { name: "last_verified_at", description: "Dzień ostatniego potwierdzenia danych (RRRR-MM-DD)" },
    { name: "is_demo", description: "Dane demonstracyjne, nie rzeczywiste (true/false)" },
    { name: "updated_at", description: "Chwila ostatniej zmiany (ISO 8601, UTC)" },
  ],
  select: `select o.id, o.slug, o.name,
      o.short_name, o.legal_form, o.pes_type, o.nip, o.regon, o.krs, o.street_address, o.postal_code, o.city,
      o.seat_gmina_code as seat_gmina_teryt, o.latitude, o.longitude, o.email, o.phone, o.website, o.is_active,
      o.last_verified_at::text as last_verified_at, o.is_demo, o.updated_at
    from organization o where ${PUBLISHED_ORGANIZATION}`,
  keys: [["o.id", "id"]],
  globalIds: { id: "Organization" },
  freshness: `select (select count(*) from organization o where ${PUBLISHED_ORGANIZATION}) as count,
      (select max(updated_at) from organization) as changed`,
};

const SERVICES: OpenDataset = {
  name: "services",
  title: "Koszyk usług społecznych",
  description:
    "Usługi społeczne dostępne dla mieszkańców: dla kogo, gdzie, za ile i jak z nich skorzystać. Pełny model w formacie Open Referral HSDS udostępnia /hsds.",
  formats: ["csv", "json"],
  columns: [
    { name: "id", description: "Stały identyfikator usługi w API (GraphQL ID)" },
    { name: "slug", description: "Końcówka adresu strony usługi w serwisie" },
    { name: "title", description: "Nazwa usługi" },
    { name: "service_type", description: "Rodzaj usługi (kod słownika ServiceType API)" },
    {
      name: "provider_id",
      description: "Identyfikator podmiotu, który świadczy usługę (API ID), jeśli jest w rejestrze",
    },
    { name: "target_groups", description: "Grupy docelowe (kody TargetGroup, oddzielone znakiem |)" },
    { name: "cost_kind", description: "Odpłatność: FREE, PAID, INCOME_DEPENDENT…" },
    { name: "cost_amount", description: "Cena w złotych, jeśli usługa jest odpłatna" },
    { name: "cost_unit", description: "Za co jest cena, np. za godzinę" },
    { name: "how_to_apply", description: "Jak skorzystać" },
    { name: "delivery_modes", description: "Formy realizacji (kody, oddzielone |)" },
    { name: "languages", description: "Języki (kody ISO 639-1, oddzielone |)" },
    { name: "area_teryt", description: "Obszar działania: kody TERYT oddzielone |" },
    {
      name: "locations",
      description: "Miejsca: adres; miejscowość; kod TERYT gminy — kolejne miejsca oddzielone |",
    },
    { name: "last_verified_at", description: "Dzień ostatniego potwierdzenia danych (RRRR-MM-DD)" },
    { name: "is_demo", description: "Dane demonstracyjne, nie rzeczywiste (true/false)" },
    { name: "updated_at", description: "Chwila ostatniej zmiany (ISO 8601, UTC)" },
  ],
  select: `select s.id, s.slug, s.title,
      s.service_type,
      s.provider_organization_id as provider_id,
      array_to_string(s.target_groups, '|') as target_groups, s.cost_kind, s.cost_amount::float8 as cost_amount, s.cost_unit,
      s.how_to_apply, array_to_string(s.delivery_modes, '|') as delivery_modes,
      array_to_string(s.languages, '|') as languages,
      (select string_agg(a.territorial_unit_code, '|' order by a.territorial_unit_code)
         from service_area a where a.service_id = s.id) as area_teryt,
      (select string_agg(concat_ws('; ', l.street_address, l.postal_code || ' ' || l.city, l.gmina_code), ' | '
           order by l.position)
         from service_location l where l.service_id = s.id) as locations,
      s.last_verified_at::text as last_verified_at, s.is_demo, s.updated_at
    from service s where s.publication_state = 'PUBLISHED'`,
  keys: [["s.id", "id"]],
  globalIds: { id: "Service", provider_id: "Organization" },
  freshness: `select (select count(*) from service where publication_state = 'PUBLISHED') as count,
      (select max(updated_at) from service) as changed`,
};

const CERTIFICATES: OpenDataset = {
  name: "certificates",
  title: "Certyfikaty i znaki jakości podmiotów",
  description:
    "Certyfikaty podmiotów z rejestru, w tym znak „Zakup Prospołeczny” (przyznawany na 12 miesięcy dla nazwanych produktów i usług), z okresem ważności.",
  formats: ["csv", "json"],
  columns: [
    { name: "id", description: "Stały identyfikator certyfikatu w API (GraphQL ID)" },
    { name: "organization_id", description: "Identyfikator podmiotu (API ID)" },
    { name: "organization_name", description: "Nazwa podmiotu" },
    { name: "type", description: "Rodzaj certyfikatu (kod słownika CertificateType API)" },
    { name: "number", description: "Numer certyfikatu" },
    { name: "granting_body", description: "Kto przyznał" },
    { name: "decision_date", description: "Data decyzji (RRRR-MM-DD)" },
    { name: "valid_from", description: "Ważny od (RRRR-MM-DD)" },
    { name: "valid_to", description: "Ważny do (RRRR-MM-DD, włącznie)" },
    { name: "revoked", description: "Czy cofnięty (true/false)" },
    { name: "offerings", description: "Produkty i usługi objęte certyfikatem, oddzielone |" },
    { name: "is_demo", description: "Dane demonstracyjne, nie rzeczywiste (true/false)" },
    { name: "updated_at", description: "Chwila ostatniej zmiany (ISO 8601, UTC)" },
  ],
  select: `select c.id,
      o.id as organization_id, o.name as organization_name,
      c.type, c.number, c.granting_body, c.decision_date::text as decision_date, c.valid_from::text as valid_from,
      c.valid_to::text as valid_to, c.revoked,
      (select string_agg(f.name, '|' order by f.position) from certified_offering f where f.certificate_id = c.id)
        as offerings,
      c.is_demo, c.updated_at
    from certificate c join organization o on o.id = c.organization_id where ${PUBLISHED_ORGANIZATION}`,
  keys: [["c.id", "id"]],
  globalIds: { id: "Certificate", organization_id: "Organization" },
  freshness: `select (select count(*) from certificate c join organization o on o.id = c.organization_id
        where ${PUBLISHED_ORGANIZATION}) as count,
      greatest((select max(updated_at) from certificate), (select max(updated_at) from organization)) as changed`,
};

const DOCUMENTS: OpenDataset = {
  name: "documents",
  title: "Dokumenty polityki społecznej",
  description:
    "Lokalne plany deinstytucjonalizacji (LPDI), programy regionalne, oceny zasobów pomocy społecznej (OZPS), sprawozdania i inne dokumenty, z adresem pliku.",
  formats: ["csv", "json"],
  columns: [
    { name: "id", description: "Stały identyfikator dokumentu w API (GraphQL ID)" },
    { name: "kind", description: "Rodzaj dokumentu (kod słownika DocumentKind API)" },
    { name: "title", description: "Tytuł" },
    { name: "summary", description: "Streszczenie" },
    { name: "territory_teryt", description: "Kod TERYT jednostki, której dotyczy" },
    { name: "period_from_year", description: "Pierwszy rok okresu, którego dotyczy" },
    { name: "period_to_year", description: "Ostatni rok okresu" },
    { name: "stage", description: "Etap (kod słownika DocumentStage API)" },
    { name: "act_number", description: "Numer uchwały lub aktu" },
    { name: "adopted_on", description: "Data przyjęcia (RRRR-MM-DD)" },
    { name: "file_path", description: "Ścieżka pliku ostatniej wersji na serwerze API (/files/…)" },
    { name: "file_sha256", description: "Skrót SHA-256 pliku" },
    { name: "is_demo", description: "Dane demonstracyjne, nie rzeczywiste (true/false)" },
    { name: "updated_at", description: "Chwila ostatniej zmiany (ISO 8601, UTC)" },
  ],
  select: `select d.id, d.kind, d.title,
      d.summary, d.territorial_unit_code as territory_teryt, d.period_from_year, d.period_to_year, d.stage,
      d.act_number, d.adopted_on::text as adopted_on, '/files/' || f.id as file_path, f.sha256 as file_sha256, d.is_demo, d.updated_at
    from document d
    left join lateral (select id, sha256 from document_file where document_id = d.id
      order by uploaded_at desc limit 1) f on true
    where d.publication_state = 'PUBLISHED'`,
  keys: [["d.id", "id"]],
  globalIds: { id: "Document" },
  freshness: `select (select count(*) from document where publication_state = 'PUBLISHED') as count,
      greatest((select max(updated_at) from document), (select max(uploaded_at) from document_file)) as changed`,
};

const INDICATORS: OpenDataset = {
  name: "indicators",
  title: "Wskaźniki obserwatorium",
  description:
    "Wartości wskaźników obserwatorium dla jednostek TERYT i lat, z wartościami bazowymi i docelowymi.",
  formats: ["csv"],
  columns: [
    { name: "indicator_code", description: "Kod wskaźnika" },
    { name: "indicator_name", description: "Nazwa wskaźnika" },
    { name: "unit_of_measure", description: "Jednostka miary" },
    { name: "teryt", description: "Kod TERYT jednostki (2, 4 lub 7 cyfr)" },
    { name: "territory_name", description: "Nazwa jednostki" },
    { name: "year", description: "Rok" },
    { name: "value", description: "Wartość" },
    { name: "baseline", description: "Wartość bazowa, jeśli program ją określa" },
    { name: "target", description: "Wartość docelowa, jeśli program ją określa" },
    { name: "source", description: "Źródło wartości (puste — źródło wskaźnika)" },
    { name: "is_demo", description: "Dane demonstracyjne, nie rzeczywiste (true/false)" },
  ],
  select: `select v.indicator_code, i.name as indicator_name, i.unit as unit_of_measure,
      v.territorial_unit_code as teryt, t.name as territory_name, v.year, v.value::float8 as value,
      v.baseline::float8 as baseline, v.target::float8 as target,
      coalesce(nullif(v.source, ''), i.source) as source, v.is_demo
    from indicator_value v join indicator i on i.code = v.indicator_code
    join territorial_unit t on t.code = v.territorial_unit_code where true`,
  keys: [
    ["v.indicator_code", "indicator_code"],
    ["v.territorial_unit_code", "teryt"],
    ["v.year", "year"],
  ],
  freshness: `select (select count(*) from indicator_value) as count,
      greatest((select max(updated_at) from indicator_value), (select max(updated_at) from indicator)) as changed`,
};

export const OPEN_DATASETS: readonly OpenDataset[] = [
  ORGANIZATIONS,
  SERVICES,
  CERTIFICATES,
  DOCUMENTS,
  INDICATORS,
];

export const datasetNamed = (name: string) => OPEN_DATASETS.find((dataset) => dataset.name === name) ?? null;
