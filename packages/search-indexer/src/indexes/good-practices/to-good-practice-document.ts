import {
  ancestorCodes,
  foldPolish,
  stemPolishText,
  SERVICE_AREA_LABELS_PL,
  TARGET_GROUP_LABELS_PL,
  type GoodPracticeDocument,
} from "@obserwatorium/schema";
import type { GoodPracticeRow } from "./good-practice.row";
import { markdownToText } from "./markdown-text";

export function toGoodPracticeDocument(row: GoodPracticeRow): GoodPracticeDocument {
  const areaCodes = [...new Set(row.area_codes.flatMap((code) => [code, ...ancestorCodes(code)]))].sort();
  const themeLabels = [
    ...row.service_areas.map((area) => SERVICE_AREA_LABELS_PL[area]),
    ...row.target_groups.map((group) => TARGET_GROUP_LABELS_PL[group]),
  ];
  const placeNames = [...new Set(row.unit_names)];
  const bodyText = markdownToText(row.body_markdown);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    titleFolded: foldPolish([row.title, ...placeNames, ...row.organization_names, ...themeLabels].join(" ")),
    summary: row.summary,
    bodyText,
    textFolded: foldPolish(`${row.summary}\n${bodyText}`),
    stems: stemPolishText(
      [row.title, ...placeNames, ...row.organization_names, ...themeLabels, row.summary, bodyText].join(" "),
    ),
    themeLabels,
    placeNames,
    organizationNames: row.organization_names,
    serviceAreas: row.service_areas,
    targetGroups: row.target_groups,
    areaCodes,
    unitCodes: [...new Set(row.area_codes)].sort(),
    fundingKinds: row.funding_kinds,
    fromYear: row.period_from_year,
    toYear: row.period_to_year,
    publicationState: row.publication_state,
    isDemo: row.is_demo,
  };
}
