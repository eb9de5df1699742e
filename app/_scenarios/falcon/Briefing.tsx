/** The Falcon briefing for one seat: the operator is told its system (falcon/disclosure.ts), chaos everything. */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";
import { FalconPicture } from "./FalconPicture";

const secs = (v: unknown, fallback: number) => `${((typeof v === "number" ? v : fallback) / 1000).toFixed(1)} s`;

export function FalconBriefing({ seat, params }: BriefingProps) {
  const picture = (
    <div className="bg-white rounded-xl p-1">
      <FalconPicture label="The service's four layers, a spy beside each, and the monitor receiving heartbeats" />
    </div>
  );
  if (seat === "chaos") {
    const budget = typeof params.budget === "number" ? params.budget : 4;
    const plays = params.chaosPlays === true;
    return (
      <BriefingCard picture={picture} role="You are chaos">
        <p>{plays ? `Inject up to ${budget} faults: crashes, hangs, panics, VM stops, partitions, pauses, as allowed.` : "A seeded fault timeline plays: you watch it strike."}</p>
        <p>You score what you cost the operator: slow detections, live processes declared failed or killed. You see the service from outside, never the operator&rsquo;s spies.</p>
      </BriefingCard>
    );
  }
  const spies = Array.isArray(params.spies) ? (params.spies as string[]) : ["app", "os", "vm", "switch"];
  return (
    <BriefingCard picture={picture} role={seat === null ? "You will be the operator" : "You are the operator"}>
      <p>
        Heartbeats every {secs(params.heartbeatMs, 500)}; your timeout starts at {secs(params.timeoutMs, 2_000)}. Spies: {spies.length === 0 ? "none" : spies.join(", ")}.
      </p>
      <p>Catch every failure fast, without declaring or killing a live process: 1000, less 20 a second of detection, 150 a false suspicion or needless kill, and the spies&rsquo; cost.</p>
    </BriefingCard>
  );
}
