"use client";
/**
 * "Your bots" on a player's own page (docs/bot-api.md): create a Bot API bot (its token shown
 * once, with a copy button), list them, revoke one. Shown only to the device whose player this
 * page is: the browser asks POST /api/me, and every request carries the device token.
 */
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { CopyField } from "@/app/components/CopyField";
import { deviceToken } from "@/app/lib/identity";
import { MAX_BOTS_PER_OWNER, type BotInfo } from "@/server/protocol/bots";

type Bot = BotInfo;

type Answer<T> = ({ ok: true } & T) | { ok: false; message: string };

/** POST a JSON body with this device's token; a refusal's message, or the answer. */
async function call<T>(path: string, body: object = {}): Promise<Answer<T>> {
  try {
    const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: deviceToken(), ...body }) });
    const json = (await res.json()) as T & { error?: { message: string } };
    return json.error ? { ok: false, message: json.error.message } : { ok: true, ...json };
  } catch {
    return { ok: false, message: "The server could not be reached." };
  }
}

export function YourBots({ playerId }: { playerId: string }) {
  const [mine, setMine] = useState(false);
  const [bots, setBots] = useState<Bot[]>([]);
  const [name, setName] = useState("");
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const listed = await call<{ bots: Bot[] }>("/api/bots/list");
    if (listed.ok) setBots(listed.bots);
    else setProblem(listed.message);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void call<{ playerId: string | null }>("/api/me").then((me) => {
      if (cancelled || !me.ok || me.playerId !== playerId) return;
      setMine(true);
      void refresh();
    });
    return () => {
      cancelled = true;
    };
  }, [playerId, refresh]);

  if (!mine) return null;

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const made = await call<{ bot: Bot; token: string }>("/api/bots", { name });
    setBusy(false);
    if (!made.ok) return setProblem(made.message);
    setFresh({ name: made.bot.name, token: made.token });
    setName("");
    await refresh();
  };

  const revoke = async (bot: Bot) => {
    if (!window.confirm(`Revoke ${bot.name}? Its token stops working at once and cannot be restored.`)) return;
    const done = await call<{ bot: Bot }>("/api/bots/revoke", { botId: bot.id });
    if (!done.ok) setProblem(done.message);
    await refresh();
  };

  const live = bots.filter((b) => !b.revokedAt);
  return (
    <section className="card grid min-w-0 grid-cols-1 gap-3" aria-label="Your bots">
      <h2 className="text-lg font-semibold">Your bots</h2>
      <p className="text-sm text-slate-600">
        A bot is your own program playing a seat through the Bot API (<code>docs/bot-api.md</code>; a complete example in{" "}
        <code>examples/bots/typescript</code>). Its games are marked as a bot&apos;s and never count on the leaderboards.
      </p>
      {fresh && (
        <div className="grid min-w-0 grid-cols-1 gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3" role="status">
          <p className="text-sm font-semibold text-amber-900">
            The token of {fresh.name}: copy it now. It is shown only this once, and anyone who has it plays as your bot.
          </p>
          <CopyField value={fresh.token} label={`Bot token of ${fresh.name}`} variant="light" />
          <button type="button" className="btn-secondary justify-self-start" onClick={() => setFresh(null)}>
            I have copied it
          </button>
        </div>
      )}
      <form className="flex flex-wrap items-end gap-2" onSubmit={create}>
        <label className="grid gap-1 text-sm">
          <span className="text-slate-600">New bot&apos;s name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={24} required className="rounded-lg border border-slate-300 px-3 py-2" />
        </label>
        <button type="submit" className="btn-primary" disabled={busy || live.length >= MAX_BOTS_PER_OWNER}>
          Create bot
        </button>
        <span className="text-xs text-slate-500">{live.length}/{MAX_BOTS_PER_OWNER} bots</span>
      </form>
      {problem && (
        <p className="text-sm text-rose-700" role="alert">
          {problem}
        </p>
      )}
      {bots.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {bots.map((b) => (
            <li key={b.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
              <Link href={`/bots/${b.id}`} className={`flex-1 font-medium hover:underline ${b.revokedAt ? "text-slate-400 line-through" : ""}`}>
                {b.name}
              </Link>
              <span className="hidden font-mono text-xs text-slate-500 sm:inline">{b.id}</span>
              <span className="text-xs text-slate-500">{b.revokedAt ? `revoked ${b.revokedAt.slice(0, 10)}` : `created ${b.createdAt.slice(0, 10)}`}</span>
              {!b.revokedAt && (
                <button type="button" className="btn-danger" onClick={() => void revoke(b)} aria-label={`Revoke ${b.name}`}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
