//! Reads a runner's activity log into runs: when each run started (local date
//! and time), how far it went and, where the log names it, in which shoes.
//!
//! Inputs, picked or dropped by the runner:
//! - `.fit` files (Garmin, Coros, Polar, Suunto, Wahoo…), parsed by `fitparser`;
//! - `.gpx` and `.tcx` files, parsed by `quick-xml` (serde);
//! - a Strava `activities.csv` or a Garmin Connect activities export, by `csv`;
//! - a Strava "download your data" archive (`.zip`), by `zip`;
//! - any of the activity files gzipped (`.fit.gz`…), by `flate2`.
//!
//! Runs only: the activity type or sport decides (see [`sport::Sport`]);
//! walks, rides and the rest are left out and counted in [`LeftOut`].
//!
//! Distance: the file's own totals where it has them (the FIT session's
//! total, the TCX laps' totals, the Strava or Garmin CSV's distance, in this
//! order when one run is read twice), otherwise measured along the track
//! ([`DistanceFrom`]).
//!
//! Local time (the day a run counts for): the wall-clock time where the run
//! took place when the file records it (a FIT file's `activity.local_timestamp`,
//! a GPX or TCX time written with an offset other than `Z`, the Garmin CSV's
//! date); otherwise the UTC start converted with the time zone the caller
//! passes ([`Reader::new`]), in the app the device's zone at that instant.
//!
//! The same run read twice (in a CSV and as a file, or as a .fit and a .gpx)
//! counts once: see [`same_run`].
//!
//! Bad input never panics: every file ends either in runs (and left-out
//! counts) or in a [`FileError`] naming it; the rest is still used.
mod archive;
mod csvlog;
mod fit;
mod geo;
pub mod sport;
mod time;
mod xml;

pub use chrono;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use sport::Sport;
use std::io::{Read, Seek};

/// The largest archive read (a Strava export with photos can be large; only
/// its activity files are read, never the whole archive into memory).
pub const MAX_ARCHIVE_BYTES: u64 = 4 << 30;
/// The largest single file read, and the largest file unpacked from a `.gz`
/// or an archive (a run's FIT file is well under 1 MB; a day-long GPX a few MB).
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Where a run's distance came from, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DistanceFrom {
    /// The FIT session's total distance.
    Session,
    /// The sum of the TCX laps' totals (the device's own).
    Laps,
    /// The distance column of a Strava or Garmin CSV (the app's summary).
    Csv,
    /// The device's running distance on the last record (FIT, TCX).
    Records,
    /// Measured along the track's positions.
    Track,
}

/// How sure the start's local time is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LocalFrom {
    /// The file records the local time (FIT local_timestamp, an ISO offset,
    /// the Garmin CSV's date).
    File,
    /// UTC converted with the caller's time zone.
    Zone,
}

/// One run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// Wall-clock start where the run took place.
    pub start_local: NaiveDateTime,
    pub local_from: LocalFrom,
    /// The start in seconds since 1970 UTC, when the log gives it.
    pub start_utc: Option<i64>,
    /// Metres.
    pub distance_m: f64,
    pub distance_from: DistanceFrom,
    /// The shoes (Strava's "Activity Gear"), when the log names them.
    pub gear: Option<String>,
    /// The file it came from (inside an archive: `archive.zip/activities/1.fit`).
    pub file: String,
}

/// Activities read but left out, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    pub walks: u32,
    pub rides: u32,
    pub other: u32,
    /// Activities that named no sport at all (many GPX files).
    pub unnamed: u32,
}

impl LeftOut {
    pub fn total(&self) -> u32 {
        self.walks + self.rides + self.other + self.unnamed
    }

    fn count(&mut self, sport: &Sport) {
        match sport {
            Sport::Run => {}
            Sport::Walk => self.walks += 1,
            Sport::Ride => self.rides += 1,
            Sport::Other => self.other += 1,
            Sport::Unnamed => self.unnamed += 1,
        }
    }
}

/// The formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Fit,
    Gpx,
    Tcx,
    Csv,
    Zip,
    Gzip,
}

/// What went wrong with one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// Not a type this reader knows (by its name's ending).
    UnknownType,
    /// Truncated or corrupt: it could not be read as this format.
    Corrupt(Format),
    /// A CSV that is neither a Strava activities.csv nor a Garmin Connect export.
    CsvLayout,
    /// Read, but it holds no activity at all (e.g. a FIT settings file).
    NoActivity,
    /// Read, but not a single run in it (its activities are left out).
    NoRuns,
    /// Past the stated size limit (bytes).
    TooLarge { limit: u64 },
}

/// A file that gave no runs, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileError {
    pub file: String,
    pub problem: Problem,
}

/// What was read from everything given to one [`Reader`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LogRead {
    /// Each run once, in start order.
    pub runs: Vec<Run>,
    pub left_out: LeftOut,
    /// Runs read twice (CSV and file, or two files) and counted once.
    pub duplicates: u32,
    /// Files that gave nothing, each with its reason.
    pub errors: Vec<FileError>,
    /// Activity files and CSVs read (inside archives too).
    pub files: u32,
}

