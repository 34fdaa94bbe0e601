//! submissions/ → solutions/: the folder names, Python 3 submissions kept
//! (a directory becomes one file, with its other modules and the
//! package's include/ modules inlined), everything else listed as skipped.

use std::collections::{BTreeMap, BTreeSet};

use serde_norway::Value;

/// The judge's solutions folder for a Kattis submissions folder, and a note
/// when the meaning shifts.
pub fn map_folder(kattis: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match kattis {
        "accepted" => ("accepted", None),
        "wrong_answer" => ("wrong_answer", None),
        "time_limit_exceeded" => ("time_limit_exceeded", None),
        "run_time_error" => ("runtime_error", None),
        "memory_limit_exceeded" => ("memory_limit_exceeded", None),
        "output_limit_exceeded" => ("output_limit_exceeded", None),
        "compile_error" => ("compile_error", None),
        "rejected" => ("rejected", None),
        "slow_accepted" => ("slow_accepted", None),
        "brute_force" => ("brute_force", None),
        "partially_accepted" => (
            "rejected",
            Some(
                "partially_accepted → rejected: partial scores are out of scope, the judge only checks that some test fails",
            ),
        ),
        _ => return None,
    })
}

/// The language of a source file, by its extension.
fn language(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "py" => "Python",
        "c" => "C",
        "cc" | "cpp" | "cxx" | "c++" | "C" | "h" | "hpp" => "C++",
        "java" => "Java",
        "kt" => "Kotlin",
        "scala" => "Scala",
        "cs" => "C#",
        "go" => "Go",
        "hs" => "Haskell",
        "js" => "JavaScript",
        "ts" => "TypeScript",
        "lisp" | "cl" => "Lisp",
        "ml" => "OCaml",
        "php" => "PHP",
        "rb" => "Ruby",
        "rs" => "Rust",
        "pl" => "Prolog or Perl",
        "pas" => "Pascal",
        "swift" => "Swift",
        "f90" | "f" => "Fortran",
        "lua" => "Lua",
        _ => "other",
    }
}

/// What the import needs of one submission.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// `solutions/<folder>/<name>.py`.
    pub dest: String,
    pub source: Vec<u8>,
    /// The Kattis path it comes from.
    pub from: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubmissionMapping {
    pub kept: Vec<Kept>,
    /// `path: why`, sorted.
    pub skipped: Vec<String>,
    /// Skipped submissions per language.
    pub skipped_languages: BTreeMap<String, usize>,
    pub notes: Vec<String>,
}

/// A submission: one file, or a directory of files.
#[derive(Debug)]
struct Program<'a> {
    /// `submissions/accepted/x.py` or `submissions/accepted/dir`.
    path: String,
    folder: &'a str,
    files: Vec<(&'a str, &'a [u8])>,
}

/// Whether a Python source looks like Python 2 by its name or first line.
fn python2_by_look(path: &str, source: &[u8]) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let first = source.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let first = String::from_utf8_lossy(first);
    name.contains("py2") || (first.starts_with("#!") && first.contains("python2"))
}

