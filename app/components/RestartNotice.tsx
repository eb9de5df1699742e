"use client";
/**
 * A banner for the `server:restarting` notice (docs/protocol.md): the server is going down, so
 * the player knows why the connection is about to drop and what survives it.
 */
import { useEffect, useState } from "react";
import { gameSocket } from "@/app/lib/socket";

/**
 * `gameGoesOn`: a game outside a class comes back after the restart (docs/protocol.md, "Restarts");
 * class rounds do not yet.
 */
export function RestartNotice({ gameGoesOn = false }: { gameGoesOn?: boolean }) {
  const [restarting, setRestarting] = useState(false);
  useEffect(() => {
    const socket = gameSocket();
    const onNotice = () => setRestarting(true);
    const onConnect = () => setRestarting(false);
    socket.on("server:restarting", onNotice);
    socket.on("connect", onConnect);
    return () => {
      socket.off("server:restarting", onNotice);
      socket.off("connect", onConnect);
    };
  }, []);
  if (!restarting) return null;
  return (
    <p className="rounded-lg bg-slate-900 text-white px-3 py-2 text-sm text-center" role="alert" data-testid="restart-notice">
      {gameGoesOn
        ? "The server is restarting. Your game pauses and goes on when you are back; nothing you played is lost."
        : "The server is restarting. Games still being played cannot continue after it; every finished game is kept."}
    </p>
  );
}
