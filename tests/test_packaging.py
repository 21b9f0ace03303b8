"""`pip install .` (not editable) into a fresh virtualenv works from another folder: the ontology,
data files, queries and HTML template ship inside the wheel."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], check=True)
    (whl,) = dist.glob("kg-*.whl")
    return whl


def test_wheel_ships_ontology_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ["kg/ontology.ttl", "kg/shapes.ttl", "kg/data/teams.tsv", "kg/data/cities.tsv", "kg/data/vocab.json", "kg/data/acts.json",
                     "kg/queries/teams.rq", "kg/templates/graph.html"]:
        assert required in names
    assert zipfile.ZipFile(wheel).read("kg/ontology.ttl") == (ROOT / "ontology.ttl").read_bytes()
    assert zipfile.ZipFile(wheel).read("kg/shapes.ttl") == (ROOT / "shapes.ttl").read_bytes()


@pytest.mark.slow
def test_fresh_virtualenv_builds_the_seeds_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, str(wheel)], check=True, timeout=900)
    work = tmp_path / "elsewhere"
    work.mkdir()
    proc = subprocess.run([str(venv / "bin" / "kg"), "build", str(ROOT / "seeds"), "-o", "out"], cwd=work,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (work / "out" / "graph.trig").stat().st_size > 1000 and (work / "out" / "graph.html").is_file()
    proc = subprocess.run([str(venv / "bin" / "kg"), "query", "teams", "--data", "out", "-f", "csv"], cwd=work,
                          capture_output=True, text=True, timeout=300)
    assert "001_43eeb8a8b31cb446.txt,Japan" in proc.stdout
