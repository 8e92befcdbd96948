//! The log derivations (assessment::log) against tables computed by hand:
//! the 30-day window's edges, a first run without history, two runs on one
//! day, runs either side of local midnight, the weeks, shoes and ceiling.
use backcheck::assessment::date::Date;
use backcheck::assessment::log::{self, compare, sorted, Band, LogRun, LogSummary, Week};
use backcheck::assessment::text::Lang;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn run(day: &str, hh_mm: (u16, u16), metres: u32, gear: Option<&str>) -> LogRun {
    LogRun {
        day: d(day),
        minute: hh_mm.0 * 60 + hh_mm.1,
        metres,
        gear: gear.map(str::to_owned),
    }
}

#[test]
fn every_run_against_the_longest_of_the_30_days_before_it() {
    use Band::*;
    // (day, time, metres) -> (longest of the 30 days before, band), by hand.
    let table = [
        // The first run: nothing to compare with.
        ("2024-09-01", (7, 0), 20_000, None, None),
        // 1 Sep is 30 days before 1 Oct: inside the window.
        ("2024-10-01", (7, 0), 8_000, Some(20_000), None),
        // 1 Sep is 31 days before 2 Oct: out; +12.5 % on 8.0 km.
        ("2024-10-02", (7, 0), 9_000, Some(8_000), Some(Small)),
        // The second run of a day is compared with the first: exactly +100 %.
        ("2024-10-02", (19, 0), 18_000, Some(9_000), Some(Moderate)),
        // A metre past twice as long.
        ("2024-10-03", (7, 0), 36_001, Some(18_000), Some(Large)),
        ("2024-10-04", (7, 0), 23_400, Some(36_001), None),
        // A metre short of +10 % (39 601.1); a fraction short of +30 %
        // (51 481.3); a fraction past it (66 925.3).
        ("2024-10-05", (7, 0), 39_601, Some(36_001), None),
        ("2024-10-06", (7, 0), 51_481, Some(39_601), Some(Small)),
        ("2024-10-07", (7, 0), 66_926, Some(51_481), Some(Moderate)),
        // 37 days without a run: no history again.
        ("2024-11-13", (7, 0), 5_000, None, None),
    ];
    let runs: Vec<LogRun> = table
        .iter()
        .map(|(day, t, m, ..)| run(day, *t, *m, None))
        .collect();
    // Given out of order: the derivations sort by day and minute.
    let mut shuffled = runs.clone();
    shuffled.reverse();
    let sorted = sorted(&shuffled);
    assert_eq!(sorted, runs);
    let got: Vec<_> = compare(&sorted)
        .iter()
        .map(|c| (c.longest_before, c.band))
        .collect();
    let want: Vec<_> = table.iter().map(|(.., l, b)| (*l, *b)).collect();
    assert_eq!(got, want);
    assert_eq!(Band::of(11_000, 10_000), None);
    assert_eq!(Band::of(11_001, 10_000), Some(Small));
    assert_eq!(Band::of(13_000, 10_000), Some(Small));
    assert_eq!(Band::of(13_001, 10_000), Some(Moderate));
    assert_eq!(Band::of(20_000, 10_000), Some(Moderate));
    assert_eq!(Band::of(20_001, 10_000), Some(Large));
    assert_eq!(Band::of(5_000, 0), None);
}

/// Onset Sunday 1 Dec 2024: the 8 weeks run Monday 7 Oct to Sunday 1 Dec.
fn season(with_spike: bool) -> Vec<LogRun> {
    let a = Some("Pegasus 40");
    let b = Some("Kinvara 14");
    let mut v = vec![
        run("2024-09-20", (7, 0), 12_000, a),
        run("2024-10-08", (7, 0), 10_000, a),
        // Either side of local midnight: the last minutes of week 1, the
        // first of week 2.
        run("2024-10-13", (23, 50), 12_000, a),
        run("2024-10-14", (0, 10), 6_000, a),
        run("2024-10-20", (9, 0), 13_000, a),
        run("2024-10-27", (9, 0), 14_000, a),
        run("2024-11-03", (9, 0), 10_000, a),
        run("2024-11-10", (9, 0), 15_000, a),
        run("2024-11-17", (9, 0), 12_000, a),
        run("2024-11-24", (9, 0), 15_000, a),
        run("2024-11-30", (10, 0), 5_000, b),
        // After the onset: counts for the shoes only.
        run("2024-12-03", (7, 0), 8_000, b),
    ];
    if with_spike {
        v.push(run("2024-11-28", (7, 0), 21_100, b));
    }
    v
}

fn week(start: &str, metres: u32, runs: u8, rest_days: u8) -> Week {
    Week {
        start: d(start),
        metres,
        runs,
        rest_days,
    }
}

