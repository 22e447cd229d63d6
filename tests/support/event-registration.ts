import type { RunningApi } from "@obserwatorium/server";
import { graphqlRequest } from "./test-hub";

export interface RegistrationResult {
  registration: { id: string; status: string; waitingListPosition: number | null } | null;
  cancellationToken: string | null;
  userErrors: { field: string[]; message: string }[];
}

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) {
    registration { id status waitingListPosition }
    cancellationToken
    userErrors { field message }
  }
}`;

/** The consent version the API expects now. */
export async function consentVersion(api: RunningApi): Promise<string> {
  const response = await graphqlRequest<{ registrationConsent: { version: string } }>(
    api,
    "{ registrationConsent { version } }",
  );
  return response.data!.registrationConsent.version;
}

let address = 0;

/**
 * Registers as an anonymous visitor. Each call comes from its own client address (the API trusts
 * X-Forwarded-For from loopback) unless `ip` is given, so the per-address limit stays out of the way.
 */
export async function register(
  api: RunningApi,
  input: Record<string, unknown> & { eventId: string; email: string; consentVersion: string },
  ip = `10.1.${Math.floor(++address / 250)}.${address % 250}`,
): Promise<RegistrationResult> {
  const response = await graphqlRequest<{ register: RegistrationResult }>(
    api,
    REGISTER,
    {
      input: {
        name: "Anna Nowak",
        institution: "MOPS w Łapach",
        role: "SOCIAL_WORKERS",
        consent: true,
        ...input,
      },
    },
    { "x-forwarded-for": ip },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.register;
}

export async function cancel(api: RunningApi, token: string) {
  const response = await graphqlRequest<{
    cancelRegistration: {
      registration: { status: string } | null;
      userErrors: { field: string[]; message: string }[];
    };
  }>(
    api,
    `mutation ($token: String!) { cancelRegistration(token: $token) { registration { status } userErrors { field message } } }`,
    { token },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.cancelRegistration;
}
