//! The export file: every check, in a file a runner keeps or moves to another
//! device, and reading one back.
use super::records::{
    entries_of, ranges_in, read_entry, sorted_checks, CheckList, ExportEntries, SavedCheck,
};
use super::{migrate, APP_VERSION, FORMAT};
use crate::assessment::date::Date;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Export files larger than this are refused.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// The `kind` field of an export file.
const EXPORT_KIND: &str = "backcheck-export";

#[derive(Serialize)]
struct ExportFile<'a> {
    kind: &'a str,
    format: u32,
    app: &'a str,
    data: CheckList,
}

#[derive(Deserialize)]
struct ImportFile<'a> {
    kind: &'a str,
    format: u32,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// Only to tell "not JSON" from "JSON, but not an export".
#[derive(Deserialize)]
struct AnyObject {}

/// An export file with every given check.
pub fn export(checks: &[SavedCheck]) -> String {
    serde_json::to_string(&ExportFile {
        kind: EXPORT_KIND,
        format: FORMAT,
        app: APP_VERSION,
        data: CheckList {
            checks: checks.to_vec(),
        },
    })
    .unwrap_or_default()
}

/// Why an import file was refused. Nothing is changed in any case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportError {
    TooLarge,
    NotJson,
    NotAnExport,
    Newer { format: u32 },
}

/// The checks of an export file that can be imported, and what was left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub checks: Vec<SavedCheck>,
    /// Entries that are not checks this app can read.
    pub unreadable: usize,
    /// Checks dated after the day of the import: impossible, so left out.
    pub future: usize,
}

/// Reads an export file written on or before `today`: the good checks, and
/// how many were left out and why. The file as a whole is refused only when
/// it is not an export this app can read.
pub fn parse_import(bytes: &[u8], today: Date) -> Result<Import, ImportError> {
    let mut reading = read_import(bytes, today)?;
    while !reading.step(usize::MAX) {}
    Ok(reading.finish())
}

/// An export file being read a few entries at a time: a file at the size
/// cap holds about 2,000 checks, and read in one go it would hold the page
/// up for a noticeable moment.
pub struct Reading {
    /// The file's data, in this app's format.
    data: String,
    /// Where each entry is in `data`.
    entries: Vec<std::ops::Range<usize>>,
    /// The entries read so far.
    next: usize,
    checks: Vec<SavedCheck>,
    today: Date,
}

/// Opens an export file: refused whole, or ready to be read entry by entry.
pub fn read_import(bytes: &[u8], today: Date) -> Result<Reading, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    // Editors on Windows start files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A file of this app's format: its entries found in one pass.
    if let Ok(file) = serde_json::from_str::<ExportEntries>(text) {
        if file.kind == EXPORT_KIND && file.format == FORMAT {
            let entries = ranges_in(text, &file.data.checks);
            return Ok(Reading {
                data: text.to_owned(),
                checks: Vec::with_capacity(entries.len()),
                entries,
                next: 0,
                today,
            });
        }
    }
    // Any other: read once more; only a file that is no export is read
    // again, to say whether it is JSON at all.
    let file: ImportFile =
        serde_json::from_str(text).map_err(|_| match serde_json::from_str::<AnyObject>(text) {
            Ok(_) => ImportError::NotAnExport,
            Err(_) => ImportError::NotJson,
        })?;
    if file.kind != EXPORT_KIND {
        return Err(ImportError::NotAnExport);
    }
    if file.format > FORMAT {
        return Err(ImportError::Newer {
            format: file.format,
        });
    }
    let data = file.data.map_or("null", RawValue::get);
    let data = migrate::text_to_current(file.format, data).ok_or(ImportError::NotAnExport)?;
    let entries = entries_of(&data).ok_or(ImportError::NotAnExport)?;
    Ok(Reading {
        data: data.into_owned(),
        checks: Vec::with_capacity(entries.len()),
        entries,
        next: 0,
        today,
    })
}

impl Reading {
    /// Reads up to `n` more entries; `true` once every entry is read.
    pub fn step(&mut self, n: usize) -> bool {
        let end = self.next.saturating_add(n).min(self.entries.len());
        for at in &self.entries[self.next..end] {
            self.checks.extend(read_entry(&self.data[at.clone()]));
        }
        self.next = end;
        end == self.entries.len()
    }

    /// The checks read (oldest first, each id once), and what was left out.
    pub fn finish(self) -> Import {
        let unreadable = self.next - self.checks.len();
        let checks = sorted_checks(self.checks);
        let total = checks.len();
        let today = self.today;
        let checks: Vec<SavedCheck> = checks.into_iter().filter(|c| c.date <= today).collect();
        Import {
            future: total - checks.len(),
            checks,
            unreadable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::records::tests::check;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 30).unwrap()
    }

    fn all(checks: Vec<SavedCheck>) -> Import {
        Import {
            checks,
            unreadable: 0,
            future: 0,
        }
    }

    #[test]
    fn export_and_import_round_trip() {
        let checks = vec![check(1, 3), check(2, 9)];
        let file = export(&checks);
        assert!(
            file.starts_with(r#"{"kind":"backcheck-export","format":2,"#),
            "{file}"
        );
        assert_eq!(parse_import(file.as_bytes(), today()), Ok(all(checks)));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let checks = vec![check(1, 3)];
        let file = format!("\u{feff}{}", export(&checks));
        assert_eq!(parse_import(file.as_bytes(), today()), Ok(all(checks)));
    }

    #[test]
    fn bad_and_future_entries_are_left_out_and_counted_the_rest_imported() {
        let file = export(&[check(1, 3), check(2, 4), check(3, 5)]);
        let broken = file.replacen(r#""date":"2026-11-04""#, r#""date":"someday""#, 1);
        let future = broken.replacen(r#""date":"2026-11-05""#, r#""date":"2027-11-05""#, 1);
        let read = parse_import(future.as_bytes(), today()).unwrap();
        assert_eq!(read.checks, vec![check(1, 3)]);
        assert_eq!((read.unreadable, read.future), (1, 1));
    }

    #[test]
    fn a_file_read_a_few_entries_at_a_time_reads_as_in_one_go() {
        let file = export(&[check(3, 5), check(1, 3), check(2, 4), check(1, 3)]).replacen(
            r#""date":"2026-11-04""#,
            r#""date":"someday""#,
            1,
        );
        let whole = parse_import(file.as_bytes(), today()).unwrap();
        let mut reading = read_import(file.as_bytes(), today()).unwrap();
        let mut steps = 1;
        while !reading.step(1) {
            steps += 1;
        }
        assert_eq!(steps, 4);
        assert_eq!(reading.finish(), whole);
        assert_eq!(whole.checks, vec![check(1, 3), check(3, 5)]);
        assert_eq!(whole.unreadable, 1);
    }

    #[test]
    fn files_that_are_not_exports_are_refused_whole() {
        let file = export(&[check(1, 3)]);
        let read = |b: &[u8]| parse_import(b, today());
        assert_eq!(read(b"not json"), Err(ImportError::NotJson));
        assert_eq!(read(b"[1]"), Err(ImportError::NotJson));
        assert_eq!(
            read(br#"{"kind":"other","format":1,"data":{"checks":[]}}"#),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(
            read(file.replace(r#""format":2"#, r#""format":3"#).as_bytes()),
            Err(ImportError::Newer { format: 3 })
        );
        assert_eq!(
            read(&vec![b' '; MAX_IMPORT_BYTES + 1]),
            Err(ImportError::TooLarge)
        );
    }
}
