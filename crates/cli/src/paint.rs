//! Colour for the CLI's own tables, only when asked for.

use anstyle::{AnsiColor, Color, Style};

#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub color: bool,
}

impl Paint {
    pub fn new(color: bool) -> Paint {
        Paint { color }
    }

    fn paint(self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_owned()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }

    pub fn green(self, text: &str) -> String {
        self.paint(Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green))), text)
    }

    pub fn red(self, text: &str) -> String {
        self.paint(Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red))), text)
    }

    pub fn yellow(self, text: &str) -> String {
        self.paint(Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow))), text)
    }
}
