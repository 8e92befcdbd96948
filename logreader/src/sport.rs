//! Which activities are runs: the sport or activity type the log names.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sport {
    Run,
    /// Walking and hiking.
    Walk,
    /// Cycling of any kind.
    Ride,
    Other,
    /// The log names no sport (many GPX files).
    Unnamed,
}

impl Sport {
    /// Classifies a sport or activity type as the formats write it, in
    /// English or German: FIT's `running`, TCX's `Running`, Strava's `Run`,
    /// `Trail Run`, `Virtual Run`, Garmin Connect's `Treadmill Running`,
    /// `Laufen`, `Laufband`; Strava's GPX type numbers (9 run, 1 ride, 10
    /// walk, 4 hike). Skating and cross-country skiing (German "Eislauf",
    /// "Langlauf") are not runs.
    pub fn from_name(name: &str) -> Sport {
        let n = name.trim().to_lowercase();
        if n.is_empty() {
            return Sport::Unnamed;
        }
        match n.as_str() {
            "9" => return Sport::Run,
            "1" => return Sport::Ride,
            "10" | "4" => return Sport::Walk,
            _ => {}
        }
        const NOT_RUNS: [&str; 6] = ["langlauf", "eislauf", "inline", "skat", "ski", "rowing"];
        if NOT_RUNS.iter().any(|w| n.contains(w)) {
            return Sport::Other;
        }
        const RUNS: [&str; 3] = ["run", "lauf", "jog"];
        const WALKS: [&str; 6] = ["walk", "hik", "gehen", "wander", "spazier", "trekking"];
        const RIDES: [&str; 6] = ["ride", "cycl", "bik", "rad", "velo", "mtb"];
        if RUNS.iter().any(|w| n.contains(w)) {
            Sport::Run
        } else if WALKS.iter().any(|w| n.contains(w)) {
            Sport::Walk
        } else if RIDES.iter().any(|w| n.contains(w)) {
            Sport::Ride
        } else {
            Sport::Other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Sport::{self, *};

    #[test]
    fn names_as_the_apps_write_them() {
        for (name, sport) in [
            ("running", Run),
            ("Running", Run),
            ("Run", Run),
            ("Trail Run", Run),
            ("Virtual Run", Run),
            ("Treadmill Running", Run),
            ("Laufen", Run),
            ("Laufband", Run),
            ("9", Run),
            ("walking", Walk),
            ("Hike", Walk),
            ("Wandern", Walk),
            ("10", Walk),
            ("cycling", Ride),
            ("Ride", Ride),
            ("Biking", Ride),
            ("Radfahren", Ride),
            ("E-Bike Ride", Ride),
            ("1", Ride),
            ("Skilanglauf", Other),
            ("Eislaufen", Other),
            ("Inline Skate", Other),
            ("Swim", Other),
            ("Other", Other),
            ("generic", Other),
            ("", Unnamed),
            ("  ", Unnamed),
        ] {
            assert_eq!(Sport::from_name(name), sport, "{name}");
        }
    }
}
