"""A consensus process that plays through the Bivalent Bot API (docs/bot-api.md).

It runs the rotating-coordinator protocol with a failure detector (docs/protocol.md, consensus):
round r is coordinated by process (r mod n) + 1, and in each round
  1. every process sends its opinion (v_p, t_p) to the coordinator;
  2. the coordinator, once a majority of opinions arrived, suggests the value with the largest t_p;
  3. every process ACKs the suggestion (adopting it: v_p := v, t_p := r), or NACKs when its
     detector suspects the coordinator, then goes on to round r + 1;
  4. a coordinator whose first majority of replies are all ACKs decides and tells everyone.
The view's `can` says which steps the rules allow now; this bot takes each one as soon as it may.
It creates a run as p1 (SEAT=p2... for another) against house processes. It is complete in this
one file (general.py repeats its seat loop on purpose: each example is a standalone program).
Run it:  BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 python3 process.py
"""
import json
import os
import sys
import threading

import socketio

DEFAULT_PARAMS = {"n": 5, "detector": "ES", "crashes": [{"process": 3, "tick": 6}]}  # ◇S; p3 crashes at tick 6


def suggestion(view):
    """Step 2, the choice that keeps consensus safe: of the first majority of this round's opinions, a
    value with the largest t_p (once v is decided in round r, a majority has t_p = r: every later one meets it)."""
    mine = (m for m in view["inbox"] if m["payload"]["kind"] == "opinion" and m["payload"]["round"] == view["round"])
    opinions = sorted(mine, key=lambda m: m["id"])[: view["params"]["majority"]]
    best = max((m["payload"] for m in opinions), key=lambda o: o["ts"], default=None)  # the first largest
    allowed = view["can"]["suggest"]  # the server offers only safe values, except in the sandbox
    return best["value"] if best and best["value"] in allowed else allowed[0]


def process_moves(view):
    """This tick's moves: every step the rules allow now, in the protocol's order."""
    can = view["can"]
    if view["crashed"] or view["phase"] != "running":
        return []  # a crashed process takes no step
    moves = []
    # Step 4: decide (which sends DECIDE to all); or pass on a DECIDE we received, once.
    if can["decide"] or can["relay"]:
        moves.append({"type": "decide" if can["decide"] else "relay"})
    if can["opinion"]:
        moves.append({"type": "opinion"})  # step 1
    if can["suggest"]:
        moves.append({"type": "suggest", "value": suggestion(view)})  # step 2
    # Step 3: ACK the suggestion, or NACK a suspected coordinator; then round r + 1 opens with our opinion.
    if can["ack"] or can["nack"]:
        moves += [{"type": "reply", "ack": can["ack"]}, {"type": "opinion"}]
    return moves


