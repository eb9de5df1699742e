"use client";
/**
 * Start a game of the chosen scenario: your nickname, then play bots, start a game for a
 * friend, or join by code. Every choice becomes a `game:create` or `game:join` request
 * (docs/protocol.md).
 */
import { useId, useState } from "react";
import { ErrorLine, NicknameField } from "./components/NicknameField";
import { useHydrated } from "./lib/useHydrated";
import { useStartGame } from "./lib/useStartGame";
import { Card } from "./_start/FormBits";
import { scenarioUi } from "./_scenarios/registry";
import type { Skin } from "@/server/protocol/skins";

/** `scenario`: a registered scenario's id (the home page's tab); its start forms come from the UI registry. `skin`: the telling chosen. */
export function StartPanel({ scenario, skin }: { scenario: string; skin?: Skin }) {
  const start = useStartGame();
  // Until the page is live, a start button's click would be lost: they wait, disabled.
  const hydrated = useHydrated();
  const busy = start.busy || !hydrated;
  const codeId = useId();
  const errorId = useId();
  const forms = scenarioUi(scenario)?.play.startForms ?? [];
  // A refusal shows beside the button pressed (and a bad nickname under the field, which takes focus).
  const errorAt = (origin: string) => (start.error?.origin === origin ? start.error.message : null);
  return (
    <section className="grid gap-4" aria-label="Start a game">
      <div className="card">
        <NicknameField inputRef={start.nicknameRef} error={start.error?.nickname ? start.error.message : null} />
      </div>
      {forms.map((Form, i) => {
        const origin = `form-${i}`;
        return (
          <div key={`${scenario}:${i}`} className="grid gap-2">
            <Form skin={skin} busy={busy} onStart={(payload) => void start.create(payload, origin)} errorId={errorAt(origin) ? errorId : undefined} />
            <ErrorLine error={errorAt(origin)} id={errorId} />
          </div>
        );
      })}
      <JoinByCode busy={busy} onJoin={(code) => void start.join(code, "join")} inputId={codeId} error={errorAt("join")} errorId={errorId} />
    </section>
  );
}

function JoinByCode({ busy, onJoin, inputId, error, errorId }: { busy: boolean; onJoin: (code: string) => void; inputId: string; error: string | null; errorId: string }) {
  const [code, setCode] = useState("");
  return (
    <Card title="Join with a code">
      <form
        className="flex gap-2 items-end"
        onSubmit={(e) => {
          e.preventDefault();
          onJoin(code.trim().toUpperCase());
        }}
      >
        <div className="grid gap-1 flex-1">
          <label htmlFor={inputId} className="text-sm font-medium">Code</label>
          <input
            id={inputId}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            maxLength={6}
            autoCapitalize="characters"
            placeholder="H7K2QX"
            className="rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase tracking-widest"
          />
        </div>
        <button type="submit" disabled={busy || code.trim().length !== 6} className="btn-secondary" aria-describedby={error ? errorId : undefined}>
          Join
        </button>
      </form>
      <ErrorLine error={error} id={errorId} />
    </Card>
  );
}
