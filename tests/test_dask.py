"""timeline.dask on a real LocalCluster (2 worker processes): same events as one process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import first_difference
from test_parallel import write_corpus
from typer.testing import CliRunner

pytest.importorskip("dask.bag", reason="needs the dask extra: pip install 'timeline[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="needs the dask extra: pip install 'timeline[dask]'"
)

from timeline.cli import app  # noqa: E402
from timeline.dask import run_on_dask  # noqa: E402
from timeline.pipeline import run  # noqa: E402


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("dask") / "corpus")


@pytest.mark.parametrize("merge", [True, False], ids=["merged", "unmerged"])
def test_dask_gives_the_single_process_timeline(
    cluster: distributed.LocalCluster, corpus: Path, merge: bool
) -> None:
    with distributed.Client(cluster) as client:
        on_dask = run_on_dask([corpus], scheduler=client, merge=merge)
    alone = run([corpus], merge=merge)
    assert on_dask.timeline.events and on_dask.timeline == alone.timeline
    assert on_dask.warnings == alone.warnings


def test_build_dask_writes_the_same_events_file(
    cluster: distributed.LocalCluster, corpus: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    address = cluster.scheduler_address
    on_dask = runner.invoke(
        app, ["build", str(corpus), "-o", str(tmp_path / "d"), "--dask", address]
    )
    alone = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "p")])
    assert on_dask.exit_code == alone.exit_code == 0, on_dask.output
    ours = (tmp_path / "d" / "events.json").read_bytes()
    theirs = (tmp_path / "p" / "events.json").read_bytes()
    assert not first_difference(ours, theirs), first_difference(ours, theirs)


def test_build_dask_names_an_unreachable_scheduler_in_one_line(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline.dask.CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(
        app, ["build", str(corpus), "-o", str(tmp_path), "--dask", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("timeline: error: cannot reach the Dask scheduler at ")
    assert result.stderr.count("\n") == 1
