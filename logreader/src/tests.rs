//! The reader against the committed fixtures (tests/fixtures/logs, written by
//! Garmin's FIT SDK and laid out as the apps export GPX, TCX and CSV) and a
//! Strava-style archive built here.
use super::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Berlin in 2024: summer time (UTC+2) until 27 Oct 01:00 UTC, then UTC+1.
fn berlin(utc: i64) -> i32 {
    if utc < 1_729_990_800 {
        120
    } else {
        60
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/logs")
}

fn season_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(fixtures().join("season"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".csv"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(rel)).unwrap()
}

fn read_all(files: &[(String, Vec<u8>)]) -> LogRead {
    let mut r = Reader::new(&berlin);
    for (name, bytes) in files {
        r.read_bytes(name, bytes);
    }
    r.finish()
}

fn run_on<'a>(log: &'a LogRead, date: &str) -> &'a Run {
    let on: Vec<_> = log
        .runs
        .iter()
        .filter(|r| r.start_local.date().to_string() == date)
        .collect();
    assert_eq!(on.len(), 1, "runs on {date}: {on:?}");
    on[0]
}

#[test]
fn a_season_of_files_gives_every_run_once_and_leaves_out_the_ride_and_the_walk() {
    let log = read_all(&season_files());
    assert_eq!(log.errors, vec![]);
    assert_eq!(log.runs.len(), 39);
    assert_eq!(log.files, 41);
    assert_eq!(
        log.left_out,
        LeftOut {
            walks: 1,
            rides: 1,
            other: 0,
            unnamed: 0
        }
    );
    assert_eq!(log.duplicates, 0);
    // The spike: a FIT session's own total, at 07:00 Berlin time.
    let spike = run_on(&log, "2024-11-28");
    assert_eq!(spike.start_local.to_string(), "2024-11-28 07:00:00");
    assert_eq!(spike.distance_m, 21_100.0);
    // Summer time: the FIT file's own local time; the GPX's Z time in the zone.
    assert_eq!(
        run_on(&log, "2024-09-03").start_local.to_string(),
        "2024-09-03 18:30:00"
    );
    assert_eq!(run_on(&log, "2024-09-03").local_from, LocalFrom::File);
    let gpx = run_on(&log, "2024-09-05");
    assert_eq!(
        (gpx.start_local.to_string().as_str(), gpx.local_from),
        ("2024-09-05 07:00:00", LocalFrom::Zone)
    );
    assert_eq!(gpx.distance_from, DistanceFrom::Track);
    assert!(
        (gpx.distance_m - 10_000.0).abs() < 1.0,
        "{}",
        gpx.distance_m
    );
    // The day summer time ended, and TCX laps.
    assert_eq!(
        run_on(&log, "2024-10-27").start_local.to_string(),
        "2024-10-27 09:00:00"
    );
    let tcx = log.runs.iter().find(|r| r.file.ends_with(".tcx")).unwrap();
    assert_eq!(tcx.distance_from, DistanceFrom::Laps);
    // Gzipped FIT.
    let gz = log
        .runs
        .iter()
        .find(|r| r.file.ends_with(".fit.gz"))
        .unwrap();
    assert_eq!(gz.distance_from, DistanceFrom::Session);
    assert!(log
        .runs
        .windows(2)
        .all(|w| w[0].start_local < w[1].start_local));
}

#[test]
fn the_strava_list_and_the_files_count_each_run_once_with_the_files_time_and_total() {
    let mut files = season_files();
    files.push(("activities.csv".into(), fixture("season/activities.csv")));
    let log = read_all(&files);
    assert_eq!(log.errors, vec![]);
    assert_eq!(log.runs.len(), 39);
    // November's 13 runs, the ride and the walk are in both: each counts once.
    assert_eq!(log.duplicates, 13);
    assert_eq!(
        log.left_out,
        LeftOut {
            walks: 1,
            rides: 1,
            other: 0,
            unnamed: 0
        }
    );
    let spike = run_on(&log, "2024-11-28");
    assert_eq!(
        (spike.distance_m, spike.distance_from),
        (21_100.0, DistanceFrom::Session)
    );
    assert_eq!(spike.gear.as_deref(), Some("Pegasus 40"));
    assert_eq!(spike.local_from, LocalFrom::File);
    // A TCX file's lap totals (the device's) win over Strava's summary.
    let tcx = run_on(&log, "2024-11-24");
    assert_eq!(
        (tcx.distance_m, tcx.distance_from),
        (15_000.0, DistanceFrom::Laps)
    );
    // A GPX track's length gives way to Strava's total.
    let gpx_nov = log
        .runs
        .iter()
        .find(|r| {
            r.start_local.date().to_string().starts_with("2024-11")
                && r.distance_from == DistanceFrom::Csv
        })
        .unwrap();
    assert_eq!(gpx_nov.gear.as_deref(), Some("Pegasus 40"));
    assert_eq!(log.runs.iter().filter(|r| r.gear.is_some()).count(), 13);
}

