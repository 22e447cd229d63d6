import type { DocumentKind, DocumentStage } from "@obserwatorium/schema";
import { lpdiPages, ozpsPages, strategyPages, wpresMonitoringPages } from "./demo-document-texts";
import type { DemoGmina } from "./generate-demo-registry";
import type { DemoPowiat } from "./generate-demo-services";
import { createRandom, type Random } from "./random";

export const DEFAULT_DEMO_DOCUMENTS_SEED = 20261122;
const REGION = "20";

export interface DemoDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  summary: string;
  territorialUnitCode: string;
  periodFromYear: number | null;
  periodToYear: number | null;
  stage: DocumentStage;
  actNumber: string | null;
  actBody: string | null;
  adoptedOn: string | null;
  tags: string[];
  publicationState: "DRAFT" | "PUBLISHED";
  /** The text of each page of its one PDF file. */
  pages: string[];
}

function adoption(random: Random, kind: "gmina" | "powiat", name: string) {
  const roll = random.next();
  if (roll < 0.6) {
    const year = random.int(2024, 2026);
    const month = year === 2026 ? random.int(1, 9) : random.int(1, 12);
    return {
      stage: "ADOPTED" as const,
      adoptedOn: `${year}-${String(month).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
      actNumber: `${["X", "XI", "XII", "XV", "XXI", "LIV"][random.int(0, 5)]}/${random.int(40, 400)}/${year}`,
      actBody: kind === "gmina" ? `Rada Gminy ${name}` : `Rada Powiatu ${name}`,
    };
  }
  return {
    stage: roll < 0.85 ? ("CONSULTATION" as const) : ("DRAFT" as const),
    adoptedOn: null,
    actNumber: null,
    actBody: null,
  };
}

/** About 150 documents: LPDI for half of the gminy and some powiaty, OZPS, WPRES monitoring, strategies. */
export function generateDemoDocuments(options: {
  seed?: number;
  gminy: readonly DemoGmina[];
  powiaty: readonly DemoPowiat[];
  /** Gminy with an LPDI; half of them by default. */
  lpdiGminy?: number;
  /** Gminy with their own OZPS or strategy; 36 by default. */
  reportGminy?: number;
}): DemoDocument[] {
  const random = createRandom(options.seed ?? DEFAULT_DEMO_DOCUMENTS_SEED);
  const documents: DemoDocument[] = [];
  const add = (document: Omit<DemoDocument, "id" | "publicationState">) =>
    documents.push({
      id: random.uuid(),
      publicationState: random.chance(0.05) ? "DRAFT" : "PUBLISHED",
      ...document,
    });

  for (const gmina of random.sample(
    options.gminy,
    options.lpdiGminy ?? Math.ceil(options.gminy.length / 2),
  )) {
    const from = random.pick([2024, 2025, 2026]);
    const years = `${from}–${from + 5}`;
    add({
      kind: "LPDI",
      title: `Lokalny plan deinstytucjonalizacji usług społecznych gminy ${gmina.name} na lata ${years}`,
      summary: `Plan rozwoju usług społecznych świadczonych w społeczności lokalnej gminy ${gmina.name}.`,
      territorialUnitCode: gmina.code,
      periodFromYear: from,
      periodToYear: from + 5,
      ...adoption(random, "gmina", gmina.name),
      tags: ["deinstytucjonalizacja", "usługi społeczne"],
      pages: lpdiPages(`gmina ${gmina.name}`, years, random),
    });
  }
  const counties = options.powiaty.filter((powiat) => Number(powiat.code.slice(2)) < 60);
  for (const powiat of random.sample(counties, 8)) {
    add({
      kind: "LPDI",
      title: `Lokalny plan deinstytucjonalizacji usług społecznych powiatu ${powiat.name} na lata 2025–2030`,
      summary: `Plan powiatu ${powiat.name}: piecza zastępcza, mieszkania wspomagane, wsparcie osób z niepełnosprawnościami.`,
      territorialUnitCode: powiat.code,
      periodFromYear: 2025,
      periodToYear: 2030,
      ...adoption(random, "powiat", powiat.name),
      tags: ["deinstytucjonalizacja"],
      pages: lpdiPages(`powiat ${powiat.name}`, "2025–2030", random),
    });
  }
  for (let year = 2019; year <= 2025; year++) {
    add({
      kind: "WPRES_MONITORING",
      title: `Sprawozdanie z monitoringu WPRES w województwie podlaskim za ${year} rok`,
      summary: `Stan ekonomii społecznej w województwie podlaskim w ${year} roku.`,
      territorialUnitCode: REGION,
      periodFromYear: year,
      periodToYear: year,
      stage: "ADOPTED",
      adoptedOn: `${year + 1}-05-${String(random.int(10, 28)).padStart(2, "0")}`,
      actNumber: null,
      actBody: "Zarząd Województwa Podlaskiego",
      tags: ["ekonomia społeczna", "monitoring"],
      pages: wpresMonitoringPages(year, random),
    });
    add({
      kind: "OZPS",
      title: `Ocena zasobów pomocy społecznej województwa podlaskiego za ${year} rok`,
      summary: `Regionalna ocena zasobów pomocy społecznej za ${year} rok.`,
      territorialUnitCode: REGION,
      periodFromYear: year,
      periodToYear: year,
      stage: "ADOPTED",
      adoptedOn: `${year + 1}-04-${String(random.int(10, 28)).padStart(2, "0")}`,
      actNumber: null,
      actBody: "Sejmik Województwa Podlaskiego",
      tags: ["OZPS"],
      pages: ozpsPages("województwo podlaskie", year, random),
    });
  }
  for (const powiat of options.powiaty) {
    for (const year of [2023, 2024]) {
      add({
        kind: "OZPS",
        title: `Ocena zasobów pomocy społecznej — powiat ${powiat.name}, ${year}`,
        summary: `Ocena zasobów pomocy społecznej powiatu ${powiat.name} za ${year} rok.`,
        territorialUnitCode: powiat.code,
        periodFromYear: year,
        periodToYear: year,
        stage: "ADOPTED",
        adoptedOn: `${year + 1}-04-${String(random.int(10, 28)).padStart(2, "0")}`,
        actNumber: null,
        actBody: `Rada Powiatu ${powiat.name}`,
        tags: ["OZPS"],
        pages: ozpsPages(`powiat ${powiat.name}`, year, random),
      });
    }
  }
  for (const gmina of random.sample(options.gminy, options.reportGminy ?? 36)) {
    const ozps = random.chance(0.8);
    add(
      ozps
        ? {
            kind: "OZPS",
            title: `Ocena zasobów pomocy społecznej gminy ${gmina.name} za 2024 rok`,
            summary: `Ocena zasobów pomocy społecznej gminy ${gmina.name}.`,
            territorialUnitCode: gmina.code,
            periodFromYear: 2024,
            periodToYear: 2024,
            stage: "ADOPTED",
            adoptedOn: `2025-04-${String(random.int(10, 28)).padStart(2, "0")}`,
            actNumber: null,
            actBody: `Rada Gminy ${gmina.name}`,
            tags: ["OZPS"],
            pages: ozpsPages(`gmina ${gmina.name}`, 2024, random),
          }
        : {
            kind: "STRATEGY",
            title: `Strategia rozwiązywania problemów społecznych gminy ${gmina.name} na lata 2021–2030`,
            summary: `Cele i działania gminy ${gmina.name} w polityce społecznej.`,
            territorialUnitCode: gmina.code,
            periodFromYear: 2021,
            periodToYear: 2030,
            stage: "ADOPTED",
            adoptedOn: `2021-0${random.int(1, 9)}-15`,
            actNumber: `XXX/${random.int(100, 300)}/2021`,
            actBody: `Rada Gminy ${gmina.name}`,
            tags: ["strategia"],
            pages: strategyPages(`gmina ${gmina.name}`, "2021–2030"),
          },
    );
  }
  return documents;
}
