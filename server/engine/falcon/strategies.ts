/** The Falcon bots' strategy names and descriptions, with no rules (the browser's bundles may import this). */

export const OPERATOR_STRATEGIES = ["falcon", "timeout-short", "timeout-long", "random"] as const;
export type OperatorStrategy = (typeof OPERATOR_STRATEGIES)[number];
export const CHAOS_STRATEGIES = ["random", "slowness", "partition"] as const;
export type ChaosStrategy = (typeof CHAOS_STRATEGIES)[number];

export const FALCON_STRATEGY_DESCRIPTIONS: Record<OperatorStrategy | ChaosStrategy, string> = {
  falcon:
    "Follows Falcon's rules: when heartbeats stop, asks the spies bottom-up (switch, VM, OS, application); trusts a spy that says dead, kills a hung application to make sure, waits during a partition or a pause, and falls back to a long end-to-end timeout backed by a remote kill only when no spy can tell.",
  "timeout-short": "A plain end-to-end timeout of 1 s: declares the service failed and powers its VM off (a remote kill) as soon as heartbeats stop for that long.",
  "timeout-long": "A plain end-to-end timeout of 8 s: declares the service failed and powers its VM off once heartbeats stop for that long.",
  random: "Operator: now and then asks a random spy, changes its timeout, kills a random layer or declares (seeded). Chaos: faults of random allowed kinds at random times.",
  slowness: "Chaos that tries to cause false suspicions: long pauses near the longest allowed, then one real failure.",
  partition: "Chaos that hides behind the network: long partitions, sometimes with a real failure inside one.",
};
