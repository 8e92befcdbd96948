//! Prints every rule Back Check applies, with its trigger and its sources, for
//! a physiotherapist's review. Generated from the same data the app runs on.
//!
//!     cargo run --example rules_table
use backcheck::assessment::contributors::Contributor;
use backcheck::assessment::questions::QuestionId;
use backcheck::assessment::rules::{CARE_RULES, SIGNALS};
use backcheck::assessment::selftest::SelfTest;
use backcheck::assessment::sources::Source;
use backcheck::assessment::{plan::Item, MAX_EXERCISES_PER_GROUP};

fn cite(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| s.cite())
        .collect::<Vec<_>>()
        .join("; ")
}

fn main() {
    println!("BACK CHECK RULES TABLE");
    println!("Generated from src/assessment/rules.rs, contributors.rs, plan.rs and selftest.rs.\n");

    println!("1. CARE LEVEL RULES (the highest level that holds wins; all that hold are shown)\n");
    println!("{:<20} {:<11} {:<55} source", "rule", "level", "trigger");
    for r in CARE_RULES {
        println!(
            "{:<20} {:<11} {:<55} {}",
            r.id,
            r.level.key(),
            r.when.describe(),
            cite(r.sources)
        );
    }
    println!("\nNo rule holds: self_care, with a re-check date = pain onset + 10 days.");
    println!("Follow-up questions that are not asked (their condition fails) never count.\n");

    println!("2. CONTRIBUTOR SIGNALS (score = sum of weights; 1 = possible, 2 or more = likely)\n");
    println!("{:<18} {:>2}  {:<62} source", "contributor", "w", "trigger");
    for s in SIGNALS {
        println!(
            "{:<18} {:>2}  {:<62} {}",
            s.contributor.key(),
            s.weight,
            s.when.describe(),
            cite(s.sources)
        );
    }
    println!("\n\"I don't know\", \"rather not say\" and skipped self-tests match no trigger.\n");

    println!("3. WHAT EACH CONTRIBUTOR ADDS TO THE PLAN (at most {MAX_EXERCISES_PER_GROUP} exercises per group)\n");
    for c in Contributor::ALL {
        let items: Vec<&str> = c.items().iter().map(|i| i.key()).collect();
        println!(
            "{:<18} {}   [explanation: {}]",
            c.key(),
            items.join(", "),
            cite(c.sources())
        );
    }
    println!("\nAlways in the plan: stay_active, childs_pose, cat_cow, massage, pain_relief;");
    println!("rest_from_running when limping or when the pain stops walking or daily life.\n");

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
            t.reading().en,
            cite(t.sources())
        );
    }

    println!("\n6. QUESTIONS ASKED ONLY UNDER A CONDITION\n");
    for &q in QuestionId::ALL {
        if let Some(c) = q.spec().asked_if {
            println!("{:<20} if {}", q.key(), c.describe());
        }
    }

    println!("\n7. SOURCES\n");
    for s in Source::ALL {
        println!("{:<64} {}", s.cite(), s.describe().en);
    }
}
