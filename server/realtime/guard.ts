/**
 * A cheap structural check before schema validation: refuses prototype-polluting keys and
 * absurdly deep or wide payloads, so no schema ever walks a hostile object.
 */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_DEPTH = 6;
const MAX_KEYS = 200;

export function payloadProblem(value: unknown): string | null {
  let keys = 0;
  const walk = (v: unknown, depth: number): string | null => {
    if (v === null || typeof v !== "object") return null;
    if (depth > MAX_DEPTH) return "payload is nested too deeply";
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return `key "${key}" is not allowed`;
      if (++keys > MAX_KEYS) return "payload has too many fields";
      const problem = walk((v as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return walk(value, 0);
}