/// One activity as a file or a CSV row gives it, before deduplication.
#[derive(Clone, Debug)]
struct Activity {
    sport: Sport,
    run: Run,
}

impl Activity {
    fn new(
        file: &str,
        sport: Sport,
        st: time::Start,
        distance_m: f64,
        from: DistanceFrom,
    ) -> Activity {
        Activity {
            sport,
            run: Run {
                start_local: st.local,
                local_from: st.from,
                start_utc: st.utc,
                distance_m: if distance_m.is_finite() {
                    distance_m.max(0.0)
                } else {
                    0.0
                },
                distance_from: from,
                gear: None,
                file: file.to_owned(),
            },
        }
    }
}

/// Reads files one by one; [`Reader::finish`] merges what they gave.
pub struct Reader<'z> {
    zone: &'z dyn Fn(i64) -> i32,
    found: Vec<Run>,
    /// Activities that are not runs (counted once each at the end).
    left: Vec<Activity>,
    errors: Vec<FileError>,
    files: u32,
}

/// A progress callback: bytes of the current file read so far.
pub type Progress<'p> = &'p mut dyn FnMut(u64);

impl<'z> Reader<'z> {
    /// `zone(utc_seconds)` gives the UTC offset in minutes (east positive) of
    /// the time zone to use at that instant when the log has no local time.
    pub fn new(zone: &'z dyn Fn(i64) -> i32) -> Reader<'z> {
        Reader {
            zone,
            found: Vec::new(),
            left: Vec::new(),
            errors: Vec::new(),
            files: 0,
        }
    }

    /// Reads one file held in memory.
    pub fn read_bytes(&mut self, name: &str, bytes: &[u8]) {
        let len = bytes.len() as u64;
        self.read(name, len, std::io::Cursor::new(bytes), &mut |_| {});
    }

    /// Reads one file of `size` bytes from `src` (an archive is read entry by
    /// entry, never whole into memory); `progress` hears the bytes read so far.
    pub fn read<R: Read + Seek>(&mut self, name: &str, size: u64, src: R, progress: Progress) {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".zip") {
            if size > MAX_ARCHIVE_BYTES {
                self.error(
                    name,
                    Problem::TooLarge {
                        limit: MAX_ARCHIVE_BYTES,
                    },
                );
                return;
            }
            archive::read(self, name, src, progress);
            return;
        }
        if size > MAX_FILE_BYTES {
            self.error(
                name,
                Problem::TooLarge {
                    limit: MAX_FILE_BYTES,
                },
            );
            return;
        }
        let mut bytes = Vec::new();
        if src
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .is_err()
        {
            self.error(
                name,
                Problem::Corrupt(format_of(&lower).unwrap_or(Format::Fit)),
            );
            return;
        }
        progress(size);
        if lower.ends_with(".csv") {
            let acts = csvlog::read(name, &bytes, self.zone);
            self.csv(name, acts, None);
        } else {
            self.activity_file(name, &bytes, None);
        }
    }

    /// A CSV's rows; `links` (the archive's file names) receives the rows
    /// that name their activity file.
    fn csv(
        &mut self,
        name: &str,
        rows: Result<Vec<(Activity, Option<String>)>, Problem>,
        links: Option<&mut Vec<(String, Activity)>>,
    ) {
        self.files += 1;
        let rows = match rows {
            Ok(rows) => rows,
            Err(p) => return self.error(name, p),
        };
        if !rows.iter().any(|(a, _)| a.sport == Sport::Run) {
            self.left.extend(rows.into_iter().map(|(a, _)| a));
            return self.error(name, Problem::NoRuns);
        }
        let mut links = links;
        for (a, file) in rows {
            match (file, links.as_deref_mut()) {
                (Some(f), Some(l)) => l.push((f, a)),
                _ => self.take(a),
            }
        }
    }

    /// One activity file (gzipped or not). `linked` is the CSV row that names
    /// this file in an archive: its sport decides when the file names none,
    /// and its distance and gear join the run.
    fn activity_file(&mut self, name: &str, bytes: &[u8], linked: Option<Activity>) {
        let lower = name.to_ascii_lowercase();
        let (inner, bytes) = if let Some(stem) = lower.strip_suffix(".gz") {
            match gunzip(bytes) {
                Ok(b) => (stem.to_owned(), std::borrow::Cow::Owned(b)),
                Err(p) => return self.linked_only(name, p, linked),
            }
        } else {
            (lower.clone(), std::borrow::Cow::Borrowed(bytes))
        };
        let acts = if inner.ends_with(".fit") {
            fit::read(name, &bytes, self.zone)
        } else if inner.ends_with(".gpx") {
            xml::read_gpx(name, &bytes, self.zone)
        } else if inner.ends_with(".tcx") {
            xml::read_tcx(name, &bytes, self.zone)
        } else {
            return self.linked_only(name, Problem::UnknownType, linked);
        };
        self.files += 1;
        let acts = match acts {
            Ok(a) if a.is_empty() => return self.linked_only(name, Problem::NoActivity, linked),
            Ok(a) => a,
            Err(p) => return self.linked_only(name, p, linked),
        };
        let mut linked = linked;
        for mut a in acts {
            if let Some(row) = linked.take() {
                if a.sport == Sport::Unnamed {
                    a.sport = row.sport;
                }
                if a.sport == Sport::Run {
                    a.run = merge(a.run, row.run);
                }
            }
            self.take(a);
        }
    }

