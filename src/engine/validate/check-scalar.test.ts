import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkScalar, codePoints } from "./check-scalar";

describe("string lengths as OpenAPI counts them", () => {
  it("counts code points as spreading the string does, lone surrogates included", () => {
    const units = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc
        .array(fc.integer({ min: 0xd7f0, max: 0xe010 }))
        .map((cs) => String.fromCharCode(...cs)),
    );
    fc.assert(
      fc.property(units, (v) => {
        expect(codePoints(v)).toBe([...v].length);
      }),
      { numRuns: 3000 },
    );
  });

  it("lets a name of 63 emoji through a 63-character limit, and not one of 64", () => {
    const s = { type: "string", maxLength: 63 } as const;
    expect(checkScalar("\u{1F600}".repeat(63), s)).toEqual([]);
    expect(checkScalar("\u{1F600}".repeat(64), s).map((f) => f.code)).toEqual([
      "schema-max-length",
    ]);
  });
});
