//! Which questions are asked for given answers, in which order. Plain
//! functions of the answers, so back, forward and "check your answers" all
//! follow the same path; [`next_step`](super::next_step) builds on them.
use super::answers::Answers;
use super::cond::Cond;
use super::questions::{QuestionId, Section};
use super::rules::CARE_RULES;
use super::text::Text;

/// What the start page promises, worked out from the questionnaire itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Length {
    /// Question pages for a runner without warning signs who is offered
    /// the self-tests and does not do them.
    pub pages: usize,
    /// Minutes for those pages.
    pub minutes: u32,
    /// Most the optional self-tests add, in minutes: every timed hold to
    /// its cap on both sides, plus getting into position.
    pub self_test_minutes: u32,
}

/// Seconds a runner needs for a page of one to three short questions.
pub const SECONDS_PER_PAGE: u32 = 15;
/// Seconds to read a self-test and get into position.
pub const SECONDS_TO_SET_UP_A_TEST: u32 = 30;

pub fn length() -> Length {
    use super::selftest::{SelfTest, Timing};
    let mut offered = Answers::default();
    offered.set(
        QuestionId::PainNow,
        &super::answer::Answer::Scale(SELF_TEST_MAX_PAIN),
    );
    let pages = offered.path().pages().len();
    let page_count = u32::try_from(pages).unwrap_or(u32::MAX);
    let tests: u32 = SelfTest::ALL
        .iter()
        .map(|t| {
            let timed = match t.timing() {
                Timing::Hold {
                    each_side: true,
                    cap_seconds,
                } => 2 * u32::from(cap_seconds),
                Timing::Hold { cap_seconds, .. } => u32::from(cap_seconds),
                Timing::Watch { seconds_per_side } => 2 * u32::from(seconds_per_side),
            };
            timed + SECONDS_TO_SET_UP_A_TEST
        })
        .sum();
    Length {
        pages,
        minutes: (page_count * SECONDS_PER_PAGE).div_ceil(60),
        self_test_minutes: tests.div_ceil(60),
    }
}

/// When a question is asked.
#[derive(Clone, Copy, Debug)]
pub enum Ask {
    /// Asked when the condition holds for the answers before it.
    If(Cond),
    /// Asked only when no care rule holds apart from how long the pain has
    /// lasted (no warning sign and no rest-first trigger) and the pain now
    /// is at most [`SELF_TEST_MAX_PAIN`]: the self-tests (CONTENT §1).
    SelfTestsSafe,
}

/// Self-tests only while the pain now is at most this (Back Check's working
/// cut-off): pain lowers holding times, so a test in pain reads as weakness.
pub const SELF_TEST_MAX_PAIN: u8 = 3;

const SELF_TESTS: Ask = Ask::If(Cond::Is(QuestionId::DoSelfTests, "yes"));

/// The follow-up questions; every other question is always asked.
pub const FOLLOW_UPS: &[(QuestionId, Ask)] = &[
    (
        QuestionId::BoneLoad,
        Ask::If(Cond::Has(QuestionId::DoctorSigns, "hop_pain")),
    ),
    (QuestionId::DoSelfTests, Ask::SelfTestsSafe),
    (QuestionId::TestBridge, SELF_TESTS),
    (QuestionId::TestStance, SELF_TESTS),
    (QuestionId::TestWallSit, SELF_TESTS),
    (QuestionId::TestHipFlexor, SELF_TESTS),
    (QuestionId::TestPlank, SELF_TESTS),
    (QuestionId::TestSidePlank, SELF_TESTS),
];

