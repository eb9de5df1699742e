/** Property runs for n in [5, 7] (propertyRuns.ts says what they check). */
import { describe, it } from "vitest";
import { DETECTOR_CLASSES } from "./params";
import { checkRuns, RUNS } from "./propertyRuns";

describe.each([5, 7])("n = %i", (n) => {
  it.each(DETECTOR_CLASSES)(`${RUNS} runs with %s`, (detector) => checkRuns(n, detector));
});
