//! `judge stats --plot FILE.svg`: progress over time as a picture (with
//! plotters): problems solved per level, and the minutes each problem
//! solved in a session took, with their running median.

use std::path::Path;

use anyhow::Context;
use chrono::NaiveDate;
use judge_practice::Timeline;
use plotters::prelude::*;

pub fn write(path: &Path, timeline: &Timeline) -> anyhow::Result<()> {
    draw(path, timeline)
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| format!("{}: cannot draw the picture", path.display()))
}

/// The running median of `values`: each point the median of the last
/// `window` values up to it, so one slow day does not hide a trend.
fn running_median(values: &[f64], window: usize) -> Vec<f64> {
    (0..values.len())
        .map(|i| {
            let mut last: Vec<f64> = values[i.saturating_sub(window - 1)..=i].to_vec();
            last.sort_by(f64::total_cmp);
            let mid = last.len() / 2;
            if last.len() % 2 == 1 {
                last[mid]
            } else {
                (last[mid - 1] + last[mid]) / 2.0
            }
        })
        .collect()
}

fn draw(path: &Path, timeline: &Timeline) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::new(path, (800, 760)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, bottom) = root.split_vertically(380);

    let days: Vec<NaiveDate> = timeline
        .solved
        .iter()
        .flat_map(|(_, points)| points.iter().map(|p| p.0))
        .chain(timeline.time_to_ac.iter().map(|t| t.0))
        .collect();
    let today = chrono::Utc::now().date_naive();
    let first = days.iter().min().copied().unwrap_or(today);
    // a range of one day still has a width
    let last = days
        .iter()
        .max()
        .copied()
        .unwrap_or(today)
        .max(first + chrono::Duration::days(1));
    // days since the first, on the x axis; labelled as dates
    let x = |d: NaiveDate| (d - first).num_days() as f64;
    let span = x(last);
    // a tick between two days has no date of its own
    let date = move |at: &f64| {
        if (at - at.round()).abs() > 1e-6 {
            return String::new();
        }
        (first + chrono::Duration::days(at.round() as i64))
            .format("%Y-%m-%d")
            .to_string()
    };

    let most = timeline
        .solved
        .iter()
        .filter_map(|(_, points)| points.last().map(|p| p.1))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut chart = ChartBuilder::on(&top)
        .caption("Problems solved, by level", ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .build_cartesian_2d(0.0..span, 0..most + 1)?;
    chart
        .configure_mesh()
        .x_labels(6)
        .x_label_formatter(&date)
        .y_desc("solved (running total)")
        .draw()?;
    let colours = [GREEN.mix(0.9), BLUE.mix(0.9), RED.mix(0.9), BLACK.mix(0.9)];
    for (i, (level, points)) in timeline.solved.iter().enumerate() {
        let colour = colours[i % colours.len()];
        // a step line: the total holds until the next day something is solved
        let mut steps = Vec::new();
        let mut before = 0;
        for &(day, total) in points {
            steps.push((x(day), before));
            steps.push((x(day), total));
            before = total;
        }
        steps.push((span, before));
        chart
            .draw_series(LineSeries::new(steps, colour.stroke_width(2)))?
            .label(level.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(2)));
    }
    if timeline.solved.is_empty() {
        chart.draw_series(std::iter::once(Text::new(
            "nothing solved yet",
            (0.0, most),
            ("sans-serif", 16),
        )))?;
    } else {
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()?;
    }

    let minutes: Vec<f64> = timeline.time_to_ac.iter().map(|t| t.2).collect();
    let slowest = minutes.iter().copied().fold(1.0, f64::max) * 1.1;
    let mut chart = ChartBuilder::on(&bottom)
        .caption("Time to accepted in practice sessions", ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .build_cartesian_2d(0.0..span, 0.0..slowest)?;
    chart
        .configure_mesh()
        .x_labels(6)
        .x_label_formatter(&date)
        .y_desc("minutes")
        .draw()?;
    chart
        .draw_series(
            timeline
                .time_to_ac
                .iter()
                .map(|(day, _, m)| Circle::new((x(*day), *m), 4, RED.filled())),
        )?
        .label("a solved problem")
        .legend(|(x, y)| Circle::new((x + 10, y), 4, RED.filled()));
    if minutes.is_empty() {
        chart.draw_series(std::iter::once(Text::new(
            "no problem solved in a session yet",
            (0.0, slowest * 0.9),
            ("sans-serif", 16),
        )))?;
    } else {
        let trend: Vec<(f64, f64)> = timeline
            .time_to_ac
            .iter()
            .map(|t| x(t.0))
            .zip(running_median(&minutes, 5))
            .collect();
        chart
            .draw_series(LineSeries::new(trend, BLUE.stroke_width(2)))?
            .label("median of the last 5")
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE.stroke_width(2)));
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()?;
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::running_median;

    #[test]
    fn the_running_median_looks_back_over_its_window() {
        assert_eq!(
            running_median(&[10.0, 2.0, 6.0, 100.0, 4.0], 3),
            [10.0, 6.0, 6.0, 6.0, 6.0]
        );
        assert!(running_median(&[], 5).is_empty());
    }
}
