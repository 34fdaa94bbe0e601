//! End-to-end tests: the real `judge` binary on real problems and fixture
//! problems, with real Python. One test binary (fast to link).

mod annotations;
mod bank;
mod check;
mod cli;
mod complexity;
mod differential;
mod fail_fast;
mod floors;
mod honest;
mod hostile;
mod import;
mod interactive;
mod interpreter;
mod json_errors;
mod malformed;
mod mutants;
mod output;
mod practice;
mod practice_signals;
mod reaping;
mod reasoning;
mod sandbox_unittest;
mod selecting;
mod shard;
mod support;
mod terminal;
mod tests_kind;
mod token_options;
mod validators;
mod verdicts;
mod words;
