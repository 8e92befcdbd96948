//! Prints every rule Back Check applies, with its trigger and its sources, for
//! a physiotherapist's review. Generated from the same data the app runs on.
//!
//!     cargo run --example rules_table
use backcheck::assessment::advice::{Phase, NO_LOAD_FROM_PAIN};
use backcheck::assessment::contributors::Contributor;
use backcheck::assessment::flow::FOLLOW_UPS;
use backcheck::assessment::plan::Item;
use backcheck::assessment::rules::{Evidence, CARE_RULES, NORMAL_TESTS, SIGNALS};
use backcheck::assessment::selftest::SelfTest;
use backcheck::assessment::sources::Source;

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
    println!("Self-tests are offered only when no rule holds apart from the duration rules.");
    println!("Follow-up questions that are not asked (their condition fails) never count.\n");

    println!("2. CONTRIBUTOR SIGNALS\n");
    println!("likely: one self-test finding, or answers to two different questions;");
    println!("possible: one answer (counted once); support signals count only next to another;");
    println!("pain patterns (facet_joints, sacroiliac_joint, muscle_strain) stay possible.\n");
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
    println!("\nThis week always: cat_cow, childs_pose (gentle mobility for back pain);");
    println!("rest_from_running and pain_relief whenever a rule marked [rest days first] holds;");
    println!("pain_relief also with pain of {NO_LOAD_FROM_PAIN}/10 or more; glute_bridge from next week if nothing else calls for strength;");
    println!("no loaded strength work (leg_press, deadlift, single_leg_squat, strength_routine)");
    println!("at see_doctor, with rest days first or with pain of {NO_LOAD_FROM_PAIN}/10 or more; no plan at all at urgent and emergency.\n");

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
    for (q, ask) in FOLLOW_UPS {
        println!("{:<20} if {}", q.key(), ask.describe());
    }

    println!("\n7. SOURCES\n");
    for s in Source::ALL {
        println!("{}\n    {}", s.cite().en(), s.describe().en());
    }
}