#[test]
fn the_summary_of_the_8_weeks_before_the_pain() {
    let s = LogSummary::derive(&season(true), d("2024-12-01")).unwrap();
    assert_eq!((s.first, s.last), (d("2024-09-20"), d("2024-12-03")));
    assert_eq!(
        s.weeks,
        vec![
            week("2024-10-07", 22_000, 2, 5),
            week("2024-10-14", 19_000, 2, 5),
            week("2024-10-21", 14_000, 1, 6),
            week("2024-10-28", 10_000, 1, 6),
            week("2024-11-04", 15_000, 1, 6),
            week("2024-11-11", 12_000, 1, 6),
            week("2024-11-18", 15_000, 1, 6),
            week("2024-11-25", 26_100, 2, 5),
        ]
    );
    // One spike: 21.1 km after 15.0 km (24 Nov), 41 % longer.
    assert_eq!(s.spikes.len(), 1);
    let spike = s.spike_before_onset().unwrap();
    assert_eq!(
        (spike.day, spike.metres, spike.longest_before),
        (d("2024-11-28"), 21_100, 15_000)
    );
    assert_eq!((spike.band, spike.percent()), (Band::Moderate, 41));
    // The way back: 15.0 km plus 10 %.
    let c = s.ceiling.as_ref().unwrap();
    assert_eq!((c.longest, c.metres, c.after_spike), (15_000, 16_500, true));
    assert_eq!(log::km_floor(c.metres, Lang::En), "16.5");
    assert_eq!(log::km(spike.metres, Lang::De), "21,1");
    // The answers: a spike in the last 4 weeks; 23 rest days in 4 weeks (5.8
    // a week); the current shoes (Kinvara, 34.1 km) under 500 km.
    assert_eq!(s.load_change(), Some("more"));
    assert_eq!((s.rest_days(), s.rest_days_tenths()), ("2_plus", 58));
    let names: Vec<_> = s
        .shoes
        .iter()
        .map(|s| (s.name.as_str(), s.metres, s.runs))
        .collect();
    assert_eq!(
        names,
        vec![("Kinvara 14", 34_100, 3), ("Pegasus 40", 119_000, 10)]
    );
    assert_eq!(s.shoe_km(), Some("under_500"));
}

#[test]
fn without_a_spike_the_ceiling_is_the_last_30_days_longest_plus_10_percent() {
    let s = LogSummary::derive(&season(false), d("2024-12-01")).unwrap();
    assert!(s.spikes.is_empty() && s.spike_before_onset().is_none());
    // 2 Nov to 1 Dec: 15.0 km on 10 and 24 Nov.
    let c = s.ceiling.as_ref().unwrap();
    assert_eq!(
        (c.longest, c.metres, c.after_spike),
        (15_000, 16_500, false)
    );
    // 65.0 km, then 47.0 km: less.
    assert_eq!(s.load_change(), Some("less"));
}

#[test]
fn a_spike_counts_before_the_pain_up_to_7_days_before_the_onset() {
    let runs = season(true);
    // Onset 5 Dec: 28 Nov is 7 days before. Onset 6 Dec: 8 days before.
    let on = |day: &str| LogSummary::derive(&runs, d(day)).unwrap();
    assert!(on("2024-12-05").spike_before_onset().is_some());
    let later = on("2024-12-06");
    assert!(later.spike_before_onset().is_none());
    assert_eq!(later.spikes.len(), 1, "still a spike of the 8 weeks");
    // Without a spike before the onset, the ceiling is the last 30 days':
    // 7 Nov to 6 Dec, longest 21.1 km.
    assert_eq!(later.ceiling.unwrap().metres, 23_210);
    // The spike on the onset day itself counts; a spike after it does not.
    assert!(on("2024-11-28").spike_before_onset().is_some());
    assert!(on("2024-11-27").spikes.is_empty());
    // No run up to the onset: no summary.
    assert_eq!(LogSummary::derive(&runs, d("2024-09-19")), None);
}

#[test]
fn the_load_change_answer_at_its_cut_offs() {
    let mut s = LogSummary::derive(&season(false), d("2024-12-01")).unwrap();
    let mut set = |before: u32, last: u32| {
        for (i, w) in s.weeks.iter_mut().enumerate() {
            w.metres = if i < 4 { before / 4 } else { last / 4 };
        }
        s.load_change()
    };
    assert_eq!(set(40_000, 44_000), Some("up_to_10"));
    assert_eq!(set(40_000, 44_004), Some("more"));
    assert_eq!(set(40_000, 42_000), Some("same"));
    assert_eq!(set(40_000, 42_004), Some("up_to_10"));
    assert_eq!(set(40_000, 36_000), Some("same"));
    assert_eq!(set(40_000, 35_996), Some("less"));
    assert_eq!(set(0, 4_000), Some("started"));
    assert_eq!(set(0, 0), None);
}

#[test]
fn rest_days_and_shoes_at_their_cut_offs() {
    let mut s = LogSummary::derive(&season(false), d("2024-12-01")).unwrap();
    for (rest, want) in [
        ([0, 0, 0, 1], "0"),
        ([0, 0, 1, 1], "1"),
        ([1, 1, 2, 2], "2_plus"),
        ([1, 1, 1, 2], "1"),
    ] {
        for (w, r) in s.weeks[4..].iter_mut().zip(rest) {
            w.rest_days = r;
        }
        assert_eq!(s.rest_days(), want, "{rest:?}");
    }
    for (metres, want) in [
        (499_999, "under_500"),
        (500_000, "500_to_800"),
        (800_000, "500_to_800"),
        (800_001, "over_800"),
    ] {
        s.shoes[0].metres = metres;
        assert_eq!(s.shoe_km(), Some(want));
    }
    // The last run names no shoes: the log does not say which are current.
    let mut runs = season(false);
    runs.push(run("2024-12-04", (7, 0), 5_000, None));
    assert_eq!(
        LogSummary::derive(&runs, d("2024-12-01"))
            .unwrap()
            .shoe_km(),
        None
    );
}

