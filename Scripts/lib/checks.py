"""The setup of Scripts/lib/checks.sh for the check scripts written in Python.

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
    from checks import root, binary, check, finish

binary is the script's first argument, else .build/debug/plansite, as an absolute path;
check(name, ok, detail) counts and prints one result; finish(name) prints
"NAME: N passed, N failed" and exits 1 when anything failed.
"""
import os
import sys

sys.dont_write_bytecode = True
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/debug/plansite"))
_counts = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    if ok:
        _counts["passed"] += 1
        print(f"ok   - {name}", flush=True)
    else:
        _counts["failed"] += 1
        print(f"FAIL - {name}" + (f"\n       {detail}" if detail else ""), flush=True)


def finish(name):
    print(f"{name}: {_counts['passed']} passed, {_counts['failed']} failed", flush=True)
    sys.exit(1 if _counts["failed"] else 0)
