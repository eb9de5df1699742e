/** Property runs for n in [3, 4] (propertyRuns.ts says what they check). */
import { describe, it } from "vitest";
import { DETECTOR_CLASSES } from "./params";
import { checkRuns, RUNS } from "./propertyRuns";

describe.each([3, 4])("n = %i", (n) => {
  it.each(DETECTOR_CLASSES)(`${RUNS} runs with %s`, (detector) => checkRuns(n, detector));
});
