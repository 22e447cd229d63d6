import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { IndicatorValueInput } from "./dto/indicator-value.input";
import { IndicatorInput } from "./dto/indicator.input";
import { IndicatorImportPayload } from "./indicator-import-payload.type";
import {
  IndicatorPayload,
  IndicatorValueDeletionPayload,
  IndicatorValuePayload,
} from "./indicator-payload.type";

@Resolver()
export class IndicatorMutationResolver {
  @Authorized()
  @Mutation(() => IndicatorPayload, { description: "Defines a new indicator; its code cannot change later" })
  createIndicator(
    @Arg("code", () => String, { description: "Permanent code, e.g. WPRES_PES_NA_10K" }) code: string,
    @Arg("input", () => IndicatorInput, { description: "The indicator's definition" }) input: IndicatorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.indicatorEditor.create(code, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => IndicatorPayload, {
    description: "Replaces every editable field of an indicator's definition",
  })
  updateIndicator(
    @Arg("code", () => String, { description: "The indicator's code" }) code: string,
    @Arg("input", () => IndicatorInput, { description: "The whole definition as it should be" })
    input: IndicatorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.indicatorEditor.update(code, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => IndicatorValuePayload, {
    description: "Stores one value for an indicator, unit and year, replacing the one stored for them",
  })
  setIndicatorValue(
    @Arg("input", () => IndicatorValueInput, {
      description: "The value and the indicator, unit and year it belongs to",
    })
    input: IndicatorValueInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.indicatorEditor.setValue(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => IndicatorValueDeletionPayload, {
    description: "Deletes the value for an indicator, unit and year",
  })
  deleteIndicatorValue(
    @Arg("indicatorCode", () => String, { description: "The indicator's code" }) indicatorCode: string,
    @Arg("territorialUnitCode", () => String, { description: "TERYT code of the unit" })
    territorialUnitCode: string,
    @Arg("year", () => Int, { description: "The year of the value" }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.indicatorEditor.deleteValue({ indicatorCode, territorialUnitCode, year }, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => IndicatorImportPayload, {
    description:
      "Imports indicator values from CSV (docs/INDICATOR-CSV.md): all or nothing, upserted by indicator, unit and year",
  })
  importIndicatorValues(
    @Arg("csv", () => String, { description: "The file's text, at most 1 000 000 characters" }) csv: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.indicatorEditor.importValues(csv, ctx.auth.user!);
  }
}
