"""News-style statement pairs written for this project: denials, cue-less opposition, dates and counts of one event.

The NLI data here is mostly photo captions and prose; claims an editor files read differently ("the talks will
resume", "officials have ruled out new talks"). These templates, in the project's own words, teach the model that
kind of clash, that the same clash about another place or another matter is no clash at all, and that two
refusals of one thing agree. Two claims by different speakers that cannot both be true are labelled
contradiction, as the service treats them.

python3 src/training/news_pairs.py --count 20   # prints a sample
"""
import argparse
import json
import random

PLACES = ["Varna", "Tellmoor", "Oskar Bay", "Redfield", "Kolva", "Santa Irene", "Brask", "Halden Cross",
          "Mirow", "Port Alder", "Zentow", "Lucerno", "Ebbing", "Carrow Hill", "Nisa", "Durmont"]
FIRST = ["the government", "the city council", "the rebel command", "the rail operator", "the mining company",
         "the interior ministry", "the regional authority", "the ruling coalition", "the port authority",
         "the hospital trust"]
SECOND = ["the union", "the opposition", "the neighbouring state", "local residents", "the drivers' association",
          "the farmers' federation", "the tribal elders", "the contractors", "the teachers", "the insurers"]
SPEAKERS = ["a spokesman for {a}", "the foreign minister", "a senior official", "the mayor of {p}",
            "a source close to the talks", "the agency", "a military spokeswoman", "the chief negotiator",
            "an aide to the president", "a statement from {a}"]
