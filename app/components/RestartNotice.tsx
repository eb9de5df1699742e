"use client";
/**
 * A banner for the `server:restarting` notice (docs/protocol.md): the server is going down, so
 * the player knows why the connection is about to drop and what survives it.
 */
import { useEffect, useState } from "react";
import { gameSocket } from "@/app/lib/socket";

/** Every game, class rounds included, comes back after the restart (docs/protocol.md, "Restarts"). */
export function RestartNotice() {
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
      The server is restarting. Games pause and go on when their players are back; nothing played is lost.
    </p>
  );
}
