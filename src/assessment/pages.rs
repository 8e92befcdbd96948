//! The questionnaire's pages: which questions share a page. Plain data.
use super::questions::QuestionId;
use super::text::Text;
use crate::t;

/// One page of the questionnaire: one question, or questions a runner
/// answers in one glance. Follow-ups and self-tests have a page of their own.
#[derive(Debug)]
pub struct Page {
    /// In asking order.
    pub questions: &'static [QuestionId],
    /// The heading of a shared page (a single question is its own heading).
    pub title: Option<Text>,
}

const fn single(q: &'static [QuestionId]) -> Page {
    Page {
        questions: q,
        title: None,
    }
}

const fn shared(questions: &'static [QuestionId], title: Text) -> Page {
    Page {
        questions,
        title: Some(title),
    }
}

/// Every page, in asking order; together they hold every question once.
pub const PAGES: &[Page] = {
    use QuestionId as Q;
    &[
        single(&[Q::EmergencySigns]),
        shared(
            &[Q::Onset, Q::Age],
            t!(
                "When it began and how old you are",
                "Seit wann es wehtut und wie alt du bist"
            ),
        ),
        single(&[Q::UrgentSigns]),
        single(&[Q::PainSigns]),
        shared(
            &[Q::DoctorSigns, Q::Limits],
            t!(
                "Other signs and how much the pain holds you back",
                "Weitere Zeichen und wie sehr dich die Schmerzen einschränken"
            ),
        ),
        single(&[Q::BoneLoad]),
        shared(
            &[Q::PainNow, Q::PainRunning],
            t!("How strong is the pain?", "Wie stark ist der Schmerz?"),
        ),
        shared(
            &[Q::PainSite, Q::PainTriggers],
            t!(
                "Where it hurts and what makes it worse",
                "Wo es wehtut und was es verschlimmert"
            ),
        ),
        single(&[Q::Sitting]),
        shared(
            &[Q::Stress, Q::Sleep],
            t!("Stress and sleep", "Stress und Schlaf"),
        ),
        shared(
            &[Q::LoadChange, Q::RestDays],
            t!(
                "Training load and rest days",
                "Trainingsbelastung und Ruhetage"
            ),
        ),
        shared(
            &[Q::StrengthSessions, Q::CoreRoutine, Q::WarmUp],
            t!(
                "Strength work and warming up",
                "Krafttraining und Aufwärmen"
            ),
        ),
        shared(
            &[Q::Surface, Q::ShoeKm, Q::ShoeChange],
            t!("Ground and shoes", "Untergrund und Schuhe"),
        ),
        shared(
            &[Q::FootStrike, Q::TechniqueSigns, Q::Asymmetry],
            t!("How you run", "Wie du läufst"),
        ),
        single(&[Q::DoSelfTests]),
        single(&[Q::TestBridge]),
        single(&[Q::TestStance]),
        single(&[Q::TestWallSit]),
        single(&[Q::TestHipFlexor]),
        single(&[Q::TestPlank]),
        single(&[Q::TestSidePlank]),
    ]
};

impl QuestionId {
    /// The page the question is on.
    pub fn page(self) -> &'static Page {
        PAGES
            .iter()
            .find(|p| p.questions.contains(&self))
            .unwrap_or(&PAGES[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_hold_every_question_once_in_order() {
        let flat: Vec<QuestionId> = PAGES
            .iter()
            .flat_map(|p| p.questions.iter().copied())
            .collect();
        assert_eq!(flat, QuestionId::ALL.to_vec());
        for p in PAGES {
            assert!(!p.questions.is_empty());
            assert_eq!(
                p.title.is_some(),
                p.questions.len() > 1,
                "{:?}",
                p.questions
            );
            if p.questions.len() > 1 {
                // Shown together, so none may depend on another's answer,
                // and the page sits in one section.
                for &q in p.questions {
                    assert!(q.asked_if().is_none(), "{q:?} is a follow-up");
                    assert_eq!(q.section(), p.questions[0].section(), "{q:?}");
                }
            }
        }
    }
}
