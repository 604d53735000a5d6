"""The start-up reads (standard library sqlite3) give what the repositories give, and the
deferred repositories open the database layer only when those reads cannot answer."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from benchmarks.history_import import synthetic_export

from hamsession.domain.history import SafetyEntry
from hamsession.domain.outcomes import Outcome
from hamsession.domain.symptoms import LEG_SYMPTOMS
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.deferred import DeferredRepositories
from hamsession.storage.file_reads import FileReads
from hamsession.storage.history_file import prepare
from hamsession.storage.repositories import Repositories
from tests.storage.test_history import play

LEG = sorted(LEG_SYMPTOMS)[0]


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> DataDir:
    """A history with something in every table the start-up reads look at, for two
    profiles (the second one has a flag, a variant, a PIN and an unfinished session)."""
    data = DataDir(tmp_path_factory.mktemp("reads") / "data")
    history = HistoryService(Repositories.on(open_database(data)))
    repos = history.repos
    ana_body = synthetic_export(0, days=9, first_id=500, name="Ana Lima")
    for day in (3, 7):  # a leg symptom logged twice
        ana_body["profiles"][0]["sessions"][day]["symptoms"]["leg_symptoms"] = [LEG]
    for body in (synthetic_export(0, days=40, morning=True), ana_body):
        import_export(history, read_export(json.dumps(body).encode(), "export.json"))
    ana = history.profile("Ana Lima")
    default = history.profile()
    when = datetime(2016, 1, 20, 9, 15, 30, 250_000, tzinfo=UTC)
    repos.safety.add(
        ana.id,
        [
            SafetyEntry("saddle_numbness", "emergency", when, None, None),
            SafetyEntry("night_pain", "soon", when + timedelta(days=2), None, when),
        ],
    )
    repos.profiles.update(ana.id, flags=["F1"], weekly_target_min=90, last_screening="2016-01-02")
    repos.profiles.set_thresholds(ana.id, {"pain_max": 4})
    repos.variants.add(ana.id, "p1-foundations-v2", "p1-foundations", "id = 'x'\n")
    repos.clinic.assign(ana.id, "p2-integrated")
    repos.clinic.assign(ana.id, "d1-desk-break")
    repos.clinic.set_setting("mode", "on")
    repos.cards.mark_seen(ana.id, "strength-first")
    repos.outcomes.add(ana.id, [Outcome("psfs", when, (("Running", 4), ("Sitting", 7)))])
    repos.outcomes.add(default.id, [Outcome("sbi", when, (("1", 2), ("2", 0)))])

    class Clock:
        now = 1000.0

        def __call__(self):
            return self.now

        def set(self, value):
            self.now = value

    play(history, Clock(), program="p1-foundations", until=30, profile=ana)
    history.close()
    return data


def _questions(profile_id: int, name: str) -> list[tuple[str, str, tuple, dict]]:
    since = datetime(2016, 1, 5, tzinfo=UTC)
    return [
        ("profiles", "all", (), {}),
        ("profiles", "find", (name,), {}),
        ("profiles", "find", ("nobody",), {}),
        ("profiles", "thresholds", (profile_id,), {}),
        ("clinic", "setting", ("mode",), {}),
        ("clinic", "setting", ("nothing",), {}),
        ("clinic", "assigned", (profile_id,), {}),
        ("safety", "entries", (profile_id,), {}),
        ("safety", "entries", (profile_id,), {"open_only": True}),
        ("safety", "entries", (profile_id,), {"since": datetime(2016, 1, 21, tzinfo=UTC)}),
        ("sessions", "sessions", (profile_id,), {"with_phases": False}),
        ("sessions", "latest_logged", (profile_id,), {}),
        ("sessions", "unfinished", (profile_id,), {}),
        ("sessions", "unfinished", (profile_id,), {"other_than": "p1-foundations"}),
        ("variants", "all", (profile_id,), {}),
        ("outcomes", "all", (profile_id,), {}),
        ("outcomes", "latest", (profile_id, "psfs"), {}),
        ("outcomes", "latest", (profile_id, "sbi"), {}),
        ("outcomes", "leg_symptoms_since", (profile_id, since), {}),
        ("charts", "first_session_at", (profile_id,), {}),
        ("charts", "chart_rows", (profile_id,), {}),
        ("charts", "chart_rows", (profile_id, since), {}),
        ("charts", "chart_rows", (profile_id,), {"program_id": "p1-foundations"}),
        ("cards", "seen", (profile_id,), {}),
    ]


def test_the_start_up_reads_answer_as_the_repositories_do(filled):
    repos = Repositories.on(open_database(filled))
    reads = FileReads(filled.database)
    try:
        for profile in repos.profiles.all():
            for repo, method, args, kwargs in _questions(profile.id, profile.name):
                expected = getattr(getattr(repos, repo), method)(*args, **kwargs)
                got = getattr(getattr(reads, repo), method)(*args, **kwargs)
                assert got == expected, f"{repo}.{method}{args} for {profile.name}"
        # Something of everything was there to compare.
        ana = repos.profiles.find("Ana Lima")
        assert reads.safety.entries(ana.id) and reads.variants.all(ana.id)
        assert reads.sessions.unfinished(ana.id) and reads.cards.seen(ana.id)
        since = datetime(2016, 1, 5, tzinfo=UTC)
        assert len(reads.outcomes.leg_symptoms_since(ana.id, since)) == 1
        logged = [s for s in reads.sessions.sessions(ana.id, False) if s.symptoms]
        assert logged and logged[0].symptoms.logged_at.tzinfo is UTC
        rows = reads.charts.chart_rows(ana.id)
        assert sum(r.leg_symptoms for r in rows) == 2 and rows[0].started_at.tzinfo is UTC
    finally:
        reads.close()
        repos.close()


def test_deferred_repositories_read_first_and_open_on_the_first_write(filled):
    deferred = DeferredRepositories.over(filled, prepare(filled))
    history = HistoryService(deferred)
    try:
        ana = history.profile("Ana Lima")
        assert history.repos.sessions.unfinished(ana.id)
        assert history.repos.sessions.sessions(ana.id, with_phases=False)
        assert not deferred.opened
        history.repos.profiles.set_thresholds(ana.id, {"pain_max": 5})  # a write
        assert deferred.opened
        assert history.repos.profiles.thresholds(ana.id) == {"pain_max": 5}
        history.repos.profiles.set_thresholds(ana.id, {"pain_max": 4})
    finally:
        history.close()


def test_a_question_the_reads_leave_opens_the_repositories(filled):
    deferred = DeferredRepositories.over(filled, prepare(filled))
    try:
        profile = deferred.profiles.find("default")
        with_phases = deferred.sessions.sessions(profile.id)  # phases: not a start-up read
        assert deferred.opened and with_phases[0].phases
    finally:
        deferred.close()


def test_opening_on_the_start_up_reads_loads_no_sqlalchemy(filled):
    """What the first page asks is answered without importing the database layer."""
    probe = f"""
