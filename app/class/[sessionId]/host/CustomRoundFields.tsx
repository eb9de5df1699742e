"use client";
/** The host's own round: the scenario and its own fields, how many students per game, the bots. */
import type { ScenarioId } from "@/server/engine/scenarios";
import { SCENARIO_UI_LIST } from "@/app/_scenarios/registry";
import { Select } from "@/app/_start/FormBits";
import { seatTitle } from "@/app/components/outcome";
import { customRoundOf, fieldsOf, pickScenario, playerSeats, setFields, type CustomChoices } from "./customRound";

export function CustomRoundFields({ choices: c, onChange }: { choices: CustomChoices; onChange: (c: CustomChoices) => void }) {
  const set = (patch: Partial<CustomChoices>) => onChange({ ...c, ...patch });
  const part = customRoundOf(c.scenario);
  const seats = playerSeats(c);
  const strategies = part.botStrategies;
  const strategy = strategies.find((s) => s.value === c.botStrategy) ?? strategies[0];
  const ScenarioFields = part.Fields;

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Select<ScenarioId> label="Scenario" value={c.scenario} onChange={(scenario) => onChange(pickScenario(c, scenario))} options={SCENARIO_UI_LIST.map((ui) => ({ value: ui.id, label: ui.title }))} />
      <ScenarioFields fields={fieldsOf(c)} onChange={(fields) => onChange(setFields(c, fields))} />
      <Select<number>
        label="Students per game"
        value={Math.min(c.studentsPerGroup, seats.length)}
        onChange={(studentsPerGroup) => set({ studentsPerGroup })}
        options={seats.map((_, i) => ({
          value: i + 1,
          label: i === 0 ? `1: each alone as ${seatTitle(seats[0])}, bots for the rest` : i === seats.length - 1 ? `${i + 1}: ${part.allStudents}` : `${i + 1} (${seats.slice(0, i + 1).join(", ")})`,
        }))}
      />
      <div className="grid gap-1">
        <Select<string> label="Bots play" value={strategy?.value ?? ""} onChange={(botStrategy) => set({ botStrategy })} options={strategies.map((s) => ({ value: s.value, label: s.label }))} />
        <p className="text-xs text-slate-500">{strategy?.blurb} Bots fill empty seats and stand in for students who leave.</p>
      </div>
    </div>
  );
}
