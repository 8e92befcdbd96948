//! Distance along a track of positions.

/// The mean radius of the Earth (IUGG), metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance (haversine) between two points in degrees, metres.
pub fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// The length of a track; points outside the globe's range are skipped.
pub fn track_length(points: impl IntoIterator<Item = (f64, f64)>) -> f64 {
    let mut total = 0.0;
    let mut last: Option<(f64, f64)> = None;
    for p in points {
        if !(p.0.is_finite() && p.1.is_finite() && p.0.abs() <= 90.0 && p.1.abs() <= 180.0) {
            continue;
        }
        if let Some(l) = last {
            total += haversine(l, p);
        }
        last = Some(p);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_degree_of_latitude_and_a_bad_point() {
        let d = track_length([(50.0, 8.0), (f64::NAN, 0.0), (51.0, 8.0), (95.0, 0.0)]);
        assert!((d - 111_195.0).abs() < 5.0, "{d}");
        assert_eq!(track_length([]), 0.0);
    }
}
