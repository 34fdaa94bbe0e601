//! Colour and terminals: `--color auto` follows NO_COLOR (set and not
//! empty), CLICOLOR_FORCE and TERM=dumb; `error:` and `judge doctor` are
//! coloured by the same rules; `judge check`'s progress bar is drawn only
//! on a terminal, never as a full bar at 0/0, and not with `--no-progress`.
//! A terminal is a real pseudo-terminal, made by `script(1)`.

use std::process::{Command, Output};

use crate::support::{JUDGE, fixture, repo, shared_history, stderr, stdout};

const ESC: &str = "\x1b[";

/// `judge ARGS` with its output piped, `env` set and every colour variable
/// unset unless `env` sets it.
fn piped(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(JUDGE);
    command.args(args).current_dir(repo()).env("JUDGE_DB", shared_history());
    for name in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR", "TERM"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().expect("the judge binary runs")
}

/// `judge ARGS` on a pseudo-terminal (stdout and stderr both), with `env`:
/// everything the terminal showed.
fn on_terminal(args: &[&str], env: &[(&str, &str)]) -> String {
    let quoted: Vec<String> = std::iter::once(JUDGE)
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect();
    let mut command = Command::new("script");
    command
        .args(["-qec", &quoted.join(" "), "/dev/null"])
        .current_dir(repo())
        .env("JUDGE_DB", shared_history())
        .env("TERM", "xterm-256color");
    for name in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    let out = command.output().expect("script(1) runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn good_bank() -> String {
    fixture("banks/good").to_string_lossy().into_owned()
}

#[test]
fn auto_colour_follows_the_environment() {
    let list = ["list", "--bank", &good_bank()];
    assert!(on_terminal(&list, &[]).contains(ESC), "a terminal gets colour");
    assert!(!on_terminal(&list, &[("TERM", "dumb")]).contains(ESC), "TERM=dumb");
    assert!(!on_terminal(&list, &[("NO_COLOR", "1")]).contains(ESC), "NO_COLOR=1");
    assert!(
        on_terminal(&list, &[("NO_COLOR", "")]).contains(ESC),
        "an empty NO_COLOR is unset"
    );

    assert!(!stdout(&piped(&list, &[])).contains(ESC), "a pipe gets none");
    assert!(
        stdout(&piped(&list, &[("CLICOLOR_FORCE", "1")])).contains(ESC),
        "CLICOLOR_FORCE"
    );
    assert!(!stdout(&piped(&list, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")])).contains(ESC));
    // the flag wins over the environment
    let never = ["list", "--bank", &good_bank(), "--color", "never"];
    assert!(!on_terminal(&never, &[("CLICOLOR_FORCE", "1")]).contains(ESC));
    let always = ["list", "--bank", &good_bank(), "--color", "always"];
    assert!(stdout(&piped(&always, &[("NO_COLOR", "1")])).contains(ESC));
}

#[test]
fn error_is_coloured_by_the_same_rules() {
    let args = ["run", "no-such-problem", "no-such-solution.py"];
    let plain = stderr(&piped(&args, &[]));
    assert_eq!(plain, "error: no-such-problem: the problem directory is missing\n");
    let forced = stderr(&piped(&args, &[("CLICOLOR_FORCE", "1")]));
    assert!(forced.starts_with(ESC) && forced.contains("error:"), "{forced:?}");
    assert!(on_terminal(&args, &[]).contains(&format!("{ESC}1m{ESC}31merror:")));
    assert!(!on_terminal(&args, &[("NO_COLOR", "1")]).contains(ESC));
    let never = ["run", "--color", "never", "no-such-problem", "no-such-solution.py"];
    assert_eq!(stderr(&piped(&never, &[("CLICOLOR_FORCE", "1")])), plain);
    let always = ["run", "--color", "always", "no-such-problem", "no-such-solution.py"];
    assert!(stderr(&piped(&always, &[])).starts_with(ESC));
}

#[test]
fn doctor_is_coloured_on_request() {
    let coloured = stdout(&piped(&["doctor", "--color", "always"], &[]));
    assert!(coloured.contains(&format!("{ESC}32mblocked")), "{coloured}");
    let plain = stdout(&piped(&["doctor"], &[]));
    assert!(!plain.contains(ESC) && plain.contains("blocked"), "{plain}");
}

#[test]
fn the_progress_bar_is_only_on_a_terminal_and_never_full_at_zero() {
    let check = ["check", "--format", "json", "--jobs", "2", &good_bank()];
    let shown = on_terminal(&check, &[]);
    assert!(shown.contains("/12 runs"), "a terminal shows the bar: {shown:?}");
    assert!(!shown.contains("0/0"), "a bar at 0/0: {shown:?}");
    assert!(shown.contains(" left"), "an ETA: {shown:?}");

    let mut quiet = check.to_vec();
    quiet.push("--no-progress");
    let shown = on_terminal(&quiet, &[]);
    assert!(!shown.contains(" runs") && !shown.contains("planning"), "{shown:?}");
    assert!(shown.trim_start().starts_with('{'), "{shown:?}");

    let shown = on_terminal(&check, &[("TERM", "dumb")]);
    assert!(!shown.contains(" runs"), "TERM=dumb: {shown:?}");

    let out = piped(&check, &[]);
    assert_eq!(stderr(&out), "", "no bar on a piped stderr");
}
