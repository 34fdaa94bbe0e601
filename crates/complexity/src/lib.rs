//! How a solution's time grows with the size of its input: measured times
//! at growing sizes, fitted against the classes an interviewer asks about.
//!
//! Pure: points in, an estimate out. Measuring (running the solution at
//! each size, several times, taking the median) is the caller's.
//!
//! Each class is fitted as `t = a * f(n) + b` (`a`, `b` >= 0: `b` is what
//! a call costs whatever its size) by least squares on *relative* errors,
//! so that the small sizes, where times are small, weigh as much as the
//! large ones, and a machine that is uniformly slower or faster changes
//! nothing. With six points or more the worst-fitting point is left out of
//! each class's error, so one time spoiled by a busy machine cannot decide
//! the answer.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A complexity class, spelled as interviewers write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Class {
    #[serde(rename = "O(1)")]
    Constant,
    #[serde(rename = "O(log n)")]
    Logarithmic,
    #[serde(rename = "O(n)")]
    Linear,
    #[serde(rename = "O(n log n)")]
    Linearithmic,
    #[serde(rename = "O(n^2)")]
    Quadratic,
    #[serde(rename = "O(n^3)")]
    Cubic,
    #[serde(rename = "O(2^n)")]
    Exponential,
}

impl Class {
    /// Every class, slowest-growing first.
    pub const ALL: [Class; 7] = [
        Class::Constant,
        Class::Logarithmic,
        Class::Linear,
        Class::Linearithmic,
        Class::Quadratic,
        Class::Cubic,
        Class::Exponential,
    ];

    /// `O(n log n)` and so on: the only spelling the judge writes or reads.
    pub fn notation(self) -> &'static str {
        match self {
            Class::Constant => "O(1)",
            Class::Logarithmic => "O(log n)",
            Class::Linear => "O(n)",
            Class::Linearithmic => "O(n log n)",
            Class::Quadratic => "O(n^2)",
            Class::Cubic => "O(n^3)",
            Class::Exponential => "O(2^n)",
        }
    }

    /// Reads a class as [`Class::notation`] writes it (spaces and case
    /// aside, and `n²`, `n**2` for `n^2`).
    pub fn parse(text: &str) -> Option<Class> {
        let squeezed: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase()
            .replace("**", "^")
            .replace('²', "^2")
            .replace('³', "^3");
        Class::ALL
            .into_iter()
            .find(|c| c.notation().replace(' ', "").to_ascii_lowercase() == squeezed)
    }

    /// Reads a class as a person types it when asked: the notation, or
    /// without the `O( )`, or by name (`linear`, `n log n`, `nlogn`,
    /// `log(n)`, `N^2`, `quadratic`...).
    pub fn parse_claim(text: &str) -> Option<Class> {
        let squeezed: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '·' | '.'))
            .collect::<String>()
            .to_ascii_lowercase()
            .replace('²', "^2")
            .replace('³', "^3")
            .replace("lg", "log")
            .replace("log(n)", "logn");
        let inner = squeezed
            .strip_prefix("o(")
            .and_then(|rest| rest.strip_suffix(')'))
            .or_else(|| squeezed.strip_prefix("theta(").and_then(|rest| rest.strip_suffix(')')))
            .unwrap_or(&squeezed);
        let class = match inner {
            "1" | "constant" => Class::Constant,
            "logn" | "logarithmic" | "log" => Class::Logarithmic,
            "n" | "linear" => Class::Linear,
            "nlogn" | "linearithmic" | "loglinear" => Class::Linearithmic,
            "n^2" | "nn" | "n2" | "quadratic" => Class::Quadratic,
            "n^3" | "nnn" | "n3" | "cubic" => Class::Cubic,
            "2^n" | "exponential" => Class::Exponential,
            _ => return None,
        };
        Some(class)
    }

    /// Where the class stands in [`Class::ALL`].
    pub fn rank(self) -> usize {
        self as usize
    }

    /// The growth function `f(n)`.
    pub fn shape(self, n: f64) -> f64 {
        let log = n.max(2.0).log2();
        match self {
            Class::Constant => 1.0,
            Class::Logarithmic => log,
            Class::Linear => n,
            Class::Linearithmic => n * log,
            Class::Quadratic => n * n,
            Class::Cubic => n * n * n,
            Class::Exponential => n.min(1000.0).exp2(),
        }
    }

    /// Whether `other` is this class or one next to it.
    pub fn within_one_of(self, other: Class) -> bool {
        self.rank().abs_diff(other.rank()) <= 1
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.notation())
    }
}

