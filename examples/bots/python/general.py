"""A Two Generals general that plays through the Bivalent Bot API (docs/bot-api.md).

It creates a game as general A (SEAT=B for B) against a house bot, keeps a chain of messengers
going (a new one whenever news arrived, or when the last one has had time to come back), attacks
once its knowledge depth reaches ATTACK_AT, and prints the outcome. seat.py plays the seat.

Run it:  BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 python3 general.py
"""
import os
import sys

from seat import play

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


def main():
    token = os.environ.get("BOT_TOKEN")
    if not token:
        sys.exit("Set BOT_TOKEN to the token your player page showed when you created the bot.")
    seat = "B" if os.environ.get("SEAT") == "B" else "A"
    game = {
        "scenario": "generals",
        "params": {"captureProbability": 0.2, "crossingTicks": 2, "dawnTick": 20},
        "seat": seat,
        # House bots in every other seat; the game starts once we hold ours.
        "others": {("B" if seat == "A" else "A"): {"kind": "bot", "strategy": "acknowledged"}},
        # Milliseconds per tick: 1000 is human pace; a bot can go down to 100.
        "tickMs": int(os.environ.get("TICK_MS", "200")),
    }
    snap = play(os.environ.get("SERVER_URL", "http://localhost:3000"), token, game, general_strategy())
    reveal = snap["view"]["reveal"]
    print(f"game {snap['gameId']}: {reveal['outcome']}, general {seat} scored {reveal['scores'][seat]}")


if __name__ == "__main__":
    main()
