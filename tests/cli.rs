//! The `analyze` example as a user runs it: files, standard input, JSON lines and errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The example binary that `cargo test` builds beside the test binaries.
fn analyze() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    let path = dir
        .join("examples")
        .join(format!("analyze{}", std::env::consts::EXE_SUFFIX));
    path.exists().then_some(path)
}

fn run(args: &[&str], stdin: &[u8]) -> Option<Output> {
    let mut child = Command::new(analyze()?)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(stdin).ok()?;
    child.wait_with_output().ok()
}

macro_rules! run_or_skip {
    ($args:expr, $stdin:expr) => {
        match run($args, $stdin) {
            Some(out) => out,
            None => {
                eprintln!("the analyze example is not built; skipped");
                return;
            }
        }
    };
}

#[test]
fn report_of_a_sample() {
    let out = run_or_skip!(&["examples/data/harbour-accord.txt"], b"");
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("Baltic ports agree on shared rules for drone inspections"));
    assert!(report.contains("MARTA KALNINA"));
}

#[test]
fn json_of_standard_input() {
    let out = run_or_skip!(
        &["--json", "-"],
        "Headline here\n\nThe body says something. It ends.".as_bytes()
    );
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["structure"]["title"]["end"], 13);
    assert_eq!(json["sentences"].as_array().unwrap().len(), 3);
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let mut input = String::new();
    for i in 0..1200 {
        if i == 700 {
            input.push_str("this is not json\n");
        } else if i == 900 {
            input.push_str("{\"id\": 900}\n");
        } else {
            input.push_str(&format!(
                "{{\"id\": {i}, \"text\": \"Line {i} says hello. Bye.\"}}\n"
            ));
        }
    }
    let out = run_or_skip!(&["--jsonl"], input.as_bytes());
    assert!(
        !out.status.success(),
        "a bad line makes the exit status fail"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("line 701:"), "{stderr}");
    assert!(stderr.contains("line 901:"), "{stderr}");
    let rows: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1200);
    for (i, row) in rows.iter().enumerate() {
        if i == 700 {
            assert!(row["id"].is_null() && row["error"].is_string());
        } else if i == 900 {
            assert_eq!(row["id"], 900);
            assert!(row["error"].as_str().unwrap().contains("text"));
        } else {
            assert_eq!(row["id"], i, "rows come back in input order");
            assert!(row["sentences"].is_array());
        }
    }
}

#[test]
fn missing_and_non_utf8_files_fail_clearly() {
    let out = run_or_skip!(&["no-such-file.txt"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read no-such-file.txt"));

    let out = run_or_skip!(&["-"], b"caf\xe9 au lait");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));

    let out = run_or_skip!(&[], b"");
    assert_eq!(out.status.code(), Some(2));
}
