import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  normalizeNip,
  normalizePhone,
  slugify,
  validateCoordinates,
  validateCpvCode,
  validateEmail,
  validateKrs,
  validateNip,
  validatePhone,
  validatePostalCode,
  validateRegon,
  validateSlug,
  validateWebsite,
} from "./validators";

const reservedCpvCodes = readFileSync(
  new URL("./cpv-reserved-public-service-contracts.csv", import.meta.url),
  "utf8",
)
  .trim()
  .split(/\r?\n/)
  .slice(1);

describe("validateNip", () => {
  it.each(["1234563218", "5260250274", "5423025671", "123-456-32-18", "123 456 32 18", "PL9662112205"])(
    "accepts %s",
    (nip) => expect(validateNip(nip)).toBeNull(),
  );

  it.each(["1234563219", "123456321", "12345632180", "12345A3218", "", "DE1234563218"])("rejects %s", (nip) =>
    expect(validateNip(nip)).not.toBeNull(),
  );

  it("rejects a number whose checksum is 10, even with 0 as the last digit", () => {
    // 6+10+21+8+15+24+35+48+63 = 230, and 230 mod 11 = 10.
    expect(validateNip("1234567890")).toBe("has an invalid check digit");
  });

  it("normalizes to the 10 digits", () => {
    expect(normalizeNip("PL 123-456-32-18")).toBe("1234563218");
    expect(normalizeNip("123 456 32 18")).toBe("1234563218");
  });
});

describe("validateRegon", () => {
  it.each(["123456785", "050536606", "12345678512347", "05053660600019", "12345678520004"])(
    "accepts %s",
    (regon) => expect(validateRegon(regon)).toBeNull(),
  );

  it("accepts a 9-digit number whose checksum is 10 with 0 as the check digit", () => {
    expect(validateRegon("100000050")).toBeNull();
  });

  it.each(["123456786", "12345678", "1234567851234", "12345678A", "12345678512348", "123-456-785"])(
    "rejects %s",
    (regon) => expect(validateRegon(regon)).not.toBeNull(),
  );

  it("rejects a 14-digit number whose own check digit is right but whose first 9 digits are not", () => {
    expect(validateRegon("12345678000012")).toBe("has an invalid check digit");
  });
});

describe("validateKrs", () => {
  it.each(["0000123456", "0000987654"])("accepts %s", (krs) => expect(validateKrs(krs)).toBeNull());

  it.each(["000012345", "00001234567", "00001234a6", "0000 123456"])("rejects %s", (krs) =>
    expect(validateKrs(krs)).toBe("must be 10 digits"),
  );
});

describe("validatePostalCode", () => {
  it.each(["15-950", "00-001"])("accepts %s", (code) => expect(validatePostalCode(code)).toBeNull());

  it.each(["15950", "15-95", "1-5950", "ab-cde", "15 950"])("rejects %s", (code) =>
    expect(validatePostalCode(code)).not.toBeNull(),
  );
});

describe("validateCpvCode", () => {
  it("reads the reserved-contract codes", () => {
    expect(reservedCpvCodes.length).toBe(115);
  });

  it.each(reservedCpvCodes)("accepts the reserved-contract code %s", (code) =>
    expect(validateCpvCode(code)).toBeNull(),
  );

  it.each(["85210000-3", "03300000-2", "09100000-0"])(
    "accepts %s, published with a check digit that breaks the algorithm",
    (code) => expect(validateCpvCode(code)).toBeNull(),
  );

  it.each(["44167110-2", "03200000-3", "48000000-8"])("accepts %s from outside the reserved list", (code) =>
    expect(validateCpvCode(code)).toBeNull(),
  );

  it.each(["85000000", "8500000-9", "85000000-X", "85000000 9", "85000000-12"])("rejects %s", (code) =>
    expect(validateCpvCode(code)).not.toBeNull(),
  );
});