/// Maps the submissions. `files` holds the package's files (path → bytes);
/// `submissions_yaml` is submissions/submissions.yaml parsed, if present;
/// `includes` are the modules of include/python3 and include/default
/// (module name → source); `compiles` says whether Python 3 compiles a
/// source (the caller runs Python).
pub fn map_submissions(
    files: &BTreeMap<String, Vec<u8>>,
    submissions_yaml: Option<&Value>,
    includes: &BTreeMap<String, String>,
    compiles: &dyn Fn(&[u8]) -> bool,
) -> SubmissionMapping {
    let mut out = SubmissionMapping::default();
    // group files into programs: a file directly in a folder, or a directory
    let mut programs: BTreeMap<String, Program> = BTreeMap::new();
    for (path, bytes) in files {
        let Some(rest) = path.strip_prefix("submissions/") else {
            continue;
        };
        let parts: Vec<&str> = rest.split('/').collect();
        if parts.len() < 2 {
            continue; // submissions.yaml, a README
        }
        let key = format!("submissions/{}/{}", parts[0], parts[1]);
        programs
            .entry(key.clone())
            .or_insert_with(|| Program {
                path: key,
                folder: parts[0],
                files: Vec::new(),
            })
            .files
            .push((path.as_str(), bytes.as_slice()));
    }
    let mut folder_notes = BTreeSet::new();
    let mut taken = BTreeSet::new();
    for program in programs.values() {
        let mut skip = |why: String, lang: &str| {
            out.skipped.push(format!("{}: {why}", program.path));
            *out.skipped_languages.entry(lang.to_owned()).or_default() += 1;
        };
        let meta = yaml_for(submissions_yaml, &program.path);
        let Some((folder, note)) = map_folder(program.folder) else {
            skip(
                format!("the folder `{}` has no counterpart in the judge", program.folder),
                "any",
            );
            continue;
        };
        if let Some(note) = note {
            folder_notes.insert(note);
        }
        let declared = meta.language.as_deref();
        let single = program.files.len() == 1 && program.files[0].0 == program.path;
        // the entry point: the file itself, `entrypoint`, main.py, or the one .py
        let py: Vec<&(&str, &[u8])> = program.files.iter().filter(|(p, _)| p.ends_with(".py")).collect();
        let entry = if single {
            Some(&program.files[0])
        } else if let Some(e) = &meta.entrypoint {
            program.files.iter().find(|(p, _)| p.ends_with(&format!("/{e}")))
        } else {
            py.iter()
                .find(|(p, _)| p.ends_with("/main.py"))
                .copied()
                .or(if py.len() == 1 { Some(py[0]) } else { None })
        };
        let lang = match (declared, entry) {
            (Some(l), _) if l.starts_with("python2") => "Python 2",
            (Some(l), _) if !l.starts_with("python") => {
                skip(format!("language `{l}` (submissions.yaml)"), l);
                continue;
            }
            (_, Some((p, _))) => language(p),
            (_, None) => language(program.files[0].0),
        };
        if lang != "Python" && lang != "Python 2" {
            skip(format!("{lang}: only Python submissions are imported"), lang);
            continue;
        }
        let Some(&(entry_path, entry_source)) = entry else {
            skip(
                "a directory without main.py or a single .py file (give `entrypoint` in submissions.yaml)".into(),
                "Python",
            );
            continue;
        };
        if lang == "Python 2" || python2_by_look(entry_path, entry_source) {
            skip(
                "Python 2 (by its name, its #! line or submissions.yaml)".into(),
                "Python 2",
            );
            continue;
        }
        let Ok(entry_text) = std::str::from_utf8(entry_source) else {
            skip("not UTF-8 text".into(), "Python");
            continue;
        };
        if !compiles(entry_source) {
            skip("does not compile under Python 3 (Python 2?)".into(), "Python 2");
            continue;
        }
        // the directory's other .py files, then the package's includes
        let mut modules: BTreeMap<String, String> = includes.clone();
        for (p, bytes) in &program.files {
            if *p != entry_path
                && let Some(stem) = p.rsplit('/').next().and_then(|n| n.strip_suffix(".py"))
            {
                modules.insert(stem.to_owned(), String::from_utf8_lossy(bytes).into_owned());
            }
        }
        for (p, _) in &program.files {
            if !p.ends_with(".py") {
                out.notes
                    .push(format!("{p}: not a Python module, dropped (a solution is one file)"));
            }
        }
        let source = with_inlined_modules(entry_text, &modules);
        let stem = program
            .path
            .rsplit('/')
            .next()
            .unwrap_or("solution")
            .trim_end_matches(".py")
            .to_owned();
        let mut dest = format!("solutions/{folder}/{stem}.py");
        let mut n = 2;
        while taken.contains(&dest) {
            dest = format!("solutions/{folder}/{stem}-{n}.py");
            n += 1;
        }
        taken.insert(dest.clone());
        if let Some(verdicts) = &meta.verdict_keys {
            out.notes.push(format!(
                "{}: submissions.yaml's {verdicts} not honoured; the folder decides",
                program.path
            ));
        }
        out.kept.push(Kept {
            dest,
            source: source.into_bytes(),
            from: program.path.clone(),
        });
    }
    out.notes.extend(folder_notes.into_iter().map(str::to_owned));
    out
}

/// What submissions.yaml says about one submission (all patterns that
/// match it, in file order).
#[derive(Debug, Default)]
struct SubmissionMeta {
    language: Option<String>,
    entrypoint: Option<String>,
    /// `permitted`, `required`, `score`... when given: not honoured.
    verdict_keys: Option<String>,
}

