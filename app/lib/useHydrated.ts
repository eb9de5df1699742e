import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML and until React has taken over the page, then true. Buttons whose
 * work is a click handler stay disabled until then: a tap on a slow phone before the scripts
 * arrive would otherwise do nothing and say nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}