#[test]
fn percentages_round_half_up() {
    let s = |metres, longest| log::Spike {
        day: d("2024-11-28"),
        metres,
        longest_before: longest,
        band: Band::Small,
    };
    assert_eq!(s(11_050, 10_000).percent(), 11);
    assert_eq!(s(11_049, 10_000).percent(), 10);
    assert_eq!(s(21_100, 15_000).percent(), 41);
}

#[test]
fn the_result_says_the_runners_own_numbers_in_both_languages() {
    use backcheck::assessment::logtext;
    let s = LogSummary::derive(&season(true), d("2024-12-01")).unwrap();
    let f = logtext::finding(&s).unwrap();
    assert_eq!(
        logtext::spike_sentence(f.spike, Lang::En),
        "On 28 November you ran 21.1 km, 41 % more than your longest run in the 30 days before (15.0 km)."
    );
    assert_eq!(
        logtext::spike_sentence(f.spike, Lang::De),
        "Am 28. November bist du 21,1 km gelaufen, 41 % mehr als dein längster Lauf in den 30 Tagen davor (15,0 km)."
    );
    let c = s.ceiling.as_ref().unwrap();
    assert!(logtext::ceiling_sentence(c, Lang::En).contains(
        "under 16.5 km: 15.0 km, your longest run in the 30 days before that long run, plus 10 %"
    ));
    assert!(logtext::ceiling_sentence(c, Lang::De).contains("unter 16,5 km: 15,0 km"));
    // Without a spike: no finding, the ceiling from the last 30 days.
    let calm = LogSummary::derive(&season(false), d("2024-12-01")).unwrap();
    assert!(logtext::finding(&calm).is_none());
    assert!(
        logtext::ceiling_sentence(calm.ceiling.as_ref().unwrap(), Lang::En)
            .contains("your longest run in the last 30 days")
    );
}

#[test]
fn the_log_fills_three_answers_which_stay_marked_until_changed() {
    use backcheck::assessment::answer::Answer;
    use backcheck::assessment::answers::Answers;
    use backcheck::assessment::logtext;
    use backcheck::assessment::questions::QuestionId as Q;
    let s = LogSummary::derive(&season(true), d("2024-12-01")).unwrap();
    let filled = logtext::answers(&s);
    let choice = |k: &str| Answer::Choice(k.into());
    assert_eq!(
        filled,
        vec![
            (Q::LoadChange, choice("more")),
            (Q::RestDays, choice("2_plus")),
            (Q::ShoeKm, choice("under_500"))
        ]
    );
    let mut a = Answers::default();
    for (q, ans) in &filled {
        assert!(a.set(*q, ans), "{q:?} takes {ans:?}");
    }
    assert_eq!(logtext::still_from_log(&s, &a), logtext::FILLED.to_vec());
    // The runner changes one: it is theirs now, and the result follows it.
    a.set(Q::LoadChange, &choice("same"));
    assert_eq!(
        logtext::still_from_log(&s, &a),
        vec![Q::RestDays, Q::ShoeKm]
    );
}

#[test]
fn with_the_log_too_much_too_soon_is_a_finding_and_without_it_not() {
    use backcheck::assessment::answer::Answer;
    use backcheck::assessment::answers::Answers;
    use backcheck::assessment::contributors::Contributor;
    use backcheck::assessment::findings;
    use backcheck::assessment::logtext;
    use backcheck::assessment::questions::QuestionId as Q;
    let s = LogSummary::derive(&season(true), d("2024-12-01")).unwrap();
    let mut a = Answers::default();
    a.set(Q::LoadChange, &Answer::Choice("same".into()));
    let today = d("2024-12-03");
    let has = |a: &Answers| {
        findings(a, today)
            .iter()
            .any(|f| f.contributor == Contributor::TooMuchTooSoon)
    };
    assert!(!has(&a));
    for (q, ans) in logtext::answers(&s) {
        a.set(q, &ans);
    }
    assert!(has(&a));
}

#[test]
fn the_weeks_in_words_under_the_chart() {
    use backcheck::assessment::logtext::weeks_caption;
    let s = LogSummary::derive(&season(true), d("2024-12-01")).unwrap();
    assert_eq!(
        weeks_caption(&s, Lang::En),
        "7 October to 1 December; in the last 4 weeks 5.8 days a week without a run."
    );
    assert_eq!(
        weeks_caption(&s, Lang::De),
        "7. Oktober bis 1. Dezember; in den letzten 4 Wochen 5,8 Tage pro Woche ohne Lauf."
    );
}
