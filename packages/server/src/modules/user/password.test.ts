import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, passwordPolicyProblem, verifyPassword } from "./password";

describe("hashPassword / verifyPassword", () => {
  it("stores a self-describing scrypt hash with a 16-byte salt and a 32-byte key", async () => {
    const stored = await hashPassword("correct horse battery staple");
    const [scheme, N, r, p, salt, hash, ...rest] = stored.split("$");
    expect({ scheme, N, r, p, rest }).toEqual({ scheme: "scrypt", N: "32768", r: "8", p: "1", rest: [] });
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(hash!, "base64")).toHaveLength(32);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash: the same password never gives the same string", async () => {
    expect(await hashPassword("the same password")).not.toBe(await hashPassword("the same password"));
  });

  it("treats composed and decomposed Polish letters as the same password", async () => {
    const stored = await hashPassword("zażółć gęślą jaźń");
    expect(await verifyPassword("zażółć gęślą jaźń".normalize("NFD"), stored)).toBe(true);
  });

  it("verifies hashes stored with other cost parameters (they travel with the hash)", async () => {
    const salt = Buffer.from("sixteen byte salt").subarray(0, 16);
    const key = scryptSync("an older password", salt, 32, { N: 1024, r: 8, p: 2 });
    const stored = `scrypt$1024$8$2$${salt.toString("base64")}$${key.toString("base64")}`;
    expect(await verifyPassword("an older password", stored)).toBe(true);
    expect(await verifyPassword("another password", stored)).toBe(false);
  });

  it("refuses malformed or absurdly expensive stored hashes without throwing", async () => {
    for (const stored of [
      "",
      "plain-text-password",
      "bcrypt$10$abc",
      "scrypt$32768$8$1$c2FsdA==",
      "scrypt$1000$8$1$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
      "scrypt$1073741824$8$1$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
      "scrypt$32768$8$1$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    ]) {
      expect(await verifyPassword("anything", stored), stored).toBe(false);
    }
  });
});

describe("passwordPolicyProblem", () => {
  it("asks for 12 to 256 characters and nothing else", () => {
    expect(passwordPolicyProblem("a".repeat(11))).toBe("must be at least 12 characters long");
    expect(passwordPolicyProblem("a".repeat(12))).toBeNull();
    expect(passwordPolicyProblem("all lower case words")).toBeNull();
    expect(passwordPolicyProblem("a".repeat(256))).toBeNull();
    expect(passwordPolicyProblem("a".repeat(257))).toBe("must be at most 256 characters long");
  });

  it("counts characters, not UTF-16 units or combining marks", () => {
    expect(passwordPolicyProblem("żółw".repeat(3))).toBeNull();
    expect(passwordPolicyProblem("🐢".repeat(11))).toBe("must be at least 12 characters long");
    expect(passwordPolicyProblem("żółć".normalize("NFD").repeat(2) + "abc")).toBe(
      "must be at least 12 characters long",
    );
  });
});