SAYS = ["said", "told reporters", "insisted", "announced", "claimed", "stated"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
COUNTED = ["people were injured in the fire at", "homes were damaged by the storm in",
           "workers were laid off at the plant in", "prisoners were freed from the jail in", "trucks of aid entered",
           "people died in the floods around"]

# Each situation: two paraphrases of the affirmative, denials, cue-less oppositions, and other matters about the
# same parties that neither support nor contradict it.
SITUATIONS = [
    (["{a} offered {b} a new deal in {p}", "{a} put a fresh offer to {b} over {p}"],
     ["{a} has made no new offer to {b} over {p}"],
     ["{a} refuses to negotiate with {b} over {p}", "{a} has broken off contact with {b} over {p}"],
     ["{b} held a rally in {p}", "{a} appointed a new envoy for {p}"]),
    (["the talks on {p} will resume next week", "negotiations over {p} are due to restart next week"],
     ["the talks on {p} will not resume next week", "there will be no talks on {p} next week"],
     ["the talks on {p} have been called off indefinitely", "{a} has ruled out any further talks on {p}"],
     ["the talks on {p} are being hosted abroad", "observers will attend the talks on {p}"]),
    (["{a} accepted the proposal for {p}", "{a} agreed to the proposal for {p}"],
     ["{a} did not accept the proposal for {p}", "{a} has not agreed to the proposal for {p}"],
     ["{a} turned down the proposal for {p}", "{a} threw out the plan for {p}"],
     ["{a} published the proposal for {p}", "the proposal for {p} was drafted by {b}"]),
    (["the bridge at {p} has reopened to traffic", "traffic is moving again over the bridge at {p}"],
     ["the bridge at {p} has not reopened", "no traffic is crossing the bridge at {p}"],
     ["the bridge at {p} remains shut", "the bridge at {p} is still sealed off"],
     ["the bridge at {p} was built in the sixties", "engineers inspected the bridge at {p}"]),
    (["the ceasefire in {p} is holding", "the truce in {p} has held"],
     ["the ceasefire in {p} is not holding", "the truce in {p} has not held"],
     ["the ceasefire in {p} has collapsed", "fighting in {p} has resumed despite the truce"],
     ["the ceasefire in {p} was brokered by {b}", "monitors arrived to watch the ceasefire in {p}"]),
    (["{a} will join the patrols near {p}", "{a} is set to take part in the patrols near {p}"],
     ["{a} will not join the patrols near {p}", "{a} has no plans to join the patrols near {p}"],
     ["{a} has come out against the patrols near {p}", "{a} has pulled out of the patrols near {p}"],
     ["the patrols near {p} are led by {b}", "the patrols near {p} will run at night"]),
    (["{b} will call off the strike in {p}", "{b} is ending the strike in {p}"],
     ["{b} will not call off the strike in {p}", "{b} is not ending the strike in {p}"],
     ["{b} has vowed to widen the strike in {p}", "{b} plans to extend the strike in {p}"],
     ["{b} held a vote on the strike in {p}", "the strike in {p} began last month"]),
    (["{a} is close to a deal with {b} on {p}", "a deal between {a} and {b} on {p} is near"],
     ["{a} is nowhere near a deal with {b} on {p}", "no deal between {a} and {b} on {p} is in sight"],
     ["the two sides remain far apart on {p}", "{a} and {b} are deadlocked over {p}"],
     ["{a} and {b} met in a hotel to discuss {p}", "{b} hired lawyers for the talks on {p}"]),
    (["the troops have left {p}", "the soldiers have withdrawn from {p}"],
     ["the troops have not left {p}", "the soldiers have not withdrawn from {p}"],
     ["the troops are still holding {p}", "the soldiers remain deployed in {p}"],
     ["the troops in {p} received new equipment", "the troops arrived in {p} last year"]),
    (["{a} will lift the curfew in {p}", "the curfew in {p} is to be lifted by {a}"],
     ["{a} will not lift the curfew in {p}", "the curfew in {p} will not be lifted"],
     ["{a} has extended the curfew in {p}", "{a} has decided to keep the curfew in {p} in force"],
     ["the curfew in {p} starts at ten", "{b} complained about the curfew in {p}"]),
    (["{a} supports the plan to rebuild {p}", "{a} backs the plan to rebuild {p}"],
     ["{a} does not support the plan to rebuild {p}", "{a} does not back the plan to rebuild {p}"],
     ["{a} has spoken out against the plan to rebuild {p}", "{a} is lobbying to block the plan to rebuild {p}"],
     ["the plan to rebuild {p} will cost millions", "the plan to rebuild {p} was drawn up by {b}"]),
    (["{a} paid the contractors for the work in {p}", "the contractors in {p} were paid by {a}"],
     ["{a} has not paid the contractors for the work in {p}", "the contractors in {p} have not been paid"],
     ["{a} still owes the contractors for the work in {p}", "the contractors in {p} are waiting for their money"],
     ["the contractors in {p} finished early", "the work in {p} was inspected by {b}"]),
    (["the school in {p} is open again", "pupils are back at the school in {p}"],
     ["the school in {p} is not open", "the school in {p} has not reopened"],
     ["the school in {p} stays closed", "the school in {p} has been shut until further notice"],
     ["the school in {p} has a new head teacher", "the school in {p} was repainted"]),
    (["{a} confirmed the election in {p} will go ahead", "the election in {p} will take place as planned"],
     ["the election in {p} will not go ahead", "there will be no election in {p} as planned"],
     ["the election in {p} has been postponed", "{a} has delayed the election in {p}"],
     ["the election in {p} has six candidates", "{b} will observe the election in {p}"]),
    (["{a} released the detained reporters in {p}", "the reporters held in {p} were set free"],
     ["{a} has not released the detained reporters in {p}", "the reporters held in {p} were not freed"],
     ["the reporters in {p} remain in custody", "{a} is still holding the reporters in {p}"],
     ["the reporters in {p} worked for a foreign paper", "{b} called for the reporters in {p} to be freed"]),
    (["{a} welcomed the inquiry into {p}", "{a} praised the inquiry into {p}"],
     ["{a} did not welcome the inquiry into {p}"],
     ["{a} condemned the inquiry into {p}", "{a} dismissed the inquiry into {p} as a sham"],
     ["the inquiry into {p} will report in spring", "the inquiry into {p} heard from {b}"]),
]

DATED = ["{a} signed the accord on {p}", "the vote on {p} took place", "the fire in {p} broke out",
         "the convoy reached {p}", "{b} walked out of the talks on {p}", "the dam at {p} burst"]

# One dated event told in two ways: a different day in the second telling is still a clash.
RETOLD = [("{a} and {b} signed the accord on {p}", "the agreement between {a} and {b} on {p} was concluded"),
          ("the vote on {p} took place", "ballots on {p} were cast"),
          ("the convoy reached {p}", "the aid trucks arrived in {p}"),
          ("{b} walked out of the talks on {p}", "the negotiations on {p} broke down when {b} left"),
          ("{a} announced the truce in {p}", "the ceasefire in {p} was declared by {a}"),
          ("the dam at {p} burst", "floodwater broke through the dam at {p}")]


def _fill(template, parts):
    return template.format(**parts)


def _sentence(text):
    return text[0].upper() + text[1:] + "."


def _attributed(text, rng, parts):
    speaker = _fill(rng.choice(SPEAKERS), parts)
    return _sentence(f"{speaker} {rng.choice(SAYS)} {text}")


def _parts(rng):
    return {"a": rng.choice(FIRST), "b": rng.choice(SECOND), "p": rng.choice(PLACES)}


def _pair(a, b, gold, rng, parts, attribute):
    if attribute and rng.random() < 0.3:
        a, b = _attributed(a, rng, parts), _attributed(b, rng, parts)
    else:
        a, b = _sentence(a), _sentence(b)
    if gold != "entailment" and rng.random() < 0.5:
        a, b = b, a
    return {"a": a, "b": b, "gold": gold, "source": "news-templates"}


def _situation_pairs(rng):
    pos, neg, opp, side = rng.choice(SITUATIONS)
    parts = _parts(rng)
    other = dict(parts, p=rng.choice([p for p in PLACES if p != parts["p"]]))

    def f(options, values=parts):
        return _fill(rng.choice(options), values)

    def two(options):
        return [_fill(template, parts) for template in rng.sample(options, 2)]

    kind = rng.random()
    if kind < 0.18:
        return _pair(f(pos), f(neg), "contradiction", rng, parts, True)
    if kind < 0.36:
        return _pair(f(pos), f(opp), "contradiction", rng, parts, True)
    if kind < 0.46:
        return _pair(*two(pos), "entailment", rng, parts, False)
    if kind < 0.52:
        return _pair(f(opp), f(neg), "entailment", rng, parts, False)
    if kind < 0.60:
        return _pair(*two(opp), "entailment", rng, parts, False)
    if kind < 0.72:
        return _pair(f(pos), f(neg if rng.random() < 0.5 else opp, other), "neutral", rng, parts, True)
    if kind < 0.84:
        return _pair(f(pos if rng.random() < 0.5 else neg), f(side), "neutral", rng, parts, True)
    elsewhere = rng.choice([s for s in SITUATIONS if s[0] != pos])
    return _pair(f(rng.choice([pos, neg, opp])), f(rng.choice(elsewhere[:3])), "neutral", rng, parts, True)


def _dated_pairs(rng):
    parts = _parts(rng)
    day, other_day = rng.sample(DAYS, 2)
    kind = rng.random()
    if kind < 0.35:
        event = _fill(rng.choice(DATED), parts)
        return _pair(f"{event} on {day}", f"{event} on {other_day}", "contradiction", rng, parts, True)
    if kind < 0.60:
        first, second = (_fill(t, parts) for t in rng.choice(RETOLD))
        later = rng.choice(["", "early ", "late "])
        if rng.random() < 0.6:
            return _pair(f"{first} on {day}", f"{second} {later}on {other_day}", "contradiction", rng, parts, True)
        return _pair(f"{first} on {day}", f"{second} {later}on {day}", "entailment", rng, parts, False)
    if kind < 0.75:
        event = _fill(rng.choice(DATED), parts)
        return _pair(f"{event} on {day}", f"{event} early on {day}", "entailment", rng, parts, False)
    event = _fill(rng.choice(DATED), parts)
    other = _fill(rng.choice(DATED), _parts(rng))
    return _pair(f"{event} on {day}", f"{other} on {other_day}", "neutral", rng, parts, True)


def _counted_pairs(rng):
    parts = _parts(rng)
    phrase = rng.choice(COUNTED)
    place = parts["p"]
    n = rng.choice([12, 18, 25, 40, 60, 150, 300, 2000])
    kind = rng.random()
    if kind < 0.5:
        m = rng.choice([x for x in [3, 5, 8, 90, 500, 7000] if abs(x - n) > n * 0.3])
        return _pair(f"{n} {phrase} {place}", f"{m} {phrase} {place}", "contradiction", rng, parts, True)
    if kind < 0.75:
        return _pair(f"{n} {phrase} {place}", f"more than {n // 2} {phrase} {place}", "entailment", rng, parts,
                     False)
    other_phrase = rng.choice([c for c in COUNTED if c != phrase])
    return _pair(f"{n} {phrase} {place}", f"{n * 3} {other_phrase} {place}", "neutral", rng, parts, True)


def generate(count, seed=29):
    """count pairs: two thirds denials and oppositions, one sixth dated events, one sixth counts."""
    rng = random.Random(seed)
    rows, seen = [], set()
    while len(rows) < count:
        roll = rng.random()
        row = _situation_pairs(rng) if roll < 0.67 else _dated_pairs(rng) if roll < 0.84 else _counted_pairs(rng)
        key = (row["a"], row["b"])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20)
    for row in generate(parser.parse_args().count):
        print(json.dumps(row, ensure_ascii=False))
