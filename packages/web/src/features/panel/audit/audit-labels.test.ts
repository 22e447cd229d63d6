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
  });

  it("keeps the code of an action it does not know", () => {
    expect(actionLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});
