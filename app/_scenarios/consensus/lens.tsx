"use client";
/**
 * The Paxos lens in the browser: which vocabulary consensus's screens speak, remembered per
 * browser (localStorage) and, where a link should carry it (the replay), in the URL as
 * ?lens=paxos, which wins over the stored choice. Presentation only: nothing is sent anywhere.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { CORRESPONDENCES, isLens, LEXICON, type Lens, type Lexicon } from "@/server/engine/consensus/lens";

const KEY = "bivalent.consensus.lens";
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
    window.removeEventListener("popstate", listener);
  };
}

function readLens(useUrl: boolean): Lens {
  if (useUrl) {
    const fromUrl = new URLSearchParams(window.location.search).get("lens");
    if (isLens(fromUrl)) return fromUrl;
  }
  try {
    const stored = window.localStorage.getItem(KEY);
    return isLens(stored) ? stored : "lecture";
  } catch {
    return "lecture";
  }
}

function writeLens(lens: Lens, useUrl: boolean): void {
  try {
    window.localStorage.setItem(KEY, lens);
  } catch {
    // A browser that refuses storage still switches for this page.
  }
  if (useUrl) {
    const url = new URL(window.location.href);
    if (lens === "paxos") url.searchParams.set("lens", "paxos");
    else url.searchParams.delete("lens");
    window.history.replaceState(window.history.state, "", url);
  }
  for (const l of listeners) l();
}

/** The lens and its setter; `useUrl` for pages whose link should share it (the replay). */
export function useLensChoice(useUrl = false): [Lens, (lens: Lens) => void] {
  const lens = useSyncExternalStore(subscribe, () => readLens(useUrl), () => "lecture" as Lens);
  return [lens, (next) => writeLens(next, useUrl)];
}

const LensContext = createContext<Lens>("lecture");

export function LensProvider({ lens, children }: { lens: Lens; children: ReactNode }) {
  return <LensContext.Provider value={lens}>{children}</LensContext.Provider>;
}

/** The words the screen below speaks. */
export function useLexicon(): Lexicon {
  return LEXICON[useContext(LensContext)];
}

export const usePaxos = (): boolean => useContext(LensContext) === "paxos";

/** The switch: a real button with role=switch, labelled "Paxos words". */
export function LensSwitch({ lens, onChange }: { lens: Lens; onChange: (lens: Lens) => void }) {
  const on = lens === "paxos";
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={() => onChange(on ? "lecture" : "paxos")}
      className="inline-flex items-center gap-2 rounded-full px-2 py-1 text-sm font-medium ring-1 ring-slate-300 bg-white hover:bg-slate-50"
      data-testid="lens-switch"
    >
      <span aria-hidden className={`relative w-9 h-5 rounded-full transition-colors ${on ? "bg-indigo-600" : "bg-slate-300"}`}>
        <span className={`absolute top-0.5 left-0.5 w-4 h-4 rounded-full bg-white transition-transform ${on ? "translate-x-4" : ""}`} />
      </span>
      Paxos words
    </button>
  );
}

/** The switch, and with the lens on, how the two vocabularies line up: one sentence each. */
export function LensBar({ lens, onChange }: { lens: Lens; onChange: (lens: Lens) => void }) {
  return (
    <div className="grid gap-2" data-testid="lens-bar">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <LensSwitch lens={lens} onChange={onChange} />
        <span className="text-xs text-slate-500">
          {lens === "paxos" ? "The same run, named as Paxos names it." : "Read the run as Paxos: rounds become ballots, the coordinator the proposer."}
        </span>
      </div>
      {lens === "paxos" && <Correspondences />}
    </div>
  );
}

export function Correspondences({ open = false }: { open?: boolean }) {
  return (
    <details className="card !py-2 text-sm" open={open} data-testid="correspondences">
      <summary className="cursor-pointer font-semibold">The rotating coordinator as Paxos: {CORRESPONDENCES.length} correspondences</summary>
      <ul className="mt-2 grid gap-1.5">
        {CORRESPONDENCES.map((c) => (
          <li key={c.lecture} className="grid gap-0.5">
            <span>
              <span className="font-medium">{c.lecture}</span> → <span className="font-medium text-indigo-800">{c.paxos}</span>{" "}
              <span className={`rounded px-1 text-[11px] ${c.how === "same" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}>{c.how === "same" ? "same" : "differs"}</span>
            </span>
            <span className="text-xs text-slate-600">{c.sentence}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
