use backcheck::storage::*;
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let items: Vec<String> = v["data"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| serde_json::json!({"format":2,"app":"x","data":c}).to_string())
        .collect();
    let mut best = u128::MAX;
    for _ in 0..30 {
        let t = std::time::Instant::now();
        let n = items
            .iter()
            .filter(|s| matches!(decode::<SavedCheck>(Some(s)), Read::Found(_)))
            .count();
        assert_eq!(n, 2045);
        best = best.min(t.elapsed().as_micros());
    }
    println!("min µs: {best}");
}
