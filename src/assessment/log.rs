//! The runner's own log, measured: what the runs before the pain say.
//!
//! Every run is set against the longest run of the 30 days before it, as in
//! Frandsen et al. 2025 ([`Source::Frandsen2025`]): a run more than 10 %
//! longer is a spike, in the study's bands (more than 10 to 30 %, more than
//! 30 to 100 %, more than 100 %). "The 30 days before" a run on day D are the
//! days D-30 to D-1 and the earlier runs of day D itself (so a second run on
//! one day is compared with the first too).
//!
//! Derived for the 8 weeks up to the onset: the spikes, km and rest days per
//! week (weeks of 7 days ending on the onset day, which counts: pain often
//! begins during or after a run), km per shoe over the whole log, and the
//! ceiling for the way back. Only dates, distances and shoe names: a
//! [`LogSummary`] never holds a track or a position.
use super::date::Date;
use super::sources::Source;
use super::text::Lang;
use serde::{Deserialize, Serialize};

/// The sources behind what the log shows.
pub const SOURCES: &[Source] = &[Source::Frandsen2025, Source::BackCheck];

/// Weeks summarised before the onset.
pub const WEEKS: usize = 8;
/// The window a run is compared with, in days.
pub const WINDOW_DAYS: i32 = 30;
/// A spike this many days before the onset (or on its day) counts as "in the
/// days before the pain began" (a Back Check working cut-off).
pub const SPIKE_BEFORE_ONSET_DAYS: i32 = 7;

/// One run: its local day and start minute, its distance and shoes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogRun {
    pub day: Date,
    /// Minutes after local midnight (orders two runs on one day).
    pub minute: u16,
    pub metres: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gear: Option<String>,
}

/// How far a run went past the longest of the 30 days before it (the study's
/// bands and hazard rate ratios for overuse injury).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// More than 10 % up to 30 % longer (HRR 1.64).
    Small,
    /// More than 30 % up to 100 % longer (HRR 1.52).
    Moderate,
    /// More than twice as long (HRR 2.28).
    Large,
}

impl Band {
    /// The band of `metres` against `longest`; `None` up to 10 % longer.
    /// Exact in whole metres: 11 000 against 10 000 is not a spike, 11 001 is.
    pub fn of(metres: u32, longest: u32) -> Option<Band> {
        let (m, l) = (u64::from(metres), u64::from(longest));
        if l == 0 || m * 10 <= l * 11 {
            None
        } else if m * 10 <= l * 13 {
            Some(Band::Small)
        } else if m <= l * 2 {
            Some(Band::Moderate)
        } else {
            Some(Band::Large)
        }
    }
}

/// A run against the 30 days before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compared<'a> {
    pub run: &'a LogRun,
    /// The longest run of the 30 days before; `None` without one (a first run).
    pub longest_before: Option<u32>,
    pub band: Option<Band>,
}

/// A run more than 10 % longer than the longest of the 30 days before it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spike {
    pub day: Date,
    pub metres: u32,
    /// The longest run of the 30 days before.
    pub longest_before: u32,
    pub band: Band,
}

impl Spike {
    /// How much longer, in whole percent (rounded half up): 21.1 km after
    /// 15.0 km is 41.
    pub fn percent(&self) -> u32 {
        let (m, l) = (
            u64::from(self.metres),
            u64::from(self.longest_before.max(1)),
        );
        u32::try_from(((m - l.min(m)) * 200 + l) / (2 * l)).unwrap_or(u32::MAX)
    }
}

/// One week of the summary: 7 days from `start`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    pub start: Date,
    pub metres: u32,
    pub runs: u8,
    /// Days without a run (the log knows runs only).
    pub rest_days: u8,
}

/// The distance run in one pair of shoes, over the whole log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shoe {
    pub name: String,
    pub metres: u32,
    pub runs: u32,
    /// The last run in them.
    pub last: Date,
}

/// The longest single run for the way back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ceiling {
    /// The longest run the ceiling builds on: the 30 days before the spike,
    /// or without a spike the last 30 days up to the onset.
    pub longest: u32,
    /// `longest` plus 10 %, in whole metres (rounded down).
    pub metres: u32,
    /// From the spike before the onset (else from the last 30 days).
    pub after_spike: bool,
}

