//! The app reducer's tests: what each action does to the state.
use super::*;
use crate::assessment::answer::Answer;
use crate::assessment::questions::QuestionId;
use crate::storage::{Outcome, StoreError};
use crate::storage::{Recovered, Started};

fn state() -> Rc<AppState> {
    let today = Date::from_ymd(2026, 11, 30).unwrap();
    Rc::new(AppState::new(
        Storing::Works,
        Started::default(),
        Lang::En,
        today,
    ))
}

fn with(state: Rc<AppState>, actions: impl IntoIterator<Item = Action>) -> Rc<AppState> {
    actions.into_iter().fold(state, |s, a| s.reduce(a))
}

#[test]
fn a_stale_dismiss_dismisses_nothing_else() {
    let s = with(
        state(),
        [
            Action::Notify(Notice::FileUnreadable),
            Action::Notify(Notice::ChangeFailed(StoreError::Full)),
        ],
    );
    let first = s.notices[0].0;
    // The first notice's button pressed twice (a second click before
    // the page caught up): only the first goes.
    let s = with(s, [Action::Dismiss(first), Action::Dismiss(first)]);
    let left: Vec<&Notice> = s.notices.iter().map(|(_, n)| n).collect();
    assert_eq!(left, [&Notice::ChangeFailed(StoreError::Full)]);
    // A new notice gets a new id: the old one's button cannot reach it.
    let s = with(s, [Action::Notify(Notice::FileUnreadable)]);
    assert_ne!(s.notices[1].0, first);
}

#[test]
fn a_notice_about_a_copy_goes_when_the_copy_is_deleted() {
    let mut started = Started {
        recovered: Some(Recovered {
            count: Some(1),
            kept: true,
        }),
        ..Started::default()
    };
    started.saved.kept = 1;
    let today = Date::from_ymd(2026, 11, 30).unwrap();
    let s = Rc::new(AppState::new(Storing::Works, started, Lang::En, today));
    assert_eq!(s.notices.len(), 1);
    // Another tab deleted everything: read again, the notice is gone.
    let s = with(
        s,
        [Action::Read {
            checks: Some(Box::default()),
            kept: Some(0),
            drafts: None,
        }],
    );
    assert!(s.notices.is_empty());
}

#[test]
fn a_deletion_can_be_undone_until_its_own_time_ends() {
    let today = Date::from_ymd(2026, 11, 30).unwrap();
    let unsaved = |n| {
        let outcome = crate::assessment::outcome::Outcome::of(&Answers::default(), today);
        let c = SavedCheck::new(
            CheckId::new(n, 1),
            today,
            Lang::En,
            Answers::default(),
            outcome,
        );
        Action::Finished(Box::new(c), Err(StoreError::Full))
    };
    let delete = |n| Action::Deleted {
        removed: Removed {
            entries: Vec::new(),
        },
        id: Some(CheckId::new(n, 1)),
    };
    let s = with(state(), [unsaved(1), unsaved(2), delete(1)]);
    assert_eq!((s.unsaved.len(), s.storing), (1, Storing::Full));
    let first = s.undo.as_ref().map(|u| (u.id, u.count)).unwrap();
    assert_eq!(first.1, 1, "a check only in memory is deleted too");
    let s = with(s, [delete(2)]);
    let second = s.undo.as_ref().unwrap().id;
    // The first deletion's time ending does not end the second's.
    let s = with(s, [Action::ForgetUndo(Some(first.0))]);
    assert_eq!(s.undo.as_ref().map(|u| u.id), Some(second));
    let s = with(s, [Action::ForgetUndo(Some(second))]);
    assert!(s.undo.is_none());
    // Nothing deleted: nothing to undo.
    let s = with(s, [delete(3)]);
    assert!(s.undo.is_none());
}

#[test]
fn a_handover_carries_what_is_only_in_memory() {
    let day = crate::assessment::date::Date::from_ymd(2026, 12, 1).unwrap();
    let mut answers = Answers::default();
    assert!(answers.set(QuestionId::PainNow, &Answer::Scale(3)));
    let check = SavedCheck::new(
        "1795000000000123".parse().unwrap(),
        day,
        Lang::De,
        answers.clone(),
        Outcome::of(&answers, day),
    );
    let h = Handover {
        lang: Lang::De,
        recheck_of: Some(check.id),
        unsaved: vec![check],
        answers,
        log: None,
        notices: vec![
            (3, Notice::SaveFailed(StoreError::Full)),
            (
                4,
                Notice::Recovered(Recovered {
                    count: Some(1),
                    kept: true,
                }),
            ),
        ],
        storing: Storing::Full,
        timer_signal: false,
    };
    assert_eq!(Handover::decode(&h.encode()), Some(h));
    assert_eq!(Handover::decode("{not json"), None);
    assert_eq!(
        Handover::decode(r#"{"lang":"en"}"#),
        Some(Handover::default())
    );
}

#[test]
fn what_one_module_hands_over_the_other_takes_over_whole() {
    let day = crate::assessment::date::Date::from_ymd(2026, 12, 1).unwrap();
    let mut from = AppState::new(Storing::Works, Default::default(), Lang::En, day);
    assert!(from.answers.set(QuestionId::PainNow, &Answer::Scale(4)));
    from.lang = Lang::De;
    from.storing = Storing::Full;
    from.timer_signal = false;
    from.recheck_of = Some("1795000000000123".parse().unwrap());
    from.notify(Notice::SaveFailed(StoreError::Full));
    // The other module starts from what storage says (the probe passed),
    // then takes over, through the text the loader carries.
    let mut to = AppState::new(Storing::Works, Default::default(), Lang::En, day);
    to.take_over(Handover::decode(&from.hand_over().encode()).unwrap());
    assert_eq!(to.hand_over(), from.hand_over());
    assert_eq!(to.storing, Storing::Full);
    assert!(!to.timer_signal);
    // A notice raised after the switch gets an id of its own.
    to.notify(Notice::SaveFailed(StoreError::Blocked));
    let ids: Vec<_> = to.notices.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}
