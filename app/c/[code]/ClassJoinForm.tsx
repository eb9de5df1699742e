"use client";
/**
 * A student joins a class: the code (from the link, or typed), a nickname, then `class:join`.
 * The student token goes into this browser's storage, so a reload gets the same seat back.
 */
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { ErrorLine, NicknameField } from "@/app/components/NicknameField";
import { deviceToken, savedNickname, saveNickname } from "@/app/lib/identity";
import { saveJoinedSession } from "@/app/lib/classIdentity";
import { request } from "@/app/lib/socket";
import { checkJoinCode, checkNickname } from "@/server/protocol/names";
import { classErrorText } from "@/app/class/_ui/words";

export function ClassJoinForm({ code: initialCode }: { code: string }) {
  const router = useRouter();
  const nicknameRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nicknameRefused, setNicknameRefused] = useState(false);
  const errorId = useId();
  const codeId = useId();

  useEffect(() => {
    const input = nicknameRef.current;
    if (input && !input.value) input.value = savedNickname();
    input?.focus();
  }, []);

  async function join(e: React.FormEvent) {
    e.preventDefault();
    const parsedCode = checkJoinCode(code);
    if (!parsedCode.ok) {
      setNicknameRefused(false);
      return setError("The class code is six letters and digits, as shown on your teacher's screen.");
    }
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
    const res = await request("class:join", { code: parsedCode.value, player: { nickname: nickname.value, deviceToken: deviceToken() } });
    if (!res.ok) {
      setBusy(false);
      setError(classErrorText(res.error));
      // The offensive-name check is the server's alone: its refusal marks the field like ours.
      if (res.error.code === "NICKNAME_REFUSED") {
        setNicknameRefused(true);
        nicknameRef.current?.focus();
      }
      return;
    }
    saveJoinedSession({ sessionId: res.sessionId, studentId: res.studentId, studentToken: res.studentToken, code: parsedCode.value });
    router.push(`/class/${res.sessionId}/play`);
  }

  return (
    <div className="mx-auto max-w-md px-4 py-8 sm:py-12 grid gap-5">
      <div className="grid gap-2 text-center">
        <p className="text-sm font-semibold uppercase tracking-widest text-amber-700">Bivalent class</p>
        <h1 className="text-3xl font-bold tracking-tight">Join your class</h1>
        <p className="text-slate-600">Pick a nickname your teacher will recognise. You&apos;ll play on this phone when the round starts.</p>
      </div>
      <form className="card grid gap-4" onSubmit={join} aria-label="Join the class">
        <div className="grid gap-1">
          <label htmlFor={codeId} className="text-sm font-medium">Class code</label>
          <input
            id={codeId}
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            maxLength={6}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            placeholder="H7K2QX"
            className="rounded-lg border border-slate-300 px-3 py-2 font-mono text-2xl text-center uppercase tracking-[0.35em]"
          />
        </div>
        <NicknameField inputRef={nicknameRef} error={nicknameRefused ? error : null} />
        <button type="submit" className="btn-primary text-lg" disabled={busy} aria-describedby={error ? errorId : undefined}>{busy ? "Joining…" : "Join the class"}</button>
        <ErrorLine error={error} id={errorId} />
      </form>
    </div>
  );
}
