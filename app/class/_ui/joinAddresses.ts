"use client";
/**
 * Where students join, as the host console learns it: `GET /api/class/<id>/join-addresses` with
 * the host key (docs/protocol.md), and the host's pick kept in this browser per session.
 */
import { useEffect, useState } from "react";
import type { JoinAddresses } from "@/server/protocol/joinAddresses";

/** null while loading or when the server could not say (the console then uses the browser's origin). */
export function useJoinAddresses(sessionId: string, hostKey: string): { addresses: JoinAddresses | null; loaded: boolean } {
  const [state, setState] = useState<{ addresses: JoinAddresses | null; loaded: boolean }>({ addresses: null, loaded: false });
  useEffect(() => {
    let live = true;
    fetch(`/api/class/${encodeURIComponent(sessionId)}/join-addresses`, { headers: { Authorization: `Bearer ${hostKey}` }, cache: "no-store" })
      .then((res) => (res.ok ? (res.json() as Promise<JoinAddresses>) : null))
      .catch(() => null)
      .then((addresses) => live && setState({ addresses, loaded: true }));
    return () => {
      live = false;
    };
  }, [sessionId, hostKey]);
  return state;
}

const PICK_PREFIX = "bivalent.class.joinBase.";

/** The address the host picked for this session, kept across reloads. */
export function usePickedJoinBase(sessionId: string): [string | null, (url: string) => void] {
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    try {
      setPicked(localStorage.getItem(PICK_PREFIX + sessionId));
    } catch {
      // storage refused: the pick lasts until the page closes
    }
  }, [sessionId]);
  const pick = (url: string) => {
    setPicked(url);
    try {
      localStorage.setItem(PICK_PREFIX + sessionId, url);
    } catch {
      // as above
    }
  };
  return [picked, pick];
}
