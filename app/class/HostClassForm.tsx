"use client";
/** "Host a class": a title and the host's nickname, then `class:host`, then the host console. */
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { ErrorLine, NicknameField } from "@/app/components/NicknameField";
import { deviceToken, savedNickname, saveNickname } from "@/app/lib/identity";
import { saveHostedSession } from "@/app/lib/classIdentity";
import { request } from "@/app/lib/socket";
import { checkNickname } from "@/server/protocol/names";
import { classErrorText } from "./_ui/words";

export function HostClassForm() {
  const router = useRouter();
  const nicknameRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nicknameRefused, setNicknameRefused] = useState(false);
  const errorId = useId();

  useEffect(() => {
    const input = nicknameRef.current;
    if (input && !input.value) input.value = savedNickname() || "Teacher";
  }, []);

  async function host(e: React.FormEvent) {
    e.preventDefault();
    const nickname = checkNickname(nicknameRef.current?.value ?? "");
    if (!nickname.ok) {
      setError(`Nickname: ${nickname.message}`);
      setNicknameRefused(true);
      nicknameRef.current?.focus();
      return;
    }
    setNicknameRefused(false);
    saveNickname(nickname.value);
    setBusy(true);
    setError(null);
    const name = title.trim() || "Class session";
    const res = await request("class:host", { title: name, player: { nickname: nickname.value, deviceToken: deviceToken() } });
    if (!res.ok) {
      setBusy(false);
      setError(classErrorText(res.error));
      return;
    }
    saveHostedSession({ sessionId: res.sessionId, hostKey: res.hostKey, code: res.code, title: name });
    router.push(`/class/${res.sessionId}/host`);
  }

  return (
    <form className="card grid gap-4" onSubmit={host} aria-label="Host a class">
      <h2 className="text-xl font-semibold">Host a class</h2>
      <p className="text-sm text-slate-600">
        You get a join code and a QR code to put on the projector. Students join on their phones with a nickname, no account; you group them,
        start rounds and watch every group live.
      </p>
      <div className="grid gap-1">
        <label htmlFor={titleId} className="text-sm font-medium">Session title</label>
        <input
          id={titleId}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={60}
          placeholder="e.g. Distributed systems, week 3"
          className="rounded-lg border border-slate-300 px-3 py-2 text-base"
        />
      </div>
      <NicknameField inputRef={nicknameRef} error={nicknameRefused ? error : null} />
      <button type="submit" className="btn-primary" disabled={busy} aria-describedby={error ? errorId : undefined}>{busy ? "Creating…" : "Host a class"}</button>
      <ErrorLine error={error} id={errorId} />
    </form>
  );
}