describe("validateEmail", () => {
  it.each(["biuro@spoldzielnia.pl", "jan.kowalski+rops@wrota-podlasia.pl", "kontakt@łomża.pl"])(
    "accepts %s",
    (email) => expect(validateEmail(email)).toBeNull(),
  );

  it.each([
    "biuro.spoldzielnia.pl",
    "a@b@spoldzielnia.pl",
    "@spoldzielnia.pl",
    "biuro@localhost",
    "jan kowalski@spoldzielnia.pl",
    "biuro@-spoldzielnia.pl",
    "biuro@spoldzielnia..pl",
    "biuro@spoldzielnia_socjalna.pl",
    `${"a".repeat(65)}@spoldzielnia.pl`,
    `biuro@${"a".repeat(250)}.pl`,
  ])("rejects %s", (email) => expect(validateEmail(email)).not.toBeNull());
});

describe("validatePhone", () => {
  it.each(["123 456 789", "+48 85 744 12 34", "(85) 744-12-34", "+49 30 1234567", "+370 5 2123456"])(
    "accepts %s",
    (phone) => expect(validatePhone(phone)).toBeNull(),
  );

  it.each([
    "12345678",
    "+48 12345678",
    "+1234567",
    "+1 234 567 890 123 456",
    "85 744 12 3a",
    "0048123456789",
  ])("rejects %s", (phone) => expect(validatePhone(phone)).not.toBeNull());

  it("normalizes Polish numbers to +48 NNN NNN NNN and others to the compact form", () => {
    expect(normalizePhone("(85) 744-12-34")).toBe("+48 857 441 234");
    expect(normalizePhone("+48 857441234")).toBe("+48 857 441 234");
    expect(normalizePhone("+49 30 123-4567")).toBe("+49301234567");
  });
});

describe("validateWebsite", () => {
  it.each(["https://www.rops-bialystok.pl", "http://spoldzielnia.example.pl/o-nas?x=1", "https://łomża.pl"])(
    "accepts %s",
    (url) => expect(validateWebsite(url)).toBeNull(),
  );

  it.each([
    "www.rops-bialystok.pl",
    "ftp://rops-bialystok.pl",
    "https://localhost",
    "javascript:alert(1)",
    "",
  ])("rejects %s", (url) => expect(validateWebsite(url)).not.toBeNull());

  it.each(["https://user:secret@rops-bialystok.pl", "https://user@rops-bialystok.pl"])(
    "rejects credentials in %s",
    (url) => expect(validateWebsite(url)).toBe("must not contain a username or password"),
  );
});

describe("validateSlug", () => {
  it.each(["abc", "spoldzielnia-socjalna-2", "a".repeat(120)])("accepts %s", (slug) =>
    expect(validateSlug(slug)).toBeNull(),
  );

  it.each(["ab", "a".repeat(121), "Spoldzielnia", "a--b", "-abc", "abc-", "żubr", "a_b"])(
    "rejects %s",
    (slug) => expect(validateSlug(slug)).not.toBeNull(),
  );
});

describe("slugify", () => {
  it.each([
    ["Spółdzielnia Socjalna „Łomża” 2", "spoldzielnia-socjalna-lomza-2"],
    ["ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż", "acelnoszz-acelnoszz"],
    ["Zażółć GĘŚLĄ jaźń", "zazolc-gesla-jazn"],
    ["Café Münster", "cafe-munster"],
    ["  --Koło Gospodyń Wiejskich, nr 7!--  ", "kolo-gospodyn-wiejskich-nr-7"],
  ])("turns %s into %s", (text, slug) => expect(slugify(text)).toBe(slug));

  it("trims to 120 characters without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(119)} bcd`);
    expect(slug).toBe("a".repeat(119));
    expect(validateSlug(slug)).toBeNull();
  });
});

describe("validateCoordinates", () => {
  it.each([
    [53.1325, 23.1688],
    [-90, 180],
    [90, -180],
  ])("accepts %d, %d", (latitude, longitude) => expect(validateCoordinates(latitude, longitude)).toBeNull());

  it.each([
    [90.1, 0],
    [0, -180.5],
    [Number.NaN, 0],
    [0, Number.POSITIVE_INFINITY],
  ])("rejects %d, %d", (latitude, longitude) =>
    expect(validateCoordinates(latitude, longitude)).not.toBeNull(),
  );
});
