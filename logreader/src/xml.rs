//! GPX and TCX files, by `quick-xml`'s serde reader. Only what a run needs is
//! read: the sport, the start, the totals and the positions.
use crate::sport::Sport;
use crate::time::parse_iso;
use crate::{geo, Activity, DistanceFrom, Format, Problem};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gpx {
    metadata: Option<GpxMeta>,
    #[serde(default, rename = "trk")]
    tracks: Vec<GpxTrack>,
}

#[derive(Deserialize)]
struct GpxMeta {
    time: Option<String>,
}

#[derive(Deserialize)]
struct GpxTrack {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default, rename = "trkseg")]
    segments: Vec<GpxSegment>,
}

#[derive(Deserialize)]
struct GpxSegment {
    #[serde(default, rename = "trkpt")]
    points: Vec<GpxPoint>,
}

#[derive(Deserialize)]
struct GpxPoint {
    #[serde(rename = "@lat")]
    lat: f64,
    #[serde(rename = "@lon")]
    lon: f64,
    time: Option<String>,
}

/// A GPX file: one activity, its distance measured along the track, its
/// start the metadata's time or the first point's.
pub fn read_gpx(
    name: &str,
    bytes: &[u8],
    zone: &dyn Fn(i64) -> i32,
) -> Result<Vec<Activity>, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|_| Problem::Corrupt(Format::Gpx))?;
    let gpx: Gpx = quick_xml::de::from_str(text).map_err(|_| Problem::Corrupt(Format::Gpx))?;
    let points = || {
        gpx.tracks
            .iter()
            .flat_map(|t| &t.segments)
            .flat_map(|s| &s.points)
    };
    let first_time = points().find_map(|p| p.time.as_deref());
    let start = gpx
        .metadata
        .as_ref()
        .and_then(|m| m.time.as_deref())
        .or(first_time)
        .and_then(|t| parse_iso(t, zone));
    let Some(start) = start else {
        return Ok(Vec::new());
    };
    let sport = gpx
        .tracks
        .iter()
        .find_map(|t| t.kind.as_deref())
        .map_or(Sport::Unnamed, Sport::from_name);
    let distance = geo::track_length(points().map(|p| (p.lat, p.lon)));
    Ok(vec![Activity::new(
        name,
        sport,
        start,
        distance,
        DistanceFrom::Track,
    )])
}

#[derive(Deserialize)]
struct Tcx {
    #[serde(rename = "Activities")]
    activities: Option<TcxActivities>,
}

#[derive(Deserialize)]
struct TcxActivities {
    #[serde(default, rename = "Activity")]
    list: Vec<TcxActivity>,
}

#[derive(Deserialize)]
struct TcxActivity {
    #[serde(rename = "@Sport")]
    sport: Option<String>,
    #[serde(rename = "Id")]
    id: Option<String>,
    #[serde(default, rename = "Lap")]
    laps: Vec<TcxLap>,
}

#[derive(Deserialize)]
struct TcxLap {
    #[serde(rename = "@StartTime")]
    start: Option<String>,
    #[serde(rename = "DistanceMeters")]
    distance: Option<f64>,
    #[serde(default, rename = "Track")]
    tracks: Vec<TcxTrack>,
}

#[derive(Deserialize)]
struct TcxTrack {
    #[serde(default, rename = "Trackpoint")]
    points: Vec<TcxPoint>,
}

#[derive(Deserialize)]
struct TcxPoint {
    #[serde(rename = "Position")]
    position: Option<TcxPosition>,
    #[serde(rename = "DistanceMeters")]
    distance: Option<f64>,
}

#[derive(Deserialize)]
struct TcxPosition {
    #[serde(rename = "LatitudeDegrees")]
    lat: f64,
    #[serde(rename = "LongitudeDegrees")]
    lon: f64,
}

/// A TCX file: an activity per `<Activity>`, its distance the laps' totals
/// (else the last point's running distance, else the track), its start the
/// `<Id>` (a time, by the schema) or the first lap's start.
pub fn read_tcx(
    name: &str,
    bytes: &[u8],
    zone: &dyn Fn(i64) -> i32,
) -> Result<Vec<Activity>, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|_| Problem::Corrupt(Format::Tcx))?;
    let tcx: Tcx = quick_xml::de::from_str(text).map_err(|_| Problem::Corrupt(Format::Tcx))?;
    let mut out = Vec::new();
    for a in tcx.activities.map(|a| a.list).unwrap_or_default() {
        let start =
            a.id.as_deref()
                .and_then(|t| parse_iso(t, zone))
                .or_else(|| {
                    a.laps
                        .iter()
                        .find_map(|l| l.start.as_deref().and_then(|t| parse_iso(t, zone)))
                });
        let Some(start) = start else { continue };
        let sport = a.sport.as_deref().map_or(Sport::Unnamed, Sport::from_name);
        let points = || {
            a.laps
                .iter()
                .flat_map(|l| &l.tracks)
                .flat_map(|t| &t.points)
        };
        let (distance, from) = if a.laps.iter().any(|l| l.distance.is_some()) {
            (
                a.laps.iter().filter_map(|l| l.distance).sum(),
                DistanceFrom::Laps,
            )
        } else if let Some(d) = points().filter_map(|p| p.distance).next_back() {
            (d, DistanceFrom::Records)
        } else {
            let track = points().filter_map(|p| p.position.as_ref().map(|q| (q.lat, q.lon)));
            (geo::track_length(track), DistanceFrom::Track)
        };
        out.push(Activity::new(name, sport, start, distance, from));
    }
    Ok(out)
}