impl Ask {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Ask::If(cond) => cond.holds(answers, None),
            // Without a date no duration rule holds: what is left are the
            // warning signs and rest-first triggers.
            Ask::SelfTestsSafe => {
                !CARE_RULES.iter().any(|r| r.when.holds(answers, None))
                    && answers.pain_now().is_some_and(|p| p <= SELF_TEST_MAX_PAIN)
            }
        }
    }

    /// The questions it reads (all warning questions and the pain now for
    /// the self-test gate).
    pub fn questions(&self) -> Vec<QuestionId> {
        match self {
            Ask::If(cond) => cond.questions(),
            Ask::SelfTestsSafe => QuestionId::in_order(
                CARE_RULES
                    .iter()
                    .flat_map(|r| r.when.questions())
                    .filter(|&q| q != QuestionId::Onset)
                    .chain([QuestionId::PainNow]),
            ),
        }
    }

    /// In words, for the rules table.
    pub fn describe(&self) -> String {
        match self {
            Ask::If(cond) => cond.describe(),
            Ask::SelfTestsSafe => format!(
                "no care rule holds apart from the pain's duration, and pain_now is {SELF_TEST_MAX_PAIN}/10 or less (Back Check's working cut-off)"
            ),
        }
    }
}

/// A whole check, or a re-check that asks only what can change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Full,
    /// Every warning sign (always, all of them), the onset (kept from the
    /// last check unless the pain had gone in between) and the pain scores;
    /// everything else is kept from the last check.
    Recheck,
}

/// What a re-check asks, in asking order (a follow-up only when asked).
pub const RECHECK: &[QuestionId] = &[
    QuestionId::EmergencySigns,
    QuestionId::Onset,
    QuestionId::UrgentSigns,
    QuestionId::PainSigns,
    QuestionId::DoctorSigns,
    QuestionId::Limits,
    QuestionId::BoneLoad,
    QuestionId::PainNow,
    QuestionId::PainRunning,
];

impl Answers {
    /// The answers a re-check starts from: the last check's, with the
    /// warning signs, the follow-ups and the pain scores to be asked again.
    /// The onset stays, to confirm or change.
    pub fn for_recheck(last: &Answers) -> Answers {
        let mut a = last.clone();
        for &q in RECHECK.iter().filter(|&&q| q != QuestionId::Onset) {
            a.clear(q);
        }
        a
    }
}

impl QuestionId {
    /// When the question is asked; `None`: always.
    pub fn asked_if(self) -> Option<Ask> {
        FOLLOW_UPS.iter().find(|(q, _)| *q == self).map(|(_, a)| *a)
    }

    /// Asked for these answers (its condition holds, or it has none).
    pub fn is_asked(self, answers: &Answers) -> bool {
        self.asked_if().is_none_or(|a| a.holds(answers))
    }
}

impl Answers {
    /// The answers that count: those to questions that are asked, given the
    /// answers before them. A hidden follow-up never influences a result.
    pub fn visible(&self) -> Answers {
        let mut out = Answers::default();
        for q in QuestionId::ALL {
            if q.is_asked(&out) {
                if let Some(a) = self.get(q) {
                    out.set(q, a);
                }
            }
        }
        out
    }

    /// The questions asked for these answers, worked out once.
    pub fn path(&self) -> Path {
        self.path_in(Mode::Full)
    }

    /// The questions asked in `mode`: a re-check asks only `RECHECK`.
    pub fn path_in(&self, mode: Mode) -> Path {
        let visible = self.visible();
        let asked = QuestionId::ALL
            .into_iter()
            .filter(|q| q.is_asked(&visible))
            .filter(|q| mode == Mode::Full || RECHECK.contains(q))
            .collect();
        Path { asked, visible }
    }

    /// The questions asked for these answers, in order.
    pub fn asked(&self) -> Vec<QuestionId> {
        self.path().asked
    }

    /// The page (by its first asked question) that holds the first asked
    /// question without an answer, if any.
    pub fn first_unanswered(&self) -> Option<QuestionId> {
        self.path().first_unanswered()
    }

    /// The page after `q`'s page for these answers, if any.
    pub fn next_after(&self, q: QuestionId) -> Option<QuestionId> {
        self.path().next_after(q)
    }

    /// The page before `q`'s page for these answers, if any.
    pub fn previous_before(&self, q: QuestionId) -> Option<QuestionId> {
        self.path().previous_before(q)
    }

    /// "Part n of m": the section of `q`'s page among all sections.
    pub fn progress(&self, q: QuestionId) -> (usize, usize) {
        self.path().progress(q)
    }
}

