"use client";
/**
 * A seat's live game: resumes the seat with its token on every (re)connection, keeps the
 * latest snapshot (each one is complete, so the newest simply wins) and sends moves.
 */
import { useCallback, useEffect, useState } from "react";
import type { SeatMove, SeatView } from "@/app/_scenarios/playUi";
import type { GameSnapshot, SeatGrant } from "@/server/protocol/events";
import type { ProtocolError } from "@/server/protocol/errors";
import { loadGrant } from "@/app/lib/identity";
import { gameSocket, request } from "@/app/lib/socket";

export type Connection = "loading" | "no-seat" | "connecting" | "live" | "gone";

export interface GameHandle {
  connection: Connection;
  grant: SeatGrant | null;
  snapshot: GameSnapshot<SeatView> | null;
  error: ProtocolError | null;
  move(move: SeatMove): Promise<void>;
  /** Ask for a rematch of this finished friend game, or accept the other player's request. */
  rematch(): Promise<void>;
  clearError(): void;
}

export function useGame(gameId: string): GameHandle {
  const [grant, setGrant] = useState<SeatGrant | null>(null);
  const [connection, setConnection] = useState<Connection>("loading");
  const [snapshot, setSnapshot] = useState<GameSnapshot<SeatView> | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);

  useEffect(() => {
    const held = loadGrant(gameId);
    setGrant(held);
    if (!held) {
      setConnection("no-seat");
      return;
    }
    const socket = gameSocket();
    // After a reconnection the next snapshot wins whatever its number: a restarted server numbers afresh.
    let fresh = true;
    const resume = async () => {
      fresh = true;
      setConnection("connecting");
      const res = await request("game:resume", { gameId, seatToken: held.seatToken });
      if (res.ok) setConnection("live");
      else if (res.error.code === "UNKNOWN_GAME" || res.error.code === "BAD_TOKEN") setConnection("gone");
      else setError(res.error);
    };
    const onSnapshot = (s: GameSnapshot) => {
      if (s.gameId !== gameId || s.seat !== held.seat) return;
      const first = fresh;
      fresh = false;
      setSnapshot((old) => (old && !first && old.seq > s.seq ? old : (s as GameSnapshot<SeatView>)));
    };
    const onDisconnect = () => setConnection("connecting");
    socket.on("game:snapshot", onSnapshot);
    socket.on("connect", resume);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) void resume();
    return () => {
      socket.off("game:snapshot", onSnapshot);
      socket.off("connect", resume);
      socket.off("disconnect", onDisconnect);
    };
  }, [gameId]);

  const move = useCallback(
    async (m: SeatMove) => {
      if (!grant) return;
      const res = await request("game:move", { gameId, seatToken: grant.seatToken, move: m });
      if (!res.ok) setError(res.error);
    },
    [gameId, grant],
  );

  const rematch = useCallback(async () => {
    if (!grant) return;
    const res = await request("game:rematch", { gameId, seatToken: grant.seatToken });
    if (!res.ok) setError(res.error);
  }, [gameId, grant]);

  return { connection, grant, snapshot, error, move, rematch, clearError: () => setError(null) };
}