/// A Strava "download your data" archive: activities.csv, the files it names
/// under activities/ (some gzipped), the older files, and things to skip.
fn strava_archive() -> Vec<u8> {
    let csv = String::from_utf8(fixture("season/activities.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let linked: Vec<String> = rows.records().map(|r| r.unwrap()[12].to_owned()).collect();
    let season = season_files();
    let november: Vec<_> = season
        .iter()
        .filter(|(n, _)| n.starts_with("2024-11"))
        .collect();
    assert_eq!(november.len(), linked.len());
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in [
        ("activities.csv", csv.as_bytes()),
        (
            "profile.csv",
            b"Athlete ID,Email Address\n1,a@b.c\n".as_slice(),
        ),
        ("media/IMG_0001.jpg", &[0xFF, 0xD8, 0xFF, 0xE0][..]),
    ] {
        zip.start_file(name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    for ((_, bytes), link) in november.iter().zip(&linked) {
        zip.start_file(link, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    for (name, bytes) in season.iter().filter(|(n, _)| !n.starts_with("2024-11")) {
        zip.start_file(format!("activities/{name}"), opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn a_strava_archive_is_read_through_its_list_and_files() {
    let zip = strava_archive();
    let mut r = Reader::new(&berlin);
    let mut seen = Vec::new();
    r.read(
        "export_1234.zip",
        zip.len() as u64,
        std::io::Cursor::new(&zip),
        &mut |b| seen.push(b),
    );
    let log = r.finish();
    assert_eq!(log.errors, vec![]);
    assert_eq!(log.runs.len(), 39);
    // Linked rows merge with their file, not by guessing: no duplicates.
    assert_eq!(log.duplicates, 0);
    assert_eq!(
        log.left_out,
        LeftOut {
            walks: 1,
            rides: 1,
            other: 0,
            unnamed: 0
        }
    );
    let spike = run_on(&log, "2024-11-28");
    assert_eq!(
        (spike.distance_m, spike.gear.as_deref()),
        (21_100.0, Some("Pegasus 40"))
    );
    assert!(spike.file.starts_with("export_1234.zip/activities/"));
    // Progress rises to the archive's end.
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert!(*seen.last().unwrap() > zip.len() as u64 * 9 / 10);
}

#[test]
fn a_gpx_without_a_sport_takes_the_strava_lists() {
    let coros = fixture("single/coros-2024-10-01.gpx");
    let csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Distance,Activity Gear,Filename\n\
               1,\"Oct 1, 2024, 4:30:00 PM\",Run,Run,8.00,Kinvara,activities/1.gpx\n";
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("activities.csv", opts).unwrap();
    zip.write_all(csv.as_bytes()).unwrap();
    zip.start_file("activities/1.gpx", opts).unwrap();
    zip.write_all(&coros).unwrap();
    zip.finish().unwrap();
    let bytes = buf.into_inner();
    let mut r = Reader::new(&berlin);
    r.read_bytes("strava.zip", &bytes);
    let log = r.finish();
    assert_eq!(log.errors, vec![]);
    assert_eq!(log.runs.len(), 1);
    let run = &log.runs[0];
    // The file's own offset (+02:00); Strava's total (one distance column: km).
    assert_eq!(run.start_local.to_string(), "2024-10-01 18:30:00");
    assert_eq!(
        (run.distance_m, run.distance_from),
        (8000.0, DistanceFrom::Csv)
    );
    assert_eq!(run.gear.as_deref(), Some("Kinvara"));
    // Alone, the same file names no sport: left out and counted.
    let log = read_all(&[("coros.gpx".into(), coros)]);
    assert_eq!((log.runs.len(), log.left_out.unnamed), (0, 1));
}

#[test]
fn a_run_near_midnight_counts_for_the_day_where_it_was_run() {
    // 14:50 UTC is 23:50 in Tokyo (the file's local time) and 15:50 in Berlin.
    let log = read_all(&[("tokyo.fit".into(), fixture("single/tokyo-late.fit"))]);
    assert_eq!(log.runs[0].start_local.to_string(), "2024-11-20 23:50:00");
    assert_eq!(log.runs[0].start_utc, Some(1_732_114_200));
    // Without a local time in the file, the caller's zone decides.
    let tokyo_tcx = xml::read_tcx(
        "t.tcx",
        b"<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2024-11-20T14:50:00Z</Id>\
          <Lap StartTime=\"2024-11-20T14:50:00Z\"><DistanceMeters>6000</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>",
        &|_| 9 * 60,
    )
    .unwrap();
    assert_eq!(
        tokyo_tcx[0].run.start_local.to_string(),
        "2024-11-20 23:50:00"
    );
    let berlin_tcx = xml::read_tcx(
        "t.tcx",
        b"<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2024-11-20T23:30:00Z</Id></Activity></Activities></TrainingCenterDatabase>",
        &berlin,
    )
    .unwrap();
    assert_eq!(
        berlin_tcx[0].run.start_local.to_string(),
        "2024-11-21 00:30:00"
    );
}

#[test]
fn a_fit_file_without_a_session_is_read_from_its_records() {
    let log = read_all(&[("ns.fit".into(), fixture("single/no-session.fit"))]);
    assert_eq!(log.errors, vec![]);
    assert_eq!(log.runs.len(), 1);
    assert_eq!(
        (log.runs[0].distance_m, log.runs[0].distance_from),
        (7000.0, DistanceFrom::Records)
    );
}

#[test]
fn a_garmin_connect_export_is_read_in_local_time() {
    let csv = "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR\n\
               Running,2024-11-28 07:00:00,false,Berlin Running,21.10,1520,01:56:03,150\n\
               Treadmill Running,2024-11-26 18:30:00,false,Treadmill,8.00,600,00:44:00,140\n\
               Cycling,2024-11-16 10:00:00,false,Ride,\"42,00\",900,01:30:00,130\n";
    let log = read_all(&[("Activities.csv".into(), csv.as_bytes().to_vec())]);
    assert_eq!(log.errors, vec![]);
    assert_eq!(log.runs.len(), 2);
    assert_eq!(log.left_out.rides, 1);
    let r = &log.runs[1];
    assert_eq!(r.start_local.to_string(), "2024-11-28 07:00:00");
    assert_eq!(
        (r.distance_m, r.distance_from, r.start_utc),
        (21_100.0, DistanceFrom::Csv, None)
    );
    // With the watch's file: one run, the file's session total.
    let mut files = vec![("Activities.csv".into(), csv.as_bytes().to_vec())];
    files.extend(
        season_files()
            .into_iter()
            .filter(|(n, _)| n.starts_with("2024-11-28")),
    );
    let log = read_all(&files);
    assert_eq!((log.runs.len(), log.duplicates), (2, 1));
    assert_eq!(log.runs[1].distance_from, DistanceFrom::Session);
    assert_eq!(log.runs[1].start_utc, Some(1_732_773_600));
}

#[test]
fn the_same_run_as_fit_and_gpx_counts_once_and_two_runs_a_day_twice() {
    let base = Run {
        start_local: chrono::NaiveDate::from_ymd_opt(2024, 11, 28)
            .unwrap()
            .and_hms_opt(7, 0, 0)
            .unwrap(),
        local_from: LocalFrom::File,
        start_utc: Some(1_732_773_600),
        distance_m: 10_000.0,
        distance_from: DistanceFrom::Session,
        gear: None,
        file: "a.fit".into(),
    };
    let gps = Run {
        start_utc: Some(1_732_773_600 + 90),
        distance_m: 10_600.0,
        distance_from: DistanceFrom::Track,
        ..base.clone()
    };
    assert!(same_run(&base, &gps));
    let later = Run {
        start_utc: Some(1_732_773_600 + 121),
        ..gps.clone()
    };
    assert!(!same_run(&base, &later));
    let longer = Run {
        distance_m: 11_200.0,
        ..gps.clone()
    };
    assert!(!same_run(&base, &longer));
    let short = Run {
        distance_m: 1_000.0,
        ..base.clone()
    };
    let short_gps = Run {
        distance_m: 1_190.0,
        ..gps.clone()
    };
    assert!(same_run(&short, &short_gps), "within 200 m");
    let merged = merge(
        gps,
        Run {
            gear: Some("Kinvara".into()),
            ..base.clone()
        },
    );
    assert_eq!(
        (merged.distance_from, merged.gear.as_deref()),
        (DistanceFrom::Session, Some("Kinvara"))
    );
}

#[test]
fn bad_files_are_named_with_their_reason_and_the_rest_is_used() {
    let fit = fixture("season/2024-11-28-run.fit");
    let gpx = fixture("season/2024-09-05-run.gpx");
    let zip = strava_archive();
    let only_rides = "Activity ID,Activity Date,Activity Name,Activity Type,Distance\n1,\"Nov 3, 2024, 8:00:00 AM\",Ride,Ride,40.0\n";
    let mut r = Reader::new(&berlin);
    r.read_bytes("good.fit", &fit);
    r.read_bytes("notes.txt", b"ran 10k");
    r.read_bytes("cut.fit", &fit[..fit.len() / 2]);
    r.read_bytes("cut.gpx", &gpx[..gpx.len() / 2]);
    r.read_bytes("cut.zip", &zip[..zip.len() / 2]);
    r.read_bytes("bad.fit.gz", b"\x1f\x8b\x08\x00garbage");
    r.read_bytes("bank.csv", b"Booking date;Amount\n2024-11-01;12.00\n");
    r.read_bytes("rides.csv", only_rides.as_bytes());
    r.read_bytes("settings.fit", &fixture("single/settings.fit"));
    r.read(
        "huge.zip",
        MAX_ARCHIVE_BYTES + 1,
        std::io::Cursor::new(&zip),
        &mut |_| {},
    );
    r.read(
        "huge.gpx",
        MAX_FILE_BYTES + 1,
        std::io::Cursor::new(&gpx),
        &mut |_| {},
    );
    let log = r.finish();
    assert_eq!(log.runs.len(), 1);
    assert_eq!(log.left_out.rides, 1);
    let got: Vec<(&str, &Problem)> = log
        .errors
        .iter()
        .map(|e| (e.file.as_str(), &e.problem))
        .collect();
    assert_eq!(
        got,
        vec![
            ("notes.txt", &Problem::UnknownType),
            ("cut.fit", &Problem::Corrupt(Format::Fit)),
            ("cut.gpx", &Problem::Corrupt(Format::Gpx)),
            ("cut.zip", &Problem::Corrupt(Format::Zip)),
            ("bad.fit.gz", &Problem::Corrupt(Format::Gzip)),
            ("bank.csv", &Problem::CsvLayout),
            ("rides.csv", &Problem::NoRuns),
            ("settings.fit", &Problem::NoActivity),
            (
                "huge.zip",
                &Problem::TooLarge {
                    limit: MAX_ARCHIVE_BYTES
                }
            ),
            (
                "huge.gpx",
                &Problem::TooLarge {
                    limit: MAX_FILE_BYTES
                }
            ),
        ]
    );
}

#[test]
fn an_archive_without_runs_says_so() {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    zip.start_file(
        "activities/ride.fit",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(&fixture("season/2024-11-16-ride.fit"))
        .unwrap();
    zip.start_file("media/a.jpg", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.finish().unwrap();
    let log = read_all(&[("rides.zip".into(), buf.into_inner())]);
    assert_eq!(
        log.errors,
        vec![FileError {
            file: "rides.zip".into(),
            problem: Problem::NoRuns
        }]
    );
    assert_eq!(log.left_out.rides, 1);
}

/// An archive with a list, a gzipped FIT file and a GPX file.
fn small_archive() -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, file) in [
        ("activities.csv", "season/activities.csv"),
        ("activities/1.fit.gz", "season/2024-11-21-run.fit.gz"),
        ("activities/2.gpx", "single/coros-2024-10-01.gpx"),
    ] {
        zip.start_file(name, opts).unwrap();
        zip.write_all(&fixture(file)).unwrap();
    }
    zip.finish().unwrap();
    buf.into_inner()
}

/// Cut and bit-flipped copies of every format: each ends in runs or an
/// error, never a panic.
#[test]
fn truncated_and_corrupted_bytes_never_panic() {
    let inputs = [
        ("a.fit", fixture("season/2024-11-28-run.fit")),
        ("a.fit.gz", fixture("season/2024-09-12-run.fit.gz")),
        ("a.gpx", fixture("season/2024-09-05-run.gpx")),
        ("a.tcx", fixture("season/2024-09-10-run.tcx")),
        ("a.csv", fixture("season/activities.csv")),
        ("a.zip", small_archive()),
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut cases = 0;
    for (name, bytes) in &inputs {
        let n = bytes.len();
        let cuts = (0..64)
            .map(|i| i * n / 64)
            .chain([1, 2, 11, 12, 13, 14, n - 1, n - 2]);
        for cut in cuts {
            let log = read_all(&[(name.to_string(), bytes[..cut].to_vec())]);
            assert!(
                !log.runs.is_empty() || !log.errors.is_empty() || log.left_out.total() > 0,
                "{name} cut at {cut}"
            );
            cases += 1;
        }
        for _ in 0..96 {
            let mut b = bytes.clone();
            for _ in 0..1 + next() % 8 {
                let i = (next() % n as u64) as usize;
                b[i] ^= 1 << (next() % 8);
            }
            read_all(&[(name.to_string(), b)]);
            cases += 1;
        }
    }
    assert!(cases > 900);
}
