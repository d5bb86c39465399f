#!/usr/bin/env python3
"""Fits the engine's confidence calibration (bundles/org.factcheck.engine/data/calibration.txt).

For every assessment that supports or contradicts a claim, on the development data only - the
team's development set, the "-a" and "-b" halves of the held-out sets, the later tuning set gnad-c
and the tuning split of the XNLI development set (never the blind sets seeds-heldout-c and gnad-d or
the XNLI blind split) - it
records the confidence the
checker reported and whether the finding's verdict agrees with the label. Per checker and verdict
it fits a monotone map from reported confidence to the share of right findings (isotonic
regression, pool-adjacent-violators), the news sets and XNLI weighted equally, and writes it as
piecewise-linear points.

    releng/eval/calibrate.py            fit and write the table
    releng/eval/calibrate.py --check    print the reliability of the fitted table instead

FACTCHECK_COMMAND names another launcher than ./factcheck (e.g. a product built elsewhere).
"""
import json
import os
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared", "eval")
TABLE = os.path.join(ROOT, "bundles", "org.factcheck.engine", "data", "calibration.txt")
MIN_FINDINGS = 15


def sets(tmp):
    seeds, gnad = os.path.join(ROOT, "examples", "seeds", "corpus"), os.path.join(ROOT, "examples", "gnad", "corpus")
    news = [(os.path.join(ROOT, "releng", "eval", "seeds-heldout-a.jsonl"), seeds),
            (os.path.join(ROOT, "releng", "eval", "seeds-heldout-b.jsonl"), seeds),
            (os.path.join(ROOT, "releng", "eval", "gnad-a.jsonl"), gnad),
            (os.path.join(ROOT, "releng", "eval", "gnad-b.jsonl"), gnad),
            (os.path.join(ROOT, "releng", "eval", "gnad-c.jsonl"), gnad)]
    if os.path.exists(os.path.join(SHARED, "dev-claims.jsonl")):
        news.append((os.path.join(SHARED, "dev-claims.jsonl"), seeds))
    xnli = []
    source = os.path.join(SHARED, "xnli-de-dev", "claims.jsonl")
    if os.path.exists(source):
        tune = os.path.join(tmp, "xnli-tune.jsonl")
        with open(source, encoding="utf-8") as lines, open(tune, "w", encoding="utf-8") as out:
            for line in lines:
                if line.strip() and zlib.crc32(json.loads(line)["id"].encode()) % 10 >= 3:
                    out.write(line)
        xnli.append((tune, os.path.join(SHARED, "xnli-de-dev", "corpus")))
    return {"news": news, "xnli": xnli}


def findings(gold, corpus, calibrated):
    env = dict(os.environ)
    if not calibrated:
        env["FACTCHECK_JAVA_OPTS"] = (env.get("FACTCHECK_JAVA_OPTS", "") + " -Dfactcheck.calibration=off").strip()
    run = subprocess.run([os.environ.get("FACTCHECK_COMMAND", os.path.join(ROOT, "factcheck")), "eval", gold, "--corpus", corpus, "--format", "json"],
                         env=env, capture_output=True, text=True)
    if run.returncode > 2:
        sys.exit(f"eval of {gold} failed: {run.stderr}")
    out = []
    for result in json.loads(run.stdout)["results"]:
        for f in result["findings"]:
            if f["kind"] == "assessment" and f["verdict"] != "unsourced":
                out.append((f["checker"], f["verdict"], f["confidence"], f["verdict"] == result["gold"]))
    return out


MIN_BLOCK = 12
PRIOR = 3


def isotonic(points):
    """Weighted pool-adjacent-violators over (x, y, w): blocks of (mean x, value, weight), each of at
    least MIN_BLOCK findings, their values drawn towards the overall share by PRIOR findings' worth."""
    blocks = []
    for x, y, w in sorted(points):
        blocks.append([x * w, y * w, w, 1])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] > blocks[-1][1] / blocks[-1][2]:
            a = blocks.pop()
            blocks[-1] = [u + v for u, v in zip(blocks[-1], a)]
    while len(blocks) > 1 and min(b[3] for b in blocks) < MIN_BLOCK:
        i = min(range(len(blocks)), key=lambda k: blocks[k][3])
        j = i + 1 if i == 0 or (i + 1 < len(blocks) and blocks[i + 1][3] < blocks[i - 1][3]) else i - 1
        lo, hi = min(i, j), max(i, j)
        blocks[lo:hi + 1] = [[u + v for u, v in zip(blocks[lo], blocks[hi])]]
    total_y, total_w, total_n = (sum(b[k] for b in blocks) for k in (1, 2, 3))
    prior, unit = total_y / total_w, total_w / total_n
    out, best = [], 0.0
    for sx, sy, w, n in blocks:
        best = max(best, (sy + prior * PRIOR * unit) / (w + PRIOR * unit))
        out.append((sx / w, best, w))
    return out


def curve(blocks):
    points = []
    for x, y, _ in blocks:
        x, y = round(x, 3), round(min(0.98, max(0.02, y)), 3)
        if points and x <= points[-1][0]:
            points[-1] = (points[-1][0], max(points[-1][1], y))
        elif not points or y >= points[-1][1]:
            points.append((x, y))
    return points


def main():
    check = "--check" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        data = {domain: [f for gold, corpus in group for f in findings(gold, corpus, check)]
                for domain, group in sets(tmp).items()}
    totals = {domain: len(found) for domain, found in data.items() if found}
    by_type = {}
    for domain, found in data.items():
        for checker, verdict, confidence, right in found:
            weight = 1.0 / totals[domain] / len(totals)
            by_type.setdefault((checker, verdict), []).append((confidence, 1.0 if right else 0.0, weight, domain))
    if check:
        for (checker, verdict), points in sorted(by_type.items()):
            for domain in totals:
                mine = [p for p in points if p[3] == domain]
                if mine:
                    mean = sum(p[0] for p in mine) / len(mine)
                    right = sum(p[1] for p in mine) / len(mine)
                    print(f"{checker:36s} {verdict:12s} {domain:5s} n={len(mine):4d} mean confidence {mean:.3f} right {right:.3f}")
        return
    lines = ["# Confidence calibration: checker id | verdict | raw:calibrated points (piecewise linear, constant",
             "# beyond the ends). Fitted by releng/eval/calibrate.py on the development data (team development",
             "# set, seeds-heldout-a/-b, gnad-a/-b, gnad-c, XNLI tuning split; news and XNLI weighted equally):"]
    lines += [f"#   {domain}: {n} findings" for domain, n in totals.items()]
    for (checker, verdict), points in sorted(by_type.items()):
        if len(points) < MIN_FINDINGS:
            continue
        fitted = curve(isotonic([(c, r, w) for c, r, w, _ in points]))
        if len(fitted) < 2:
            fitted = [(0.0, fitted[0][1]), (1.0, fitted[0][1])]
        lines.append(f"{checker} | {verdict} | " + " ".join(f"{x}:{y}" for x, y in fitted))
    with open(TABLE, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
