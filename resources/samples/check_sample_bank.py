#!/usr/bin/env python3
"""Validate the InterviewIQ sample question bank (stdlib only).

Usage:
    python3 check_sample_bank.py [path/to/sample-questions.json]

Defaults to sample-questions.json next to this script. Prints a summary
(count per category and per difficulty) and exits non-zero if any rule is
violated. Rules mirror the application's import validator plus a few
bank-level quality checks (coverage per category/difficulty, CSV-quoting
exercise prompts, non-ASCII prompts, a handful of drafts).
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict

FORMAT = "interviewiq-questions/1"
CATEGORIES = ["Java", "SQL", "System Design", "Algorithms", "Behavioural", "Testing", "Concurrency"]
QUESTION_FIELDS = ["key", "category", "difficulty", "title", "prompt", "tags",
                   "timeLimitSeconds", "status", "rubric"]
CRITERION_FIELDS = ["criterion", "weight", "keywords", "examples"]
STATUSES = {"ready", "draft"}

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]{2,99}$")
TAG_RE = re.compile(r"^[a-z0-9-]{2,40}$")
# Lowercase letters (incl. accented), digits, and a few separators that are
# meaningful in technical terms (hyphen, underscore, dot, slash, plus,
# apostrophe, space).
KEYWORD_RE = re.compile(r"^[a-z0-9\u00e0-\u00ff][a-z0-9\u00e0-\u00ff _.+/'-]*$")
# Keywords so generic they would match nearly any answer.
GENERIC_KEYWORDS = {
    "the", "a", "an", "and", "or", "is", "it", "to", "of", "in", "on", "for",
    "data", "use", "used", "using", "code", "thing", "things", "good", "bad",
    "yes", "no", "we", "i", "you", "make", "do", "get", "set", "value", "work",
}

MIN_PER_CATEGORY = 20
MIN_PER_PAIR = 3
MIN_TOTAL = 160


def stem_phrase(phrase):
    """Rough approximation of the app's matcher normalisation: strip accents and
    plural/-ing/-ed endings per word. Used only to detect keywords in different
    criteria of one question that would match the same text."""
    import unicodedata
    plain = unicodedata.normalize("NFKD", phrase.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    out = []
    for w in plain.split():
        for suffix, min_len in (("ing", 6), ("ed", 5), ("es", 5), ("s", 4)):
            if w.endswith(suffix) and len(w) >= min_len and not w.endswith("ss"):
                w = w[: -len(suffix)]
                break
        out.append(w)
    return " ".join(out)


def slug(category):
    return category.lower().replace(" ", "-")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check(path):
    errors = []
    warnings = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        print(f"ERROR: cannot read {path}: {exc}")
        return 2

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"ERROR: file is not valid UTF-8: {exc}")
        return 1
    if text.startswith("\ufeff"):
        err("file", "must not start with a UTF-8 BOM")
        text = text[1:]

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        print(f"ERROR: invalid JSON: {exc}")
        return 1

    # Exact formatting: 2-space pretty print, UTF-8 characters kept as-is.
    canonical = json.dumps(data, indent=2, ensure_ascii=False)
    if text.rstrip("\n") != canonical:
        err("file", "not pretty-printed with 2-space indent (expected json.dumps(indent=2, ensure_ascii=False) layout)")

    if not isinstance(data, dict) or set(data.keys()) != {"format", "questions"}:
        err("root", "must be an object with exactly the keys 'format' and 'questions'")
        data = data if isinstance(data, dict) else {}
    if data.get("format") != FORMAT:
        err("root", f"format must be {FORMAT!r}, got {data.get('format')!r}")
    questions = data.get("questions")
    if not isinstance(questions, list):
        err("root", "'questions' must be an array")
        questions = []

    seen_keys = set()
    seen_titles = Counter()
    per_cat = Counter()
    per_diff = Counter()
    per_pair = Counter()
    per_status = Counter()
    csv_prompts = 0
    non_ascii_prompts = 0

    for i, q in enumerate(questions):
        where = f"questions[{i}]"
        if not isinstance(q, dict):
            err(where, "must be an object")
            continue
        key = q.get("key")
        if isinstance(key, str):
            where = f"questions[{i}] ({key})"

        if list(q.keys()) != QUESTION_FIELDS:
            missing = [f for f in QUESTION_FIELDS if f not in q]
            extra = [f for f in q if f not in QUESTION_FIELDS]
            if missing or extra:
                err(where, f"fields mismatch: missing={missing} extra={extra}")
            else:
                warnings.append(f"{where}: field order differs from {QUESTION_FIELDS}")

        # key
        if not isinstance(key, str) or not KEY_RE.match(key):
            err(where, f"key {key!r} does not match {KEY_RE.pattern}")
        elif key in seen_keys:
            err(where, f"duplicate key {key!r}")
        else:
            seen_keys.add(key)

        # category
        cat = q.get("category")
        if cat not in CATEGORIES:
            err(where, f"category {cat!r} not one of {CATEGORIES}")
        elif isinstance(key, str) and not key.startswith(slug(cat) + "-"):
            err(where, f"key must be prefixed with category slug '{slug(cat)}-'")

        # difficulty
        diff = q.get("difficulty")
        if not is_int(diff) or not 1 <= diff <= 5:
            err(where, f"difficulty {diff!r} must be an integer 1..5")

        # title
        title = q.get("title")
        if not isinstance(title, str) or not 5 <= len(title) <= 120:
            err(where, "title must be a string of 5..120 chars")
        else:
            if title.endswith("."):
                err(where, "title must not end with a period")
            if title != title.strip():
                err(where, "title has leading/trailing whitespace")
            seen_titles[title.lower()] += 1

        # prompt
        prompt = q.get("prompt")
        if not isinstance(prompt, str) or not 30 <= len(prompt) <= 1500:
            plen = len(prompt) if isinstance(prompt, str) else None
            err(where, f"prompt must be a string of 30..1500 chars (got {plen})")
        else:
            if prompt != prompt.strip():
                err(where, "prompt has leading/trailing whitespace")
            if "," in prompt and '"' in prompt and "\n" in prompt:
                csv_prompts += 1
            if any(ord(c) > 127 for c in prompt):
                non_ascii_prompts += 1

        # tags
        tags = q.get("tags")
        if not isinstance(tags, list) or not 1 <= len(tags) <= 5:
            err(where, "tags must be a list of 1..5 entries")
        else:
            for t in tags:
                if not isinstance(t, str) or not TAG_RE.match(t):
                    err(where, f"tag {t!r} must be lowercase letters/digits/hyphens, 2..40 chars")
            if len(set(tags)) != len(tags):
                err(where, "duplicate tags")

        # time limit
        tl = q.get("timeLimitSeconds")
        if not is_int(tl) or not 60 <= tl <= 1800 or tl % 30 != 0:
            err(where, f"timeLimitSeconds {tl!r} must be an integer 60..1800, multiple of 30")

        # status
        status = q.get("status")
        if status not in STATUSES:
            err(where, f"status {status!r} must be one of {sorted(STATUSES)}")
        else:
            per_status[status] += 1

        # rubric
        rubric = q.get("rubric")
        if not isinstance(rubric, list) or not 2 <= len(rubric) <= 5:
            err(where, "rubric must be a list of 2..5 criteria")
            rubric = rubric if isinstance(rubric, list) else []
        kw_owner = {}
        for j, c in enumerate(rubric):
            cw = f"{where} rubric[{j}]"
            if not isinstance(c, dict):
                err(cw, "must be an object")
                continue
            if list(c.keys()) != CRITERION_FIELDS:
                err(cw, f"fields must be exactly {CRITERION_FIELDS}, got {list(c.keys())}")
            text_c = c.get("criterion")
            if not isinstance(text_c, str) or not 1 <= len(text_c.strip()) <= 120:
                err(cw, "criterion must be a non-empty string of at most 120 chars")
            w = c.get("weight")
            if not is_int(w) or not 1 <= w <= 5:
                err(cw, f"weight {w!r} must be an integer 1..5")
            examples = c.get("examples")
            if not isinstance(examples, list) or not 1 <= len(examples) <= 5 or not all(
                    isinstance(e, str) and e == e.strip() and 1 <= len(e) <= 300 and "\n" not in e for e in examples):
                err(cw, "examples must be a list of 1..5 one-line sentences of at most 300 chars")
            kws = c.get("keywords")
            if not isinstance(kws, list) or not 1 <= len(kws) <= 6:
                err(cw, "keywords must be a list of 1..6 entries")
                continue
            if len(set(kws)) != len(kws):
                err(cw, "duplicate keywords")
            for kw in kws:
                if not isinstance(kw, str):
                    err(cw, f"keyword {kw!r} must be a string")
                    continue
                if kw != kw.lower():
                    err(cw, f"keyword {kw!r} must be lowercase")
                if kw != kw.strip() or "  " in kw:
                    err(cw, f"keyword {kw!r} has stray whitespace")
                words = kw.split()
                if not 1 <= len(words) <= 3:
                    err(cw, f"keyword {kw!r} must be 1..3 words")
                if len(kw) < 2 and not kw.isdigit():
                    err(cw, f"keyword {kw!r} is too short")
                if not KEYWORD_RE.match(kw):
                    err(cw, f"keyword {kw!r} contains unsupported characters")
                if kw in GENERIC_KEYWORDS:
                    err(cw, f"keyword {kw!r} is too generic")
                if isinstance(prompt, str) and re.search(
                        r"(?<![a-z0-9])" + re.escape(kw) + r"(?![a-z0-9])", prompt.lower()):
                    warnings.append(f"{cw}: keyword {kw!r} appears in the prompt itself (easy to match by echoing the question)")
                stem = stem_phrase(kw)
                if stem in kw_owner and kw_owner[stem] != j:
                    err(cw, f"keyword {kw!r} overlaps (after stemming) with rubric[{kw_owner[stem]}] of the same question")
                kw_owner.setdefault(stem, j)

        if cat in CATEGORIES and is_int(diff) and 1 <= diff <= 5:
            per_cat[cat] += 1
            per_diff[diff] += 1
            per_pair[(cat, diff)] += 1

    # Bank-level rules
    total = len(questions)
    if total < MIN_TOTAL:
        err("bank", f"needs at least {MIN_TOTAL} questions, has {total}")
    for cat in CATEGORIES:
        if per_cat[cat] < MIN_PER_CATEGORY:
            err("bank", f"category {cat!r} has {per_cat[cat]} questions, needs >= {MIN_PER_CATEGORY}")
        for d in range(1, 6):
            if per_pair[(cat, d)] < MIN_PER_PAIR:
                err("bank", f"({cat}, difficulty {d}) has {per_pair[(cat, d)]} questions, needs >= {MIN_PER_PAIR}")
    dup_titles = [t for t, n in seen_titles.items() if n > 1]
    if dup_titles:
        err("bank", f"duplicate titles: {dup_titles}")
    if not 3 <= per_status["draft"] <= 10:
        err("bank", f"expected about 6 draft questions (3..10), found {per_status['draft']}")
    if csv_prompts < 8:
        err("bank", f"expected ~10 prompts containing a comma, a double quote and a newline, found {csv_prompts}")
    if non_ascii_prompts < 4:
        err("bank", f"expected ~5 prompts containing non-ASCII characters, found {non_ascii_prompts}")

    # Summary
    print(f"File: {path}")
    print(f"Format: {data.get('format')}")
    print(f"Total questions: {total}")
    print("Per category:")
    for cat in CATEGORIES:
        pairs = " ".join(f"d{d}={per_pair[(cat, d)]}" for d in range(1, 6))
        print(f"  {cat:<14} {per_cat[cat]:>4}   ({pairs})")
    print("Per difficulty:")
    for d in range(1, 6):
        print(f"  {d}: {per_diff[d]}")
    print("Per status: " + ", ".join(f"{s}={per_status[s]}" for s in sorted(STATUSES)))
    print(f"Prompts with comma+quote+newline (CSV quoting): {csv_prompts}")
    print(f"Prompts with non-ASCII characters: {non_ascii_prompts}")
    for w in warnings:
        print(f"WARNING: {w}")

    if errors:
        print(f"\nFAILED with {len(errors)} violation(s):")
        for e in errors:
            print(f"  - {e}")
        return 1
    print("\nOK: all checks passed")
    return 0


def main(argv):
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample-questions.json")
    path = argv[1] if len(argv) > 1 else default
    return check(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
