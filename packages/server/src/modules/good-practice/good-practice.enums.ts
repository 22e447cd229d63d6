import { FUNDING_KIND_LABELS_PL, FUNDING_KINDS } from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";

export const FundingKindEnum = Object.fromEntries(FUNDING_KINDS.map((kind) => [kind, kind])) as {
  [K in (typeof FUNDING_KINDS)[number]]: K;
};

registerEnumType(FundingKindEnum, {
  name: "FundingKind",
  description: "Kind of funding source of a good practice",
  valuesConfig: Object.fromEntries(
    Object.entries(FUNDING_KIND_LABELS_PL).map(([kind, label]) => [kind, { description: label }]),
  ),
});
