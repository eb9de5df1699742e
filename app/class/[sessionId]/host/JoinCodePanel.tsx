"use client";
/**
 * The join code, large enough for the back row, with a QR code of the join address and the host
 * link. "Full screen" puts the code and the QR code alone on the screen (never the host link).
 *
 * The join address is `PUBLIC_URL` when the server has one; otherwise the host picks among this
 * browser's origin and the server's LAN addresses (server/protocol/joinAddresses.ts says which is
 * the default). A loopback address (localhost, 127.x, ::1) gets a loud warning: no phone can open it.
 */
import { useEffect, useRef, useState } from "react";
import { hostLink } from "@/app/lib/classIdentity";
import { CopyField } from "@/app/components/CopyField";
import { chooseJoinBase, isLoopbackUrl, joinChoices, joinUrl, type JoinAddresses } from "@/server/protocol/joinAddresses";
import { useJoinAddresses, usePickedJoinBase } from "@/app/class/_ui/joinAddresses";
import { joinQrSvg } from "@/app/class/_ui/joinQr";

export function JoinCodePanel({ code, sessionId, hostKey, big }: { code: string; sessionId: string; hostKey: string; big: boolean }) {
  const [origin, setOrigin] = useState("");
  const [svg, setSvg] = useState("");
  const { addresses, loaded } = useJoinAddresses(sessionId, hostKey);
  const [picked, pick] = usePickedJoinBase(sessionId);
  useEffect(() => setOrigin(window.location.origin), []);
  // Nothing until the server has said where students join: a localhost QR code must not flash first.
  const ready = Boolean(origin) && loaded;
  const choices = ready ? joinChoices(addresses, origin) : [];
  const base = ready ? chooseJoinBase(addresses, origin, picked) : "";
  const url = base ? joinUrl(base, code) : "";
  const loopback = Boolean(base) && isLoopbackUrl(base);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void joinQrSvg(url).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [url]);

  const panel = useRef<HTMLElement>(null);
  const [full, setFull] = useState(false);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === panel.current && panel.current !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const shown = url.replace(/^https?:\/\//, "");
  const size = full ? "text-[10vw] tracking-[0.12em]" : big ? "text-6xl sm:text-8xl lg:text-9xl tracking-[0.12em]" : "text-5xl lg:text-6xl tracking-[0.1em]";
  return (
    <section
      ref={panel}
      className={`rounded-2xl bg-night text-white p-5 grid gap-5 items-center ${full ? "grid-cols-[1fr_auto] content-center px-[5vw]" : big ? "sm:grid-cols-[1fr_auto] sm:p-8" : "sm:grid-cols-[1fr_auto]"}`}
      aria-label="How to join"
    >
      <div className="grid gap-2 min-w-0">
        <p className={`uppercase tracking-widest text-amber-300 ${full ? "text-[1.6vw]" : "text-sm"}`}>Join on your phone: scan, or enter the code</p>
        <p
          className={`font-mono font-black leading-none text-amber-300 ${size}`}
          data-testid="class-code"
        >
          {code}
        </p>
        <p className={`text-slate-300 break-words ${full ? "text-[1.8vw]" : big ? "text-lg sm:text-xl" : ""}`}>
          at <strong className="font-mono text-white">{shown ? shown.replace(/\/c\/.*$/, "/class") : "…"}</strong>, or open{" "}
          <strong className="font-mono text-white" data-testid="class-join-url">{shown || "…"}</strong>
        </p>
        {!full && choices.length > 1 && (
          <label className="grid gap-1 text-sm text-slate-300 min-w-0 max-w-md">
            Address for phones
            <select
              className="w-full min-w-0 truncate rounded-lg bg-slate-800 border border-slate-600 px-2 py-1.5 font-mono text-sm text-white"
              value={base}
              onChange={(e) => pick(e.target.value)}
            >
              {choices.map((c) => (
                <option key={c.url} value={c.url}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="flex flex-wrap items-start gap-x-4 gap-y-1 mt-1">
          <button
            type="button"
            className="hidden sm:block rounded-lg px-2 py-0.5 text-sm text-slate-300 ring-1 ring-slate-600 hover:text-white hover:ring-slate-400"
            onClick={() => (full ? void document.exitFullscreen() : void panel.current?.requestFullscreen?.().catch(() => undefined))}
          >
            {full ? "Exit full screen" : "Full screen"}
          </button>
          {!full && <HostLink sessionId={sessionId} hostKey={hostKey} origin={base} />}
        </div>
      </div>
      <div
        className={`justify-self-center rounded-xl bg-white p-2 ${full ? "w-[32vw] max-w-[80vh]" : big ? "w-56 sm:w-72" : "w-36 sm:w-40"} aspect-square [&_svg]:w-full [&_svg]:h-full`}
        role="img"
        aria-label={`QR code for ${url}`}
        data-testid="class-qr"
        dangerouslySetInnerHTML={{ __html: url ? svg : "" }}
      />
      {loopback && <LoopbackWarning base={base} addresses={addresses} canPick={choices.some((c) => !c.loopback)} full={full} />}
    </section>
  );
}

/** Loud, on the console only: the join address in use is one that only this computer can open. */
function LoopbackWarning({ base, addresses, canPick, full }: { base: string; addresses: JoinAddresses | null; canPick: boolean; full: boolean }) {
  const where = parsedOr(base, "http://localhost");
  const port = where.port || (where.protocol === "https:" ? "443" : "80");
  const example = addresses?.lan.find((a) => a.family === "IPv4")?.url ?? `http://<this computer's Wi-Fi address>:${port}`;
  return (
    <div
      role="alert"
      data-testid="join-loopback-warning"
      className={`col-span-full rounded-xl bg-amber-300 text-slate-950 p-4 grid gap-2 ${full ? "text-[1.4vw]" : "text-sm sm:text-base"}`}
    >
      <p className="font-black text-lg sm:text-xl">⚠ Phones cannot open this address</p>
      <p>
        <strong className="font-mono">{where.host}</strong> means this computer itself: the QR code and the link work only here, never on a student&apos;s phone.
      </p>
      <ul className="list-disc pl-5 grid gap-1">
        {canPick && <li>Pick a network address under <em>Address for phones</em> (the Wi-Fi one, such as 192.168.x.x or 10.x.x.x).</li>}
        {addresses?.listening === "loopback" ? (
          <li>
            The server listens on this computer only. Restart it with <code className="font-mono font-bold">HOST=0.0.0.0</code> (or leave <code className="font-mono">HOST</code> unset)
            and <code className="font-mono font-bold [overflow-wrap:anywhere]">PUBLIC_URL={example}</code>.
          </li>
        ) : (
          <li>
            {canPick ? "Or restart" : "Restart"} the server with <code className="font-mono font-bold [overflow-wrap:anywhere]">PUBLIC_URL={example}</code>.
          </li>
        )}
        <li>Put this computer and the phones on the same Wi-Fi, let port {port} through this computer&apos;s firewall, then open the link on a phone to check.</li>
      </ul>
    </div>
  );
}

/** `new URL(url)`, or of `fallback` when `url` is not one (no URL.canParse: older Safari). */
function parsedOr(url: string, fallback: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL(fallback);
  }
}

/** The secret link that gives control of the session on another device. Hidden until asked for. */
function HostLink({ sessionId, hostKey, origin }: { sessionId: string; hostKey: string; origin: string }) {
  const link = origin ? hostLink(origin, sessionId, hostKey) : "";
  return (
    <details className="text-sm text-slate-300 pt-0.5">
      <summary className="cursor-pointer select-none hover:text-white">Host link (secret): control this class from another device</summary>
      <div className="mt-2 grid gap-2">
        <p className="text-xs text-slate-400">Whoever opens this link controls the session. Never show it on the projector.</p>
        <CopyField value={link} label="Host link" variant="dark" />
      </div>
    </details>
  );
}
