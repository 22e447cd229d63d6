import { isTerytCode, type TerritorialUnitKind } from "@obserwatorium/schema";
import { InvalidInputError } from "../common/errors";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import type { TerritorialUnitsArgs } from "./dto/territorial-units.args";
import type { TerritorialUnit } from "./territorial-unit.entity";
import type { TerritorialUnitFilter, TerritorialUnitRepository } from "./territorial-unit.repository";
import type { TerritorialUnitSearch } from "./territorial-unit.search";
import type { TerritoryLoaders } from "./territory.loaders";

const MAX_SEARCH_LENGTH = 200;

function assertTerytCode(value: string, argument: string): void {
  if (!isTerytCode(value)) {
    throw new InvalidInputError(argument, "must be a TERYT code of 2, 4 or 7 digits");
  }
}

export class TerritorialUnitService {
  constructor(
    private readonly repository: TerritorialUnitRepository,
    private readonly search: TerritorialUnitSearch,
    private readonly loaders: TerritoryLoaders,
  ) {}

  async findByCode(code: string): Promise<TerritorialUnit | null> {
    assertTerytCode(code, "code");
    return this.loaders.unitByCode.load(code);
  }

  async findManyByCodes(codes: readonly string[]): Promise<TerritorialUnit[]> {
    const units = await this.loaders.unitByCode.loadMany(codes);
    return units.filter((unit): unit is TerritorialUnit => unit !== null && !(unit instanceof Error));
  }

  async parentOf(unit: TerritorialUnit): Promise<TerritorialUnit | null> {
    return unit.parentCode ? this.loaders.unitByCode.load(unit.parentCode) : null;
  }

  async childrenOf(
    unit: TerritorialUnit,
    kinds?: readonly TerritorialUnitKind[] | null,
  ): Promise<TerritorialUnit[]> {
    const children = await this.loaders.childrenByParentCode.load(unit.code);
    return kinds?.length ? children.filter((child) => kinds.includes(child.kind)) : children;
  }

  async list(args: TerritorialUnitsArgs): Promise<Connection<TerritorialUnit>> {
    assertPageSize(args.first);
    if (args.parentCode != null) assertTerytCode(args.parentCode, "parentCode");
    if (args.withinCode != null) assertTerytCode(args.withinCode, "withinCode");
    const filter: TerritorialUnitFilter = {
      parentCode: args.parentCode ?? undefined,
      withinCode: args.withinCode ?? undefined,
      kinds: args.kinds ?? undefined,
    };
    const text = args.search?.trim();
    if (text) {
      if (text.length > MAX_SEARCH_LENGTH) {
        throw new InvalidInputError("search", `must be at most ${MAX_SEARCH_LENGTH} characters`);
      }
      return this.searchPage(text, filter, args.first, args.after);
    }
    const afterCode = args.after ? decodeCursor(args.after, "code") : undefined;
    const page = await this.repository.page(filter, args.first, afterCode);
    return buildConnection(page.units, (unit) => encodeCursor("code", unit.code), {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: afterCode !== undefined,
      totalCount: page.totalCount,
    });
  }

  private async searchPage(
    text: string,
    filter: TerritorialUnitFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<TerritorialUnit>> {
    const offset = after ? Number(decodeCursor(after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor returned by this list");
    const { codes, totalCount } = await this.search.findCodes(text, filter, first, offset);
    // PostgreSQL stays the source of truth: a unit removed since indexing is simply skipped.
    const units = (await this.loaders.unitByCode.loadMany(codes)).filter(
      (unit): unit is TerritorialUnit => unit !== null && !(unit instanceof Error),
    );
    const positions = new Map(units.map((unit, index) => [unit.code, offset + index + 1]));
    return buildConnection(units, (unit) => encodeCursor("offset", positions.get(unit.code)!), {
      hasNextPage: offset + codes.length < totalCount,
      hasPreviousPage: offset > 0,
      totalCount,
    });
  }
}
