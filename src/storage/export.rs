//! The export file: every check, in a file a runner keeps or moves to another
//! device, and reading one back.
use super::records::{checks_from, History, SavedCheck};
use super::{migrate, APP_VERSION, FORMAT};
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
    data: History,
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
        data: History {
            checks: checks.to_vec(),
        },
    })
    .unwrap_or_default()
}

/// Why an import file was refused. Nothing is changed in any case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson,
    NotAnExport,
    Newer {
        format: u32,
    },
    /// Some entries are not checks this app can read.
    BadEntries {
        bad: usize,
    },
}

/// Reads an export file: all of it, or nothing.
pub fn parse_import(bytes: &[u8]) -> Result<Vec<SavedCheck>, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    serde_json::from_str::<AnyObject>(text).map_err(|_| ImportError::NotJson)?;
    let file: ImportFile = serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
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
    match checks_from(&data) {
        Some((checks, 0)) => Ok(checks),
        Some((_, bad)) => Err(ImportError::BadEntries { bad }),
        None => Err(ImportError::NotAnExport),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::records::tests::check;

    #[test]
    fn export_and_import_round_trip() {
        let checks = vec![check("1", 3), check("2", 9)];
        let file = export(&checks);
        assert!(
            file.starts_with(r#"{"kind":"backcheck-export","format":2,"#),
            "{file}"
        );
        assert_eq!(parse_import(file.as_bytes()), Ok(checks));
    }

    #[test]
    fn bad_import_files_are_refused_whole() {
        let file = export(&[check("1", 3)]);
        assert_eq!(parse_import(b"not json"), Err(ImportError::NotJson));
        assert_eq!(parse_import(b"[1]"), Err(ImportError::NotJson));
        assert_eq!(
            parse_import(br#"{"kind":"other","format":1,"data":{"checks":[]}}"#),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(
            parse_import(file.replace(r#""format":2"#, r#""format":3"#).as_bytes()),
            Err(ImportError::Newer { format: 3 })
        );
        let broken = file.replace(r#""date":"2026-11-03""#, r#""date":"someday""#);
        assert_eq!(
            parse_import(broken.as_bytes()),
            Err(ImportError::BadEntries { bad: 1 })
        );
        assert_eq!(
            parse_import(&vec![b' '; MAX_IMPORT_BYTES + 1]),
            Err(ImportError::TooLarge)
        );
    }
}
