import { Arg, Args, Ctx, Extensions, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { SearchArgs } from "./dto/search.args";
import { SearchResultsType, SuggestionType } from "./search-results.type";

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultsType, {
    description:
      "Search everything public at once: services, organizations, good practices, documents (by page) and places",
  })
  // One federated Meilisearch query with facets, or several PostgreSQL searches while it is down.
  @Extensions({ cost: 10 })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() { search }: RequestContext) {
    return search.search(args);
  }

  @Query(() => [SuggestionType], { description: "Completions: places, service categories, organizations" })
  suggest(
    @Arg("prefix", () => String, { description: "What the user has typed so far" }) prefix: string,
    @Ctx() { search }: RequestContext,
  ) {
    return search.suggest(prefix);
  }
}