fn yaml_for(yaml: Option<&Value>, path: &str) -> SubmissionMeta {
    let mut meta = SubmissionMeta::default();
    let Some(map) = yaml.and_then(Value::as_mapping) else {
        return meta;
    };
    let rel = path.strip_prefix("submissions/").unwrap_or(path);
    for (pattern, value) in map {
        let Some(pattern) = pattern.as_str() else { continue };
        if !glob_matches(pattern, rel) {
            continue;
        }
        let Some(value) = value.as_mapping() else { continue };
        if let Some(l) = value.get("language").and_then(Value::as_str) {
            meta.language = Some(l.to_ascii_lowercase());
        }
        if let Some(e) = value.get("entrypoint").and_then(Value::as_str) {
            meta.entrypoint = Some(e.to_owned());
        }
        let keys: Vec<&str> = value
            .keys()
            .filter_map(Value::as_str)
            .filter(|k| !["language", "entrypoint", "authors", "model_solution"].contains(k))
            .collect();
        if !keys.is_empty() {
            meta.verdict_keys = Some(keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "));
        }
    }
    meta
}

/// Kattis' submission globs: `*` within a name, `{a,b}` alternatives; a
/// pattern matches a path or any of its parent directories.
pub fn glob_matches(pattern: &str, path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    (1..=parts.len()).any(|n| glob_full(pattern, &parts[..n].join("/")))
}

fn glob_full(pattern: &str, text: &str) -> bool {
    if let Some(open) = pattern.find('{')
        && let Some(close) = pattern[open..].find('}')
    {
        let close = open + close;
        return pattern[open + 1..close]
            .split(',')
            .any(|alt| glob_full(&format!("{}{alt}{}", &pattern[..open], &pattern[close + 1..]), text));
    }
    fn star(p: &[u8], t: &[u8]) -> bool {
        match p.split_first() {
            None => t.is_empty(),
            Some((b'*', rest)) => (0..=t.len())
                .take_while(|&k| k == 0 || t[k - 1] != b'/')
                .any(|k| star(rest, &t[k..])),
            Some((c, rest)) => t.first() == Some(c) && star(rest, &t[1..]),
        }
    }
    star(pattern.as_bytes(), text.as_bytes())
}

/// A Python string literal of `s`.
fn py_literal(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_control() || ('\u{2028}'..='\u{2029}').contains(&c) => {
                out.push_str(&format!("\\U{:08x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The finder that serves inlined modules to `import`: the judge runs one
/// file, alone in its sandbox, so a submission's other modules travel in it.
const FINDER: &str = "import sys
from importlib.machinery import ModuleSpec
class JudgeInlinedModules:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        return ModuleSpec(name, cls, origin=name + '.py') if name in SOURCES else None
    @staticmethod
    def create_module(spec):
        return None
    @staticmethod
    def exec_module(module):
        module.__file__ = module.__name__ + '.py'
        exec(compile(SOURCES[module.__name__], module.__file__, 'exec'), module.__dict__)
sys.meta_path.insert(0, JudgeInlinedModules)
";

/// The module names `source` imports (`import a, b.c`, `from a import x`).
fn imported_names(source: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in source.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("import ") {
            for part in rest.split(',') {
                if let Some(name) = part.split_whitespace().next() {
                    names.insert(name.split('.').next().unwrap_or(name).to_owned());
                }
            }
        } else if let Some(rest) = line.strip_prefix("from ")
            && let Some(name) = rest.split_whitespace().next()
        {
            names.insert(name.split('.').next().unwrap_or(name).to_owned());
        }
    }
    names
}

/// `entry` with the modules it imports (directly or through another
/// inlined module) served from one line put before its code (after any
/// `from __future__` imports), so that line numbers shift by one.
pub fn with_inlined_modules(entry: &str, modules: &BTreeMap<String, String>) -> String {
    let mut needed = BTreeSet::new();
    let mut queue: Vec<String> = imported_names(entry).into_iter().collect();
    while let Some(name) = queue.pop() {
        if let Some(source) = modules.get(&name)
            && needed.insert(name)
        {
            queue.extend(imported_names(source));
        }
    }
    if needed.is_empty() {
        return entry.to_owned();
    }
    let sources: Vec<String> = needed
        .iter()
        .map(|n| format!("{}: {}", py_literal(n), py_literal(&modules[n])))
        .collect();
    let line = format!(
        "exec({}, {{'SOURCES': {{{}}}}})  # judge import: modules inlined ({})\n",
        py_literal(FINDER),
        sources.join(", "),
        needed.iter().cloned().collect::<Vec<_>>().join(", ")
    );
    let lines: Vec<&str> = entry.split_inclusive('\n').collect();
    let after = lines
        .iter()
        .rposition(|l| l.trim_start().starts_with("from __future__"))
        .map_or(0, |i| i + 1);
    let mut out: String = lines[..after].concat();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&line);
    out.push_str(&lines[after..].concat());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        list.iter()
            .map(|(p, s)| (p.to_string(), s.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn folders_map_to_the_judges() {
        assert_eq!(map_folder("run_time_error").unwrap().0, "runtime_error");
        assert_eq!(map_folder("accepted").unwrap().0, "accepted");
        assert_eq!(map_folder("slow_accepted").unwrap().0, "slow_accepted");
        assert_eq!(map_folder("brute_force").unwrap().0, "brute_force");
        assert!(map_folder("partially_accepted").unwrap().1.is_some());
        assert_eq!(map_folder("judge_error"), None);
    }

    #[test]
    fn python2_other_languages_and_directories() {
        let f = files(&[
            ("submissions/accepted/a.py", "print(input())\n"),
            ("submissions/accepted/b_py2.py", "print input()\n"),
            ("submissions/accepted/c.py", "#!/usr/bin/env python2\nprint(1)\n"),
            ("submissions/accepted/d.py", "print 'x'\n"),
            ("submissions/accepted/e.cc", "int main(){}"),
            ("submissions/accepted/f.cpp", "int main(){}"),
            ("submissions/accepted/G.java", "class G{}"),
            ("submissions/wrong_answer/multi/main.py", "import util\nutil.go()\n"),
            ("submissions/wrong_answer/multi/util.py", "def go():\n    print(2)\n"),
            ("submissions/weird/x.py", "print(1)\n"),
        ]);
        let compiles = |s: &[u8]| !String::from_utf8_lossy(s).contains("print '");
        let m = map_submissions(&f, None, &BTreeMap::new(), &compiles);
        let kept: Vec<&str> = m.kept.iter().map(|k| k.dest.as_str()).collect();
        assert_eq!(kept, ["solutions/accepted/a.py", "solutions/wrong_answer/multi.py"]);
        assert_eq!(m.skipped_languages["C++"], 2);
        assert_eq!(m.skipped_languages["Java"], 1);
        assert_eq!(m.skipped_languages["Python 2"], 3);
        assert!(
            m.skipped
                .iter()
                .any(|s| s.starts_with("submissions/weird/x.py: the folder"))
        );
        let multi = String::from_utf8(m.kept[1].source.clone()).unwrap();
        assert!(multi.starts_with("exec('import sys\\n"), "{multi}");
        assert!(multi.ends_with("import util\nutil.go()\n"), "{multi}");
    }

    #[test]
    fn submissions_yaml_language_and_entrypoint() {
        let f = files(&[
            ("submissions/accepted/x/run.py", "import helper\n"),
            ("submissions/accepted/x/helper.py", "print(1)\n"),
            ("submissions/accepted/old.py", "print(1)\n"),
        ]);
        let yaml: Value = serde_norway::from_str(
            "accepted/x:\n  entrypoint: run.py\naccepted/old.py:\n  language: python2\naccepted/*:\n  permitted: [AC]\n",
        )
        .unwrap();
        let m = map_submissions(&f, Some(&yaml), &BTreeMap::new(), &|_| true);
        assert_eq!(m.kept.len(), 1);
        assert_eq!(m.kept[0].dest, "solutions/accepted/x.py");
        assert_eq!(m.skipped_languages["Python 2"], 1);
        assert!(m.notes.iter().any(|n| n.contains("`permitted`")), "{:?}", m.notes);
    }

    #[test]
    fn globs() {
        assert!(glob_matches("accepted/*", "accepted/a.py"));
        assert!(glob_matches("accepted", "accepted/a.py"));
        assert!(glob_matches("accepted/*.{py,cc}", "accepted/a.cc"));
        assert!(!glob_matches("accepted/*.php", "accepted/a.py"));
        assert!(!glob_matches("*", "accepted/a.py") || glob_matches("*", "accepted"));
    }

    #[test]
    fn inlining_only_what_is_imported_after_future_imports() {
        let mut modules = BTreeMap::new();
        modules.insert("include".to_owned(), "import deep\nmagic = deep.x\n".to_owned());
        modules.insert("deep".to_owned(), "x = 'it''s'\n".to_owned());
        modules.insert("unused".to_owned(), "x = 1\n".to_owned());
        let out = with_inlined_modules("from __future__ import annotations\nimport include\n", &modules);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "from __future__ import annotations");
        assert!(
            lines[1].starts_with("exec(") && lines[1].contains("(deep, include)"),
            "{}",
            lines[1]
        );
        assert!(!lines[1].contains("unused"));
        assert_eq!(lines[2], "import include");
        assert_eq!(with_inlined_modules("print(1)\n", &modules), "print(1)\n");
    }
}
