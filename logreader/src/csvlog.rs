//! Activity lists as CSV, by the `csv` crate: Strava's `activities.csv` (from
//! "download your data") and Garmin Connect's activities export.
use crate::sport::Sport;
use crate::time::{in_zone, Start};
use crate::{Activity, DistanceFrom, LocalFrom, Problem};
use chrono::NaiveDateTime;

/// How Strava writes "Activity Date" (UTC), in the export's languages seen.
const STRAVA_DATES: [&str; 5] = [
    "%b %d, %Y, %I:%M:%S %p",
    "%d %b %Y, %H:%M:%S",
    "%d.%m.%Y, %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%SZ",
];
/// How Garmin Connect writes "Date" (the local wall clock).
const GARMIN_DATES: [&str; 3] = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M:%S"];

enum Layout {
    /// Strava: type, date (UTC), the distance columns (the last in metres
    /// when there are two, else km), gear and the activity's file.
    Strava {
        kind: usize,
        date: usize,
        km: Option<usize>,
        metres: Option<usize>,
        gear: Option<usize>,
        file: Option<usize>,
    },
    /// Garmin Connect: type, local date, distance in km (the account's unit;
    /// a runner who set miles sees them read as km).
    Garmin { kind: usize, date: usize, km: usize },
}

/// The CSV's rows as activities, each with the file it names (Strava).
pub fn read(
    name: &str,
    bytes: &[u8],
    zone: &dyn Fn(i64) -> i32,
) -> Result<Vec<(Activity, Option<String>)>, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = rdr.headers().map_err(|_| Problem::CsvLayout)?.clone();
    let layout = layout(&headers).ok_or(Problem::CsvLayout)?;
    let mut out = Vec::new();
    for rec in rdr.records() {
        let Ok(rec) = rec else { continue };
        let get = |i: usize| rec.get(i).map(str::trim).unwrap_or("");
        let row = match &layout {
            Layout::Strava {
                kind,
                date,
                km,
                metres,
                gear,
                file,
            } => {
                let distance = metres
                    .and_then(|i| number(get(i)))
                    .or_else(|| km.and_then(|i| number(get(i))).map(|k| k * 1000.0));
                let start = parse(get(*date), &STRAVA_DATES)
                    .and_then(|t| in_zone(t.and_utc().timestamp(), zone));
                start.map(|st| {
                    let gear = gear.map(get).filter(|g| !g.is_empty()).map(str::to_owned);
                    let file = file.map(get).filter(|f| !f.is_empty()).map(str::to_owned);
                    (
                        Sport::from_name(get(*kind)),
                        st,
                        distance.unwrap_or(0.0),
                        gear,
                        file,
                    )
                })
            }
            Layout::Garmin { kind, date, km } => parse(get(*date), &GARMIN_DATES).map(|local| {
                let st = Start {
                    local,
                    from: LocalFrom::File,
                    utc: None,
                };
                let d = number(get(*km)).map_or(0.0, |k| k * 1000.0);
                (Sport::from_name(get(*kind)), st, d, None, None)
            }),
        };
        let Some((sport, st, distance_m, gear, file)) = row else {
            continue;
        };
        let mut a = Activity::new(name, sport, st, distance_m, DistanceFrom::Csv);
        a.run.gear = gear;
        out.push((a, file));
    }
    if out.is_empty() {
        return Err(Problem::CsvLayout);
    }
    Ok(out)
}

fn layout(h: &csv::StringRecord) -> Option<Layout> {
    let find = |names: &[&str]| {
        h.iter()
            .position(|c| names.iter().any(|n| c.trim().eq_ignore_ascii_case(n)))
    };
    if let (Some(kind), Some(date)) = (find(&["Activity Type"]), find(&["Activity Date"])) {
        let distances: Vec<usize> = h
            .iter()
            .enumerate()
            .filter(|(_, c)| c.trim().eq_ignore_ascii_case("Distance"))
            .map(|(i, _)| i)
            .collect();
        let (km, metres) = match distances.as_slice() {
            [] => return None,
            [one] => (Some(*one), None),
            [first, .., last] => (Some(*first), Some(*last)),
        };
        return Some(Layout::Strava {
            kind,
            date,
            km,
            metres,
            gear: find(&["Activity Gear"]),
            file: find(&["Filename"]),
        });
    }
    let kind = find(&["Activity Type", "Aktivitätstyp"])?;
    let date = find(&["Date", "Datum"])?;
    let km = find(&["Distance", "Distanz"])?;
    Some(Layout::Garmin { kind, date, km })
}

fn parse(s: &str, formats: &[&str]) -> Option<NaiveDateTime> {
    formats
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// A number as the exports write it: `10.02`, `10,02` (German), `1,234.5`.
fn number(s: &str) -> Option<f64> {
    let s = s.trim().trim_matches('"');
    let clean = if s.contains('.') {
        s.replace(',', "")
    } else {
        s.replace(',', ".")
    };
    clean
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_in_the_exports_forms() {
        assert_eq!(number("10.02"), Some(10.02));
        assert_eq!(number("10,02"), Some(10.02));
        assert_eq!(number("1,234.5"), Some(1234.5));
        assert_eq!(number("--"), None);
        assert_eq!(number("-3"), None);
    }
}
