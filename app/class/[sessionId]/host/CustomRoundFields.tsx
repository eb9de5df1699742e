"use client";
/** The host's own round: the scenario and its main parameters, how many students per game, the bots. */
import { DETECTOR_CLASSES, DETECTOR_NAMES, type DetectorClass } from "@/server/engine/consensus/params";
import { Checkbox, Select } from "@/app/_start/FormBits";
import { seatTitle } from "@/app/components/outcome";
import { botStrategies, DEFAULT_CHOICES, playerSeats, type CustomChoices, type ScenarioId } from "./customRound";

const FOG = [0.1, 0.2, 0.3, 0.5] as const;
const DAWNS = [12, 20, 30, 40] as const;
const LOSSES = [0.1, 0.3, 0.5] as const;
const SIZES = [3, 4, 5, 6, 7] as const;
const GSTS = [0, 10, 15, 20, 40] as const;

export function CustomRoundFields({ choices: c, onChange }: { choices: CustomChoices; onChange: (c: CustomChoices) => void }) {
  const set = (patch: Partial<CustomChoices>) => onChange({ ...c, ...patch });
  const seats = playerSeats(c);
  const strategies = botStrategies(c.scenario);
  const strategy = strategies.find((s) => s.value === c.botStrategy) ?? strategies[0];

  function pickScenario(scenario: ScenarioId) {
    const first = botStrategies(scenario)[scenario === "consensus" ? 0 : 1]?.value ?? "";
    const size = scenario === "consensus" ? DEFAULT_CHOICES.n : 2;
    onChange({ ...c, scenario, botStrategy: first, studentsPerGroup: size });
  }

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Select<ScenarioId>
        label="Scenario"
        value={c.scenario}
        onChange={pickScenario}
        options={[
          { value: "generals", label: "Two Generals" },
          { value: "lovers", label: "Two Insecure Lovers" },
          { value: "consensus", label: "Consensus" },
        ]}
      />
      {c.scenario === "generals" && (
        <>
          <Select<number | "enemy">
            label="The valley"
            value={c.valley}
            onChange={(valley) => set({ valley })}
            options={[...FOG.map((p) => ({ value: p, label: `${Math.round(p * 100)}% of messengers captured` })), { value: "enemy" as const, label: "An Enemy bot that reads and captures" }]}
          />
          <Select<number> label="Dawn at" value={c.dawnTick} onChange={(dawnTick) => set({ dawnTick })} options={DAWNS.map((d) => ({ value: d, label: `tick ${d}` }))} />
        </>
      )}
      {c.scenario === "lovers" && (
        <>
          <Select<number> label="The network" value={c.loss} onChange={(loss) => set({ loss })} options={LOSSES.map((p) => ({ value: p, label: `${Math.round(p * 100)}% of SMS lost` }))} />
          <Checkbox label="Lucky night" hint="Nothing is lost, but the lovers are only told the announced rate." checked={c.luckyNight} onChange={(luckyNight) => set({ luckyNight })} />
        </>
      )}
      {c.scenario === "consensus" && (
        <>
          <Select<number> label="Processes" value={c.n} onChange={(n) => set({ n, studentsPerGroup: Math.min(c.studentsPerGroup, n) })} options={SIZES.map((n) => ({ value: n, label: `${n} processes` }))} />
          <Select<DetectorClass> label="Failure detector" value={c.detector} onChange={(detector) => set({ detector })} options={DETECTOR_CLASSES.map((d) => ({ value: d, label: DETECTOR_NAMES[d] }))} />
          <Select<number> label="GST" value={c.gst} onChange={(gst) => set({ gst })} options={GSTS.map((g) => ({ value: g, label: g === 0 ? "tick 0 (stable)" : `tick ${g}` }))} />
          <Select<CustomChoices["adversary"]>
            label="Adversary"
            value={c.adversary}
            onChange={(adversary) => set({ adversary })}
            options={[
              { value: "none", label: "None: the seeded network" },
              { value: "random", label: "A random bot adversary" },
              { value: "stubborn", label: "A stubborn bot adversary" },
            ]}
          />
        </>
      )}
      <Select<number>
        label="Students per game"
        value={Math.min(c.studentsPerGroup, seats.length)}
        onChange={(studentsPerGroup) => set({ studentsPerGroup })}
        options={seats.map((_, i) => ({
          value: i + 1,
          label: i === 0 ? `1: each alone as ${seatTitle(seats[0])}, bots for the rest` : i === seats.length - 1 ? `${i + 1}: ${c.scenario === "consensus" ? "every process a student" : "pairs"}` : `${i + 1} (${seats.slice(0, i + 1).join(", ")})`,
        }))}
      />
      <div className="grid gap-1">
        <Select<string> label="Bots play" value={strategy?.value ?? ""} onChange={(botStrategy) => set({ botStrategy })} options={strategies.map((s) => ({ value: s.value, label: s.label }))} />
        <p className="text-xs text-slate-500">{strategy?.blurb} Bots fill empty seats and stand in for students who leave.</p>
      </div>
    </div>
  );
}
