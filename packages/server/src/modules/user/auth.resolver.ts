import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { LoginPayload, LogoutPayload } from "./auth.type";
import { LoginArgs } from "./dto/login.args";
import { UserType } from "./user.type";

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: "Signs in with e-mail and password; also sets the session cookie (obs_session)",
  })
  async login(
    @Args(() => LoginArgs) { email, password }: LoginArgs,
    @Ctx() { auth, authService }: RequestContext,
  ): Promise<LoginPayload> {
    const result = await authService.login(email, password, auth.clientIp);
    if (!result.ok) return { user: null, token: null, expiresAt: null, userErrors: result.userErrors };
    // A sign-in replaces the session the request came with, if any.
    if (auth.sessionToken) await authService.logout(auth.sessionToken);
    auth.setSessionCookie(result.token, result.expiresAt);
    return {
      user: result.user,
      token: result.token,
      expiresAt: result.expiresAt,
      userErrors: [],
    };
  }

  @Mutation(() => LogoutPayload, { description: "Ends the current session and clears the session cookie" })
  async logout(@Ctx() { auth, authService }: RequestContext): Promise<LogoutPayload> {
    if (auth.sessionToken) await authService.logout(auth.sessionToken);
    auth.clearSessionCookie();
    return { ok: true };
  }

  @Query(() => UserType, {
    nullable: true,
    description: "The signed-in user; null when anonymous and for API keys (a key is not a sign-in)",
  })
  me(@Ctx() { auth }: RequestContext): UserType | null {
    return auth.apiKey ? null : auth.user;
  }
}
