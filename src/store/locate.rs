//! Finds where a field path (`partners[3].uai`) is written in a dossier's RON text.
//!
//! Validation speaks in field paths; `check` prints `FILE:LINE:COL`. [`locate`] walks the RON
//! text just enough to find one path; [`Locator`] walks it once and answers for every path, so
//! a dossier with many findings costs one pass, not one per finding.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::Position;

/// Where every value of a dossier's text is: built in one pass over the text, then asked for
/// any number of paths (`check` on a big dossier with many findings).
pub struct Locator {
    /// Byte offset of the value at each path.
    offsets: HashMap<String, usize>,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    /// The text, for columns in characters.
    text: String,
}

impl Locator {
    /// Walks `text` once, noting where each value at a field path starts.
    pub fn new(text: &str) -> Self {
        let mut cursor = Cursor {
            s: text.as_bytes(),
            i: 0,
        };
        let mut offsets = HashMap::new();
        let mut path = String::new();
        cursor.walk(&mut path, &mut offsets, 0);
        let line_starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Self {
            offsets,
            line_starts,
            text: text.to_owned(),
        }
    }

    /// The position of the value at `path`, if the text has it.
    pub fn position(&self, path: &str) -> Option<Position> {
        let offset = *self.offsets.get(path)?;
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts.get(line.checked_sub(1)?).copied()?;
        let col = 1 + self.text.get(start..offset)?.chars().count();
        Some(Position { line, col })
    }
}

/// Nesting deeper than this is not walked (a dossier is a few levels deep; a hostile file is not
/// followed down a 200 000-deep nesting).
const MAX_DEPTH: usize = 64;

/// The position of the value at `path` in `text`, if the text has it.
///
/// Paths are dot-separated field names with `[n]` list indices, starting from the top-level
/// fields: `campus.academies[0]`, `mobilities[12].end`.
pub fn locate(text: &str, path: &str) -> Option<Position> {
    let segments = parse_path(path)?;
    let mut cursor = Cursor {
        s: text.as_bytes(),
        i: 0,
    };
    cursor.descend(&segments)?;
    Some(Position::at_offset(text, cursor.i))
}

enum Segment<'a> {
    Field(&'a str),
    Index(usize),
}

