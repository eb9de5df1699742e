"""A Two Generals general that plays through the Bivalent Bot API (docs/bot-api.md).

It creates a game as general A (SEAT=B for B) against a house bot, keeps a chain of messengers
going (a new one whenever news arrived, or when the last one has had time to come back), attacks
once its knowledge depth reaches ATTACK_AT, and prints the outcome. It is complete in this one
file (process.py repeats its seat loop on purpose: each example is a standalone program).

Run it:  BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 python3 general.py
"""
import os
import sys
import threading

import socketio

ATTACK_AT = 2  # attack once this many links of the chain are known to have got through


def general_strategy():
    """The strategy of one game: this tick's moves for a view. At most one messenger per tick,
    and one commitment per game (`committed` is this game's memory)."""
    committed = False

    def moves_for(view):
        nonlocal committed
        moves = []
        if view["can"]["commit"] and not committed and view["knowledge"]["depth"] >= ATTACK_AT:
            committed = True
            moves.append({"type": "commit", "decision": "attack"})
        last = view["sent"][-1] if view["sent"] else None
        news = len(view["received"]) > (last["acked"] if last else 0)
        quiet = last is None or view["tick"] - last["sentAt"] > 2 * view["params"]["crossingTicks"]
        if news or quiet:
            if view["can"]["sendAck"]:
                moves.append({"type": "send", "kind": "ack"})
            elif view["can"]["sendPlan"]:
                moves.append({"type": "send", "kind": "plan"})
        return moves

    return moves_for


def play(url, token, game, strategy):
    """The seat loop: creates `game`, plays its seat with `strategy` to the end, returns the last snapshot."""
    sio, lock, done = socketio.Client(), threading.RLock(), threading.Event()
    # python-socketio runs every event and every answer on a thread of its own, so they may come out
    # of order: one lock around our state, and snapshot numbers (seq) to put them back in order.
    # grant: our seat and its seatToken; latest: the newest snapshot (each is the seat's whole view);
    # in_flight: moves sent, not answered. A snapshot showing a move is numbered above its answer's seq.
    st = {"grant": None, "latest": None, "finished": None, "last_tick": -1, "in_flight": 0, "shown_after": 0}

    def refused(res):
        if not res["ok"]:  # a refused request changes nothing; say why on stderr
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
        if isinstance(data, dict) and data.get("code"):
            print(f"{data['code']}: {data['message']}", file=sys.stderr)
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
    seat = "B" if os.environ.get("SEAT") == "B" else "A"
    # A house bot in the other seat; TICK_MS: 1000 is human pace, a bot can go down to 100.
    others = {("B" if seat == "A" else "A"): {"kind": "bot", "strategy": "acknowledged"}}
    params = {"captureProbability": 0.2, "crossingTicks": 2, "dawnTick": 20}
    game = {"scenario": "generals", "params": params, "seat": seat, "others": others, "tickMs": int(os.environ.get("TICK_MS", "200"))}
    snap = play(os.environ.get("SERVER_URL", "http://localhost:3000"), token, game, general_strategy())
    reveal = snap["view"]["reveal"]
    print(f"game {snap['gameId']}: {reveal['outcome']}, general {seat} scored {reveal['scores'][seat]}")


if __name__ == "__main__":
    main()