/// The way through the questionnaire for some answers: the questions asked,
/// in order, and the answers that count.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    pub asked: Vec<QuestionId>,
    pub visible: Answers,
}

impl Path {
    pub fn is_asked(&self, q: QuestionId) -> bool {
        self.asked.contains(&q)
    }

    /// The asked questions on `q`'s page, in order (empty: none asked).
    pub fn on_page(&self, q: QuestionId) -> Vec<QuestionId> {
        let page = q.page();
        self.asked
            .iter()
            .copied()
            .filter(|x| page.questions.contains(x))
            .collect()
    }

    /// The heading of `q`'s page: the page's own when it shows more than
    /// one question, else the one question's (a re-check may ask only one
    /// question of a shared page).
    pub fn page_title(&self, q: QuestionId) -> Text {
        let shown = self.on_page(q);
        match (shown.as_slice(), q.page().title) {
            ([_, _, ..], Some(title)) => title,
            ([only, ..], _) => only.spec().title,
            ([], _) => q.spec().title,
        }
    }

    /// The page `q` is on, named by its first asked question.
    pub fn lead(&self, q: QuestionId) -> Option<QuestionId> {
        self.on_page(q).first().copied()
    }

    pub fn first_unanswered(&self) -> Option<QuestionId> {
        let q = self
            .asked
            .iter()
            .copied()
            .find(|&q| !self.visible.is_answered(q))?;
        self.lead(q)
    }

    pub fn next_after(&self, q: QuestionId) -> Option<QuestionId> {
        let last = q.page().questions.last().copied().unwrap_or(q);
        self.asked.iter().copied().find(|&x| x > last)
    }

    pub fn previous_before(&self, q: QuestionId) -> Option<QuestionId> {
        let first = q.page().questions.first().copied().unwrap_or(q);
        let before = self.asked.iter().rev().copied().find(|&x| x < first)?;
        self.lead(before)
    }

    /// The pages asked, each by its first asked question.
    pub fn pages(&self) -> Vec<QuestionId> {
        let mut out: Vec<QuestionId> = Vec::new();
        for &q in &self.asked {
            if out
                .last()
                .is_none_or(|&l| !std::ptr::eq(l.page(), q.page()))
            {
                out.push(q);
            }
        }
        out
    }

