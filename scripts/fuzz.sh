#!/usr/bin/env bash
# A mutation fuzzer against the built binary, for SECONDS: it takes the project's real input files
# (ballot files in every format, member spreadsheets, a rules file), mutates them (bytes flipped,
# inserted and deleted, lines cut, doubled and swapped, numbers made huge or negative, quotes and
# separators added) and feeds each mutant to the command that reads it: `quorum tally` (every
# method), `member import` and `rules import`. What must hold for every run:
#   - no panic (exit code 101) and no crash by a signal; every refusal exits 1 or 2;
#   - a refused import or rules file leaves the database byte-for-byte as it was;
#   - every run ends within 10 s (slow inputs are kept and reported, like failures).
# Failing and slow inputs are kept in fuzz-findings/ with their command line.
# Usage: scripts/fuzz.sh [SECONDS] [SEED]   (defaults 60, random; QUORUM=path to the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
seed=${2:-$RANDOM}
q=${QUORUM:-${CARGO_TARGET_DIR:-target}/debug/quorum}
[ -x "$q" ] || cargo build --quiet
q=$(realpath "$q")
exec python3 - "$q" "$seconds" "$seed" "$PWD" <<'PY'
import hashlib, os, random, shutil, subprocess, sys, tempfile, time

q, seconds, seed, root = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
fx = os.path.join(root, "tests", "fixtures")
tally_seeds = [os.path.join(fx, "tally", f) for f in sorted(os.listdir(os.path.join(fx, "tally")))
               if f.endswith((".blt", ".csv", ".abif", ".txt"))
               and os.path.getsize(os.path.join(fx, "tally", f)) < 200_000]
import_seeds = [os.path.join(fx, "import", f) for f in sorted(os.listdir(os.path.join(fx, "import")))
                if f.endswith(".csv")]
rules_seeds = [os.path.join(fx, "rules", f) for f in sorted(os.listdir(os.path.join(fx, "rules")))] \
    if os.path.isdir(os.path.join(fx, "rules")) else []
methods = ["plurality", "approval", "irv", "stv-scottish", "stv-meek", "schulze", "majority",
           "majority-runoff"]
findings = os.path.join(root, "fuzz-findings")
work = tempfile.mkdtemp(prefix="quorum-fuzz-")
env = dict(os.environ, QUORUM_DB=os.path.join(work, "f.db"), QUORUM_ACTOR="fuzz", NO_COLOR="1",
           QUORUM_NOW="2026-03-01T18:00:00Z", QUORUM_NO_INPUT="true")
subprocess.run([q, "init", "--name", "Fuzz"], env=env, capture_output=True, check=True)
base = os.path.join(work, "base.db")
shutil.copy(env["QUORUM_DB"], base)

def digest(path):
    h = hashlib.sha256()
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()

def mutate(data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 8])):
        op = rng.randrange(9)
        if not b:
            b = bytearray(b"x")
        i = rng.randrange(len(b))
        if op == 0:
            b[i] = rng.randrange(256)
        elif op == 1:
            b.insert(i, rng.choice(b"\"',;=>\n\r\t 0123456789-#\x00\xff"))
        elif op == 2:
            del b[i:i + rng.randrange(1, 16)]
        else:
            lines = bytes(b).split(b"\n")
            j = rng.randrange(len(lines))
            if op == 3:
                lines.insert(j, lines[rng.randrange(len(lines))])
            elif op == 4:
                del lines[j]
            elif op == 5:
                k = rng.randrange(len(lines))
                lines[j], lines[k] = lines[k], lines[j]
            elif op == 6:
                lines[j] = lines[j].replace(b"1", rng.choice([b"99999999999", b"-1", b"0", b"1e9"]), 1)
            elif op == 7:
                lines[j] = lines[j] + rng.choice([b",", b";", b"\"", b" ", b",,,,"])
            else:
                lines = lines[: j + 1]
            b = bytearray(b"\n".join(lines))
    return bytes(b)

stats = {"runs": 0, "exit0": 0, "exit1": 0, "exit2": 0, "unchanged": 0}
bad, slow = [], []
slowest = (0.0, "")
start = time.time()
n = 0
while time.time() - start < seconds:
    n += 1
    kind = rng.choice(["tally"] * 3 + ["import"] * 2 + (["rules"] if rules_seeds else []))
    src = rng.choice({"tally": tally_seeds, "import": import_seeds, "rules": rules_seeds}[kind])
    data = mutate(open(src, "rb").read())
    ext = os.path.splitext(src)[1]
    case = os.path.join(work, f"case{ext}")
    with open(case, "wb") as f:
        f.write(data)
    if kind == "tally":
        cmd = [q, "tally", case, "--method", rng.choice(methods), "--seed", "1"]
    elif kind == "import":
        shutil.copy(base, env["QUORUM_DB"])
        for side in ("-wal", "-shm"):
            if os.path.exists(env["QUORUM_DB"] + side):
                os.remove(env["QUORUM_DB"] + side)
        cmd = [q, "member", "import", case]
    else:
        shutil.copy(base, env["QUORUM_DB"])
        cmd = [q, "rules", "import", case]
    before = digest(env["QUORUM_DB"]) if kind != "tally" else None
    t0 = time.time()
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, timeout=10)
        code = p.returncode
    except subprocess.TimeoutExpired:
        code = "timeout"
    took = time.time() - t0
    stats["runs"] += 1
    if took > slowest[0]:
        slowest = (took, " ".join(os.path.basename(c) for c in cmd[1:]) + f" (from {os.path.basename(src)})")
    problem = None
    if code == "timeout":
        problem = "took more than 10 s"
    elif code not in (0, 1, 2):
        problem = f"exit code {code}" + (" (a panic)" if code == 101 else "")
    else:
        stats[f"exit{code}"] += 1
        if before is not None and code != 0:
            # A refusal reopens the file: SQLite may checkpoint, so compare the logical content.
            after = subprocess.run(["sqlite3", env["QUORUM_DB"], ".dump"], capture_output=True).stdout \
                if shutil.which("sqlite3") else None
            ref = subprocess.run(["sqlite3", base, ".dump"], capture_output=True).stdout \
                if shutil.which("sqlite3") else None
            if after is not None and after != ref:
                problem = "a refused file changed the database"
            else:
                stats["unchanged"] += 1
    if took > 2.0 and problem is None:
        slow.append((took, cmd))
        problem = f"slow: {took:.1f} s"
    if problem:
        os.makedirs(findings, exist_ok=True)
        keep = os.path.join(findings, f"{seed}-{n}{ext}")
        shutil.copy(case, keep)
        with open(keep + ".cmd", "w") as f:
            f.write(" ".join(cmd[:1] + [c if c != case else keep for c in cmd[1:]]) + f"\n# {problem}\n")
        if not problem.startswith("slow"):
            bad.append((problem, keep))

shutil.rmtree(work, ignore_errors=True)
print(f"fuzz: {stats['runs']} runs in {seconds:.0f} s (seed {seed}): exit 0 {stats['exit0']}, "
      f"exit 1 {stats['exit1']}, exit 2 {stats['exit2']}; refused imports that left the database "
      f"as it was: {stats['unchanged']}; slow (> 2 s): {len(slow)}; failures: {len(bad)}")
print(f"slowest run: {slowest[0] * 1000:.0f} ms, {slowest[1]}")
for problem, keep in bad:
    print(f"FAILED: {problem}: {keep}")
sys.exit(1 if bad else 0)
PY
