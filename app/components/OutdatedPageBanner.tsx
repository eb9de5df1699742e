"use client";
/**
 * The banner a page shows when the server speaks another protocol version than the page's code
 * (app/lib/protocolCheck.ts): nothing the page sends would be understood, so it says to reload.
 */
import { useSyncExternalStore } from "react";
import { isOutdated, subscribeOutdated } from "@/app/lib/protocolCheck";

export function OutdatedPageBanner() {
  const outdated = useSyncExternalStore(subscribeOutdated, isOutdated, () => false);
  if (!outdated) return null;
  return (
    <div className="bg-amber-300 text-slate-950 px-4 py-2 text-sm text-center" role="alert" data-testid="outdated-page">
      This page is out of date: the server has been updated since it was loaded.{" "}
      <button type="button" className="underline font-semibold" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
