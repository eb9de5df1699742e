"use client";
/** The host's own consensus round: how many processes, the failure detector, GST and the adversary. */
import { DETECTOR_CLASSES, DETECTOR_NAMES, type DetectorClass } from "@/server/engine/consensus/terms";
import { Select } from "@/app/_start/FormBits";
import type { ConsensusRoundChoices } from "./classroom";

const SIZES = [3, 4, 5, 6, 7] as const;
const GSTS = [0, 10, 15, 20, 40] as const;

export function ConsensusRoundFields({ fields: f, onChange }: { fields: ConsensusRoundChoices; onChange: (f: ConsensusRoundChoices) => void }) {
  return (
    <>
      <Select<number> label="Processes" value={f.n} onChange={(n) => onChange({ ...f, n })} options={SIZES.map((n) => ({ value: n, label: `${n} processes` }))} />
      <Select<DetectorClass> label="Failure detector" value={f.detector} onChange={(detector) => onChange({ ...f, detector })} options={DETECTOR_CLASSES.map((d) => ({ value: d, label: DETECTOR_NAMES[d] }))} />
      <Select<number> label="GST" value={f.gst} onChange={(gst) => onChange({ ...f, gst })} options={GSTS.map((g) => ({ value: g, label: g === 0 ? "tick 0 (stable)" : `tick ${g}` }))} />
      <Select<ConsensusRoundChoices["adversary"]>
        label="Adversary"
        value={f.adversary}
        onChange={(adversary) => onChange({ ...f, adversary })}
        options={[
          { value: "none", label: "None: the seeded network" },
          { value: "random", label: "A random bot adversary" },
          { value: "stubborn", label: "A stubborn bot adversary" },
        ]}
      />
    </>
  );
}
