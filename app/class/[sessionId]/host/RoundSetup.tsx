"use client";
/** Before a round: pick a preset or set your own round, the pace, see how students will be grouped, start. */
import type { PresetCard } from "@/server/classroom/presets";
import { scenarioUi } from "@/app/_scenarios/registry";
import { Select } from "@/app/_start/FormBits";
import { paceOptions, pacesOf } from "@/app/class/_ui/paces";
import { scenarioTitle } from "@/app/class/_ui/words";
import { CustomRoundFields } from "./CustomRoundFields";
import { customRound, DEFAULT_CHOICES, groupingSentence, playerSeats, type CustomChoices } from "./customRound";
import type { StartRound } from "./useHostSession";

/** The host's choices for the next round: kept by the console, so they survive the round in between. */
export interface SetupChoices {
  tab: "presets" | "custom";
  presetId: string;
  /** The pace picked for the preset, or null for the preset's own. */
  presetPace: number | null;
  choices: CustomChoices;
}

/** The first setup: the first preset, at its own pace. */
export const initialSetup = (presets: readonly PresetCard[]): SetupChoices => ({ tab: "presets", presetId: presets[0]?.id ?? "", presetPace: null, choices: DEFAULT_CHOICES });

export function RoundSetup({ presets, students, busy, nextRound, setup, onSetup, onStart }: {
  /** The class presets with their group sizes (from the page). */
  presets: readonly PresetCard[];
  students: number;
  busy: boolean;
  nextRound: number;
  setup: SetupChoices;
  onSetup: (s: SetupChoices) => void;
  onStart: (round: StartRound) => void;
}) {
  const { tab, presetId, presetPace, choices } = setup;
  const setTab = (t: SetupChoices["tab"]) => onSetup({ ...setup, tab: t });
  const setChoices = (c: CustomChoices) => onSetup({ ...setup, choices: c });
  const setPresetPace = (ms: number) => onSetup({ ...setup, presetPace: ms });
  const preset = presets.find((p) => p.id === presetId) ?? null;

  const round: StartRound | null =
    tab === "custom" ? customRound(choices) : preset ? { scenario: preset.scenario, params: preset.params, studentSeats: preset.studentSeats, bots: preset.bots, tickMs: presetPace ?? preset.tickMs, seating: preset.seating, ...(preset.skin ? { skin: preset.skin } : {}) } : null;
  const seatsPerGroup = tab === "custom" ? Math.min(choices.studentsPerGroup, playerSeats(choices).length) : preset ? preset.seatsPerGroup : 2;
  // The round's scenario's paces (Falcon's are its own), with the preset's own pace among them.
  const scenario = round?.scenario ?? choices.scenario;
  const pace = round?.tickMs ?? pacesOf(scenario).defaultMs;
  const paces = paceOptions(scenario, pace);

  return (
    <section className="card grid gap-4 content-start" aria-label="Next round">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">Round {nextRound}</h2>
        <div className="ml-auto inline-flex rounded-full bg-slate-100 p-0.5 text-sm" role="tablist" aria-label="Round setup">
          {(["presets", "custom"] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              onClick={() => setTab(t)}
              className={`rounded-full px-3 py-1 font-medium ${tab === t ? "bg-white shadow-sm ring-1 ring-slate-200" : "text-slate-600"}`}
            >
              {t === "presets" ? "Presets" : "Your own"}
            </button>
          ))}
        </div>
      </div>
      {tab === "presets" ? (
        <div className="grid gap-2 sm:grid-cols-2" role="radiogroup" aria-label="Presets">
          {presets.map((p) => (
            <PresetTile key={p.id} preset={p} selected={p.id === presetId} onSelect={() => onSetup({ ...setup, presetId: p.id, presetPace: null })} />
          ))}
        </div>
      ) : (
        <CustomRoundFields choices={choices} onChange={setChoices} />
      )}
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] items-end">
        <Select<number>
          label="Pace"
          value={pace}
          onChange={(ms) => (tab === "custom" ? setChoices({ ...choices, tickMs: ms }) : setPresetPace(ms))}
          options={paces.map((p) => ({ value: p.ms, label: p.label }))}
        />
        <button type="button" className="btn-primary text-lg" disabled={busy || !round || students === 0} onClick={() => round && onStart(round)}>
          Start round {nextRound}
        </button>
      </div>
      <p className="text-sm text-slate-600" data-testid="grouping">{groupingSentence(students, seatsPerGroup)}</p>
    </section>
  );
}

function PresetTile({ preset, selected, onSelect }: { preset: PresetCard; selected: boolean; onSelect: () => void }) {
  return (
    <div>
      <button
        type="button"
        role="radio"
        aria-checked={selected}
        onClick={onSelect}
        className={`w-full h-full text-left rounded-xl p-3 flex flex-col items-start gap-1 ring-1 transition ${selected ? "ring-2 ring-amber-500 bg-amber-50" : "ring-slate-200 hover:ring-slate-300 bg-white"}`}
      >
        <span className={`rounded-full px-2 py-0.5 text-[11px] font-semibold uppercase tracking-wide ${scenarioUi(preset.scenario)?.classroom.badge ?? "bg-slate-100"}`}>
          {scenarioTitle(preset.scenario)}
        </span>
        <span className="font-semibold">{preset.title}</span>
        <span className="text-xs text-slate-600">{preset.blurb}</span>
        <span className="text-xs text-slate-500 mt-auto pt-1">{groupWords(preset.seatsPerGroup)} · {preset.tickMs / 1000} s a tick</span>
      </button>
    </div>
  );
}

/** How the preset seats a class; groups of three or more are balanced (groupSizes), so the card says so. */
const groupWords = (k: number): string => (k === 1 ? "each student alone" : k === 2 ? "pairs" : `groups of up to ${k}, students spread evenly, bots fill the rest`);
