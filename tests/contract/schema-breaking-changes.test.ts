import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import {
  breakingChanges,
  listedBreakingCoordinates,
  unlistedBreakingChanges,
} from "../support/breaking-changes";
import { REPO_ROOT } from "../support/paths";

const SCHEMA_PACKAGE = join(REPO_ROOT, "packages/schema");
const read = (path: string) => readFileSync(join(SCHEMA_PACKAGE, path), "utf8");

/** The highest version in packages/schema/released. */
function lastRelease(): { version: string; sdl: string } {
  const versions = readdirSync(join(SCHEMA_PACKAGE, "released"))
    .map((file) => /^schema-(\d+)\.(\d+)\.(\d+)\.graphql$/.exec(file))
    .filter((match) => match !== null)
    .map((match) => match.slice(1, 4).map(Number) as [number, number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const latest = versions.at(-1);
  if (!latest) throw new Error("packages/schema/released holds no schema-x.y.z.graphql");
  const version = latest.join(".");
  return { version, sdl: read(`released/schema-${version}.graphql`) };
}

it("lists every breaking change since the last release in the changelog (packages/schema/CHANGELOG.md)", () => {
  const { sdl } = lastRelease();
  const unlisted = unlistedBreakingChanges(
    buildSchema(sdl),
    buildSchema(read("schema.graphql")),
    read("CHANGELOG.md"),
  );
  expect(unlisted).toEqual([]);
});

it("has a changelog entry for the last release", () => {
  const { version } = lastRelease();
  expect(read("CHANGELOG.md")).toMatch(
    new RegExp(`^## \\[${version.replaceAll(".", "\\.")}\\] — \\d{4}-\\d{2}-\\d{2}$`, "m"),
  );
});

describe("the check itself", () => {
  const released = buildSchema(`type Query { a(first: Int! = 20): String b: Int c: [String] }`);
  const changelog = (breaking: string) =>
    `# Changelog\n\n## [Unreleased]\n\n### Breaking\n\n${breaking}\n\n### Added\n\n- \`Query.b\` is new\n\n## [0.1.0] — 2026-11-22\n\n- \`Query.c\`\n`;

  it("fails on a removed field the Unreleased Breaking section does not name", () => {
    const current = buildSchema(`type Query { a(first: Int! = 20): String c: [String] }`);
    expect(unlistedBreakingChanges(released, current, changelog("- Nothing yet"))).toEqual([
      { coordinate: "Query.b", description: "Query.b was removed." },
    ]);
    expect(
      unlistedBreakingChanges(released, current, changelog("- `Query.b` is gone; use `Query.c`")),
    ).toEqual([]);
  });

  it("does not accept a mention outside Unreleased → Breaking", () => {
    const current = buildSchema(`type Query { a(first: Int! = 20): String b: Int }`);
    expect(unlistedBreakingChanges(released, current, changelog("- Nothing yet"))).toHaveLength(1);
  });

  it("counts a removed default of a required argument and a changed type as breaking", () => {
    const current = buildSchema(`type Query { a(first: Int!): String b: String c: [String] }`);
    expect(breakingChanges(released, current).map(({ coordinate }) => coordinate)).toEqual([
      "Query.b",
      "Query.a(first:)",
    ]);
  });

  it("reads the coordinates in backticks of the Breaking bullets, wrapped lines included", () => {
    const listed = listedBreakingCoordinates(changelog("- One: `Query.a(first:)`,\n  `Query.b` too"));
    expect([...listed]).toEqual(["Query.a(first:)", "Query.b"]);
  });
});
