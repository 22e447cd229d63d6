import "reflect-metadata";
import { buildApiSchema } from "@obserwatorium/server";
import { expect, it } from "vitest";
import { undescribed } from "../support/schema-descriptions";

it("describes every type, field, argument, input field and enum value of the API", async () => {
  expect(undescribed(await buildApiSchema())).toEqual([]);
});
