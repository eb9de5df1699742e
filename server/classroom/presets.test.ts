import { describe, expect, it } from "vitest";
import { defaultStudentSeats, standInStrategy } from "./presets";

describe("the seats students take, and who stands in for them", () => {
  it("gives students the players, never the adversary", () => {
    expect(defaultStudentSeats("generals", ["A", "B", "enemy"])).toEqual(["A", "B"]);
    expect(defaultStudentSeats("lovers", ["alice", "bob"])).toEqual(["alice", "bob"]);
    expect(defaultStudentSeats("consensus", ["p1", "p2", "p3", "adversary"])).toEqual(["p1", "p2", "p3"]);
  });

  it("keeps the stand-in bots the class screens have always used", () => {
    expect([standInStrategy("generals", "A"), standInStrategy("generals", "enemy")]).toEqual(["acknowledged", "random"]);
    expect(standInStrategy("lovers", "bob")).toBe("acknowledged");
    expect([standInStrategy("consensus", "p2"), standInStrategy("consensus", "adversary")]).toEqual(["protocol", "random"]);
  });
});
