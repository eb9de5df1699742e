/**
 * The paces a host may pick for a round (real milliseconds per game tick): the class's usual ones,
 * or a scenario's own (its classroom part's `paces`: Falcon's ticks are 100 ms of simulated time,
 * so its rounds run near real time). Both the preset tab and the host's own round offer them.
 */
import type { ClassPaces } from "@/app/_scenarios/classUi";
import { scenarioUi } from "@/app/_scenarios/registry";

/** The usual paces, for scenarios that do not name their own. */
export const CLASS_PACES: ClassPaces = {
  list: [
    { ms: 250, label: "Fast (0.25 s a tick)" },
    { ms: 500, label: "Brisk (0.5 s a tick)" },
    { ms: 1000, label: "Normal (1 s a tick)" },
    { ms: 1500, label: "Relaxed (1.5 s a tick)" },
    { ms: 2500, label: "Slow (2.5 s a tick)" },
  ],
  defaultMs: 1000,
};

/** The paces of a scenario's rounds: its own, or the usual ones. */
export const pacesOf = (scenario: string): ClassPaces => scenarioUi(scenario)?.classroom.paces ?? CLASS_PACES;

/** The scenario's paces, with `ms` among them (a preset's own pace, kept when it is not one of them), fastest first. */
export function paceOptions(scenario: string, ms: number): { ms: number; label: string }[] {
  const list = [...pacesOf(scenario).list];
  if (!list.some((p) => p.ms === ms)) list.push({ ms, label: `${ms / 1000} s a tick` });
  return list.sort((a, b) => a.ms - b.ms);
}

/** The pace to keep when the host switches to `scenario`: the current one if the scenario offers it, else its default. */
export function paceFor(scenario: string, currentMs: number): number {
  const paces = pacesOf(scenario);
  return paces.list.some((p) => p.ms === currentMs) ? currentMs : paces.defaultMs;
}
