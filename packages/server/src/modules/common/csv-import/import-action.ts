import { registerEnumType } from "type-graphql";

export const ImportAction = { CREATED: "CREATED", UPDATED: "UPDATED", UNCHANGED: "UNCHANGED" } as const;
export type ImportAction = (typeof ImportAction)[keyof typeof ImportAction];

registerEnumType(ImportAction, {
  name: "ImportAction",
  description: "What a line of an import file does to the registry",
  valuesConfig: {
    CREATED: { description: "No record has the line's natural key: a new draft is created" },
    UPDATED: {
      description: "The line's natural key names an existing record: the file's columns replace its values",
    },
    UNCHANGED: {
      description:
        "The line's natural key names an existing record that already holds its values: nothing is written",
    },
  },
});
