import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { toGlobalId, uuidFromGlobalId } from "../common/global-id";
import { accountUserErrors } from "./account-errors";
import { InviteUserInput } from "./dto/invite-user.input";
import type { UserInvitation } from "./user-invitation.entity";
import { AcceptInvitationPayload, InviteUserPayload, UserInvitationType } from "./user-invitation.type";

@Resolver(() => UserInvitationType)
export class UserInvitationResolver {
  @Authorized("ADMIN")
  @Mutation(() => InviteUserPayload, {
    description:
      "Invites someone to an account of any role (administrators only). The link (SITE_URL/panel/zaproszenie?token=…) " +
      "is e-mailed when SMTP_URL is set, otherwise written to the server log; it is returned here either way",
  })
  async inviteUser(
    @Arg("input", () => InviteUserInput, { description: "Who to invite and with which role" })
    input: InviteUserInput,
    @Ctx() { userInvitations, auth }: RequestContext,
  ): Promise<InviteUserPayload> {
    try {
      const organizationId = input.organizationId
        ? uuidFromGlobalId(input.organizationId, "Organization", "input.organizationId")
        : null;
      const { invitation, token, link, emailSent } = await userInvitations.invite(
        { ...input, organizationId },
        auth.user!,
      );
      return { invitation, token, link, emailSent, userErrors: [] };
    } catch (error) {
      return {
        invitation: null,
        token: null,
        link: null,
        emailSent: false,
        userErrors: accountUserErrors(error, ["input"]),
      };
    }
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: "Opens an invited account with the password the person chose; the link works once",
  })
  async acceptInvitation(
    @Arg("token", () => String, { description: "The token from the invitation link" }) token: string,
    @Arg("password", () => String, { description: "The new account's password, at least 12 characters" })
    password: string,
    @Ctx() { userInvitations }: RequestContext,
  ): Promise<AcceptInvitationPayload> {
    try {
      return { user: await userInvitations.accept(token, password), userErrors: [] };
    } catch (error) {
      return { user: null, userErrors: accountUserErrors(error, []) };
    }
  }

  @FieldResolver(() => ID)
  id(@Root() invitation: UserInvitation) {
    return toGlobalId("UserInvitation", invitation.id);
  }
}
