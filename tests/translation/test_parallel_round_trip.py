"""The round trip in worker processes: each worker loads its translators once, and the report (scores,
back-translations, findings) is the one a serial run writes."""

from __future__ import annotations

import json

from audit.executors import CHUNK_DOCUMENTS
from tests.generated_feed import write_feed
from tests.translation.conftest import audit_cli


def test_jobs_give_the_serial_round_trip(argos_home, tmp_path, isolated_env):
    feed = write_feed(tmp_path / "feed.jsonl", CHUNK_DOCUMENTS + 8)
    reports = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"r{jobs}.json"
        ran = audit_cli("check", str(feed), "-s", "fr", "-t", "en", "-q", "-j", jobs, "-f", "json", "-o", str(out),
                        "--cache", str(tmp_path / f"cache{jobs}.sqlite"), env=isolated_env)  # fmt: skip
        assert ran.returncode == 1, ran.stderr
        reports[jobs] = json.loads(out.read_text("utf-8"))["documents"]
    assert all(doc["scores"]["round_trip"]["route"] == ["en→fr", "fr→en"] for doc in reports["1"])
    assert reports["2"] == reports["1"]
