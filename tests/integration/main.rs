//! End-to-end tests: the real `judge` binary on real problems and fixture
//! problems, with real Python. One test binary (fast to link).

mod bank;
mod check;
mod differential;
mod fail_fast;
mod honest;
mod hostile;
mod interactive;
mod interpreter;
mod malformed;
mod output;
mod practice;
mod reaping;
mod sandbox_unittest;
mod shard;
mod support;
mod token_options;
mod validators;
mod verdicts;
