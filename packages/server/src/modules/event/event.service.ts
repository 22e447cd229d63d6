import { isTerytCode } from "@obserwatorium/schema";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { DocumentRecord } from "../document/document.entity";
import type { DocumentLoaders } from "../document/document.loaders";
import type { GoodPractice } from "../good-practice/good-practice.entity";
import type { GoodPracticeLoaders } from "../good-practice/good-practice.loaders";
import type { Organization } from "../organization/organization.entity";
import type { OrganizationService } from "../organization/organization.service";
import type { EventFilterInput, EventsArgs } from "./dto/event-filter.input";
import { placesLeft, registrationState } from "./event-registration-state";
import type { EventRecord } from "./event.entity";
import type { RegistrationState } from "./event.enums";
import type { EventLoaders } from "./event.loaders";
import { eventVisibility, type EventCriteria } from "./event.query";
import type { EventRepository } from "./event.repository";

const MAX_SLUG_LENGTH = 200;

/** Read side of the calendar; PostgreSQL applies visibility to every list and lookup. */
export class EventQueryService {
  constructor(
    private readonly repository: EventRepository,
    private readonly loaders: EventLoaders,
    private readonly related: {
      organizations: OrganizationService;
      documents: DocumentLoaders;
      goodPractices: GoodPracticeLoaders;
    },
    private readonly clock: Clock,
    private readonly viewer: Viewer,
  ) {}

  /** Editors also find archived events by id, to see them in the panel. */
  findById(globalId: string, field = "id"): Promise<EventRecord | null> {
    return this.findOne({
      ids: [uuidFromGlobalId(globalId, "Event", field)],
      ...(canSeeUnpublished(this.viewer) && { publicationStates: ["DRAFT", "PUBLISHED", "ARCHIVED"] }),
    });
  }

  findBySlug(slug: string): Promise<EventRecord | null> {
    if (slug.length > MAX_SLUG_LENGTH) return Promise.resolve(null);
    return this.findOne({ slug });
  }

  async list(args: EventsArgs): Promise<Connection<EventRecord>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const page = await this.repository.findPage(this.criteria(args.filter ?? null), args.first, offset);
    const events = (await this.loaders.eventById.loadMany(page.ids)).filter(
      (event): event is EventRecord => event !== null && !(event instanceof Error),
    );
    return buildConnection(events, (event) => encodeCursor("offset", offset + events.indexOf(event) + 1), {
      hasNextPage: offset + page.ids.length < page.totalCount,
      hasPreviousPage: offset > 0,
      totalCount: page.totalCount,
    });
  }

  async organizerOf(event: EventRecord): Promise<Organization | null> {
    return event.organizerOrganizationId
      ? this.related.organizations.findByUuid(event.organizerOrganizationId)
      : null;
  }

  /** The registry's name of the organizer when it is visible, or the name given. */
  async organizerName(event: EventRecord): Promise<string> {
    const organization = await this.organizerOf(event);
    return organization?.name ?? event.organizerName ?? "";
  }

  async documentsOf(event: EventRecord): Promise<DocumentRecord[]> {
    const ids = await this.loaders.documentIdsByEvent.load(event.id);
    const documents = await this.related.documents.documentById.loadMany(ids);
    return documents.filter(
      (document): document is DocumentRecord =>
        document !== null && !(document instanceof Error) && this.isVisible(document.publicationState),
    );
  }

  async goodPracticesOf(event: EventRecord): Promise<GoodPractice[]> {
    const ids = await this.loaders.goodPracticeIdsByEvent.load(event.id);
    const practices = await this.related.goodPractices.goodPracticeById.loadMany(ids);
    return practices.filter(
      (practice): practice is GoodPractice =>
        practice !== null && !(practice instanceof Error) && this.isVisible(practice.publicationState),
    );
  }

  counts(event: EventRecord) {
    return this.loaders.registrationCountsByEvent.load(event.id);
  }

  async placesLeft(event: EventRecord): Promise<number | null> {
    return placesLeft(event.capacity, (await this.counts(event)).confirmed);
  }

  async registrationState(event: EventRecord): Promise<RegistrationState> {
    return registrationState(event, (await this.counts(event)).confirmed, this.clock.now());
  }

  private isVisible(state: string): boolean {
    return state === "PUBLISHED" || (canSeeUnpublished(this.viewer) && state !== "ARCHIVED");
  }

  private async findOne(criteria: Partial<EventCriteria>): Promise<EventRecord | null> {
    const page = await this.repository.findPage({ ...eventVisibility(this.viewer), ...criteria }, 1, 0);
    return page.ids[0] ? this.loaders.eventById.load(page.ids[0]) : null;
  }

  private criteria(filter: EventFilterInput | null): EventCriteria {
    const areaCode = filter?.areaCode?.trim();
    if (areaCode && !isTerytCode(areaCode)) {
      throw new InvalidInputError("filter.areaCode", "must be a TERYT code of 2, 4 or 7 digits");
    }
    if (filter?.from && filter.to && filter.from > filter.to) {
      throw new InvalidInputError("filter.to", "must not be before from");
    }
    const mayChooseStates = canSeeUnpublished(this.viewer) && filter?.publicationStates?.length;
    return {
      ...eventVisibility(this.viewer),
      ...(mayChooseStates && { publicationStates: filter!.publicationStates! }),
      kinds: filter?.kinds ?? undefined,
      topics: filter?.topics ?? undefined,
      serviceAreas: filter?.serviceAreas ?? undefined,
      audiences: filter?.audiences ?? undefined,
      areaCode: areaCode || undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
      openForRegistration:
        filter?.openForRegistration == null
          ? undefined
          : { open: filter.openForRegistration, now: this.clock.now() },
      organizerId: filter?.organizerId
        ? uuidFromGlobalId(filter.organizerId, "Organization", "filter.organizerId")
        : undefined,
    };
  }
}