    /// "Part n of m": the place of `q`'s section among all sections. The
    /// total never changes, so moving forward never goes back.
    pub fn progress(&self, q: QuestionId) -> (usize, usize) {
        let n = Section::ALL
            .iter()
            .position(|&s| s == q.section())
            .map_or(1, |i| i + 1);
        (n, Section::ALL.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answer::Answer;

    fn none(a: &mut Answers, q: QuestionId) {
        assert!(a.set(q, &Answer::Choices(vec!["none".into()])));
    }

    /// "None of these" on every warning-sign page.
    fn no_warning_signs() -> Answers {
        let mut a = Answers::default();
        for q in [
            QuestionId::EmergencySigns,
            QuestionId::UrgentSigns,
            QuestionId::PainSigns,
            QuestionId::DoctorSigns,
            QuestionId::Limits,
        ] {
            none(&mut a, q);
        }
        a
    }

    #[test]
    fn follow_ups_join_the_flow_only_when_asked() {
        let mut a = Answers::default();
        // Doctor signs and everyday limits share a page; then the pain.
        assert_eq!(
            a.next_after(QuestionId::DoctorSigns),
            Some(QuestionId::PainNow)
        );
        assert!(a.set(
            QuestionId::DoctorSigns,
            &Answer::Choices(vec!["hop_pain".into()])
        ));
        assert_eq!(a.next_after(QuestionId::Limits), Some(QuestionId::BoneLoad));
        assert_eq!(
            a.previous_before(QuestionId::PainNow),
            Some(QuestionId::BoneLoad)
        );
        assert_eq!(
            a.previous_before(QuestionId::BoneLoad),
            Some(QuestionId::DoctorSigns)
        );
        assert_eq!(a.previous_before(QuestionId::ALL[0]), None);
    }

    #[test]
    fn next_and_previous_move_a_page_at_a_time() {
        let mut a = no_warning_signs();
        assert!(a.set(QuestionId::PainNow, &Answer::Scale(1)));
        assert!(a.set(QuestionId::DoSelfTests, &Answer::Choice("yes".into())));
        let path = a.path();
        let pages = path.pages();
        for w in pages.windows(2) {
            assert_eq!(path.next_after(w[0]), Some(w[1]));
            // From any question of a page, not only its first.
            for &q in &path.on_page(w[0]) {
                assert_eq!(path.next_after(q), Some(w[1]));
            }
            assert_eq!(path.previous_before(w[1]), Some(w[0]));
        }
        assert_eq!(path.previous_before(pages[0]), None);
        assert_eq!(path.next_after(*pages.last().unwrap()), None);
        assert_eq!(
            path.lead(QuestionId::PainRunning),
            Some(QuestionId::PainNow)
        );
        assert_eq!(path.lead(QuestionId::BoneLoad), None, "not asked");
    }

    #[test]
    fn the_first_unanswered_question_is_reached_by_its_page() {
        let mut a = Answers::default();
        none(&mut a, QuestionId::EmergencySigns);
        let onset = crate::assessment::date::Date::from_ymd(2026, 11, 2).unwrap();
        assert!(a.set(QuestionId::Onset, &Answer::Date(onset)));
        assert_eq!(
            a.first_unanswered(),
            Some(QuestionId::Onset),
            "age is on the onset's page"
        );
    }

    #[test]
    fn progress_never_goes_back_and_its_total_never_changes() {
        let mut a = Answers::default();
        let total = a.progress(QuestionId::ALL[0]).1;
        assert_eq!(total, Section::ALL.len());
        for q in [
            QuestionId::EmergencySigns,
            QuestionId::UrgentSigns,
            QuestionId::Limits,
        ] {
            none(&mut a, q);
        }
        for signs in [vec!["none"], vec!["hop_pain"]] {
            let mut a = a.clone();
            assert!(a.set(
                QuestionId::DoctorSigns,
                &Answer::Choices(signs.iter().map(|s| s.to_string()).collect())
            ));
            for tests in ["yes", "no"] {
                let mut a = a.clone();
                assert!(a.set(QuestionId::DoSelfTests, &Answer::Choice(tests.into())));
                let parts: Vec<(usize, usize)> = a
                    .path()
                    .pages()
                    .into_iter()
                    .map(|p| a.progress(p))
                    .collect();
                assert!(parts.windows(2).all(|w| w[0].0 <= w[1].0), "{parts:?}");
                assert!(parts.iter().all(|p| p.1 == total));
                assert_eq!(parts[0].0, 1);
            }
        }
    }

    #[test]
    fn a_page_showing_one_question_takes_its_title() {
        let full = Answers::default().path();
        assert_eq!(
            full.page_title(QuestionId::Onset).en(),
            "When it began and how old you are"
        );
        // A re-check asks the onset again but not the age.
        let recheck = Answers::default().path_in(Mode::Recheck);
        assert_eq!(recheck.on_page(QuestionId::Onset), [QuestionId::Onset]);
        assert_eq!(
            recheck.page_title(QuestionId::Onset),
            QuestionId::Onset.spec().title
        );
        assert_eq!(
            full.page_title(QuestionId::Sitting),
            QuestionId::Sitting.spec().title
        );
    }

    #[test]
    fn the_start_page_promises_what_the_questionnaire_takes() {
        let l = length();
        assert_eq!(l.pages, 14);
        assert!(l.minutes <= 4, "{l:?}");
        assert_eq!(l.self_test_minutes, 14);
    }

    #[test]
    fn a_typical_run_takes_14_pages_or_20_with_self_tests() {
        let mut a = no_warning_signs();
        assert!(a.set(QuestionId::PainNow, &Answer::Scale(2)));
        let without_tests = a.path().pages().len();
        assert!(a.set(QuestionId::DoSelfTests, &Answer::Choice("yes".into())));
        assert_eq!(a.path().pages().len(), without_tests + 6);
        assert_eq!(without_tests, 14);
        assert_eq!(a.asked().len(), 32, "every question but the bone follow-up");
    }
}
