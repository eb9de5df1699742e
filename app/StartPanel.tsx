"use client";
/**
 * Start a game of the chosen scenario: your nickname, then play bots, start a game for a
 * friend, or join by code. Every choice becomes a `game:create` or `game:join` request
 * (docs/protocol.md).
 */
import { useId, useState } from "react";
import { ErrorLine, NicknameField } from "./components/NicknameField";
import { useStartGame } from "./lib/useStartGame";
import { Card } from "./_start/FormBits";
import { scenarioUi } from "./_scenarios/registry";

/** `scenario`: a registered scenario's id (the home page's tab); its start forms come from the UI registry. */
export function StartPanel({ scenario }: { scenario: string }) {
  const start = useStartGame();
  const codeId = useId();
  const forms = scenarioUi(scenario)?.play.startForms ?? [];
  return (
    <section className="grid gap-4" aria-label="Start a game">
      <div className="card">
        <NicknameField inputRef={start.nicknameRef} />
      </div>
      <ErrorLine error={start.error} />
      {forms.map((Form, i) => (
        <Form key={`${scenario}:${i}`} busy={start.busy} onStart={start.create} />
      ))}
      <JoinByCode busy={start.busy} onJoin={start.join} inputId={codeId} />
    </section>
  );
}

function JoinByCode({ busy, onJoin, inputId }: { busy: boolean; onJoin: (code: string) => void; inputId: string }) {
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
        <button type="submit" disabled={busy || code.trim().length !== 6} className="btn-secondary">
          Join
        </button>
      </form>
    </Card>
  );
}
