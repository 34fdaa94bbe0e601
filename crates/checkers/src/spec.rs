use crate::program::ProgramSpec;
use crate::{Checker, Exact, Float, TokenOptions, Tokens, Unordered};

/// The `[checker]` table of problem.toml, as `judge-problem` reads it
/// (with the line of every key, for its errors).
#[derive(Debug, Clone, PartialEq)]
pub enum CheckerSpec {
    /// The same value, type for type (see [`judge_model::Value::same`]).
    Exact,
    /// Text compared as whitespace-separated tokens, with the Kattis
    /// default validator's options.
    Tokens(TokenOptions),
    /// Numbers within a tolerance; everything else exact.
    Float { abs_tol: f64, rel_tol: f64 },
    /// Lists and tuples compared as multisets, down to `depth` levels.
    Unordered { depth: u32 },
    /// The problem's `checker.py` decides.
    Custom,
    /// An output validator, a program of the problem's run as a process of
    /// its own (`stdio` problems).
    Program(ProgramSpec),
    /// An interactor: a program of the problem's that talks to the solution
    /// while it runs and decides (`stdio` problems; always the Kattis
    /// protocol, so `protocol` is `Kattis`).
    Interactive(ProgramSpec),
}

/// `abs_tol` and `rel_tol` of the `float` checker when not given.
pub const DEFAULT_FLOAT_TOLERANCE: f64 = 1e-6;

impl CheckerSpec {
    /// The program that checks answers, or talks to the solution: an
    /// output validator or an interactor.
    pub fn program(&self) -> Option<&ProgramSpec> {
        match self {
            CheckerSpec::Program(spec) | CheckerSpec::Interactive(spec) => Some(spec),
            _ => None,
        }
    }

    pub fn is_interactive(&self) -> bool {
        matches!(self, CheckerSpec::Interactive(_))
    }

    /// The built-in checker for this spec; `None` for [`CheckerSpec::Custom`]
    /// and [`CheckerSpec::Program`], which need a process.
    pub fn builtin(&self) -> Option<Box<dyn Checker>> {
        match self {
            CheckerSpec::Exact => Some(Box::new(Exact)),
            CheckerSpec::Tokens(options) => Some(Box::new(Tokens::new(*options))),
            CheckerSpec::Float { abs_tol, rel_tol } => Some(Box::new(Float::new(*abs_tol, *rel_tol))),
            CheckerSpec::Unordered { depth } => Some(Box::new(Unordered::new(*depth))),
            CheckerSpec::Custom | CheckerSpec::Program(_) | CheckerSpec::Interactive(_) => None,
        }
    }

    /// A problem of a given kind with no `[checker]` table gets this.
    pub fn default_for_text(is_text_output: bool) -> CheckerSpec {
        if is_text_output {
            CheckerSpec::Tokens(TokenOptions::default())
        } else {
            CheckerSpec::Exact
        }
    }

    /// The `type` as problem.toml writes it.
    pub fn type_name(&self) -> &'static str {
        match self {
            CheckerSpec::Exact => "exact",
            CheckerSpec::Tokens(_) => "tokens",
            CheckerSpec::Float { .. } => "float",
            CheckerSpec::Unordered { .. } => "unordered",
            CheckerSpec::Custom => "custom",
            CheckerSpec::Program(_) => "program",
            CheckerSpec::Interactive(_) => "interactive",
        }
    }
}
