//! A runner's answers: at most one [`Answer`] per question, each checked
//! against how its question is answered when it is set.
use super::answer::Answer;
use super::date::Date;
use super::questions::QuestionId;
use super::text::Lang;

const COUNT: usize = QuestionId::ALL.len();

/// The answers so far; a question without an answer is unanswered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers([Option<Answer>; COUNT]);

impl Default for Answers {
    fn default() -> Self {
        Answers(std::array::from_fn(|_| None))
    }
}

impl Answers {
    pub fn get(&self, q: QuestionId) -> Option<&Answer> {
        self.0[q as usize].as_ref()
    }

    /// Stores `answer` if it fits the question (options put in order); `false`
    /// and no change if not.
    pub fn set(&mut self, q: QuestionId, answer: &Answer) -> bool {
        match q.kind().accept(answer) {
            Some(a) => {
                self.0[q as usize] = Some(a);
                true
            }
            None => false,
        }
    }

    pub fn clear(&mut self, q: QuestionId) {
        self.0[q as usize] = None;
    }

    pub fn is_answered(&self, q: QuestionId) -> bool {
        self.get(q).is_some()
    }

    /// Answered with "I don't know" or skipped.
    pub fn is_unknown(&self, q: QuestionId) -> bool {
        self.get(q).is_some_and(|a| a.is_unknown(q.kind()))
    }

    /// The answer in words; a self-test's sides by the leg or side that works.
    pub fn describe(&self, q: QuestionId, lang: Lang) -> Option<String> {
        let sides = q
            .spec()
            .self_test
            .and_then(|t| t.sides())
            .unwrap_or(super::answer::SIDES);
        self.get(q).map(|a| a.describe_sides(q.kind(), sides, lang))
    }

    /// Every answered question with its answer, in asking order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> {
        QuestionId::ALL
            .into_iter()
            .filter_map(|q| self.get(q).map(|a| (q, a)))
    }

    /// The day the pain began.
    pub fn onset(&self) -> Option<Date> {
        match self.get(QuestionId::Onset) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        }
    }

    /// Pain now, 0 to 10.
    pub fn pain_now(&self) -> Option<u8> {
        self.score(QuestionId::PainNow)
    }

    /// Pain when running, 0 to 10; `None` also for "I have not run since".
    pub fn pain_running(&self) -> Option<u8> {
        self.score(QuestionId::PainRunning)
    }

    fn score(&self, q: QuestionId) -> Option<u8> {
        match self.get(q) {
            Some(Answer::Scale(n)) => Some(*n),
            _ => None,
        }
    }
}
