import { describe, expect, it } from "vitest";
import { actionLabel } from "./audit-labels";

describe("actionLabel", () => {
  it("names the review's steps and generic record changes in Polish", () => {
    expect(actionLabel("CHANGE_PROPOSED")).toBe("zaproponowano zmianę");
    expect(actionLabel("CHANGE_PROPOSAL_ACCEPTED")).toBe("przyjęto propozycję zmiany");
    expect(actionLabel("ORGANIZATION_UPDATED")).toBe("zmieniono");
    expect(actionLabel("GOOD_PRACTICE_ARCHIVED")).toBe("zarchiwizowano");
    expect(actionLabel("USER_DEACTIVATED")).toBe("dezaktywowano konto");
    expect(actionLabel("USER_REACTIVATED")).toBe("przywrócono konto");
    expect(actionLabel("EVENT_PUBLISHED")).toBe("opublikowano");
    expect(actionLabel("EVENT_REGISTRATION_CREATED")).toBe("przyjęto zgłoszenie na wydarzenie");
    expect(actionLabel("EVENT_REGISTRATIONS_EXPORTED")).toBe("pobrano listę uczestników wydarzenia (CSV)");
  });

  it("keeps the code of an action it does not know", () => {
    expect(actionLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});
