//! Assesses one saved check and prints the result as JSON: the care level,
//! every trigger with its sources, the contributors with their strength and
//! the answers behind them, and the plan. For a physiotherapist's review and
//! for scripted checks.
//!
//!     cargo run --example assess -- back-check-2026-11-30.json
//!
//! The file is an export from the history page (or "Download this result").
//! It is assessed on the day it was made, by today's rules, next to the
//! verdict it gave on its day. With several checks in the file, the
//! newest one is assessed (say which with `--id ID`).
use backcheck::assessment::outcome::Reread;
use backcheck::assessment::rules::RULES;
use backcheck::assessment::text::Lang;
use backcheck::assessment::{assess, PlanStart};
use backcheck::storage::{parse_import, SavedCheck};
use serde_json::{json, Value};

fn sources(list: &[backcheck::assessment::sources::Source]) -> Value {
    list.iter().map(|s| s.cite().en()).collect()
}

/// The assessment of `check` as JSON, in English.
fn report(check: &SavedCheck) -> Value {
    let lang = Lang::En;
    let answers = check.answers.visible();
    let r = assess(&answers, check.date);
    json!({
        "id": check.id,
        "date": check.date.to_string(),
        "level": r.level.key(),
        "verdict": r.level.headline().en(),
        "saved_level": check.outcome.level.key(),
        "today_rules": match Reread::of(&RULES, &check.outcome, &check.answers, check.date) {
            Reread::Same => "same".to_owned(),
            Reread::Changed(level) => level.key().to_owned(),
            Reread::Incomparable => "incomparable".to_owned(),
        },
        "pain_days": r.pain_days,
        "recheck": r.recheck.map(|d| d.to_string()),
        "can_run": r.can_run.key(),
        "today": r.today.iter().map(|t| t.text().en()).collect::<Vec<_>>(),
        "rest_first": r.rest_first,
        "plan_start": match r.plan_start {
            PlanStart::Now => "now",
            PlanStart::AfterRest => "after_rest",
            PlanStart::UntilSeen => "until_seen",
            PlanStart::AfterDoctor => "after_doctor",
        },
        "triggers": r.reasons.iter().map(|x| json!({
            "id": x.id,
            "level": x.level.key(),
            "sign": x.sign.en(),
            "sources": sources(x.sources),
        })).collect::<Vec<_>>(),
        "contributors": r.findings.iter().map(|f| json!({
            "contributor": f.contributor.key(),
            "strength": f.strength.key(),
            "answers": f.evidence.iter().map(|&q| json!({
                "question": q.key(),
                "answer": answers.describe(q, lang),
            })).collect::<Vec<_>>(),
            "sources": sources(&f.sources),
        })).collect::<Vec<_>>(),
        "plan": r.plan.iter().flat_map(|p| p.entries.iter().map(move |e| json!({
            "phase": format!("{:?}", p.phase),
            "item": e.item.key(),
            "dose": e.item.dose().text(lang),
            "because": e.because.iter().map(|c| c.key()).collect::<Vec<_>>(),
            "sources": sources(e.item.sources()),
        }))).collect::<Vec<_>>(),
    })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut file, mut id) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--id" => id = args.next(),
            _ => file = Some(a),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: cargo run --example assess -- FILE [--id ID]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&file).unwrap_or_else(|e| {
        eprintln!("assess: cannot read {file}: {e}");
        std::process::exit(1);
    });
    // Every check, whatever its date: this is a review, not an import.
    let far = backcheck::assessment::date::Date::from_ymd(2099, 12, 31).expect("a date");
    let checks = parse_import(&bytes, far)
        .map(|i| i.checks)
        .unwrap_or_else(|e| {
            eprintln!("assess: {file} is not a Back Check export: {e:?}");
            std::process::exit(1);
        });
    let check = match &id {
        Some(id) => checks.iter().find(|c| c.id.to_string() == *id),
        None => checks.last(),
    };
    let Some(check) = check else {
        eprintln!("assess: no such check in {file}");
        std::process::exit(1);
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&report(check)).expect("JSON")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Vec<SavedCheck> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/format1/export.json"
        );
        let far = backcheck::assessment::date::Date::from_ymd(2099, 12, 31).unwrap();
        parse_import(&std::fs::read(path).unwrap(), far)
            .unwrap()
            .checks
    }

    #[test]
    fn an_urgent_check_reports_its_triggers_and_nothing_else() {
        let checks = fixture();
        let r = report(&checks[1]);
        assert_eq!(r["level"], "urgent");
        let ids: Vec<&str> = r["triggers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        assert!(
            ids.contains(&"unwell") && ids.contains(&"minor_fall_bones"),
            "{ids:?}"
        );
        for t in r["triggers"].as_array().unwrap() {
            let cited = t["sources"].as_array().unwrap();
            assert!(!cited.is_empty());
            assert!(cited.iter().all(|s| !s.as_str().unwrap().contains("seed")));
        }
        assert_eq!(r["contributors"], json!([]));
        assert_eq!(r["plan"], json!([]));
    }

    #[test]
    fn a_self_care_check_reports_contributors_with_their_answers() {
        let checks = fixture();
        let r = report(&checks[0]);
        assert_eq!(r["level"], "self_care");
        assert_eq!(r["recheck"], "2026-11-09");
        let sitting = r["contributors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["contributor"] == "long_sitting")
            .unwrap();
        assert_eq!(sitting["strength"], "likely");
        assert_eq!(
            sitting["answers"][0],
            json!({"question": "pain_triggers", "answer": "Sitting for a long time, Hard efforts: fast runs, races, heavy lifting"})
        );
        assert!(!r["plan"].as_array().unwrap().is_empty());
    }
}
