import { isTerytCode } from "@obserwatorium/schema";
import { InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import type { TextRanking } from "../common/text-ranking";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { Organization } from "../organization/organization.entity";
import type { OrganizationService } from "../organization/organization.service";
import type { GoodPracticeFilterInput } from "./dto/good-practice-filter.input";
import type { GoodPracticesArgs } from "./dto/good-practices.args";
import type { GoodPractice } from "./good-practice.entity";
import type { GoodPracticeLoaders } from "./good-practice.loaders";
import { goodPracticeVisibility, type GoodPracticeCriteria } from "./good-practice.query";
import type { GoodPracticeRepository } from "./good-practice.repository";

const MAX_TEXT_LENGTH = 200;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function checkYear(year: number | null | undefined, field: string): number | undefined {
  if (year == null) return undefined;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InvalidInputError(field, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  return year;
}

/** Read side of good practices; PostgreSQL applies visibility to every list and lookup. */
export class GoodPracticeQueryService {
  constructor(
    private readonly repository: GoodPracticeRepository,
    private readonly loaders: GoodPracticeLoaders,
    private readonly organizations: OrganizationService,
    private readonly viewer: Viewer,
    private readonly search: TextRanking,
  ) {}

  /** Editors also find archived practices by id, to see them in the panel. */
  findById(globalId: string, field = "id"): Promise<GoodPractice | null> {
    return this.findOne({
      ids: [uuidFromGlobalId(globalId, "GoodPractice", field)],
      ...(canSeeUnpublished(this.viewer) && { publicationStates: ["DRAFT", "PUBLISHED", "ARCHIVED"] }),
    });
  }

  findBySlug(slug: string): Promise<GoodPractice | null> {
    return this.findOne({ slug });
  }

  async list(args: GoodPracticesArgs): Promise<Connection<GoodPractice>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const criteria = this.criteria(args.filter ?? null);
    const text = args.filter?.text?.trim();
    if (text) {
      criteria.ids = await this.search.rankedIds(text, !canSeeUnpublished(this.viewer));
      criteria.relevance = true;
      if (criteria.ids.length === 0) {
        return buildConnection([], () => "", {
          hasNextPage: false,
          hasPreviousPage: offset > 0,
          totalCount: 0,
        });
      }
    }
    const page = await this.repository.findPage(criteria, args.first, offset);
    const practices = (await this.loaders.goodPracticeById.loadMany(page.ids)).filter(
      (practice): practice is GoodPractice => practice !== null && !(practice instanceof Error),
    );
    return buildConnection(
      practices,
      (practice) => encodeCursor("offset", offset + practices.indexOf(practice) + 1),
      {
        hasNextPage: offset + page.ids.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      },
    );
  }

  /** The organizations that carried it out, in the order given, leaving out those the viewer may not see. */
  async organizationsOf(practice: GoodPractice): Promise<Organization[]> {
    const ids = await this.loaders.organizationIdsByPractice.load(practice.id);
    const organizations = await Promise.all(ids.map((id) => this.organizations.findByUuid(id)));
    return organizations.filter((organization): organization is Organization => organization !== null);
  }

  private async findOne(criteria: Partial<GoodPracticeCriteria>): Promise<GoodPractice | null> {
    const page = await this.repository.findPage(
      { ...goodPracticeVisibility(this.viewer), ...criteria },
      1,
      0,
    );
    return page.ids[0] ? this.loaders.goodPracticeById.load(page.ids[0]) : null;
  }

  private criteria(filter: GoodPracticeFilterInput | null): GoodPracticeCriteria {
    const text = filter?.text?.trim();
    if (text && text.length > MAX_TEXT_LENGTH) {
      throw new InvalidInputError("filter.text", `must be at most ${MAX_TEXT_LENGTH} characters`);
    }
    const areaCode = filter?.areaCode?.trim();
    if (areaCode && !isTerytCode(areaCode)) {
      throw new InvalidInputError("filter.areaCode", "must be a TERYT code of 2, 4 or 7 digits");
    }
    const fromYear = checkYear(filter?.fromYear, "filter.fromYear");
    const toYear = checkYear(filter?.toYear, "filter.toYear");
    if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) {
      throw new InvalidInputError("filter.toYear", "must not be before fromYear");
    }
    const mayChooseStates = canSeeUnpublished(this.viewer) && filter?.publicationStates?.length;
    return {
      ...goodPracticeVisibility(this.viewer),
      ...(mayChooseStates && { publicationStates: filter!.publicationStates! }),
      serviceAreas: filter?.serviceAreas ?? undefined,
      targetGroups: filter?.targetGroups ?? undefined,
      areaCode: areaCode || undefined,
      organizationId: filter?.organizationId
        ? uuidFromGlobalId(filter.organizationId, "Organization", "filter.organizationId")
        : undefined,
      fromYear,
      toYear,
    };
  }
}
