//! Start times: the local wall clock a run counts for, by the rule in the
//! crate's documentation.
use crate::LocalFrom;
use chrono::{DateTime, NaiveDateTime};

/// The furthest a real UTC offset goes (UTC-12 to UTC+14), in minutes.
const MAX_OFFSET_MIN: i32 = 14 * 60;

/// A start time: local wall clock, how it was found, and UTC when known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Start {
    pub local: NaiveDateTime,
    pub from: LocalFrom,
    pub utc: Option<i64>,
}

/// A UTC instant seen in the caller's time zone.
pub fn in_zone(utc: i64, zone: &dyn Fn(i64) -> i32) -> Option<Start> {
    let offset = zone(utc).clamp(-MAX_OFFSET_MIN, MAX_OFFSET_MIN);
    let local = DateTime::from_timestamp(utc.checked_add(i64::from(offset) * 60)?, 0)?.naive_utc();
    Some(Start {
        local,
        from: LocalFrom::Zone,
        utc: Some(utc),
    })
}

/// A UTC instant with the offset the file gives (seconds, local minus UTC);
/// an offset no zone has falls back to the caller's zone.
pub fn with_offset(utc: i64, offset_s: i64, zone: &dyn Fn(i64) -> i32) -> Option<Start> {
    if offset_s.abs() > i64::from(MAX_OFFSET_MIN) * 60 {
        return in_zone(utc, zone);
    }
    let local = DateTime::from_timestamp(utc.checked_add(offset_s)?, 0)?.naive_utc();
    Some(Start {
        local,
        from: LocalFrom::File,
        utc: Some(utc),
    })
}

/// An ISO 8601 time as GPX and TCX write it: with `Z` (UTC: the caller's zone
/// decides the local time), with an offset (the wall clock as written), or
/// with none (UTC, as both formats define their times).
pub fn parse_iso(s: &str, zone: &dyn Fn(i64) -> i32) -> Option<Start> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        let utc = t.timestamp();
        let offset = i64::from(t.offset().local_minus_utc());
        if offset == 0 && (s.ends_with('Z') || s.ends_with('z')) {
            return in_zone(utc, zone);
        }
        return with_offset(utc, offset, zone);
    }
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f").ok()?;
    in_zone(naive.and_utc().timestamp(), zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin_winter(_: i64) -> i32 {
        60
    }

    #[test]
    fn z_times_take_the_callers_zone_and_offsets_are_kept() {
        let z = parse_iso("2024-11-28T23:30:00Z", &berlin_winter).unwrap();
        assert_eq!(z.local.to_string(), "2024-11-29 00:30:00");
        assert_eq!(z.from, LocalFrom::Zone);
        let o = parse_iso("2024-11-28T23:30:00-05:00", &berlin_winter).unwrap();
        assert_eq!(o.local.to_string(), "2024-11-28 23:30:00");
        assert_eq!(o.from, LocalFrom::File);
        assert_eq!(o.utc, Some(z.utc.unwrap() + 5 * 3600));
        let n = parse_iso("2024-11-28T23:30:00.250", &berlin_winter).unwrap();
        assert_eq!(n.local, z.local);
        assert_eq!(parse_iso("28.11.2024", &berlin_winter), None);
    }

    #[test]
    fn offsets_no_zone_has_are_not_believed() {
        let s = with_offset(0, 20 * 3600, &berlin_winter).unwrap();
        assert_eq!(s.from, LocalFrom::Zone);
        assert_eq!(s.local.to_string(), "1970-01-01 01:00:00");
        assert!(in_zone(i64::MAX, &berlin_winter).is_none());
    }
}
