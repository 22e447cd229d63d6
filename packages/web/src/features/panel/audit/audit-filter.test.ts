import { describe, expect, it } from "vitest";
import { auditFilterParams, auditLogHref } from "./audit-filter";

describe("auditFilterParams", () => {
  it("asks for everything when nothing is given", () => {
    expect(auditFilterParams({})).toMatchObject({ filter: {}, errors: {}, after: null });
  });

  it("turns Polish whole days into moments, both days included", () => {
    const { filter, errors } = auditFilterParams({
      typ: "Organization",
      rekord: "T3JnYW5pemF0aW9uOjE",
      od: "2027-01-15",
      do: "2027-07-15",
      po: "YXVkaXQ6MTIz",
    });
    expect(errors).toEqual({});
    expect(filter).toEqual({
      entityType: "Organization",
      entityId: "T3JnYW5pemF0aW9uOjE",
      from: "2027-01-14T23:00:00.000Z",
      to: "2027-07-15T22:00:00.000Z",
    });
  });

  it("takes a user's stored UUID as well as the ID the log links to", () => {
    const uuid = "0b7c6f5e-1d2a-4c3b-9e8f-7a6b5c4d3e2f";
    expect(auditFilterParams({ uzytkownik: uuid }).filter?.actorUserId).toBe(
      Buffer.from(`User:${uuid}`).toString("base64url"),
    );
    expect(auditFilterParams({ uzytkownik: "VXNlcjox" }).filter?.actorUserId).toBe("VXNlcjox");
  });

  it("says what is wrong at each field and asks nothing then", () => {
    const result = auditFilterParams({
      typ: "Secrets",
      od: "2027-02-30",
      do: "jutro",
      uzytkownik: "a b",
      po: "'; drop",
    });
    expect(result.filter).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(["do", "od", "typ", "uzytkownik"]);
    expect(result.after).toBeNull();
    expect(auditFilterParams({ od: "2027-03-02", do: "2027-03-01" }).errors.do).toMatch(/wcześniejsza/);
  });
});

describe("auditLogHref", () => {
  it("keeps only the given fields, so the address can be shared", () => {
    expect(auditLogHref({})).toBe("/panel/dziennik");
    expect(auditLogHref({ rekord: "abc", typ: "", od: "2027-01-01" }, "YXVkaXQ6MTIz")).toBe(
      "/panel/dziennik?rekord=abc&od=2027-01-01&po=YXVkaXQ6MTIz",
    );
  });
});