/// One measured size: the input's size and the (median) CPU time.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub n: u64,
    pub ms: f64,
}

/// How well one class fits the points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClassFit {
    pub class: Class,
    /// `a` of `a * f(n) + b`, in ms.
    pub scale: f64,
    /// `b`, in ms.
    pub offset: f64,
    /// The root mean square of the relative errors (0.1: 10% off on
    /// average), the worst point left out when there are six or more.
    pub error: f64,
}

impl ClassFit {
    /// The fitted time at size `n`, in ms.
    pub fn at(&self, n: f64) -> f64 {
        self.scale * self.class.shape(n) + self.offset
    }
}

/// The estimate: the class that fits best, how sure the fit is, and every
/// class's fit (for a chart, or to explain the answer).
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    pub best: ClassFit,
    /// From 0 to 1: the share of the points that can each be left out
    /// without changing the estimate.
    pub confidence: f64,
    pub fits: Vec<ClassFit>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FitError {
    #[error("{0} different sizes measured: a growth needs at least {MIN_SIZES}")]
    TooFewSizes(usize),
    #[error("a time that is not a positive number ({ms} ms at n = {n})")]
    BadTime { n: u64, ms: f64 },
}

/// The fewest sizes a growth is told from.
pub const MIN_SIZES: usize = 4;

/// A class whose error is within this factor of the best one's, and grows
/// slower, is preferred: the simpler explanation, when the data cannot
/// tell them apart.
const PREFER_SIMPLER: f64 = 1.25;

/// How many times the best fit's error a class's growth must reach.
const NOISE_MULTIPLE: f64 = 4.0;

/// Fits `points` against every class. The confidence is the share of the
/// points that can each be left out without changing the answer (with only
/// the fewest points, how much worse the next best class fits).
pub fn fit(points: &[Point]) -> Result<Estimate, FitError> {
    if let Some(bad) = points.iter().find(|p| !(p.ms.is_finite() && p.ms > 0.0)) {
        return Err(FitError::BadTime { n: bad.n, ms: bad.ms });
    }
    let sizes = distinct_sizes(points);
    if sizes < MIN_SIZES {
        return Err(FitError::TooFewSizes(sizes));
    }
    let (best, fits) = choose(points);
    // each point left out in turn: does the answer stand?
    let mut trials = 0;
    let mut agreeing = 0;
    for left_out in 0..points.len() {
        let rest: Vec<Point> = (0..points.len())
            .filter(|&i| i != left_out)
            .map(|i| points[i])
            .collect();
        if distinct_sizes(&rest) >= MIN_SIZES {
            trials += 1;
            agreeing += usize::from(choose(&rest).0.class == best.class);
        }
    }
    let confidence = if trials == 0 {
        // too few points to leave one out: how far the next best fit is
        let runner_up = fits
            .iter()
            .filter(|f| f.class != best.class)
            .map(|f| f.error)
            .fold(f64::INFINITY, f64::min);
        if runner_up.is_finite() && runner_up > 0.0 {
            (1.0 - best.error / runner_up).clamp(0.0, 1.0)
        } else {
            0.0
        }
    } else {
        agreeing as f64 / trials as f64
    };
    Ok(Estimate { best, confidence, fits })
}

fn distinct_sizes(points: &[Point]) -> usize {
    let mut sizes: Vec<u64> = points.iter().map(|p| p.n).collect();
    sizes.sort_unstable();
    sizes.dedup();
    sizes.len()
}

