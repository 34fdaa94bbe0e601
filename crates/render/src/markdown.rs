//! A problem statement (Markdown) for a terminal: headings stand out,
//! paragraphs wrap to the width, code blocks keep their layout, lists and
//! tables line up. Colour only when asked for.

use anstyle::Style;
use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::style::{BOLD, CYAN, DIM, Palette};

const ITALIC: Style = Style::new().italic();
const UNDERLINE: Style = Style::new().underline();

/// Renders `source` for a terminal `width` columns wide.
pub fn render_markdown(source: &str, width: usize, color: bool) -> String {
    let mut r = Renderer {
        palette: Palette { color },
        width: width.clamp(30, 120),
        out: String::new(),
        line: Vec::new(),
        styles: Vec::new(),
        containers: Vec::new(),
        code: None,
        table: None,
        link: None,
        heading: None,
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(source, options) {
        r.event(event);
    }
    r.flush();
    let mut out = r.out.trim_end().to_owned();
    out.push('\n');
    out
}

/// A piece of inline text and how it looks.
#[derive(Debug, Clone)]
struct Span {
    text: String,
    style: Style,
}

#[derive(Debug, Clone)]
enum Container {
    Quote,
    /// The next item's number (`None`: bullets), and whether the current
    /// item's first line has been written.
    List {
        next: Option<u64>,
        started: bool,
    },
}

#[derive(Debug, Default)]
struct Table {
    alignments: Vec<Alignment>,
    rows: Vec<Vec<Vec<Span>>>,
    cell: Vec<Span>,
    header_rows: usize,
}

struct Renderer {
    palette: Palette,
    width: usize,
    out: String,
    /// The paragraph being collected.
    line: Vec<Span>,
    styles: Vec<Style>,
    containers: Vec<Container>,
    code: Option<String>,
    table: Option<Table>,
    link: Option<String>,
    heading: Option<HeadingLevel>,
}

impl Renderer {
    fn style(&self) -> Style {
        self.styles.iter().fold(Style::new(), |acc, s| merge(acc, *s))
    }

    fn push_text(&mut self, text: &str, style: Style) {
        let span = Span {
            text: text.to_owned(),
            style,
        };
        match &mut self.table {
            Some(table) => table.cell.push(span),
            None => self.line.push(span),
        }
    }

    fn event(&mut self, event: Event<'_>) {
        if let Some(code) = &mut self.code {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    let code = self.code.take().unwrap_or_default();
                    self.code_block(&code);
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.push_text(&text, self.style()),
            Event::Code(code) => self.push_text(&code, merge(self.style(), CYAN)),
            Event::SoftBreak => self.push_text(" ", self.style()),
            Event::HardBreak => self.push_text("\n", self.style()),
            Event::Rule => {
                self.flush();
                let rule = "─".repeat(self.width.saturating_sub(self.indent_width()));
                self.emit_line(&self.palette.paint(DIM, &rule));
                self.blank();
            }
            Event::Html(html) | Event::InlineHtml(html) => self.push_text(&html, self.style()),
            Event::TaskListMarker(done) => self.push_text(if done { "[x] " } else { "[ ] " }, self.style()),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(level);
                self.styles.push(BOLD);
            }
            Tag::Paragraph => {}
            Tag::BlockQuote(_) => {
                self.flush();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = Some(String::new());
            }
            Tag::List(first) => {
                self.flush();
                self.containers.push(Container::List {
                    next: first,
                    started: false,
                });
            }
            Tag::Item => {
                self.flush();
                if let Some(Container::List { started, .. }) = self.containers.last_mut() {
                    *started = false;
                }
            }
            Tag::Emphasis => self.styles.push(ITALIC),
            Tag::Strong => self.styles.push(BOLD),
            Tag::Strikethrough => self.styles.push(Style::new().strikethrough()),
            Tag::Link { dest_url, .. } => {
                self.link = Some(dest_url.to_string());
                self.styles.push(UNDERLINE);
            }
            Tag::Table(alignments) => {
                self.flush();
                self.table = Some(Table {
                    alignments,
                    ..Table::default()
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    t.rows.push(Vec::new());
                }
            }
            Tag::TableCell => {}
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) => {
                self.styles.pop();
                self.heading = None;
                let text: String = self.line.iter().map(|s| s.text.as_str()).collect();
                self.flush();
                let underline = match level {
                    HeadingLevel::H1 => Some('═'),
                    HeadingLevel::H2 => Some('─'),
                    _ => None,
                };
                if let Some(c) = underline {
                    let rule: String = std::iter::repeat_n(c, text.chars().count().min(self.width)).collect();
                    self.emit_line(&self.palette.paint(DIM, &rule));
                }
                self.blank();
            }
            TagEnd::Paragraph => {
                self.flush();
                if !self.in_list() {
                    self.blank();
                }
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.containers.pop();
                self.blank();
            }
            TagEnd::List(_) => {
                self.flush();
                self.containers.pop();
                if !self.in_list() {
                    self.blank();
                }
            }
            TagEnd::Item => {
                self.flush();
                if let Some(Container::List { next: Some(n), .. }) = self.containers.last_mut() {
                    *n += 1;
                }
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.styles.pop();
            }
            TagEnd::Link => {
                self.styles.pop();
                if let Some(url) = self.link.take() {
                    let text: String = self.line.iter().rev().take(1).map(|s| s.text.clone()).collect();
                    if !url.is_empty() && text != url {
                        self.push_text(&format!(" ({url})"), DIM);
                    }
                }
            }
            TagEnd::TableCell => {
                if let Some(t) = &mut self.table {
                    let cell = std::mem::take(&mut t.cell);
                    if let Some(row) = t.rows.last_mut() {
                        row.push(cell);
                    }
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = &mut self.table {
                    t.header_rows = t.rows.len();
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.table_block(&table);
                    self.blank();
                }
            }
            _ => {}
        }
    }

    fn in_list(&self) -> bool {
        self.containers.iter().any(|c| matches!(c, Container::List { .. }))
    }

    fn indent_width(&self) -> usize {
        self.containers
            .iter()
            .map(|c| match c {
                Container::Quote => 2,
                Container::List { next: None, .. } => 2,
                Container::List { next: Some(_), .. } => 4,
            })
            .sum()
    }

    /// The prefix of the next line: quote bars, and a list item's marker
    /// on its first line (spaces after).
    fn prefix(&mut self) -> String {
        let last = self.containers.len().saturating_sub(1);
        let mut prefix = String::new();
        for (i, container) in self.containers.iter_mut().enumerate() {
            match container {
                Container::Quote => prefix.push_str(&self.palette.paint(DIM, "│ ")),
                Container::List { next, started } => {
                    let marker = match next {
                        None => "• ".to_owned(),
                        Some(n) => format!("{:<4}", format!("{n}.")),
                    };
                    if i == last && !*started {
                        *started = true;
                        prefix.push_str(&marker);
                    } else {
                        prefix.push_str(&" ".repeat(marker.chars().count()));
                    }
                }
            }
        }
        prefix
    }

    fn emit_line(&mut self, text: &str) {
        let prefix = self.prefix();
        self.out.push_str(&prefix);
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// Writes the collected paragraph, wrapped.
    fn flush(&mut self) {
        if self.line.is_empty() {
            return;
        }
        let spans = std::mem::take(&mut self.line);
        let room = self.width.saturating_sub(self.indent_width()).max(20);
        for line in wrap(&spans, room) {
            let text: String = line.iter().map(|s| self.palette.paint(s.style, &s.text)).collect();
            self.emit_line(&text);
        }
    }

    fn code_block(&mut self, code: &str) {
        for line in code.trim_end_matches('\n').lines() {
            let painted = self.palette.paint(CYAN, line);
            self.emit_line(&format!("    {painted}"));
        }
        self.blank();
    }

    fn table_block(&mut self, table: &Table) {
        let text = |cell: &Vec<Span>| cell.iter().map(|s| s.text.as_str()).collect::<String>();
        let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                table
                    .rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| text(cell).chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for (r, row) in table.rows.iter().enumerate() {
            let mut line = String::new();
            for (c, width) in widths.iter().enumerate() {
                let cell = row.get(c).map(text).unwrap_or_default();
                let pad = width.saturating_sub(cell.chars().count());
                let (left, right) = match table.alignments.get(c) {
                    Some(Alignment::Right) => (pad, 0),
                    Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                    _ => (0, pad),
                };
                let shown = if r < table.header_rows {
                    self.palette.paint(BOLD, &cell)
                } else {
                    row.get(c)
                        .map(|spans| spans.iter().map(|s| self.palette.paint(s.style, &s.text)).collect())
                        .unwrap_or_default()
                };
                if c > 0 {
                    line.push_str(&self.palette.paint(DIM, " │ "));
                }
                line.push_str(&" ".repeat(left));
                line.push_str(&shown);
                line.push_str(&" ".repeat(right));
            }
            self.emit_line(line.trim_end());
            if r + 1 == table.header_rows {
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                self.emit_line(&self.palette.paint(DIM, &rule.join("─┼─")));
            }
        }
    }
}

fn merge(base: Style, over: Style) -> Style {
    let mut style = base.effects(base.get_effects() | over.get_effects());
    if let Some(fg) = over.get_fg_color() {
        style = style.fg_color(Some(fg));
    }
    style
}

/// Greedy word wrap of styled spans to `width` columns; `\n` in a span
/// forces a break.
fn wrap(spans: &[Span], width: usize) -> Vec<Vec<Span>> {
    let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
    let mut used = 0;
    for span in spans {
        for (i, piece) in span.text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
                used = 0;
            }
            // keep the spaces: split after each run of whitespace
            let mut word = String::new();
            let mut words = Vec::new();
            for c in piece.chars() {
                word.push(c);
                if c == ' ' {
                    words.push(std::mem::take(&mut word));
                }
            }
            if !word.is_empty() {
                words.push(word);
            }
            for word in words {
                let len = word.trim_end().chars().count();
                if used > 0 && used + len > width {
                    lines.push(Vec::new());
                    used = 0;
                }
                let text = if used == 0 { word.trim_start().to_owned() } else { word };
                if text.is_empty() {
                    continue;
                }
                used += text.chars().count();
                let line = lines.last_mut().expect("at least one line");
                match line.last_mut() {
                    Some(last) if last.style == span.style => last.text.push_str(&text),
                    _ => line.push(Span {
                        text,
                        style: span.style,
                    }),
                }
            }
        }
    }
    for line in &mut lines {
        if let Some(last) = line.last_mut() {
            let trimmed = last.text.trim_end().len();
            last.text.truncate(trimmed);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_reads_well_without_colour() {
        let source = "# Two sum\n\nGiven a list `nums` and a **target**, return the indices of the two numbers \
                      that add up to it. This sentence is long enough to wrap at forty columns.\n\n\
                      ## Examples\n\n```python\ntwo_sum([2, 7], 9)  # [0, 1]\n```\n\n\
                      - first item\n- second item\n\n1. one\n2. two\n\n\
                      | n | time |\n|---|---:|\n| 10 | 1 ms |\n| 1000 | 30 ms |\n\n> a quote\n";
        let out = render_markdown(source, 40, false);
        let expected = "\
Two sum
═══════

Given a list nums and a target, return
the indices of the two numbers that add
up to it. This sentence is long enough
to wrap at forty columns.

Examples
────────

    two_sum([2, 7], 9)  # [0, 1]

• first item
• second item

1.  one
2.  two

n    │  time
─────┼──────
10   │  1 ms
1000 │ 30 ms

│ a quote
";
        assert_eq!(out, expected);
    }

    #[test]
    fn colour_marks_code_and_headings() {
        let out = render_markdown("# T\n\nuse `x`\n", 40, true);
        assert!(out.contains(&format!("{}T{}", BOLD.render(), BOLD.render_reset())));
        assert!(out.contains(&format!("{}x{}", CYAN.render(), CYAN.render_reset())));
    }
}