import sys
from hamsession.services.history import HistoryService
from hamsession.storage.datadir import DataDir
from hamsession.storage.deferred import DeferredRepositories
from hamsession.storage.history_file import prepare
from pathlib import Path
data = DataDir(Path({str(filled.root)!r}))
history = HistoryService(DeferredRepositories.over(data, prepare(data)))
profile = history.profile("Ana Lima")
history.unfinished(profile)
history.sessions(profile, with_phases=False)
history.close()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
"""
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


def test_the_database_layer_opens_at_idle_time_when_asked(filled):
    history = HistoryService(DeferredRepositories.over(filled, prepare(filled)))
    try:
        history.open_storage()
        assert history.repos.opened
        history.open_storage()  # once is enough; a second call changes nothing
    finally:
        history.close()


def test_the_csv_export_reads_the_file_without_the_database_layer(filled, tmp_path):
    """`export --format csv` answers from the summary columns with sqlite3 alone, and
    writes what the database layer would have written."""
    out = tmp_path / "light.csv"
    probe = f"""
import sys
from hamsession.cli import main
code = main(["--data-dir", {str(filled.root)!r}, "export", "--profile", "Ana Lima",
             "--format", "csv", "--out", {str(out)!r}])
print(code, sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
"""
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "0 []"
    from hamsession.services.export_file import export_csv

    history = HistoryService(Repositories.on(open_database(filled)))
    try:
        assert out.read_text() == export_csv(history, history.profile("Ana Lima"))
    finally:
        history.close()
