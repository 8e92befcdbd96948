//! Which questions are asked for given answers, in which order. Plain
//! functions of the answers, so back, forward and "check your answers" all
//! follow the same path; [`next_step`](super::next_step) builds on them.
use super::answers::Answers;
use super::cond::Cond;
use super::questions::QuestionId;
use super::rules::CARE_RULES;

/// When a question is asked.
#[derive(Clone, Copy, Debug)]
pub enum Ask {
    /// Asked when the condition holds for the answers before it.
    If(Cond),
    /// Asked only when no care rule holds apart from how long the pain has
    /// lasted: no warning sign and no rest-first trigger (the self-tests).
    WithoutWarningSigns,
}

const SELF_TESTS: Ask = Ask::If(Cond::Is(QuestionId::DoSelfTests, "yes"));

/// The follow-up questions; every other question is always asked.
pub const FOLLOW_UPS: &[(QuestionId, Ask)] = &[
    (
        QuestionId::BoneLoad,
        Ask::If(Cond::Has(QuestionId::DoctorSigns, "hop_pain")),
    ),
    (QuestionId::DoSelfTests, Ask::WithoutWarningSigns),
    (QuestionId::TestBridge, SELF_TESTS),
    (QuestionId::TestStance, SELF_TESTS),
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
            Ask::WithoutWarningSigns => !CARE_RULES.iter().any(|r| r.when.holds(answers, None)),
        }
    }

    /// The questions it reads (all warning questions for the self-test gate).
    pub fn questions(&self) -> Vec<QuestionId> {
        match self {
            Ask::If(cond) => cond.questions(),
            Ask::WithoutWarningSigns => {
                let mut qs: Vec<QuestionId> = CARE_RULES
                    .iter()
                    .flat_map(|r| r.when.questions())
                    .filter(|&q| q != QuestionId::Onset)
                    .collect();
                super::sort::sort_dedup(&mut qs);
                qs
            }
        }
    }

    /// In words, for the rules table.
    pub fn describe(&self) -> String {
        match self {
            Ask::If(cond) => cond.describe(),
            Ask::WithoutWarningSigns => {
                "no care rule holds apart from the pain's duration".to_owned()
            }
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
    QuestionId::DoctorSigns,
    QuestionId::BoneLoad,
    QuestionId::Limits,
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

    /// The first asked question without an answer, if any.
    pub fn first_unanswered(&self) -> Option<QuestionId> {
        self.path().first_unanswered()
    }

    /// The question after `q` for these answers, if any.
    pub fn next_after(&self, q: QuestionId) -> Option<QuestionId> {
        self.path().next_after(q)
    }

    /// The question before `q` for these answers, if any.
    pub fn previous_before(&self, q: QuestionId) -> Option<QuestionId> {
        self.path().previous_before(q)
    }

    /// "Question n of m": `q`'s place among the questions asked.
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

    pub fn first_unanswered(&self) -> Option<QuestionId> {
        self.asked
            .iter()
            .copied()
            .find(|&q| !self.visible.is_answered(q))
    }

    pub fn next_after(&self, q: QuestionId) -> Option<QuestionId> {
        self.asked.iter().copied().find(|&x| x > q)
    }

    pub fn previous_before(&self, q: QuestionId) -> Option<QuestionId> {
        self.asked.iter().rev().copied().find(|&x| x < q)
    }

    pub fn progress(&self, q: QuestionId) -> (usize, usize) {
        let n = self.asked.iter().position(|&x| x == q).map_or(0, |i| i + 1);
        (n, self.asked.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answer::Answer;

    fn none(a: &mut Answers, q: QuestionId) {
        assert!(a.set(q, &Answer::Choices(vec!["none".into()])));
    }

    #[test]
    fn follow_ups_join_the_flow_only_when_asked() {
        let mut a = Answers::default();
        assert_eq!(
            a.next_after(QuestionId::DoctorSigns),
            Some(QuestionId::Limits)
        );
        assert!(a.set(
            QuestionId::DoctorSigns,
            &Answer::Choices(vec!["hop_pain".into()])
        ));
        assert_eq!(
            a.next_after(QuestionId::DoctorSigns),
            Some(QuestionId::BoneLoad)
        );
        assert_eq!(
            a.previous_before(QuestionId::Limits),
            Some(QuestionId::BoneLoad)
        );
        assert_eq!(a.previous_before(QuestionId::ALL[0]), None);
    }

    #[test]
    fn progress_counts_only_asked_questions() {
        let mut a = Answers::default();
        let (_, before) = a.progress(QuestionId::PainNow);
        assert!(a.set(
            QuestionId::DoctorSigns,
            &Answer::Choices(vec!["hop_pain".into()])
        ));
        let (n, after) = a.progress(QuestionId::PainNow);
        assert_eq!(after, before + 1, "the bone-load follow-up");
        assert_eq!(
            n, 8,
            "6 warning pages, the onset and the follow-up come first"
        );
        assert_eq!(a.progress(QuestionId::ALL[0]), (1, after));
    }

    #[test]
    fn a_typical_run_asks_25_questions_or_30_with_self_tests() {
        let mut a = Answers::default();
        for q in [
            QuestionId::EmergencySigns,
            QuestionId::UrgentSigns,
            QuestionId::DoctorSigns,
            QuestionId::Limits,
        ] {
            none(&mut a, q);
        }
        let without_tests = a.asked().len();
        assert!(a.set(QuestionId::DoSelfTests, &Answer::Choice("yes".into())));
        assert_eq!(a.asked().len(), without_tests + 5);
        assert_eq!(without_tests, 25);
    }
}
