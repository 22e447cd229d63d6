import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { toGlobalId } from "../common/global-id";
import { accountUserErrors } from "../user/account-errors";
import { UserType } from "../user/user.type";
import { ApiKeysArgs } from "./dto/api-keys.args";
import { CreateApiKeyInput } from "./dto/create-api-key.input";
import type { ApiKey } from "./api-key.entity";
import { ApiKeyConnection, ApiKeyType, CreateApiKeyPayload, RevokeApiKeyPayload } from "./api-key.type";

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized("ADMIN")
  @Query(() => ApiKeyConnection, { description: "Partners' API keys, newest first (administrators only)" })
  apiKeys(@Args(() => ApiKeysArgs) args: ApiKeysArgs, @Ctx() { apiKeys }: RequestContext) {
    return apiKeys.list(args);
  }

  @Authorized("ADMIN")
  @Mutation(() => CreateApiKeyPayload, {
    description: "Creates a partner's API key (administrators only); the key is returned here once",
  })
  async createApiKey(
    @Arg("input", () => CreateApiKeyInput, { description: "Who the key is for and what it may do" })
    input: CreateApiKeyInput,
    @Ctx() { apiKeys, auth }: RequestContext,
  ): Promise<CreateApiKeyPayload> {
    try {
      const { apiKey, key } = await apiKeys.create(input, auth.user!.id);
      return { apiKey, key, userErrors: [] };
    } catch (error) {
      return { apiKey: null, key: null, userErrors: accountUserErrors(error, ["input"]) };
    }
  }

  @Authorized("ADMIN")
  @Mutation(() => RevokeApiKeyPayload, {
    description: "Revokes an API key at once (administrators only): its next request is refused",
  })
  async revokeApiKey(
    @Arg("id", () => ID, { description: "Global ID of the key" }) id: string,
    @Ctx() { apiKeys, auth }: RequestContext,
  ): Promise<RevokeApiKeyPayload> {
    try {
      return { apiKey: await apiKeys.revoke(id, auth.user!.id), userErrors: [] };
    } catch (error) {
      return { apiKey: null, userErrors: accountUserErrors(error, []) };
    }
  }

  @FieldResolver(() => ID)
  id(@Root() apiKey: ApiKey) {
    return toGlobalId("ApiKey", apiKey.id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The administrator who created the key" })
  createdBy(@Root() apiKey: ApiKey, @Ctx() { loaders }: RequestContext) {
    return loaders.user.userById.load(apiKey.createdByUserId);
  }
}
