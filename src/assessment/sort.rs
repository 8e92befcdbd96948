//! Sorting for the lists this app orders: a few dozen items, or the saved
//! history, which is read back already in order (an insertion sort is linear
//! on sorted input).
//!
//! `slice::sort*` is instantiated once per element type and weighs about
//! 3 kB of wasm each time; an insertion sort weighs about a tenth of that.
//! Both helpers are stable.

/// Sorts `v` so that no element is `less` than the one before it; equal
/// elements keep their order.
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts ascending and removes repeats.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, |a, b| a < b);
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_and_dedups() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5, 1, 5, 0, 1, 9];
        sort_dedup(&mut w);
        assert_eq!(w, [0, 1, 5, 9]);
        let mut empty: Vec<u8> = vec![];
        sort_dedup(&mut empty);
        assert!(empty.is_empty());
    }
}
