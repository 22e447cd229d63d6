import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** One TERYT unit (of any level) where a good practice was carried out. */
export const GoodPracticeAreaEntity = defineEntity({
  name: "GoodPracticeArea",
  tableName: "good_practice_area",
  properties: {
    goodPracticeId: p.uuid().primary(),
    territorialUnitCode: p.string().length(7).primary(),
  },
});

/** An organization of the registry that carried out a good practice, in the order given. */
export const GoodPracticeOrganizationEntity = defineEntity({
  name: "GoodPracticeOrganization",
  tableName: "good_practice_organization",
  properties: {
    goodPracticeId: p.uuid().primary(),
    organizationId: p.uuid().primary(),
    position: p.integer().default(0),
  },
});

/** One measured result: indicator, value and unit (e.g. "uczestnicy, 120, osób"). */
export const GoodPracticeResultEntity = defineEntity({
  name: "GoodPracticeResult",
  tableName: "good_practice_result",
  properties: {
    id: p.uuid().primary(),
    goodPracticeId: p.uuid(),
    indicator: p.text(),
    value: p.decimal("number"),
    unit: p.text().default(""),
    position: p.integer().default(0),
  },
});

/** A titled link to material about the practice; uploaded files come with the documents module. */
export const GoodPracticeAttachmentEntity = defineEntity({
  name: "GoodPracticeAttachment",
  tableName: "good_practice_attachment",
  properties: {
    id: p.uuid().primary(),
    goodPracticeId: p.uuid(),
    title: p.text(),
    url: p.text(),
    position: p.integer().default(0),
  },
});

export type GoodPracticeArea = InferEntity<typeof GoodPracticeAreaEntity>;
export type GoodPracticeOrganization = InferEntity<typeof GoodPracticeOrganizationEntity>;
export type GoodPracticeResult = InferEntity<typeof GoodPracticeResultEntity>;
export type GoodPracticeAttachment = InferEntity<typeof GoodPracticeAttachmentEntity>;
