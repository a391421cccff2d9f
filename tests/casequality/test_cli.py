"""`careassure quality check` command line."""

import json

from casequality.cli import main


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_file_writes_one_line_per_document_in_order(tmp_path):
    src = _write(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "b", "kind": "oversight", "text": "Noted. Agree."}),
            json.dumps({"id": "a", "kind": "action", "text": "SW to visit monthly."}),
            json.dumps(
                {
                    "id": 3,
                    "kind": "supervision",
                    "text": "Actions: SW to update chronology.",
                    "previous_text": "Actions: SW to update the chronology.",
                }
            ),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main([str(src), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["b", "a", 3]
    assert [f["code"] for f in rows[0]["flags"]] == ["OVERSIGHT_NO_RATIONALE"]
    assert rows[1]["flags"] == []
    repeat = [f for f in rows[2]["flags"] if f["code"] == "SUPERVISION_REPEATED_ACTIONS"]
    assert repeat[0]["action_index"] == 0
    assert set(repeat[0]) == {"code", "action_index", "evidence", "explanation"}
    assert isinstance(repeat[0]["evidence"], str)


def test_bad_lines_are_reported_and_the_rest_still_run(tmp_path, capsys):
    src = _write(
        tmp_path / "in.jsonl",
        [
            "not json",
            json.dumps({"id": 1, "kind": "action"}),
            json.dumps({"id": 2, "kind": "memo", "text": "x"}),
            json.dumps({"id": 3, "kind": "action", "text": "Continue to support."}),
        ],
    )
    assert main([str(src)]) == 1
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in rows] == [3]
    assert len(rows[0]["flags"]) == 3
    assert "line 1: not valid JSON" in captured.err
    assert "line 2: missing text" in captured.err
    assert "line 3: unknown kind 'memo'" in captured.err


def test_unreadable_input_exits_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_worker_processes_give_the_same_output_in_the_same_order(tmp_path, capsys):
    lines = []
    for n in range(60):
        lines.append(json.dumps({"id": n, "kind": "action", "text": f"Continue to support {n}."}))
        lines.append(json.dumps({"id": f"o{n}", "kind": "oversight", "text": "Noted. Agree."}))
    lines.insert(7, "{not json")
    src = _write(tmp_path / "in.jsonl", lines)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main([str(src), "--out", str(one)]) == 1
    assert main([str(src), "--out", str(two), "--jobs", "2"]) == 1
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert len(two.read_text(encoding="utf-8").splitlines()) == 120
    # the bad line is named once per run, whatever the number of workers
    assert capsys.readouterr().err.count("line 8: not valid JSON") == 2


def test_jobs_must_be_a_whole_number_of_zero_or_more(tmp_path, capsys):
    src = _write(tmp_path / "in.jsonl", [json.dumps({"id": 1, "kind": "action", "text": "x"})])
    for bad in ("-1", "two"):
        try:
            main([str(src), "--jobs", bad])
        except SystemExit as exc:
            assert exc.code == 2
        else:
            raise AssertionError(f"--jobs {bad} was accepted")
    assert "--jobs" in capsys.readouterr().err
    assert main([str(src), "--jobs", "0"]) == 0  # one worker per CPU
