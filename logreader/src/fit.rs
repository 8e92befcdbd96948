//! FIT files, by `fitparser`: one activity per session message; a file
//! without sessions is read from its records.
use crate::sport::Sport;
use crate::time::{in_zone, with_offset};
use crate::{geo, Activity, DistanceFrom, Format, Problem};
use chrono::{Local, NaiveDate, TimeZone};
use fitparser::profile::MesgNum;
use fitparser::{FitDataRecord, Value};

/// Degrees per FIT semicircle.
const DEG_PER_SEMICIRCLE: f64 = 180.0 / 2_147_483_648.0;

pub fn read(name: &str, bytes: &[u8], zone: &dyn Fn(i64) -> i32) -> Result<Vec<Activity>, Problem> {
    let records = fitparser::from_bytes(bytes).map_err(|_| Problem::Corrupt(Format::Fit))?;
    let mut sessions = Vec::new();
    let mut offset = None;
    let mut sport_msg = None;
    let (mut first_time, mut last_distance) = (None, None);
    let mut track = Vec::new();
    for r in &records {
        match r.kind() {
            MesgNum::Session => sessions.push(r),
            MesgNum::Activity => offset = local_offset(r).or(offset),
            MesgNum::Sport => {
                sport_msg = text(r, "sport").map(|s| Sport::from_name(&s)).or(sport_msg)
            }
            MesgNum::Record => {
                if first_time.is_none() {
                    first_time = utc(r, "timestamp");
                }
                if let Some(d) = number(r, "distance") {
                    last_distance = Some(d);
                }
                if let (Some(lat), Some(lon)) =
                    (number(r, "position_lat"), number(r, "position_long"))
                {
                    track.push((lat * DEG_PER_SEMICIRCLE, lon * DEG_PER_SEMICIRCLE));
                }
            }
            _ => {}
        }
    }
    let start = |utc: i64| match offset {
        Some(o) => with_offset(utc, o, zone),
        None => in_zone(utc, zone),
    };
    let mut out = Vec::new();
    for s in &sessions {
        let Some(begin) = utc(s, "start_time").or_else(|| utc(s, "timestamp")) else {
            continue;
        };
        let sport = text(s, "sport")
            .map(|s| Sport::from_name(&s))
            .or(sport_msg)
            .unwrap_or(Sport::Unnamed);
        let (distance_m, from) = match number(s, "total_distance") {
            Some(d) => (d, DistanceFrom::Session),
            None if sessions.len() == 1 => from_records(last_distance, &track),
            None => (0.0, DistanceFrom::Session),
        };
        if let Some(st) = start(begin) {
            out.push(Activity::new(name, sport, st, distance_m, from));
        }
    }
    if sessions.is_empty() {
        if let Some(st) = first_time.and_then(start) {
            let (distance_m, from) = from_records(last_distance, &track);
            out.push(Activity::new(
                name,
                sport_msg.unwrap_or(Sport::Unnamed),
                st,
                distance_m,
                from,
            ));
        }
    }
    Ok(out)
}

fn from_records(last_distance: Option<f64>, track: &[(f64, f64)]) -> (f64, DistanceFrom) {
    match last_distance {
        Some(d) => (d, DistanceFrom::Records),
        None => (
            geo::track_length(track.iter().copied()),
            DistanceFrom::Track,
        ),
    }
}

fn field<'a>(r: &'a FitDataRecord, name: &str) -> Option<&'a Value> {
    r.fields()
        .iter()
        .find(|f| f.name() == name)
        .map(|f| f.value())
}

fn text(r: &FitDataRecord, name: &str) -> Option<String> {
    match field(r, name)? {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn number(r: &FitDataRecord, name: &str) -> Option<f64> {
    let v: f64 = field(r, name)?.clone().try_into().ok()?;
    v.is_finite().then_some(v)
}

/// A UTC timestamp field, seconds since 1970.
fn utc(r: &FitDataRecord, name: &str) -> Option<i64> {
    match field(r, name)? {
        Value::Timestamp(t) => Some(t.timestamp()),
        _ => None,
    }
}

/// The activity message's local time minus its UTC time, in seconds.
///
/// `fitparser` turns the local timestamp into an instant by reading FIT's
/// epoch (1989-12-31 00:00) in the machine's zone; the same reading undone
/// gives the seconds the file wrote, so the result is the same on any machine.
fn local_offset(r: &FitDataRecord) -> Option<i64> {
    let utc_s = utc(r, "timestamp")?;
    let local = match field(r, "local_timestamp")? {
        Value::Timestamp(t) => t.timestamp(),
        _ => return None,
    };
    let epoch = NaiveDate::from_ymd_opt(1989, 12, 31)?.and_hms_opt(0, 0, 0)?;
    let epoch_here = Local.from_local_datetime(&epoch).earliest()?.timestamp();
    let local_wall = epoch.and_utc().timestamp() + (local - epoch_here);
    Some(local_wall - utc_s)
}