def play(url, token, game, strategy):
    """The seat loop: creates `game`, plays its seat with `strategy` to the end, returns the last snapshot."""
    sio, lock, done = socketio.Client(), threading.RLock(), threading.Event()
    # python-socketio runs every event and every answer on a thread of its own, so they may come out
    # of order: one lock around our state, and snapshot numbers (seq) to put them back in order.
    # grant: our seat and its seatToken; latest: the newest snapshot (each is the seat's whole view);
    # in_flight: moves sent, not answered. A snapshot showing a move is numbered above its answer's seq.
    st = {"grant": None, "latest": None, "finished": None, "last_tick": -1, "in_flight": 0, "shown_after": 0}

    def refused(res):
        if not res["ok"] and res["error"]["code"] != "GAME_OVER":  # a refusal changes nothing: say why (not a move that met the game's end)
            print(f"refused: {res['error']['code']}: {res['error']['message']}", file=sys.stderr)
        return not res["ok"]

    def look():  # plays the newest snapshot's tick, once, if it shows every move we sent
        with lock:
            snap, grant = st["latest"], st["grant"]
            if not snap or not grant or snap["gameId"] != grant["gameId"] or not snap["view"]:
                return
            view = snap["view"]
            if snap["status"] == "finished" and view.get("reveal"):
                st["finished"] = snap
                return done.set()
            # Once a tick, and only on a view that shows every move we sent (if not, the next will).
            if snap["status"] == "running" and view["tick"] != st["last_tick"] and not st["in_flight"] and snap["seq"] > st["shown_after"]:
                st["last_tick"] = view["tick"]
                for move in strategy(view) or [{"type": "pass"}]:  # nothing to do: say so
                    send(move)

    def send(move):  # a move applies at the tick it reaches the server; a refused one changes nothing
        counted = move["type"] != "pass"  # a pass changes no view: nothing waits for it
        st["in_flight"] += counted

        def answered(res):
            with lock:
                st["in_flight"] -= counted
                if not refused(res) and counted:
                    st["shown_after"] = max(st["shown_after"], res["seq"])
            look()  # a tick skipped while we waited is played now, if the view shows everything
        seat = {"gameId": st["grant"]["gameId"], "seatToken": st["grant"]["seatToken"]}
        sio.emit("game:move", {**seat, "move": move}, callback=answered)

    def granted(res):
        if refused(res):
            return done.set()
        st["grant"] = res
        look()  # the seat's first snapshot may have been handled before this answer

    @sio.event
    def connect():
        with lock:
            grant, st["latest"], st["shown_after"] = st["grant"], None, 0  # a restarted server counts from 1
        if grant:  # a reconnection: take our seat back by its token
            sio.emit("game:resume", {"gameId": grant["gameId"], "seatToken": grant["seatToken"]}, callback=refused)
        else:  # the first connection: create the game
            sio.emit("game:create", game, callback=granted)

    @sio.on("game:snapshot")
    def on_snapshot(snap):
        with lock:
            if st["latest"] and st["latest"]["gameId"] == snap["gameId"] and st["latest"]["seq"] > snap["seq"]:
                return  # an older one, handled late
            st["latest"] = snap
        look()

    @sio.event
    def connect_error(data):  # a refused token (BAD_BOT_TOKEN) is final; otherwise the client retries
        if isinstance(data, dict) and isinstance(data.get("data"), dict):  # socket.io's {message, data}
            print(f"{data['data']['code']}: {data['data']['message']}", file=sys.stderr)
            done.set()

    try:
        sio.connect(url, auth={"botToken": token}, transports=["websocket"])
    except socketio.exceptions.ConnectionError as err:
        sys.exit(f"cannot connect to {url}: {err}")
    done.wait()
    sio.disconnect()
    return st["finished"] or sys.exit(1)  # no result: why was said on stderr


def main():
    token = os.environ.get("BOT_TOKEN") or sys.exit("Set BOT_TOKEN to the token your player page showed for the bot.")
    seat = os.environ.get("SEAT", "p1")
    params = json.loads(os.environ["PARAMS"]) if os.environ.get("PARAMS") else DEFAULT_PARAMS
    # Every other process is a house bot running the protocol exactly. TICK_MS: 100 or more.
    others = {f"p{i}": {"kind": "bot", "strategy": "protocol"} for i in range(1, params.get("n", 5) + 1) if f"p{i}" != seat}
    game = {"scenario": "consensus", "params": params, "seat": seat, "others": others, "tickMs": int(os.environ.get("TICK_MS", "200"))}
    snap = play(os.environ.get("SERVER_URL", "http://localhost:3000"), token, game, process_moves)
    reveal = snap["view"]["reveal"]
    mine = next(p for p in reveal["processes"] if f"p{p['id']}" == seat)
    decided = f"decided {mine['decided']['value']} in round {mine['decided']['round']}" if mine["decided"] else "did not decide"
    print(f"game {snap['gameId']}: {reveal['outcome']}, process {seat} {decided}, scored {reveal['scores'][seat]}")


if __name__ == "__main__":
    main()