/// What the log says about the weeks before the pain, stored with a check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogSummary {
    /// The onset the summary was made for.
    pub onset: Date,
    /// The first and the last run of the whole log.
    pub first: Date,
    pub last: Date,
    /// Every spike in the 8 weeks up to the onset, in date order.
    pub spikes: Vec<Spike>,
    /// The 8 weeks up to the onset, oldest first.
    pub weeks: Vec<Week>,
    /// Shoes named by the log, the most recently run in first.
    #[serde(default)]
    pub shoes: Vec<Shoe>,
    pub ceiling: Option<Ceiling>,
}

/// Sorts runs by day and minute (the order every derivation assumes).
pub fn sorted(runs: &[LogRun]) -> Vec<LogRun> {
    let mut v = runs.to_vec();
    v.sort_by_key(|r| (r.day, r.minute));
    v
}

/// Every run of `runs` (sorted by [`sorted`]) against the 30 days before it.
pub fn compare(runs: &[LogRun]) -> Vec<Compared<'_>> {
    runs.iter()
        .enumerate()
        .map(|(i, run)| {
            let from = run.day.add_days(-WINDOW_DAYS);
            let longest_before = runs[..i]
                .iter()
                .rev()
                .take_while(|r| r.day >= from)
                .map(|r| r.metres)
                .max();
            Compared {
                run,
                longest_before,
                band: longest_before.and_then(|l| Band::of(run.metres, l)),
            }
        })
        .collect()
}

impl LogSummary {
    /// The summary for a pain that began on `onset`; `None` without any run
    /// up to the onset.
    pub fn derive(runs: &[LogRun], onset: Date) -> Option<LogSummary> {
        let runs = sorted(runs);
        let before: Vec<LogRun> = runs.iter().filter(|r| r.day <= onset).cloned().collect();
        let (first, last) = (before.first()?.day, runs.last()?.day);
        let start = onset.add_days(1 - 7 * WEEKS as i32);
        let compared = compare(&before);
        let spikes: Vec<Spike> = compared
            .iter()
            .filter(|c| c.run.day >= start)
            .filter_map(|c| {
                Some(Spike {
                    day: c.run.day,
                    metres: c.run.metres,
                    longest_before: c.longest_before?,
                    band: c.band?,
                })
            })
            .collect();
        let weeks = (0..WEEKS as i32)
            .map(|w| {
                let (from, to) = (start.add_days(7 * w), start.add_days(7 * w + 6));
                let in_week: Vec<&LogRun> = before
                    .iter()
                    .filter(|r| r.day >= from && r.day <= to)
                    .collect();
                let mut days: Vec<Date> = in_week.iter().map(|r| r.day).collect();
                days.dedup();
                Week {
                    start: from,
                    metres: in_week.iter().map(|r| r.metres).sum(),
                    runs: u8::try_from(in_week.len()).unwrap_or(u8::MAX),
                    rest_days: 7 - days.len() as u8,
                }
            })
            .collect();
        let mut summary = LogSummary {
            onset,
            first,
            last,
            spikes,
            weeks,
            shoes: shoes(&runs),
            ceiling: None,
        };
        summary.ceiling = match summary.spike_before_onset() {
            Some(s) => Some(Ceiling::over(s.longest_before, true)),
            None => before
                .iter()
                .filter(|r| r.day >= onset.add_days(1 - WINDOW_DAYS))
                .map(|r| r.metres)
                .max()
                .map(|l| Ceiling::over(l, false)),
        };
        Some(summary)
    }

    /// The spike in the days before the pain began
    /// ([`SPIKE_BEFORE_ONSET_DAYS`]): the largest, the later one on a tie.
    pub fn spike_before_onset(&self) -> Option<&Spike> {
        let from = self.onset.add_days(-SPIKE_BEFORE_ONSET_DAYS);
        self.spikes
            .iter()
            .filter(|s| s.day >= from && s.day <= self.onset)
            .max_by_key(|s| (s.percent(), s.day))
    }

