import {
  ancestorCodes,
  foldPolish,
  stemPolishText,
  SERVICE_TYPE_AREA,
  SERVICE_TYPE_LABELS_PL,
  type ServiceDocument,
} from "@obserwatorium/schema";
import type { ServiceRow } from "./service.row";

export function toServiceDocument(row: ServiceRow): ServiceDocument {
  const withAncestors = (codes: string[]) =>
    [...new Set(codes.flatMap((code) => [code, ...ancestorCodes(code)]))].sort();
  const areaCodes = withAncestors([...row.location_gmina_codes, ...row.area_codes]);
  const placeNames = [...new Set([...row.location_cities, ...row.unit_names])];
  const serviceTypeLabel = SERVICE_TYPE_LABELS_PL[row.service_type];
  const document: ServiceDocument = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    titleFolded: foldPolish([row.title, serviceTypeLabel, ...placeNames].join(" ")),
    description: row.description,
    stems: stemPolishText(
      [row.title, serviceTypeLabel, ...placeNames, row.provider_name ?? "", row.description].join(" "),
    ),
    serviceType: row.service_type,
    serviceTypeLabel,
    serviceArea: SERVICE_TYPE_AREA[row.service_type],
    providerName: row.provider_name,
    placeNames,
    publicationState: row.publication_state,
    targetGroups: row.target_groups,
    areaCodes,
    unitCodes: [...new Set([...row.location_gmina_codes, ...row.area_codes])].sort(),
    locationAreaCodes: withAncestors(row.location_gmina_codes),
    costKind: row.cost_kind,
    deliveryModes: row.delivery_modes,
    languages: row.languages,
    accessibilityFeatures: row.accessibility_features,
    isDemo: row.is_demo,
    verifiedDay: row.verified_day,
  };
  if (row.latitude !== null && row.longitude !== null) {
    document._geo = { lat: row.latitude, lng: row.longitude };
  }
  return document;
}
