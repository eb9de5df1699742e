"use client";
/**
 * The join code, large enough for the back row, with a QR code of the join address and the host
 * link. "Full screen" puts the code and the QR code alone on the screen (never the host link).
 */
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";
import { hostLink } from "@/app/lib/classIdentity";
import { CopyField } from "@/app/components/CopyField";

export function JoinCodePanel({ code, sessionId, hostKey, big }: { code: string; sessionId: string; hostKey: string; big: boolean }) {
  const [origin, setOrigin] = useState("");
  const [svg, setSvg] = useState("");
  const url = origin ? `${origin}/c/${code}` : "";
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0b1324", light: "#ffffff" } }).then((s) => live && setSvg(s));
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
          <strong className="font-mono text-white">{shown || "…"}</strong>
        </p>
        <div className="flex flex-wrap items-start gap-x-4 gap-y-1 mt-1">
          <button
            type="button"
            className="hidden sm:block rounded-lg px-2 py-0.5 text-sm text-slate-300 ring-1 ring-slate-600 hover:text-white hover:ring-slate-400"
            onClick={() => (full ? void document.exitFullscreen() : void panel.current?.requestFullscreen?.().catch(() => undefined))}
          >
            {full ? "Exit full screen" : "Full screen"}
          </button>
          {!full && <HostLink sessionId={sessionId} hostKey={hostKey} origin={origin} />}
        </div>
      </div>
      <div
        className={`justify-self-center rounded-xl bg-white p-2 ${full ? "w-[32vw] max-w-[80vh]" : big ? "w-56 sm:w-72" : "w-36 sm:w-40"} aspect-square [&_svg]:w-full [&_svg]:h-full`}
        role="img"
        aria-label={`QR code for ${url}`}
        data-testid="class-qr"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </section>
  );
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
