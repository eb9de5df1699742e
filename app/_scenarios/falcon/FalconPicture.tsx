/** The layer stack (switch, VM, OS, app) with a spy beside each layer, watched from the monitor: the scenario's picture. */
const LAYERS = [
  { id: "app", name: "application", spy: "app spy (in the OS)" },
  { id: "os", name: "operating system", spy: "OS spy (in the hypervisor)" },
  { id: "vm", name: "virtual machine", spy: "VM spy (on the host)" },
  { id: "switch", name: "network switch", spy: "switch spy (monitor side)" },
] as const;

export function FalconPicture({ label, highlight }: { label: string; highlight?: string }) {
  return (
    <svg viewBox="0 0 440 206" role="img" aria-label={label} className="w-full max-w-md h-auto">
      {LAYERS.map((l, i) => {
        const y = 24 + i * 44;
        const on = highlight === l.id;
        return (
          <g key={l.id}>
            <rect x={10} y={y} width={170} height={36} rx={6} fill={on ? "#fde68a" : "#e2e8f0"} stroke="#475569" />
            <text x={95} y={y + 23} textAnchor="middle" fontSize={13} fill="#0f172a">
              {l.name}
            </text>
            <circle cx={200} cy={y + 18} r={9} fill="#0ea5e9" />
            <text x={200} y={y + 22} textAnchor="middle" fontSize={10} fill="white">
              S
            </text>
            <text x={214} y={y + 22} fontSize={10} fill="#334155">
              {l.spy}
            </text>
          </g>
        );
      })}
      <rect x={372} y={12} width={60} height={36} rx={6} fill="#1e293b" />
      <text x={402} y={34} textAnchor="middle" fontSize={11} fill="white">
        monitor
      </text>
      <path d="M180 34 C 240 4, 320 4, 370 26" stroke="#16a34a" strokeDasharray="4 3" fill="none" />
      <text x={275} y={12} textAnchor="middle" fontSize={10} fill="#166534">
        heartbeats
      </text>
    </svg>
  );
}