    /// A linked file that could not be read: the error is reported and the
    /// CSV row still counts.
    fn linked_only(&mut self, name: &str, p: Problem, linked: Option<Activity>) {
        self.error(name, p);
        if let Some(row) = linked {
            self.take(row);
        }
    }

    fn take(&mut self, a: Activity) {
        if a.sport == Sport::Run {
            self.found.push(a.run);
        } else {
            self.left.push(a);
        }
    }

    fn error(&mut self, file: &str, problem: Problem) {
        self.errors.push(FileError {
            file: file.to_owned(),
            problem,
        });
    }

    /// Every run once, in start order, with what was left out (each
    /// activity once too) and why.
    pub fn finish(self) -> LogRead {
        let (mut out, duplicates) = once(self.found);
        out.sort_by_key(|r| r.start_local);
        let mut left_out = LeftOut::default();
        for sport in [Sport::Walk, Sport::Ride, Sport::Other, Sport::Unnamed] {
            let of_kind = self
                .left
                .iter()
                .filter(|a| a.sport == sport)
                .map(|a| a.run.clone())
                .collect();
            for _ in once(of_kind).0 {
                left_out.count(&sport);
            }
        }
        LogRead {
            runs: out,
            left_out,
            duplicates,
            errors: self.errors,
            files: self.files,
        }
    }
}

/// Each activity once: the same one read twice ([`same_run`]) is merged;
/// also how many were merged away.
fn once(mut runs: Vec<Run>) -> (Vec<Run>, u32) {
    runs.sort_by_key(instant);
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    let mut duplicates = 0;
    {
        for run in runs {
            // Runs are sorted by start: a twin is among the last few kept.
            let twin = out
                .iter()
                .rev()
                .take_while(|k| instant(&run) - instant(k) <= SAME_START_SECONDS + 16 * 3600)
                .position(|k| same_run(k, &run));
            match twin {
                Some(back) => {
                    let i = out.len() - 1 - back;
                    let kept = out[i].clone();
                    out[i] = merge(kept, run);
                    duplicates += 1;
                }
                None => out.push(run),
            }
        }
    }
    (out, duplicates)
}

/// Two starts this close (seconds) can be the same run.
pub const SAME_START_SECONDS: i64 = 120;

/// The same run read twice: starts within [`SAME_START_SECONDS`] (UTC when
/// both give it, else the local wall clock) and distances within 10 % of the
/// longer one or 200 m (a GPS track and a device's total differ a little).
pub fn same_run(a: &Run, b: &Run) -> bool {
    let apart = match (a.start_utc, b.start_utc) {
        (Some(x), Some(y)) => (x - y).abs(),
        _ => (a.start_local - b.start_local).num_seconds().abs(),
    };
    let longer = a.distance_m.max(b.distance_m);
    let diff = (a.distance_m - b.distance_m).abs();
    apart <= SAME_START_SECONDS && (diff <= longer * 0.1 || diff <= 200.0)
}

/// Sort key: UTC where known, else the wall clock read as UTC (runs without
/// UTC are few and only from a Garmin CSV).
fn instant(r: &Run) -> i64 {
    r.start_utc
        .unwrap_or_else(|| r.start_local.and_utc().timestamp())
}

/// One run from two readings: the best-known local time, the best distance
/// source, the gear from whichever names it.
fn merge(a: Run, b: Run) -> Run {
    let (time, other) =
        if (a.local_from, a.start_utc.is_none()) <= (b.local_from, b.start_utc.is_none()) {
            (a, b)
        } else {
            (b, a)
        };
    let (distance_m, distance_from) = if time.distance_from <= other.distance_from {
        (time.distance_m, time.distance_from)
    } else {
        (other.distance_m, other.distance_from)
    };
    Run {
        distance_m,
        distance_from,
        gear: time.gear.clone().or(other.gear),
        start_utc: time.start_utc.or(other.start_utc),
        ..time
    }
}

fn format_of(lower: &str) -> Option<Format> {
    let stem = lower.strip_suffix(".gz").unwrap_or(lower);
    Some(if stem.ends_with(".fit") {
        Format::Fit
    } else if stem.ends_with(".gpx") {
        Format::Gpx
    } else if stem.ends_with(".tcx") {
        Format::Tcx
    } else if stem.ends_with(".csv") {
        Format::Csv
    } else if stem.ends_with(".zip") {
        Format::Zip
    } else {
        return None;
    })
}

/// Unpacks a `.gz`, at most [`MAX_FILE_BYTES`].
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    let mut dec = flate2::read::GzDecoder::new(bytes).take(MAX_FILE_BYTES + 1);
    dec.read_to_end(&mut out)
        .map_err(|_| Problem::Corrupt(Format::Gzip))?;
    if out.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
