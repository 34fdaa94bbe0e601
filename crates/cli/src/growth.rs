//! `judge run --complexity`: the solution's growth measured by the engine,
//! put in the report, and drawn (`--plot FILE.svg`, with plotters).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use judge_engine::{Engine, GrowthError, GrowthOptions, Submission};
use judge_problem::Problem;
use judge_report::{FittedCurve, GrowthReport};
use plotters::prelude::*;

/// Measures `solution`'s growth on `problem`. A solution that fails at some
/// size is reported with no estimate and why; a broken generator is the
/// problem's author's error.
pub fn measure(engine: &Engine, problem: &Problem, solution: &Submission) -> anyhow::Result<GrowthReport> {
    let expected = problem.config.complexity.as_ref().map(|spec| spec.expected);
    match engine.measure_growth(problem, solution, GrowthOptions::default()) {
        Ok(growth) => {
            let (estimate, confidence, fit) = match &growth.estimate {
                Ok(e) => (
                    Some(e.best.class),
                    Some(e.confidence),
                    Some(FittedCurve {
                        scale: e.best.scale,
                        offset: e.best.offset,
                    }),
                ),
                Err(_) => (None, None, None),
            };
            Ok(GrowthReport {
                estimate,
                confidence,
                points: growth.points.iter().map(|p| [p.n as f64, p.ms]).collect(),
                expected,
                fit,
                stopped: growth.stopped.or_else(|| growth.estimate.err().map(|e| e.to_string())),
            })
        }
        Err(GrowthError::SolutionFailed { n, what }) => Ok(GrowthReport {
            estimate: None,
            confidence: None,
            points: Vec::new(),
            expected,
            fit: None,
            stopped: Some(format!("not measured: at n = {n} the solution {what}")),
        }),
        Err(e @ GrowthError::NotMeasured(_)) => Err(e.into()),
        Err(GrowthError::Generator(e)) => Err(anyhow::Error::new(e).context(problem.dir.display().to_string())),
        Err(e @ GrowthError::Runner(_)) => Err(e.into()),
    }
}

/// The chart, what the problem expects, why measuring stopped early, and
/// the picture written to `plot`.
pub fn show(out: &mut dyn Write, growth: &GrowthReport, plot: Option<&Path>, title: &str) -> anyhow::Result<()> {
    writeln!(out, "{}", judge_render::growth_chart(growth).join("\n"))?;
    if let Some(expected) = growth.expected {
        writeln!(out, "The problem expects {expected} of an accepted solution.")?;
    }
    if let Some(why) = &growth.stopped {
        writeln!(out, "({why})")?;
    }
    if let Some(path) = plot {
        write_plot(path, growth, title)?;
        writeln!(out, "Picture: {}", path.display())?;
    }
    Ok(())
}

/// Refuses `--complexity` on a problem that does not measure growth.
pub fn require_measured(problem: &Problem) -> anyhow::Result<()> {
    if problem.config.complexity.is_none() {
        bail!(
            "{}: this problem has no [complexity] table in its problem.toml, so its solutions' growth is not measured (docs/problem-format.md, \"Measured complexity\")",
            problem.dir.display()
        );
    }
    Ok(())
}

/// The measured points and the fitted curve as an SVG picture.
pub fn write_plot(path: &Path, report: &GrowthReport, title: &str) -> anyhow::Result<()> {
    draw(path, report, title)
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| format!("{}: cannot draw the picture", path.display()))
}

fn draw(path: &Path, report: &GrowthReport, title: &str) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::new(path, (720, 440)).into_drawing_area();
    root.fill(&WHITE)?;
    let ns: Vec<f64> = report.points.iter().map(|p| p[0]).collect();
    let (first, last) = (
        ns.iter().copied().fold(f64::INFINITY, f64::min).max(1.0),
        ns.iter().copied().fold(1.0, f64::max),
    );
    let curve: Vec<(f64, f64)> = (0..=100)
        .filter_map(|i| {
            let n = (first.log2() + (last.log2() - first.log2()) * f64::from(i) / 100.0).exp2();
            report.fitted_ms(n).map(|ms| (n, ms))
        })
        .collect();
    let top = report
        .points
        .iter()
        .map(|p| p[1])
        .chain(curve.iter().map(|c| c.1))
        .fold(0.0, f64::max)
        .max(1e-3)
        * 1.1;
    let caption = match report.estimate {
        Some(class) => format!("{title}: {class}"),
        None => format!("{title}: not enough sizes to tell"),
    };
    let mut chart = ChartBuilder::on(&root)
        .caption(caption, ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(64)
        .build_cartesian_2d((first..last * 1.05).log_scale(), 0.0..top)?;
    chart
        .configure_mesh()
        .x_desc("n (input size)")
        .y_desc("CPU time (ms, median)")
        .draw()?;
    if !curve.is_empty() {
        let label = report
            .estimate
            .map_or_else(|| "fitted".to_owned(), |c| format!("fitted {c}"));
        chart
            .draw_series(LineSeries::new(curve, BLUE.stroke_width(2)))?
            .label(label)
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE.stroke_width(2)));
    }
    chart
        .draw_series(report.points.iter().map(|p| Circle::new((p[0], p[1]), 4, RED.filled())))?
        .label("measured")
        .legend(|(x, y)| Circle::new((x + 10, y), 4, RED.filled()));
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
