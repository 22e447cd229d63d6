import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { MAX_CHANGES_PER_PAGE, readChanges } from "./change-feed";
import { ChangedRecordTypeEnum, RecordChangeFeedType, type ChangedRecordType } from "./changes.type";

@Resolver()
export class ChangesResolver {
  @Query(() => RecordChangeFeedType, {
    description:
      "Public records created, updated or deleted since a cursor, oldest first, for incremental copies " +
      "(start with the open-data files or the lists, then poll with the last nextCursor)",
  })
  changes(
    @Arg("since", () => String, {
      nullable: true,
      description: "The nextCursor of the previous call; omitted, the feed starts at the beginning",
    })
    since: string | null,
    @Arg("first", () => Int, {
      defaultValue: 50,
      description: `Audit entries to read, 1–${MAX_CHANGES_PER_PAGE}`,
    })
    first: number,
    @Arg("types", () => [ChangedRecordTypeEnum], {
      nullable: true,
      description: "Only these kinds of record",
    })
    types: ChangedRecordType[] | null,
    @Ctx() { em }: RequestContext,
  ) {
    return readChanges(em, { since, first, types });
  }
}
