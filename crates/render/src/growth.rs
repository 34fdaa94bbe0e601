//! Measured growth for a person: the estimate in words and a small chart
//! of time against n in the terminal, the fitted curve drawn through the
//! measured points. (The picture, `--plot FILE.svg`, is drawn by the CLI
//! with a plotting crate.)

use judge_report::GrowthReport;

/// The chart's size in characters, axes aside.
const WIDTH: usize = 48;
const HEIGHT: usize = 10;

/// Lines of text: the estimate and the chart. `n` runs left to right on a
/// log scale (the sizes double), time bottom to top from 0 on a linear one,
/// so that linear growth bends up, quadratic more.
pub fn growth_chart(report: &GrowthReport) -> Vec<String> {
    let mut lines = Vec::new();
    let headline = match (&report.estimate, report.confidence) {
        (Some(estimate), Some(confidence)) => {
            format!(
                "Measured complexity: {estimate} (confidence {:.0}%)",
                confidence * 100.0
            )
        }
        _ => "Measured complexity: too few sizes to tell".to_owned(),
    };
    lines.push(headline);
    let points = &report.points;
    if points.len() < 2 {
        return lines;
    }
    let (first, last) = (points[0][0].max(1.0), points[points.len() - 1][0].max(1.0));
    let span = (last.log2() - first.log2()).max(1e-9);
    let column = |n: f64| (((n.max(1.0).log2() - first.log2()) / span) * (WIDTH - 1) as f64).round() as usize;
    let curve: Vec<f64> = (0..WIDTH)
        .map(|c| {
            let n = (first.log2() + span * c as f64 / (WIDTH - 1) as f64).exp2();
            report.fitted_ms(n).unwrap_or(f64::NAN)
        })
        .collect();
    let top = points
        .iter()
        .map(|p| p[1])
        .chain(curve.iter().copied().filter(|t| t.is_finite()))
        .fold(0.0, f64::max)
        .max(1e-9);
    let row = |ms: f64| {
        HEIGHT
            - 1
            - ((ms / top) * (HEIGHT - 1) as f64)
                .round()
                .clamp(0.0, (HEIGHT - 1) as f64) as usize
    };
    let mut grid = vec![vec![' '; WIDTH]; HEIGHT];
    for (c, &ms) in curve.iter().enumerate() {
        if ms.is_finite() {
            grid[row(ms)][c] = '·';
        }
    }
    for p in points {
        grid[row(p[1])][column(p[0]).min(WIDTH - 1)] = '●';
    }
    let label_width = format_ms(top).len();
    for (r, cells) in grid.iter().enumerate() {
        let label = match r {
            0 => format_ms(top),
            r if r == HEIGHT - 1 => format_ms(0.0),
            _ => String::new(),
        };
        lines.push(format!(
            "  {label:>label_width$} │{}",
            cells.iter().collect::<String>().trim_end()
        ));
    }
    lines.push(format!("  {:>label_width$} └{}", "", "─".repeat(WIDTH)));
    let (left, right) = (format!("n = {}", first as u64), format!("{}", last as u64));
    lines.push(format!(
        "  {:>label_width$}  {left}{}{right}",
        "",
        " ".repeat(WIDTH.saturating_sub(left.len() + right.len()))
    ));
    lines.push(format!(
        "  {:>label_width$}  ● measured (median CPU time)   · fitted {}",
        "",
        report.estimate.map_or("curve", |c| c.notation())
    ));
    lines
}

fn format_ms(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else if ms >= 10.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(points: &[(f64, f64)], estimate: &str, scale: f64) -> GrowthReport {
        GrowthReport {
            estimate: judge_complexity::Class::parse(estimate),
            confidence: Some(0.875),
            points: points.iter().map(|&(n, ms)| [n, ms]).collect(),
            expected: None,
            fit: Some(judge_report::FittedCurve { scale, offset: 0.0 }),
            stopped: None,
        }
    }

    #[test]
    fn the_chart_has_the_points_the_curve_and_the_axes() {
        let points: Vec<(f64, f64)> = (0..6)
            .map(|i| (f64::from(1000 << i), f64::from(1 << (2 * i))))
            .collect();
        let lines = growth_chart(&report(&points, "O(n^2)", 1e-6));
        assert_eq!(lines[0], "Measured complexity: O(n^2) (confidence 88%)");
        let chart = lines.join("\n");
        assert_eq!(
            chart.matches('●').count(),
            6 + 1,
            "six points and the legend's:\n{chart}"
        );
        assert!(
            chart.contains('·') && chart.contains("n = 1000") && chart.contains("32000"),
            "{chart}"
        );
        // the largest point is on the top row, the smallest on the bottom one
        assert!(lines[1].ends_with('●'), "{chart}");
        assert!(lines[HEIGHT].contains('●'), "{chart}");
    }

    #[test]
    fn without_an_estimate_it_says_so() {
        let r = GrowthReport {
            estimate: None,
            confidence: None,
            points: vec![[10.0, 1.0]],
            expected: None,
            fit: None,
            stopped: None,
        };
        assert_eq!(growth_chart(&r), ["Measured complexity: too few sizes to tell"]);
    }
}
