//! Measured complexity in a report (`judge run --complexity`).

use judge_complexity::Class;
use serde::{Deserialize, Serialize};

/// How the solution's CPU time grew with the size of its input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrowthReport {
    /// The class that fits best, spelled as `O(n log n)`; `null` when too
    /// few sizes were measured.
    pub estimate: Option<Class>,
    /// From 0 to 1: the share of the points that can each be left out
    /// without changing the estimate.
    pub confidence: Option<f64>,
    /// `[n, cpu_ms]` for each size measured, the median of its runs.
    pub points: Vec<[f64; 2]>,
    /// The class problem.toml expects of an accepted solution.
    pub expected: Option<Class>,
    /// The fitted curve, `cpu_ms = scale * f(n) + offset`.
    pub fit: Option<FittedCurve>,
    /// Why the measuring stopped before the largest size, if it did.
    pub stopped: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FittedCurve {
    pub scale: f64,
    pub offset: f64,
}

impl GrowthReport {
    /// The fitted time at size `n`, in ms.
    pub fn fitted_ms(&self, n: f64) -> Option<f64> {
        let (class, fit) = (self.estimate?, self.fit?);
        Some(fit.scale * class.shape(n) + fit.offset)
    }
}