    /// Metres in the last 4 weeks and in the 4 before them.
    fn halves(&self) -> (u32, u32) {
        let half = WEEKS / 2;
        let sum = |w: &[Week]| w.iter().map(|w| w.metres).sum::<u32>();
        (sum(&self.weeks[..half]), sum(&self.weeks[half..]))
    }

    /// The "change in the last 4 weeks" answer the log gives: `started` when
    /// the 4 weeks before had no run; `more` after a spike in the last 4 weeks
    /// or over 10 % more distance; `less` under 90 %; `same` up to 5 % more;
    /// `up_to_10` above that ([`Source::BackCheck`] cut-offs for 90 % and 5 %).
    /// `None` without a run in the 8 weeks.
    pub fn load_change(&self) -> Option<&'static str> {
        let (before, last) = self.halves();
        let recent = self.onset.add_days(1 - 28);
        Some(if before == 0 && last == 0 {
            return None;
        } else if before == 0 {
            "started"
        } else if self.spikes.iter().any(|s| s.day >= recent)
            || u64::from(last) * 10 > u64::from(before) * 11
        {
            "more"
        } else if u64::from(last) * 10 < u64::from(before) * 9 {
            "less"
        } else if u64::from(last) * 100 <= u64::from(before) * 105 {
            "same"
        } else {
            "up_to_10"
        })
    }

    /// Rest days a week over the last 4 weeks (mean, rounded half up), as the
    /// "rest days a week" answer: `0`, `1` or `2_plus`.
    pub fn rest_days(&self) -> &'static str {
        let half = WEEKS / 2;
        let sum: u32 = self.weeks[half..]
            .iter()
            .map(|w| u32::from(w.rest_days))
            .sum();
        match (sum * 2 + half as u32) / (2 * half as u32) {
            0 => "0",
            1 => "1",
            _ => "2_plus",
        }
    }

    /// Mean rest days a week over the last 4 weeks, in tenths (for the text).
    pub fn rest_days_tenths(&self) -> u32 {
        let half = WEEKS / 2;
        let sum: u32 = self.weeks[half..]
            .iter()
            .map(|w| u32::from(w.rest_days))
            .sum();
        (sum * 10 + half as u32 / 2) / half as u32
    }

    /// The shoes of the last run, if the log names them.
    pub fn current_shoe(&self) -> Option<&Shoe> {
        self.shoes.first().filter(|s| s.last == self.last)
    }

    /// The "distance on current shoes" answer: `under_500`, `500_to_800` or
    /// `over_800` (km), from the shoes of the last run.
    pub fn shoe_km(&self) -> Option<&'static str> {
        let m = self.current_shoe()?.metres;
        Some(if m < 500_000 {
            "under_500"
        } else if m <= 800_000 {
            "500_to_800"
        } else {
            "over_800"
        })
    }
}

impl Ceiling {
    fn over(longest: u32, after_spike: bool) -> Ceiling {
        Ceiling {
            longest,
            metres: u32::try_from(u64::from(longest) * 11 / 10).unwrap_or(u32::MAX),
            after_spike,
        }
    }
}

/// Km per shoe over all `runs` (sorted), the most recently run in first.
fn shoes(runs: &[LogRun]) -> Vec<Shoe> {
    let mut out: Vec<Shoe> = Vec::new();
    for r in runs {
        let Some(name) = r.gear.as_deref().map(str::trim).filter(|g| !g.is_empty()) else {
            continue;
        };
        match out.iter_mut().find(|s| s.name == name) {
            Some(s) => {
                s.metres = s.metres.saturating_add(r.metres);
                s.runs += 1;
                s.last = r.day;
            }
            None => out.push(Shoe {
                name: name.to_owned(),
                metres: r.metres,
                runs: 1,
                last: r.day,
            }),
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.last));
    out
}

/// Kilometres with one decimal, rounded half up: "15.0" ("15,0" in German).
pub fn km(metres: u32, lang: Lang) -> String {
    tenths((u64::from(metres) + 50) / 100, lang)
}

/// Kilometres with one decimal, rounded down (a ceiling never rounds up).
pub fn km_floor(metres: u32, lang: Lang) -> String {
    tenths(u64::from(metres) / 100, lang)
}

fn tenths(t: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => '.',
        Lang::De => ',',
    };
    format!("{}{sep}{}", t / 10, t % 10)
}
