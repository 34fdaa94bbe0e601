//! Colour, only when asked for: `paint` returns plain text otherwise.

use anstyle::{AnsiColor, Color, Style};
use judge_report::Verdict;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Palette {
    pub color: bool,
}

pub(crate) const BOLD: Style = Style::new().bold();
pub(crate) const DIM: Style = Style::new().dimmed();
pub(crate) const RED: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red)));
pub(crate) const GREEN: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green)));
pub(crate) const YELLOW: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow)));
pub(crate) const CYAN: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Cyan)));
pub(crate) const DELETED: Style = Style::new()
    .fg_color(Some(Color::Ansi(AnsiColor::Red)))
    .bg_color(Some(Color::Ansi(AnsiColor::BrightBlack)))
    .bold();
pub(crate) const INSERTED: Style = Style::new()
    .fg_color(Some(Color::Ansi(AnsiColor::Green)))
    .bg_color(Some(Color::Ansi(AnsiColor::BrightBlack)))
    .bold();

impl Palette {
    pub fn paint(&self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_owned()
        }
    }

    pub fn verdict(&self, verdict: Verdict, text: &str) -> String {
        let style = match verdict {
            Verdict::Accepted => GREEN.bold(),
            Verdict::InternalError => YELLOW.bold(),
            _ => RED.bold(),
        };
        self.paint(style, text)
    }
}
