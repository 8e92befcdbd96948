//! What the log reader (a Web Worker) hands the page, and how the page says
//! it: the runs, what was left out, and each file that gave nothing, with
//! its reason. Serde types only; the worker writes them, the page reads them.
use super::log::LogRun;
use super::text::{Lang, Text};
use crate::t;
use serde::{Deserialize, Serialize};

/// Why a file gave no runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// Not a type the reader knows.
    UnknownType,
    /// Truncated or corrupt (the format it was read as).
    Corrupt,
    /// A CSV that is neither Strava's activities.csv nor a Garmin Connect export.
    CsvLayout,
    /// Read, but no activity in it.
    NoActivity,
    /// Read, but no run in it.
    NoRuns,
    /// Past the size limit (in MB).
    TooLarge(u32),
}

impl Problem {
    pub fn text(self, lang: Lang) -> String {
        let fixed: Text = match self {
            Problem::UnknownType => t!(
                "not a type Back Check reads (.fit, .fit.gz, .gpx, .tcx, .csv or a Strava .zip)",
                "kein Dateityp, den Back Check liest (.fit, .fit.gz, .gpx, .tcx, .csv oder ein ZIP-Export von Strava)"
            ),
            Problem::Corrupt => t!(
                "damaged or cut off, so it could not be read",
                "beschädigt oder unvollständig und daher nicht lesbar"
            ),
            Problem::CsvLayout => t!(
                "a CSV file, but not Strava's activities.csv or a Garmin Connect activities export",
                "eine CSV-Datei, aber weder die activities.csv von Strava noch ein Aktivitäten-Export von Garmin Connect"
            ),
            Problem::NoActivity => t!("no activity in it", "keine Aktivität darin"),
            Problem::NoRuns => t!(
                "activities, but not a single run",
                "Aktivitäten, aber kein einziger Lauf"
            ),
            Problem::TooLarge(mb) => {
                return match lang {
                    Lang::En => format!("larger than the limit of {mb} MB"),
                    Lang::De => format!("größer als die Grenze von {mb} MB"),
                }
            }
        };
        fixed.get(lang).to_owned()
    }
}

/// A file that gave nothing, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileProblem {
    pub file: String,
    pub problem: Problem,
}

/// Activities read and left out, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    pub walks: u32,
    pub rides: u32,
    pub other: u32,
    /// Activities that named no sport.
    pub unnamed: u32,
}

/// Everything read from the files one reading was given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogFiles {
    /// Each run once.
    pub runs: Vec<LogRun>,
    pub left_out: LeftOut,
    /// Runs found twice (a list and a file) and counted once.
    pub duplicates: u32,
    pub problems: Vec<FileProblem>,
    /// Activity files and lists read (inside archives too).
    pub files: u32,
}

/// How far the reading is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub files_done: u32,
    pub files_total: u32,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// The worker's first message, as plain text: started and listening. The
/// page posts `[onset (YYYY-MM-DD or ""), language code, File…]` after it (a
/// message sent before the worker's wasm has loaded would be lost).
pub const READY: &str = "ready";

/// A message from the worker (JSON): how far it is, and at the end what it
/// read, already measured for the onset and said in the page's language, so
/// that the page decodes nothing but this and the summary it stores anyway.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FromWorker {
    pub progress: Progress,
    #[serde(default)]
    pub done: Option<LogDone>,
}

/// Everything read, for the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogDone {
    /// The summary for the onset; `None` without a run up to it (or without
    /// an onset).
    pub summary: Option<super::log::LogSummary>,
    /// What was read and left out (`logtext::read_summary`).
    pub report: String,
    /// Each file that gave nothing: "name: reason".
    pub problems: Vec<String>,
}

impl LogFiles {
    /// What was left out, in words ("2 rides, 1 walk"); empty when nothing.
    pub fn left_out_text(&self, lang: Lang) -> String {
        let l = self.left_out;
        let parts: [(u32, Text, Text); 4] = [
            (
                l.walks,
                t!("walk or hike", "Geh- oder Wanderaktivität"),
                t!("walks or hikes", "Geh- oder Wanderaktivitäten"),
            ),
            (l.rides, t!("ride", "Radfahrt"), t!("rides", "Radfahrten")),
            (
                l.other,
                t!("other activity", "andere Aktivität"),
                t!("other activities", "andere Aktivitäten"),
            ),
            (
                l.unnamed,
                t!(
                    "activity that names no sport",
                    "Aktivität ohne Angabe der Sportart"
                ),
                t!(
                    "activities that name no sport",
                    "Aktivitäten ohne Angabe der Sportart"
                ),
            ),
        ];
        parts
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|(n, one, many)| {
                format!(
                    "{n} {}",
                    if *n == 1 {
                        one.get(lang)
                    } else {
                        many.get(lang)
                    }
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Megabytes with one decimal, for the progress line.
pub fn megabytes(bytes: u64, lang: Lang) -> String {
    let tenths = (u128::from(bytes) * 10 + (1 << 19)) >> 20;
    let sep = match lang {
        Lang::En => '.',
        Lang::De => ',',
    };
    format!("{}{sep}{}", tenths / 10, tenths % 10)
}
