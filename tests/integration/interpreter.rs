//! The interpreter probe is cached for pyenv shims too, keyed by what the
//! shim picks its version from (docs/performance.md, "The interpreter
//! probe").

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{JUDGE, repo, shared_history, stderr};

/// The real Python behind `python3` on PATH.
fn real_python() -> PathBuf {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 on PATH");
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

/// A scratch home for one test: `bin/` (put first on PATH), a cache, a
/// project directory (the judge's working directory) and a pyenv root.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["bin", "cache", "project/sub", "root"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        Scratch { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn calls(&self) -> usize {
        std::fs::read_to_string(self.path("calls")).map_or(0, |t| t.lines().count())
    }

    /// `judge run` of an accepted solution from `project/sub`, with `path`
    /// first on PATH and no JUDGE_PYTHON.
    fn judge_run(&self, first_on_path: &Path, vars: &[(&str, &str)]) {
        let problem = repo().join("problems/junior/palindrome");
        let solution = problem.join("solutions/accepted/filter_and_reverse.py");
        let path = std::env::join_paths(
            std::iter::once(first_on_path.to_owned()).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
        )
        .unwrap();
        let mut cmd = Command::new(JUDGE);
        cmd.args(["run", "--format", "json"])
            .arg(&problem)
            .arg(&solution)
            .current_dir(self.path("project/sub"))
            .env("PATH", path)
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("JUDGE_DB", shared_history())
            .env_remove("JUDGE_PYTHON")
            .env_remove("PYENV_VERSION")
            .env_remove("PYENV_DIR");
        for (name, value) in vars {
            cmd.env(name, value);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
}

#[test]
fn a_pyenv_shim_is_probed_once_until_what_it_reads_changes() {
    let s = Scratch::new();
    // a stand-in for a pyenv shim, for machines without pyenv: it counts its
    // calls and runs the real python
    let shim = s.path("bin/python3");
    std::fs::write(
        &shim,
        format!(
            "#!/bin/sh\n# a fake pyenv shim\nexport PYENV_ROOT=\"{root}\"\necho call >> \"{calls}\"\nexec \"{real}\" \"$@\"\n",
            root = s.path("root").display(),
            calls = s.path("calls").display(),
            real = real_python().display(),
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&shim, std::fs::Permissions::from_mode(0o755)).unwrap();
    let bin = s.path("bin");

    let mut expected = 0;
    let mut runs = |vars: &[(&str, &str)], probes: usize, why: &str| {
        for _ in 0..2 {
            s.judge_run(&bin, vars);
        }
        expected += probes;
        assert_eq!(s.calls(), expected, "two runs {why}");
    };
    runs(&[], 1, "probe the shim once");
    runs(
        &[("PYENV_VERSION", "3.11")],
        1,
        "with PYENV_VERSION set probe again, once",
    );
    runs(
        &[("PYENV_VERSION", "3.12")],
        1,
        "with PYENV_VERSION changed probe again, once",
    );
    std::fs::write(s.path("project/.python-version"), "3.11\n").unwrap();
    runs(&[], 1, "with a .python-version above the directory probe again, once");
    std::fs::write(s.path("project/.python-version"), "3.12\n").unwrap();
    runs(&[], 1, "with the .python-version changed probe again, once");
    std::fs::remove_file(s.path("project/.python-version")).unwrap();
    std::fs::write(s.path("root/version"), "3.12\n").unwrap();
    runs(&[], 1, "with the global version file written probe again, once");
    std::fs::write(s.path("project/sub/.python-version"), "3.12\n").unwrap();
    runs(&[], 1, "with a .python-version in the directory probe again, once");
}

#[test]
fn a_real_pyenv_shim_is_probed_once() {
    // pyenv's own shim; counted by an exec hook (PYENV_HOOK_PATH)
    let Some(shims) = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")))
        .map(|root| root.join("shims"))
        .filter(|shims| shims.join("python3").is_file())
    else {
        eprintln!("no pyenv here: skipped (the fake shim test covers the rule)");
        return;
    };
    let s = Scratch::new();
    std::fs::create_dir_all(s.path("hooks/exec")).unwrap();
    std::fs::write(
        s.path("hooks/exec/count.bash"),
        format!("echo call >> \"{}\"\n", s.path("calls").display()),
    )
    .unwrap();
    let hooks = s.path("hooks");
    let hooks = hooks.to_str().unwrap();
    for _ in 0..3 {
        s.judge_run(&shims, &[("PYENV_HOOK_PATH", hooks)]);
    }
    assert_eq!(s.calls(), 1, "three runs through pyenv's shim probe once");
}