fn parse_path(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, mut rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            out.push(Segment::Field(name));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Segment::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(out)
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Skips white space and comments.
    fn skip_blank(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.i += 1,
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.i += 1;
                    }
                }
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'*') => {
                    self.i += 2;
                    while self.i < self.s.len() && !self.s[self.i..].starts_with(b"*/") {
                        self.i += 1;
                    }
                    self.i += 2;
                }
                _ => return,
            }
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.skip_blank();
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> &[u8] {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            self.i += 1;
        }
        &self.s[start..self.i]
    }

    /// Notes where the value under the cursor starts, at `path`, and where every value inside it
    /// starts (fields `path.name`, items `path[n]`), then moves past it.
    fn walk(&mut self, path: &mut String, out: &mut HashMap<String, usize>, depth: usize) {
        self.skip_blank();
        out.entry(path.clone()).or_insert(self.i);
        if depth > MAX_DEPTH {
            let _ = self.skip_value();
            return;
        }
        match self.peek() {
            Some(c) if c.is_ascii_alphabetic() && !self.at_raw_string() => {
                let name = self.ident().to_vec();
                self.skip_blank();
                if self.peek() != Some(b'(') {
                    return;
                }
                self.i += 1;
                if name == b"Some" {
                    // `Some(x)`: x is at the same path.
                    self.walk(path, out, depth + 1);
                    self.eat(b')');
                } else {
                    self.walk_fields(path, out, depth);
                }
            }
            Some(b'(') => {
                self.i += 1;
                self.walk_fields(path, out, depth);
            }
            Some(b'[') => {
                self.i += 1;
                let mut n = 0_usize;
                loop {
                    self.skip_blank();
                    match self.peek() {
                        None => return,
                        Some(b']') => {
                            self.i += 1;
                            return;
                        }
                        _ => {}
                    }
                    let len = path.len();
                    let _ = write!(path, "[{n}]");
                    let before = self.i;
                    self.walk(path, out, depth + 1);
                    path.truncate(len);
                    n += 1;
                    if !self.eat(b',') && self.i == before {
                        return;
                    }
                }
            }
            _ => {
                let _ = self.skip_value();
            }
        }
    }

    /// The fields of a struct whose `(` the cursor is past: `name: value, …)`; positional
    /// values (a tuple) are skipped.
    fn walk_fields(&mut self, path: &mut String, out: &mut HashMap<String, usize>, depth: usize) {
        loop {
            self.skip_blank();
            match self.peek() {
                None => return,
                Some(b')') => {
                    self.i += 1;
                    return;
                }
                _ => {}
            }
            let start = self.i;
            let key = self.ident().to_vec();
            if key.is_empty() || !self.eat(b':') {
                self.i = start;
                if self.skip_value().is_none() {
                    return;
                }
            } else {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&String::from_utf8_lossy(&key));
                self.walk(path, out, depth + 1);
                path.truncate(len);
            }
            if !self.eat(b',') {
                self.skip_blank();
                if self.peek() != Some(b')') {
                    return;
                }
            }
        }
    }

    fn at_raw_string(&self) -> bool {
        self.peek() == Some(b'r') && matches!(self.s.get(self.i + 1), Some(b'#' | b'"'))
    }

    /// Leaves the cursor on the value at `segments`, relative to the value under the cursor.
    fn descend(&mut self, segments: &[Segment<'_>]) -> Option<()> {
        self.skip_blank();
        let Some((first, rest)) = segments.split_first() else {
            return Some(());
        };
        // `Some(x)` and named structs `Name(...)`: step inside.
        if self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.ident();
            self.skip_blank();
            if self.peek() == Some(b'(') && matches!(first, Segment::Index(_)) {
                self.i += 1;
                return self.descend(segments);
            }
        }
        match first {
            Segment::Field(name) => {
                if !self.eat(b'(') {
                    return None;
                }
                loop {
                    self.skip_blank();
                    if self.peek() == Some(b')') || self.peek().is_none() {
                        return None;
                    }
                    let key = self.ident().to_vec();
                    if key.is_empty() || !self.eat(b':') {
                        return None;
                    }
                    if key == name.as_bytes() {
                        return self.descend_value(rest);
                    }
                    self.skip_value()?;
                    self.eat(b',');
                }
            }
            Segment::Index(n) => {
                if !self.eat(b'[') {
                    return None;
                }
                for _ in 0..*n {
                    self.skip_blank();
                    if self.peek() == Some(b']') {
                        return None;
                    }
                    self.skip_value()?;
                    if !self.eat(b',') {
                        return None;
                    }
                }
                self.skip_blank();
                if self.peek() == Some(b']') {
                    return None;
                }
                self.descend_value(rest)
            }
        }
    }

    /// Like [`Self::descend`], but unwraps `Some(...)` first when more segments follow.
    fn descend_value(&mut self, rest: &[Segment<'_>]) -> Option<()> {
        self.skip_blank();
        if !rest.is_empty() && self.s[self.i..].starts_with(b"Some") {
            let save = self.i;
            self.i += 4;
            if self.eat(b'(') {
                return self.descend(rest);
            }
            self.i = save;
        }
        self.descend(rest)
    }

    /// Moves past one value of any shape.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_blank();
        match self.peek()? {
            b'"' => self.skip_string(),
            b'\'' => {
                self.i += 1;
                while let Some(c) = self.peek() {
                    self.i += 1;
                    match c {
                        b'\\' => self.i += 1,
                        b'\'' => return Some(()),
                        _ => {}
                    }
                }
                None
            }
            b'(' | b'[' | b'{' => self.skip_group(),
            b'r' if matches!(self.s.get(self.i + 1), Some(b'#' | b'"')) => self.skip_raw_string(),
            _ => {
                let start = self.i;
                while self.peek().is_some_and(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-')
                }) {
                    self.i += 1;
                }
                if self.i == start {
                    return None;
                }
                self.skip_blank();
                if self.peek() == Some(b'(') {
                    self.skip_group()?;
                }
                Some(())
            }
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                b'"' => return Some(()),
                _ => {}
            }
        }
        None
    }

    fn skip_raw_string(&mut self) -> Option<()> {
        self.i += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.i += 1;
        }
        if self.peek() != Some(b'"') {
            return None;
        }
        self.i += 1;
        let mut end = vec![b'"'];
        end.extend(std::iter::repeat_n(b'#', hashes));
        while self.i < self.s.len() {
            if self.s[self.i..].starts_with(&end) {
                self.i += end.len();
                return Some(());
            }
            self.i += 1;
        }
        None
    }

    /// Skips a bracketed group, strings and nested groups included.
    fn skip_group(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.skip_blank();
            match self.peek()? {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.i += 1;
                }
                b')' | b']' | b'}' => {
                    depth -= 1;
                    self.i += 1;
                    if depth == 0 {
                        return Some(());
                    }
                }
                b'"' => self.skip_string()?,
                b'r' if matches!(self.s.get(self.i + 1), Some(b'#' | b'"')) => {
                    self.skip_raw_string()?;
                }
                _ => self.i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    format_version: 1,\n    campus: (name: \"A (b)\", academies: [\"03\", \"07\"]),\n    partners: [\n        (id: \"P1\", uai: \"x\", contacts: []),\n        (id: \"P2\", uai: \"0010001W\", d: Some(\"2020-01-01\")),\n    ],\n)\n";

    #[test]
    fn finds_nested_fields_and_indices() {
        assert_eq!(
            locate(TEXT, "format_version"),
            Some(Position { line: 2, col: 21 })
        );
        assert_eq!(
            locate(TEXT, "campus.academies[1]"),
            Some(Position { line: 3, col: 47 })
        );
        assert_eq!(
            locate(TEXT, "partners[1].uai"),
            Some(Position { line: 6, col: 25 })
        );
        assert_eq!(
            locate(TEXT, "partners[1].d"),
            Some(Position { line: 6, col: 40 })
        );
    }

    #[test]
    fn the_one_pass_locator_agrees_with_locate_on_every_path() {
        let l = Locator::new(TEXT);
        for path in [
            "format_version",
            "campus",
            "campus.name",
            "campus.academies[0]",
            "campus.academies[1]",
            "partners[0].uai",
            "partners[0].contacts",
            "partners[1].uai",
            "partners[1].d",
            "partners[2].uai",
            "campus.president",
        ] {
            assert_eq!(l.position(path), locate(TEXT, path), "{path}");
        }
    }

    #[test]
    fn missing_paths_are_none() {
        assert_eq!(locate(TEXT, "partners[2].uai"), None);
        assert_eq!(locate(TEXT, "campus.president"), None);
        assert_eq!(locate("(", "campus"), None);
    }
}
