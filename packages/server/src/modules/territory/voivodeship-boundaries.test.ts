import { describe, expect, it } from "vitest";
import {
  containsPoint,
  distanceToEdgeKm,
  haversineKm,
  voivodeshipBoundaries,
} from "./voivodeship-boundaries";

const podlaskie = () => voivodeshipBoundaries().get("20")!;

describe("voivodeship boundaries", () => {
  it("has the 16 województwa by TERYT code", () => {
    expect([...voivodeshipBoundaries().keys()].sort()).toEqual(
      Array.from({ length: 16 }, (_, index) => String((index + 1) * 2).padStart(2, "0")),
    );
  });

  it("places Białystok and Łapy in podlaskie, Warsaw and Olsztyn outside", () => {
    expect(containsPoint(podlaskie(), 53.1325, 23.1688)).toBe(true);
    expect(containsPoint(podlaskie(), 52.9945, 22.8845)).toBe(true);
    expect(containsPoint(podlaskie(), 52.2297, 21.0122)).toBe(false);
    expect(containsPoint(podlaskie(), 53.7784, 20.4801)).toBe(false);
    expect(containsPoint(voivodeshipBoundaries().get("14")!, 52.2297, 21.0122)).toBe(true);
  });

  it("measures how far a point outside lies from the edge", () => {
    // Warsaw is roughly 90–110 km from the nearest edge of podlaskie (near Ostrów Mazowiecka).
    const warsaw = distanceToEdgeKm(podlaskie(), 52.2297, 21.0122);
    expect(warsaw).toBeGreaterThan(60);
    expect(warsaw).toBeLessThan(140);
  });

  it("computes great-circle distances", () => {
    // Białystok – Warsaw: about 175 km in a straight line.
    expect(haversineKm(53.1325, 23.1688, 52.2297, 21.0122)).toBeCloseTo(175, -1);
    expect(haversineKm(53, 23, 53, 23)).toBe(0);
  });
});
