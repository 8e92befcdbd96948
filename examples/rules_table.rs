//! Prints every rule Back Check applies, with its trigger and its sources, for
//! a physiotherapist's review. Generated from the same data the app runs on.
//!
//!     cargo run --example rules_table
use backcheck::assessment::advice::{Phase, Today, NO_LOAD_FROM_PAIN};
use backcheck::assessment::contributors::Contributor;
use backcheck::assessment::flow::FOLLOW_UPS;
use backcheck::assessment::plan::Item;
use backcheck::assessment::rules::{Evidence, CARE_RULES, NORMAL_TESTS, SIGNALS};
use backcheck::assessment::running::{RunAdvice, WayBack, WAY_BACK, WAY_BACK_NOTE};
use backcheck::assessment::selftest::SelfTest;
use backcheck::assessment::sources::Source;
use backcheck::assessment::MAX_FINDINGS;

fn cite(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| s.cite().en())
        .collect::<Vec<_>>()
        .join("; ")
}

fn main() {
    println!("BACK CHECK RULES TABLE");
    println!("Generated from src/assessment/rules.rs, contributors.rs, plan.rs and selftest.rs.\n");

    println!("1. CARE LEVEL RULES (the highest level that holds wins; all that hold are shown)\n");
    println!("At urgent and emergency the questionnaire stops at once and shows only the verdict,");
    println!("whom to call, what to do until then and what to tell the doctor.\n");
    for r in CARE_RULES {
        println!(
            "{:<20} {:<11} {}{}",
            r.id,
            r.level.key(),
            r.sign.en(),
            if r.rest { "  [rest days first]" } else { "" }
        );
        println!("{:<32} trigger: {}", "", r.when.describe());
        println!("{:<32} source:  {}", "", cite(r.sources));
    }
    println!("\nNo rule holds: self_care, with a re-check date = pain onset + 10 days, the first");
    println!("day on which the same answers give see_doctor (onset = day 0).");
    println!(
        "Self-tests are offered only when no rule holds apart from the duration rules and the"
    );
    println!("pain now is 3/10 or less (see 6).");
    println!(
        "A source \"Back Check working cut-off\" marks a number no source gives; the text says so."
    );
    println!("Follow-up questions that are not asked (their condition fails) never count.\n");

    println!("2. CONTRIBUTOR SIGNALS\n");
    println!("likely: one self-test finding, or answers to two different questions;");
    println!("possible: one answer (counted once); support signals count only next to another;");
    println!("pain patterns (facet_joints, sacroiliac_joint, muscle_strain) stay possible.");
    let needs: Vec<&str> = Contributor::ALL
        .iter()
        .filter(|c| c.needs_test())
        .map(|c| c.key())
        .collect();
    println!(
        "Strength and length contributors ({}) are likely only from their own",
        needs.join(", ")
    );
    println!("self-test: answers about them are proxies and give possible at most.");
    println!("At most {MAX_FINDINGS} contributors are listed: likely first, then by score.\n");
    println!(
        "{:<18} {:<9} {:<62} source",
        "contributor", "evidence", "trigger"
    );
    for s in SIGNALS {
        let kind = match s.evidence {
            Evidence::Answer => "answer",
            Evidence::SelfTest => "self-test",
            Evidence::Support => "support",
        };
        println!(
            "{:<18} {:<9} {:<62} {}",
            s.contributor.key(),
            kind,
            s.when.describe(),
            cite(s.sources)
        );
    }
    println!("\nA normal self-test result outweighs the answers for the same contributor:");
    for (c, cond) in NORMAL_TESTS {
        println!("{:<18} normal if {}", c.key(), cond.describe());
    }
    println!("\n\"I don't know\" and skipped self-tests match no trigger.\n");

    println!(
        "3. WHAT EACH CONTRIBUTOR ADDS TO THE PLAN (at most {} items this week, {} from next week; round by round, most likely contributor first)\n",
        Phase::ThisWeek.max(),
        Phase::FromNextWeek.max()
    );
    for c in Contributor::ALL {
        let items: Vec<&str> = c.items().iter().map(|i| i.key()).collect();
        println!(
            "{:<18} {}   [explanation: {}]",
            c.key(),
            items.join(", "),
            cite(c.sources())
        );
    }
    let keys = |f: fn(Item) -> bool| -> String {
        Item::ALL
            .into_iter()
            .filter(|&i| f(i))
            .map(|i| i.key())
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!("\nThis week always: cat_cow, childs_pose (gentle mobility for back pain);");
    println!("rest_from_running and pain_relief whenever a rule marked [rest days first] holds;");
    println!("pain_relief also with pain of {NO_LOAD_FROM_PAIN}/10 or more (Back Check's working cut-off); glute_bridge from next week if nothing else calls for strength;");
    println!("no loaded strength work ({})", keys(Item::is_loaded));
    println!("at see_doctor, with rest days first or with pain of {NO_LOAD_FROM_PAIN}/10 or more; no plan at all at urgent and emergency.");
    println!("At see_doctor the plan is \"until you are seen\": one phase of gentle items only");
    println!("({}); nothing run-based,", keys(Item::is_gentle));
    println!("no strength work, no technique; the rest after a doctor has cleared running.\n");

    println!("4. PLAN ITEMS AND DOSAGE\n");
    for i in Item::ALL {
        println!(
            "{:<20} {:<13} {:<46} {}",
            i.key(),
            format!("{:?}", i.group()),
            i.dose().text(Default::default()),
            cite(i.sources())
        );
    }

    println!("\n5. SELF-TESTS\n");
    for t in SelfTest::ALL {
        println!(
            "{:<10} {}  [{}]",
            format!("{t:?}"),
            t.reading().en(),
            cite(t.sources())
        );
    }

    println!("\n6. QUESTIONS ASKED ONLY UNDER A CONDITION\n");
    println!("Every self-test side is named by the leg or side that works, in the order timed:");
    for t in SelfTest::ALL {
        if let Some([a, b]) = t.sides() {
            println!("{:<10} {} / {}", format!("{t:?}"), a.en(), b.en());
        }
    }
    println!();
    for (q, ask) in FOLLOW_UPS {
        println!("{:<20} if {}", q.key(), ask.describe());
    }

    println!("\n7. CAN I RUN TODAY, AND THE WAY BACK\n");
    println!(
        "see_doctor and above: {} / rest first or a rest trigger: {}",
        RunAdvice::NotUntilSeen.key(),
        RunAdvice::No.key()
    );
    println!("no pain now and when running (\"I have not run since\" is no answer): yes; otherwise easy_only.");
    for a in RunAdvice::ALL {
        println!("{:<15} {}  [{}]", a.key(), a.text().en(), cite(a.sources()));
    }
    println!("\nWay back after rest days (below see_doctor):");
    for step in WAY_BACK {
        println!("  - {}", step.en());
    }
    println!("  {}", WAY_BACK_NOTE.en());
    for w in [WayBack::AfterDoctor, WayBack::AfterDoctorAndHopping] {
        println!(
            "{w:?}: {}  [{}]",
            w.after_doctor().map_or("", |t| t.en()),
            cite(w.sources())
        );
    }
    println!("\nToday (at most three):");
    for t in Today::ALL {
        println!(
            "{:<20} {}  [{}]",
            format!("{t:?}"),
            t.text().en(),
            cite(t.sources())
        );
    }

    println!("\n8. SOURCES\n");
    for s in Source::ALL {
        println!("{}\n    {}", s.cite().en(), s.describe().en());
    }
}
