//! `judge doctor`: which sandbox layers this machine offers, each proved by
//! a probe that attacks through the real process runner.

use std::io::Write;
use std::sync::Arc;

use anyhow::Context;
use judge_model::{Call, CaseInput, Value};
use judge_runner::{CaseStatus, HarnessFile, Interpreter, Job, JobKind, JobLimits, ProcessRunner, RunEvent, Runner};

use crate::exit;
use crate::paint::Paint;

/// Each attack the probe makes: a name, and Python that must raise.
const ATTACKS: &[(&str, &str)] = &[
    ("read a file outside the sandbox", "open('/etc/hostname').read()"),
    (
        "write outside the working directory",
        "open('/tmp/judge-doctor-probe', 'w').write('x')",
    ),
    (
        "open a TCP connection",
        "__import__('socket').create_connection(('127.0.0.1', 9), 1)",
    ),
    ("open a UDP socket", "__import__('socket').socket(2, 2)"),
    ("start a process", "__import__('os').fork()"),
    (
        "signal the judge",
        "__import__('os').kill(__import__('os').getppid(), 0)",
    ),
    ("leave the process group", "__import__('os').setsid()"),
    (
        "ptrace",
        "__import__('ctypes').CDLL(None, use_errno=True).ptrace(16, __import__('os').getppid(), 0, 0) and (_ for _ in ()).throw(OSError())",
    ),
    (
        "create System V shared memory",
        "__import__('ctypes').CDLL(None, use_errno=True).shmget(0, 4096, 0o1600) < 0 and (_ for _ in ()).throw(OSError())",
    ),
    (
        "memory outside the limit (memfd)",
        "__import__('os').memfd_create('judge-doctor-probe')",
    ),
    (
        "renice the judge",
        "(lambda os: os.setpriority(0, os.getppid(), os.getpriority(0, os.getppid())))(__import__('os'))",
    ),
    (
        "run as root",
        "__import__('os').getuid() and (_ for _ in ()).throw(PermissionError())",
    ),
    (
        "change a host file's mode (chmod)",
        "(lambda os, sys: os.chmod(sys.executable, os.stat(sys.executable).st_mode & 0o7777))(__import__('os'), __import__('sys'))",
    ),
    (
        "watch hidden paths (inotify)",
        "__import__('ctypes').CDLL(None, use_errno=True).inotify_init1(0) < 0 and (_ for _ in ()).throw(OSError())",
    ),
];

fn probe_source() -> String {
    let mut src = String::from("def probe(i):\n    attacks = [\n");
    for (_, code) in ATTACKS {
        src.push_str(&format!("        lambda: {code},\n"));
    }
    src.push_str(
        "    ]\n    try:\n        attacks[i]()\n    except BaseException as e:\n        \
         return 'blocked: %s' % type(e).__name__\n    return 'ALLOWED'\n",
    );
    src
}

pub fn run(python: Interpreter, p: Paint) -> anyhow::Result<u8> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "Python: {} ({})", python.path.display(), python.version_text())?;
    let embedded = if cfg!(feature = "embedded") {
        "built in (--runner embedded; trusted code only)"
    } else {
        "not built (feature `embedded`)"
    };
    writeln!(out, "Embedded runner: {embedded}")?;

    let harness = Arc::new(HarnessFile::write().context("cannot write the Python harness")?);
    let runner = ProcessRunner::new(python, harness);
    writeln!(out, "\n{}", p.bold("Sandbox layers of the process runner:"))?;
    for layer in runner.sandbox().layers() {
        let (mark, why) = match &layer.missing {
            None => (p.green("on "), String::new()),
            Some(why) => (p.yellow("OFF"), format!(" ({why})")),
        };
        writeln!(out, "  {mark}  {:<22} {}{why}", layer.name, layer.defends)?;
    }
    writeln!(
        out,
        "  {}   {:<22} not used: memory is capped by address space (rlimits), processes by seccomp (docs/sandbox.md)",
        p.dim("--"),
        "cgroups"
    )?;
    writeln!(
        out,
        "  {}   {:<22} not used: the harness would be its pid 1, which ignores SIGPROF (the CPU timer); seccomp refuses new processes, Landlock hides /proc (docs/sandbox.md)",
        p.dim("--"),
        "PID namespace"
    )?;

    writeln!(out, "\n{}", p.bold("A probe attacking through the sandbox:"))?;
    let job = Job {
        solution: judge_runner::Submission::from_bytes("probe.py", probe_source().into_bytes()),
        kind: JobKind::Function { entry: "probe".into() },
        cases: (0..ATTACKS.len())
            .map(|i| {
                CaseInput::Call(Call {
                    args: vec![Value::int(i as i64)],
                    kwargs: vec![],
                })
            })
            .collect(),
        exceptions_expected: vec![],
        limits: JobLimits {
            cpu_ms: 2000,
            wall_ms: 4000,
            memory_bytes: 512 << 20,
            output_bytes: 1 << 16,
        },
        site_packages: false,
        driver: None,
        forbid: Vec::new(),
        interaction: None,
        stop_at_timeout: false,
        stop: judge_runner::StopSignal::default(),
    };
    let mut results = vec![String::from("no answer"); ATTACKS.len()];
    runner.run(&job, &mut |event| {
        if let RunEvent::Case { index, outcome } = event {
            results[index] = match outcome.status {
                CaseStatus::Returned(Value::Str(s)) => s,
                other => format!("{other:?}"),
            };
        }
    })?;
    let mut allowed = 0;
    for ((name, _), result) in ATTACKS.iter().zip(&results) {
        let shown = if result.starts_with("blocked") {
            p.green(result)
        } else {
            allowed += 1;
            p.red(result)
        };
        writeln!(out, "  {:<38} {shown}", name)?;
    }
    let _ = std::fs::remove_file("/tmp/judge-doctor-probe");
    if allowed > 0 {
        writeln!(
            out,
            "\n{}",
            p.red(&format!(
                "{allowed} attack(s) got through: see the layers that are OFF above."
            ))
        )?;
        return Ok(exit::REJECTED);
    }
    writeln!(out, "\n{}", p.green("Every attack was blocked."))?;
    Ok(exit::ACCEPTED)
}
