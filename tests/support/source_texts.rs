//! Every user-facing text in the source, read from the files themselves so
//! that nothing is missed: the two literals of each `t!("English",
//! "Deutsch")`, and the string literals of each `match` arm on `Lang::En` or
//! `Lang::De` (texts built at run time; `{…}` placeholders are left out).
//! Test modules (`#[cfg(test)] mod …`) and comments are skipped.
//!
//! Shared by `examples/texts.rs` (the spell check's word dump) and
//! `tests/language.rs` (typography), through `#[path]`.
use std::path::{Path, PathBuf};

/// One text, where it is written, and its language ("en" or "de").
#[derive(Clone, Debug)]
pub struct SourceText {
    pub file: String,
    pub line: usize,
    pub lang: &'static str,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Str(String, usize),
    Ident(String),
    Punct(char),
}

/// Every text under `src` (a crate's `src` directory), in file order.
pub fn all_texts(src: &Path) -> Vec<SourceText> {
    let mut files = Vec::new();
    collect(src, &mut files);
    files.sort();
    let root = src.parent().unwrap_or(src);
    let mut out = Vec::new();
    for f in files {
        let code = std::fs::read_to_string(&f).expect("a source file");
        let name = f.strip_prefix(root).unwrap_or(&f).display().to_string();
        extract(&name, &tokens(&code), &mut out);
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("a directory") {
        let p = e.expect("an entry").path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Rust source as tokens: string literals (decoded, with their line),
/// identifiers and single punctuation characters; comments dropped.
fn tokens(code: &str) -> Vec<Tok> {
    let c: Vec<char> = code.chars().collect();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            i += 2;
            while i + 1 < c.len() && !(c[i] == '*' && c[i + 1] == '/') {
                line += usize::from(c[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if ch == 'r' && matches!(next, Some('"') | Some('#')) && raw_start(&c, i) {
            let hashes = c[i + 1..].iter().take_while(|&&h| h == '#').count();
            let start = i + 2 + hashes;
            let mut j = start;
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while j < c.len() && c[j..].iter().take(close.len()).ne(close.iter()) {
                j += 1;
            }
            let text: String = c[start..j].iter().collect();
            out.push(Tok::Str(text.clone(), line));
            line += text.matches('\n').count();
            i = j + close.len();
        } else if ch == '"' {
            let (text, end, lines) = string(&c, i + 1);
            out.push(Tok::Str(text, line));
            line += lines;
            i = end;
        } else if ch == '\'' {
            // A char literal ('a', '\n', '\u{..}') or a lifetime ('static).
            if next == Some('\\') {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            if c.get(i) == Some(&'"') && matches!(&c[start..i], ['b']) {
                continue; // b"…": bytes, read as a string next
            }
            out.push(Tok::Ident(c[start..i].iter().collect()));
        } else {
            out.push(Tok::Punct(ch));
            i += 1;
        }
    }
    out
}

fn raw_start(c: &[char], i: usize) -> bool {
    let prev_ident = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
    let hashes = c[i + 1..].iter().take_while(|&&h| h == '#').count();
    !prev_ident && c.get(i + 1 + hashes) == Some(&'"')
}

/// A string literal's text from `i` (after the quote): (text, index after
/// the closing quote, newlines inside).
fn string(c: &[char], mut i: usize) -> (String, usize, usize) {
    let (mut s, mut lines) = (String::new(), 0);
    while i < c.len() && c[i] != '"' {
        if c[i] == '\\' {
            i += 1;
            match c.get(i) {
                Some('n') => s.push('\n'),
                Some('t') => s.push('\t'),
                Some('u') => {
                    let end = (i..c.len()).find(|&j| c[j] == '}').unwrap_or(i);
                    let hex: String = c[i + 2..end].iter().collect();
                    s.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                    i = end;
                }
                Some('\n') => {
                    // A line continuation: the next line's leading blanks go.
                    lines += 1;
                    while c.get(i + 1).is_some_and(|x| x.is_whitespace()) {
                        lines += usize::from(c[i + 1] == '\n');
                        i += 1;
                    }
                }
                Some(&other) => s.push(other),
                None => {}
            }
        } else {
            lines += usize::from(c[i] == '\n');
            s.push(c[i]);
        }
        i += 1;
    }
    (s, i + 1, lines)
}

fn extract(file: &str, t: &[Tok], out: &mut Vec<SourceText>) {
    let mut i = 0;
    let push = |out: &mut Vec<SourceText>, lang, text: &str, line| {
        out.push(SourceText {
            file: file.to_owned(),
            line,
            lang,
            text: text.to_owned(),
        })
    };
    while i < t.len() {
        // #[cfg(test)] mod name { … }: skipped.
        if t[i..].starts_with(&test_attr()) {
            i = skip_test_module(t, i + test_attr().len());
            continue;
        }
        // t!("English", "Deutsch")
        if let [Tok::Ident(m), Tok::Punct('!'), Tok::Punct('('), Tok::Str(en, l1), Tok::Punct(','), Tok::Str(de, l2), ..] =
            &t[i..]
        {
            if m == "t" {
                push(out, "en", en, *l1);
                push(out, "de", de, *l2);
                i += 6;
                continue;
            }
        }
        // A match arm on Lang::En / Lang::De: its string literals.
        if let [Tok::Ident(l), Tok::Punct(':'), Tok::Punct(':'), Tok::Ident(v), ..] = &t[i..] {
            let lang = match v.as_str() {
                "En" => Some("en"),
                "De" => Some("de"),
                _ => None,
            };
            if let (true, Some(lang)) = (l == "Lang", lang) {
                if let Some(body) = arm_body(t, i + 4) {
                    for tok in &t[body.clone()] {
                        if let Tok::Str(s, line) = tok {
                            push(out, lang, &without_placeholders(s), *line);
                        }
                    }
                    i = body.end;
                    continue;
                }
            }
        }
        i += 1;
    }
}

fn test_attr() -> Vec<Tok> {
    ["#", "[", "cfg", "(", "test", ")", "]"]
        .iter()
        .map(|s| match s.chars().next() {
            Some(c) if s.len() == 1 && !c.is_alphanumeric() => Tok::Punct(c),
            _ => Tok::Ident((*s).to_owned()),
        })
        .collect()
}

/// After `#[cfg(test)]`: past `mod name { … }` if that follows.
fn skip_test_module(t: &[Tok], i: usize) -> usize {
    if !matches!(t.get(i), Some(Tok::Ident(m)) if m == "mod") {
        return i;
    }
    let mut j = i;
    while j < t.len() && t[j] != Tok::Punct('{') {
        j += 1;
    }
    let mut depth = 0;
    while j < t.len() {
        match t[j] {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

/// The tokens of the arm whose pattern holds a `Lang::…` ending at `i`:
/// from after `=>` to the arm's end (a `,` or closing bracket at its own
/// level). `None` if no `=>` follows within the pattern.
fn arm_body(t: &[Tok], mut i: usize) -> Option<std::ops::Range<usize>> {
    while i + 1 < t.len() {
        match (&t[i], &t[i + 1]) {
            (Tok::Punct('='), Tok::Punct('>')) => break,
            (Tok::Punct('{' | '}' | ';'), _) | (Tok::Str(..), _) => return None,
            _ => i += 1,
        }
    }
    let start = i + 2;
    // A block body `{ … }` ends with its brace (no comma follows it).
    let block = t.get(start) == Some(&Tok::Punct('{'));
    let mut depth = 0i32;
    let mut j = start;
    while j < t.len() {
        match t[j] {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') if depth == 0 => break,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if block && depth == 0 {
                    j += 1;
                    break;
                }
            }
            Tok::Punct(',') if depth == 0 => break,
            _ => {}
        }
        j += 1;
    }
    Some(start..j)
}

/// A format string without its `{…}` placeholders.
fn without_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for ch in s.chars() {
        match ch {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}
