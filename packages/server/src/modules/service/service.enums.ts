import {
  ACCESSIBILITY_FEATURE_LABELS_PL,
  ACCESSIBILITY_FEATURES,
  COST_KIND_LABELS_PL,
  COST_KINDS,
  DELIVERY_MODE_LABELS_PL,
  DELIVERY_MODES,
  SERVICE_AREA_LABELS_PL,
  SERVICE_AREAS,
  SERVICE_TYPE_LABELS_PL,
  SERVICE_TYPES,
  TARGET_GROUP_LABELS_PL,
  TARGET_GROUPS,
} from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";
import { enumObject } from "../common/enum-object";

const describe = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));

export const ServiceTypeEnum = enumObject(SERVICE_TYPES);
export const ServiceAreaEnum = enumObject(SERVICE_AREAS);
export const TargetGroupEnum = enumObject(TARGET_GROUPS);
export const CostKindEnum = enumObject(COST_KINDS);
export const DeliveryModeEnum = enumObject(DELIVERY_MODES);
export const AccessibilityFeatureEnum = enumObject(ACCESSIBILITY_FEATURES);

registerEnumType(ServiceTypeEnum, {
  name: "ServiceType",
  description: "Kind of social service, the second level of the Koszyk usług",
  valuesConfig: describe(SERVICE_TYPE_LABELS_PL),
});
registerEnumType(ServiceAreaEnum, {
  name: "ServiceArea",
  description: "One of the 14 statutory areas of usługi społeczne, the top level of the Koszyk usług",
  valuesConfig: describe(SERVICE_AREA_LABELS_PL),
});
registerEnumType(TargetGroupEnum, {
  name: "TargetGroup",
  description: "Who a service is for",
  valuesConfig: describe(TARGET_GROUP_LABELS_PL),
});
registerEnumType(CostKindEnum, {
  name: "CostKind",
  description: "What a resident pays",
  valuesConfig: describe(COST_KIND_LABELS_PL),
});
registerEnumType(DeliveryModeEnum, {
  name: "DeliveryMode",
  description: "Where a service is delivered",
  valuesConfig: describe(DELIVERY_MODE_LABELS_PL),
});
registerEnumType(AccessibilityFeatureEnum, {
  name: "AccessibilityFeature",
  description: "How a service is accessible to people with disabilities",
  valuesConfig: describe(ACCESSIBILITY_FEATURE_LABELS_PL),
});

export const ServiceOrderEnum = { TITLE: "TITLE", RELEVANCE: "RELEVANCE", DISTANCE: "DISTANCE" } as const;
export type ServiceOrder = keyof typeof ServiceOrderEnum;

registerEnumType(ServiceOrderEnum, {
  name: "ServiceOrder",
  description: "Order of services; the default is RELEVANCE with text, else DISTANCE with near, else TITLE",
  valuesConfig: {
    TITLE: { description: "Alphabetically by title (Polish collation)" },
    RELEVANCE: { description: "Best text match first; needs filter.text" },
    DISTANCE: { description: "Nearest location first; needs filter.near" },
  },
});