/// The slowest-growing class that fits about as well as the best one, and
/// every class's fit.
///
/// A growing class is a candidate only if the growth it fits over the
/// sizes measured stands out of the noise (`NOISE_MULTIPLE` times the best
/// fit's error): a flat run of times with a few percent of scatter is
/// fitted a little better by a gentle slope, which is not growth.
fn choose(points: &[Point]) -> (ClassFit, Vec<ClassFit>) {
    let fits: Vec<ClassFit> = Class::ALL.into_iter().map(|class| fit_class(class, points)).collect();
    let lowest = fits.iter().map(|f| f.error).fold(f64::INFINITY, f64::min);
    let smallest = points.iter().map(|p| p.n).min().unwrap_or(0) as f64;
    let largest = points.iter().map(|p| p.n).max().unwrap_or(0) as f64;
    let grows =
        |f: &ClassFit| f.class == Class::Constant || f.at(largest) >= f.at(smallest) * (1.0 + NOISE_MULTIPLE * lowest);
    let best = *fits
        .iter()
        .find(|f| grows(f) && f.error <= lowest * PREFER_SIMPLER + 1e-12)
        .unwrap_or(&fits[0]);
    (best, fits)
}

/// `t = a f(n) + b`, a and b >= 0, minimising the relative squared errors.
fn fit_class(class: Class, points: &[Point]) -> ClassFit {
    let xs: Vec<(f64, f64)> = points.iter().map(|p| (class.shape(p.n as f64), p.ms)).collect();
    // weights 1/t^2: relative errors
    let candidates = [
        weighted_line(&xs),
        // the constraints, when the free fit breaks them: through the origin, or flat
        Some(through_origin(&xs)),
        Some((0.0, flat(&xs))),
    ];
    let (scale, offset, error) = candidates
        .into_iter()
        .flatten()
        .filter(|(a, b)| *a >= 0.0 && *b >= 0.0 && a.is_finite() && b.is_finite())
        .map(|(a, b)| (a, b, relative_error(&xs, a, b)))
        .min_by(|x, y| x.2.total_cmp(&y.2))
        .unwrap_or((0.0, flat(&xs), f64::INFINITY));
    ClassFit {
        class,
        scale,
        offset,
        error,
    }
}

/// Weighted least squares for `t = a x + b`, weights `1/t^2`; `None` when
/// the `x`s do not vary (a constant shape).
fn weighted_line(xs: &[(f64, f64)]) -> Option<(f64, f64)> {
    let (mut sw, mut sx, mut sy, mut sxx, mut sxy) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for &(x, t) in xs {
        let w = 1.0 / (t * t);
        sw += w;
        sx += w * x;
        sy += w * t;
        sxx += w * x * x;
        sxy += w * x * t;
    }
    let det = sw * sxx - sx * sx;
    if det.abs() <= f64::EPSILON * sw * sxx {
        return None;
    }
    let a = (sw * sxy - sx * sy) / det;
    let b = (sy - a * sx) / sw;
    Some((a, b))
}

fn through_origin(xs: &[(f64, f64)]) -> (f64, f64) {
    let (mut sxx, mut sxy) = (0.0, 0.0);
    for &(x, t) in xs {
        let w = 1.0 / (t * t);
        sxx += w * x * x;
        sxy += w * x * t;
    }
    (if sxx > 0.0 { sxy / sxx } else { 0.0 }, 0.0)
}

fn flat(xs: &[(f64, f64)]) -> f64 {
    let (mut sw, mut sy) = (0.0, 0.0);
    for &(_, t) in xs {
        let w = 1.0 / (t * t);
        sw += w;
        sy += w * t;
    }
    sy / sw
}

/// RMS of `(fitted - t) / t`, the worst point left out from six points on.
fn relative_error(xs: &[(f64, f64)], a: f64, b: f64) -> f64 {
    let mut squares: Vec<f64> = xs
        .iter()
        .map(|&(x, t)| {
            let r = (a * x + b - t) / t;
            r * r
        })
        .collect();
    if squares.len() >= 6 {
        squares.sort_by(f64::total_cmp);
        squares.pop();
    }
    (squares.iter().sum::<f64>() / squares.len() as f64).sqrt()
}

#[cfg(test)]
mod tests;
