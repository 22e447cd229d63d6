import { ArgsType, Field, Int } from "type-graphql";
import { MAX_PAGE_SIZE } from "./pagination";

/**
 * Forward paging of every connection. `first` has no default on purpose: a client states the page
 * size it needs, so the cost of a request is known from the request alone.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}; required` })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: "`endCursor` of the previous page; omitted for the first page",
  })
  after?: string | null;
}
