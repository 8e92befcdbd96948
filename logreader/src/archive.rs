//! A Strava "download your data" archive, by `zip`: its `activities.csv`
//! and the activity files it names (`activities/*.fit.gz`, `.gpx`, `.tcx`…).
//! Read entry by entry from a seekable source, so photos and the rest of a
//! large export are never read at all.
use crate::sport::Sport;
use crate::{csvlog, Activity, Format, Problem, Progress, Reader, MAX_FILE_BYTES};
use std::collections::HashMap;
use std::io::{Read, Seek};

const ACTIVITY_ENDINGS: [&str; 6] = [".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz"];

pub fn read<R: Read + Seek>(reader: &mut Reader, name: &str, src: R, progress: Progress) {
    let Ok(mut zip) = zip::ZipArchive::new(src) else {
        return reader.error(name, Problem::Corrupt(Format::Zip));
    };
    let names: Vec<String> = (0..zip.len())
        .map(|i| {
            zip.name_for_index(i)
                .and_then(Result::ok)
                .map(|n| n.into_owned())
                .unwrap_or_default()
        })
        .collect();
    let runs_before = reader.found.len();
    let errors_before = reader.errors.len();
    let left_before = reader.left.len();

    // The activity list first: it links each row to its file.
    let mut links: Vec<(String, Activity)> = Vec::new();
    let csv_index = names.iter().position(|n| {
        let l = n.to_ascii_lowercase();
        l == "activities.csv" || l.ends_with("/activities.csv")
    });
    if let Some(i) = csv_index {
        let full = format!("{name}/{}", names[i]);
        match entry_bytes(&mut zip, i) {
            Ok((bytes, end)) => {
                let rows = csvlog::read(&full, &bytes, reader.zone);
                reader.csv(&full, rows, Some(&mut links));
                progress(end);
            }
            Err(p) => reader.error(&full, p),
        }
    }
    let mut linked: HashMap<String, Activity> = links
        .into_iter()
        .map(|(file, a)| (file.trim_start_matches("./").to_ascii_lowercase(), a))
        .collect();

    for (i, entry) in names.iter().enumerate() {
        let lower = entry.to_ascii_lowercase();
        if !ACTIVITY_ENDINGS.iter().any(|e| lower.ends_with(e)) {
            continue;
        }
        // A row's file is named from the archive's root; exports unpacked
        // and zipped again gain a top folder.
        let key = if linked.contains_key(&lower) {
            Some(lower.clone())
        } else {
            lower
                .split_once('/')
                .map(|(_, rest)| rest.to_owned())
                .filter(|k| linked.contains_key(k))
        };
        let row = key.and_then(|k| linked.remove(&k));
        if let Some(r) = &row {
            if !matches!(r.sport, Sport::Run | Sport::Unnamed) {
                // The list says what it is: not a run, no need to read it.
                reader.left.push(r.clone());
                continue;
            }
        }
        let full = format!("{name}/{entry}");
        match entry_bytes(&mut zip, i) {
            Ok((bytes, end)) => {
                reader.activity_file(&full, &bytes, row);
                progress(end);
            }
            Err(p) => reader.linked_only(&full, p, row),
        }
    }
    // Rows whose file is not in the archive (manual entries) count as listed.
    let mut rest: Vec<Activity> = linked.into_values().collect();
    rest.sort_by_key(|a| a.run.start_local);
    for a in rest {
        reader.take(a);
    }

    if reader.found.len() == runs_before {
        let nothing = reader.errors.len() == errors_before && reader.left.len() == left_before;
        reader.error(
            name,
            if nothing {
                Problem::NoActivity
            } else {
                Problem::NoRuns
            },
        );
    }
}

/// One entry's bytes (at most [`MAX_FILE_BYTES`]) and where it ends in the
/// archive (for progress).
fn entry_bytes<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    i: usize,
) -> Result<(Vec<u8>, u64), Problem> {
    let mut f = zip.by_index(i).map_err(|_| Problem::Corrupt(Format::Zip))?;
    if f.size() > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            limit: MAX_FILE_BYTES,
        });
    }
    let end = f.header_start() + f.compressed_size();
    let mut bytes = Vec::with_capacity(f.size() as usize);
    (&mut f)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| Problem::Corrupt(Format::Zip))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            limit: MAX_FILE_BYTES,
        });
    }
    Ok((bytes, end))
}
