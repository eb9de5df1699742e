"""A consensus process that plays through the Bivalent Bot API (docs/bot-api.md).

It runs the rotating-coordinator protocol with a failure detector (docs/protocol.md, consensus):
round r is coordinated by process (r mod n) + 1, and in each round
  1. every process sends its opinion (v_p, t_p) to the coordinator;
  2. the coordinator, once a majority of opinions arrived, suggests the value with the largest t_p;
  3. every process ACKs the suggestion (adopting it: v_p := v, t_p := r), or NACKs when its
     detector suspects the coordinator, then goes on to round r + 1;
  4. a coordinator whose first majority of replies are all ACKs decides and tells everyone.
The view's `can` says which steps the rules allow now; this bot takes each one as soon as it may.
It creates a run as p1 (SEAT=p2... for another) against house processes; seat.py plays the seat.

Run it:  BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 python3 process.py
"""
import json
import os
import sys

from seat import play

# The default run: five processes, the ◇S detector, process 3 crashes at tick 6.
DEFAULT_PARAMS = {"n": 5, "detector": "ES", "crashes": [{"process": 3, "tick": 6}]}


def suggestion(view):
    """Step 2, the one choice the protocol leaves to the coordinator, and the one that keeps it
    safe: among the first majority of this round's opinions, a value with the largest timestamp.
    If some process already decided v in round r, a majority adopted v with t_p = r; every later
    majority shares a process with it, so its largest timestamp carries v, and no other value can
    ever be suggested. (The server offers only such values, except in the sandbox, where this bot
    still picks the safe one.)"""
    opinions = sorted(
        (m for m in view["inbox"] if m["payload"]["kind"] == "opinion" and m["payload"]["round"] == view["round"]),
        key=lambda m: m["id"],
    )[: view["params"]["majority"]]
    best = None
    for m in opinions:
        if best is None or m["payload"]["ts"] > best["ts"]:
            best = m["payload"]
    allowed = view["can"]["suggest"]
    return best["value"] if best and best["value"] in allowed else allowed[0]


def process_moves(view):
    """This tick's moves: every step the rules allow now, in the protocol's order."""
    can = view["can"]
    if view["crashed"] or view["phase"] != "running":
        return []  # a crashed process takes no step
    moves = []
    # Step 4: decide (which sends DECIDE to all); or pass on a DECIDE we received, once.
    if can["decide"]:
        moves.append({"type": "decide"})
    elif can["relay"]:
        moves.append({"type": "relay"})
    if can["opinion"]:
        moves.append({"type": "opinion"})  # step 1
    if can["suggest"]:
        moves.append({"type": "suggest", "value": suggestion(view)})  # step 2
    # Step 3: ACK the suggestion, or NACK a suspected coordinator; then round r + 1 opens with our opinion.
    if can["ack"] or can["nack"]:
        moves += [{"type": "reply", "ack": can["ack"]}, {"type": "opinion"}]
    return moves


def main():
    token = os.environ.get("BOT_TOKEN")
    if not token:
        sys.exit("Set BOT_TOKEN to the token your player page showed when you created the bot.")
    seat = os.environ.get("SEAT", "p1")
    params = json.loads(os.environ["PARAMS"]) if os.environ.get("PARAMS") else DEFAULT_PARAMS
    n = params.get("n", 5)
    game = {
        "scenario": "consensus",
        "params": params,
        "seat": seat,
        # Every other process is a house bot running the protocol exactly.
        "others": {f"p{i}": {"kind": "bot", "strategy": "protocol"} for i in range(1, n + 1) if f"p{i}" != seat},
        # Milliseconds per tick: 1000 is human pace; a bot can go down to 100.
        "tickMs": int(os.environ.get("TICK_MS", "200")),
    }
    snap = play(os.environ.get("SERVER_URL", "http://localhost:3000"), token, game, process_moves)
    reveal = snap["view"]["reveal"]
    mine = next(p for p in reveal["processes"] if f"p{p['id']}" == seat)
    decided = f"decided {mine['decided']['value']} in round {mine['decided']['round']}" if mine["decided"] else "did not decide"
    print(f"game {snap['gameId']}: {reveal['outcome']}, process {seat} {decided}, scored {reveal['scores'][seat]}")


if __name__ == "__main__":
    main()
