//! From the reader's types to the core's: the local day and minute, whole
//! metres, the problems the page can say in both languages.
use backcheck::assessment::date::Date;
use backcheck::assessment::log::LogRun;
use backcheck::assessment::logread::{FileProblem, LeftOut, LogFiles, Problem};
use logreader::chrono::{Datelike, Timelike};

/// Bytes in a megabyte, for size limits.
const MB: u64 = 1 << 20;

pub fn log_files(read: logreader::LogRead) -> LogFiles {
    let runs = read
        .runs
        .iter()
        .filter_map(|r| {
            let t = r.start_local;
            Some(LogRun {
                day: Date::from_ymd(t.year(), t.month(), t.day())?,
                minute: (t.hour() * 60 + t.minute()) as u16,
                metres: r.distance_m.round().clamp(0.0, f64::from(u32::MAX)) as u32,
                gear: r.gear.clone(),
            })
        })
        .collect();
    let problems = read
        .errors
        .into_iter()
        .map(|e| FileProblem {
            file: e.file,
            problem: match e.problem {
                logreader::Problem::UnknownType => Problem::UnknownType,
                logreader::Problem::Corrupt(_) => Problem::Corrupt,
                logreader::Problem::CsvLayout => Problem::CsvLayout,
                logreader::Problem::NoActivity => Problem::NoActivity,
                logreader::Problem::NoRuns => Problem::NoRuns,
                logreader::Problem::TooLarge { limit } => {
                    Problem::TooLarge(u32::try_from(limit / MB).unwrap_or(u32::MAX))
                }
            },
        })
        .collect();
    let l = read.left_out;
    LogFiles {
        runs,
        left_out: LeftOut {
            walks: l.walks,
            rides: l.rides,
            other: l.other,
            unnamed: l.unnamed,
        },
        duplicates: read.duplicates,
        problems,
        files: read.files,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_become_local_days_and_whole_metres_and_problems_keep_their_file() {
        let mut r = logreader::Reader::new(&|_| 60);
        let csv = "Activity Type,Date,Distance\nRunning,2024-11-28 23:59:30,21.0996\nRunning,2024-11-29 00:00:10,5.0\n";
        r.read_bytes("Activities.csv", csv.as_bytes());
        r.read(
            "big.zip",
            logreader::MAX_ARCHIVE_BYTES + 1,
            std::io::Cursor::new(b""),
            &mut |_| {},
        );
        let files = log_files(r.finish());
        let got: Vec<_> = files
            .runs
            .iter()
            .map(|r| (r.day.to_string(), r.minute, r.metres))
            .collect();
        assert_eq!(
            got,
            vec![
                ("2024-11-28".into(), 23 * 60 + 59, 21_100),
                ("2024-11-29".into(), 0, 5_000)
            ]
        );
        assert_eq!(
            files.problems,
            vec![FileProblem {
                file: "big.zip".into(),
                problem: Problem::TooLarge(4096)
            }]
        );
        assert_eq!(files.files, 1);
    }
}
